# frozen_string_literal: true

require 'tasker_core'
require_relative '../services/orders'

module TaskerTemplateRuby
  module StepHandlers
    extend TaskerCore::StepHandler::Functional

    # Step validate_order: checks the submitted order. A bad order fails permanently.
    ValidateOrderHandler = step_handler(
      'TaskerTemplateRuby::StepHandlers::ValidateOrderHandler',
      inputs: %i[order_id items]
    ) do |order_id:, items:, **|
      Services::Orders.validate_order(order_id, items)
    rescue Services::Orders::InvalidOrder => e
      raise TaskerCore::Errors::PermanentError, e.message
    end
  end
end
