import { CalculateTotalHandler } from './calculate-total.js';
import { ConfirmOrderHandler } from './confirm-order.js';
import { ValidateOrderHandler } from './validate-order.js';
// tasker-cli: handler imports (keep this line: `tasker-cli generate handler` adds imports above it)

export { CalculateTotalHandler, ConfirmOrderHandler, ValidateOrderHandler };
// tasker-cli: handler exports (keep this line: `tasker-cli generate handler` adds exports above it)

/** Every handler this worker registers; `tasker-cli generate handler` adds new ones. */
export const handlers = [
  ValidateOrderHandler,
  CalculateTotalHandler,
  ConfirmOrderHandler,
  // tasker-cli: handlers (keep this line: `tasker-cli generate handler` adds handlers above it)
];
