# frozen_string_literal: true

require 'tasker_core'
require_relative '../services/orders'

module TaskerTemplateRuby
  module StepHandlers
    extend TaskerCore::StepHandler::Functional

    # Step confirm_order: confirms the order price_order priced.
    ConfirmOrderHandler = step_handler(
      'TaskerTemplateRuby::StepHandlers::ConfirmOrderHandler',
      depends_on: { priced: 'price_order' }
    ) do |priced:, **|
      Services::Orders.confirm_order(priced)
    end
  end
end
