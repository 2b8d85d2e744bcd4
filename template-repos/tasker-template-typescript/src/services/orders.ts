/**
 * Business logic for the example order workflow.
 *
 * Plain functions and types only: nothing here imports the Tasker SDK, so the
 * logic is tested directly (tests/services.test.ts) and the handlers in
 * src/handlers/ stay thin wrappers around it. Field names are snake_case
 * because these objects are the step results Tasker stores and passes on.
 */

export type OrderItem = {
  sku: string;
  quantity: number;
  unit_price: number;
};

export type ValidatedOrder = {
  order_id: string;
  items: OrderItem[];
  item_count: number;
};

export type OrderTotals = {
  order_id: string;
  subtotal: number;
  tax: number;
  total: number;
};

export type OrderConfirmation = {
  order_id: string;
  status: 'confirmed';
  total: number;
  confirmation_code: string;
};

/** Raised for input that can never succeed; handlers turn it into a permanent failure. */
export class OrderValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrderValidationError';
  }
}

export const TAX_RATE = 0.08;

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateOrder(orderId: unknown, items: unknown): ValidatedOrder {
  if (typeof orderId !== 'string' || orderId.trim() === '') {
    throw new OrderValidationError('order_id is required');
  }
  if (!Array.isArray(items) || items.length === 0) {
    throw new OrderValidationError('an order needs at least one item');
  }
  const validated = items.map((item: unknown, index: number): OrderItem => {
    if (!isRecord(item)) {
      throw new OrderValidationError(`item ${index + 1} is not an object`);
    }
    const { sku, quantity, unit_price: unitPrice } = item;
    if (typeof sku !== 'string' || sku === '') {
      throw new OrderValidationError(`item ${index + 1} has no sku`);
    }
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity <= 0) {
      throw new OrderValidationError(`item ${sku} needs a positive whole quantity`);
    }
    if (typeof unitPrice !== 'number' || unitPrice < 0) {
      throw new OrderValidationError(`item ${sku} needs a unit_price of zero or more`);
    }
    return { sku, quantity, unit_price: unitPrice };
  });
  return {
    order_id: orderId,
    items: validated,
    item_count: validated.reduce((count, item) => count + item.quantity, 0),
  };
}

export function calculateTotals(order: ValidatedOrder, taxRate: number = TAX_RATE): OrderTotals {
  const subtotal = roundCents(
    order.items.reduce((sum, item) => sum + item.quantity * item.unit_price, 0),
  );
  const tax = roundCents(subtotal * taxRate);
  return { order_id: order.order_id, subtotal, tax, total: roundCents(subtotal + tax) };
}

export function confirmOrder(totals: OrderTotals): OrderConfirmation {
  if (totals.total <= 0) {
    throw new OrderValidationError(`order ${totals.order_id} has nothing to charge`);
  }
  const code = totals.order_id.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return {
    order_id: totals.order_id,
    status: 'confirmed',
    total: totals.total,
    confirmation_code: `CONF-${code}`,
  };
}
