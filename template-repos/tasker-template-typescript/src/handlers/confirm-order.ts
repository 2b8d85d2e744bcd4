import { defineHandler, PermanentError } from '@tasker-systems/tasker';
import { confirmOrder, OrderValidationError, type OrderTotals } from '../services/orders.js';

/** Step `confirm_order`: confirms the order priced by `calculate_total`. */
export const ConfirmOrderHandler = defineHandler(
  'TaskerTemplateTypescript.StepHandlers.ConfirmOrderHandler',
  { depends: { totals: 'calculate_total' } },
  async ({ totals }) => {
    try {
      return confirmOrder(totals as OrderTotals);
    } catch (error) {
      if (error instanceof OrderValidationError) {
        throw new PermanentError(error.message);
      }
      throw error;
    }
  },
);
