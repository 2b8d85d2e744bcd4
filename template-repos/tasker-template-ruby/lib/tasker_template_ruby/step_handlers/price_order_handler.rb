# frozen_string_literal: true

require 'tasker_core'
require_relative '../services/orders'

module TaskerTemplateRuby
  module StepHandlers
    extend TaskerCore::StepHandler::Functional

    # Step price_order: prices the order validate_order returned.
    PriceOrderHandler = step_handler(
      'TaskerTemplateRuby::StepHandlers::PriceOrderHandler',
      depends_on: { order: 'validate_order' }
    ) do |order:, **|
      Services::Orders.price_order(order)
    end
  end
end
