# frozen_string_literal: true

module StepHandlers
  extend TaskerCore::StepHandler::Functional

  # First step of process_order: checks the order id and its line items and passes them on.
  # An order that can never be valid fails permanently (no retry).
  ValidateOrderHandler = step_handler(
    'StepHandlers::ValidateOrderHandler',
    inputs: %i[order_id items]
  ) do |order_id:, items:, **|
    raise TaskerCore::Errors::PermanentError, 'order_id is required' if order_id.to_s.empty?
    raise TaskerCore::Errors::PermanentError, 'items must be a non-empty list' unless items.is_a?(Array) && items.any?

    { 'order_id' => order_id, 'item_count' => items.size }
  end
end
