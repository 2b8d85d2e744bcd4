import { defineHandler, PermanentError } from '@tasker-systems/tasker';
import { OrderValidationError, validateOrder } from '../services/orders.js';

/** Step `validate_order`: reads the task input and checks the order. */
export const ValidateOrderHandler = defineHandler(
  'TaskerTemplateTypescript.StepHandlers.ValidateOrderHandler',
  { inputs: { orderId: 'order_id', items: 'items' } },
  async ({ orderId, items }) => {
    try {
      return validateOrder(orderId, items);
    } catch (error) {
      if (error instanceof OrderValidationError) {
        throw new PermanentError(error.message);
      }
      throw error;
    }
  },
);
