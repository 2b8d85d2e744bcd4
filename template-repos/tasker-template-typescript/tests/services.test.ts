import { describe, expect, it } from 'vitest';
import {
  calculateTotals,
  confirmOrder,
  OrderValidationError,
  validateOrder,
} from '../src/services/orders.js';

const items = [
  { sku: 'WIDGET', quantity: 2, unit_price: 10 },
  { sku: 'GADGET', quantity: 1, unit_price: 5.5 },
];

describe('validateOrder', () => {
  it('accepts a well-formed order and counts its units', () => {
    const order = validateOrder('ord-1', items);
    expect(order.order_id).toBe('ord-1');
    expect(order.items).toHaveLength(2);
    expect(order.item_count).toBe(3);
  });

  it('rejects a missing order id', () => {
    expect(() => validateOrder('', items)).toThrow(OrderValidationError);
  });

  it('rejects an empty item list', () => {
    expect(() => validateOrder('ord-1', [])).toThrow('at least one item');
  });

  it('rejects a non-positive quantity', () => {
    expect(() => validateOrder('ord-1', [{ sku: 'X', quantity: 0, unit_price: 1 }])).toThrow(
      'positive whole quantity',
    );
  });
});

describe('calculateTotals', () => {
  it('adds tax to the subtotal, rounded to cents', () => {
    const totals = calculateTotals(validateOrder('ord-1', items));
    expect(totals).toEqual({ order_id: 'ord-1', subtotal: 25.5, tax: 2.04, total: 27.54 });
  });

  it('takes a custom tax rate', () => {
    expect(calculateTotals(validateOrder('ord-1', items), 0).total).toBe(25.5);
  });
});

describe('confirmOrder', () => {
  it('issues a confirmation code derived from the order id', () => {
    const confirmation = confirmOrder({ order_id: 'ord-1', subtotal: 10, tax: 0.8, total: 10.8 });
    expect(confirmation).toEqual({
      order_id: 'ord-1',
      status: 'confirmed',
      total: 10.8,
      confirmation_code: 'CONF-ORD1',
    });
  });

  it('refuses an order with nothing to charge', () => {
    expect(() => confirmOrder({ order_id: 'ord-1', subtotal: 0, tax: 0, total: 0 })).toThrow(
      OrderValidationError,
    );
  });
});
