import { CalculateTotalHandler } from './calculate-total.js';
import { ConfirmOrderHandler } from './confirm-order.js';
import { ValidateOrderHandler } from './validate-order.js';

export { CalculateTotalHandler, ConfirmOrderHandler, ValidateOrderHandler };

/** Every handler this worker registers; add new handlers here. */
export const handlers = [ValidateOrderHandler, CalculateTotalHandler, ConfirmOrderHandler];
