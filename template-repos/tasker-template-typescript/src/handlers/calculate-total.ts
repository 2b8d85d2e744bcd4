import { defineHandler } from '@tasker-systems/tasker';
import { calculateTotals, type ValidatedOrder } from '../services/orders.js';

/** Step `calculate_total`: prices the order validated by `validate_order`. */
export const CalculateTotalHandler = defineHandler(
  'TaskerTemplateTypescript.StepHandlers.CalculateTotalHandler',
  { depends: { order: 'validate_order' } },
  async ({ order }) => calculateTotals(order as ValidatedOrder),
);
