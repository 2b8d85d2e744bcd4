import { defineHandler } from '@tasker-systems/tasker';

/** Second step of process_order: confirms the order validate_order accepted. */
export const ConfirmOrderHandler = defineHandler(
  'confirm_order_handler',
  { depends: { validated: 'validate_order' } },
  async ({ validated }) => {
    const order = (validated ?? {}) as { order_id?: string; item_count?: number };
    return { order_id: order.order_id, confirmed: true, item_count: order.item_count };
  },
);
