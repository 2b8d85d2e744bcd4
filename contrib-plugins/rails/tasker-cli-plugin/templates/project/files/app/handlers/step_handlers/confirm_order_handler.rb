# frozen_string_literal: true

module StepHandlers
  extend TaskerCore::StepHandler::Functional

  # Second step of process_order: confirms the order validate_order accepted.
  ConfirmOrderHandler = step_handler(
    'StepHandlers::ConfirmOrderHandler',
    depends_on: { validated: 'validate_order' }
  ) do |validated:, **|
    { 'order_id' => validated['order_id'], 'confirmed' => true, 'item_count' => validated['item_count'] }
  end
end
