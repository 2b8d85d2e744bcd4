import { defineHandler, PermanentError } from '@tasker-systems/tasker';

/** First step of process_order: checks the order id and its line items. */
export const ValidateOrderHandler = defineHandler(
  'validate_order_handler',
  { inputs: { orderId: 'order_id', items: 'items' } },
  async ({ orderId, items }) => {
    if (typeof orderId !== 'string' || orderId === '') {
      throw new PermanentError('order_id is required');
    }
    if (!Array.isArray(items) || items.length === 0) {
      throw new PermanentError('items must be a non-empty list');
    }
    return { order_id: orderId, item_count: items.length };
  },
);
