import type { StepHandlerClass } from '@tasker-systems/tasker';
import { ConfirmOrderHandler } from './confirm-order.js';
import { ValidateOrderHandler } from './validate-order.js';

/** Every handler the worker registers (src/tasker/worker.ts); add new ones here. */
export const handlers: StepHandlerClass[] = [ValidateOrderHandler, ConfirmOrderHandler];
