import { describe, expect, it } from 'vitest';
import { buildContext, instantiate, loadSdk } from './support/sdk.js';

const loaded = await loadSdk();
if (loaded.reason !== null) {
  console.warn(`Skipping handler tests: ${loaded.reason}`);
}
const title = loaded.reason === null ? 'example handlers' : `example handlers (skipped: ${loaded.reason})`;

describe.skipIf(loaded.sdk === null)(title, () => {
  const items = [{ sku: 'WIDGET', quantity: 2, unit_price: 10 }];

  it('ValidateOrderHandler is registered under the callable in the task definition', async () => {
    const { ValidateOrderHandler } = await import('../src/handlers/validate-order.js');
    expect(ValidateOrderHandler.handlerName).toBe('TaskerTemplateTypescript.StepHandlers.ValidateOrderHandler');
  });

  it('ValidateOrderHandler validates the task input', async () => {
    const { ValidateOrderHandler } = await import('../src/handlers/validate-order.js');
    const context = buildContext(loaded.sdk!, { inputData: { order_id: 'ord-1', items } });
    const result = await instantiate(ValidateOrderHandler).call(context);
    expect(result.success).toBe(true);
    expect(result.result).toMatchObject({ order_id: 'ord-1', item_count: 2 });
  });

  it('ValidateOrderHandler fails permanently on an empty order', async () => {
    const { ValidateOrderHandler } = await import('../src/handlers/validate-order.js');
    const context = buildContext(loaded.sdk!, { inputData: { order_id: 'ord-1', items: [] } });
    const result = await instantiate(ValidateOrderHandler).call(context);
    expect(result.success).toBe(false);
    expect(result.retryable).toBe(false);
  });

  it('CalculateTotalHandler prices the validated order', async () => {
    const { CalculateTotalHandler } = await import('../src/handlers/calculate-total.js');
    const order = { order_id: 'ord-1', items, item_count: 2 };
    const context = buildContext(loaded.sdk!, { dependencyResults: { validate_order: order } });
    const result = await instantiate(CalculateTotalHandler).call(context);
    expect(result.success).toBe(true);
    expect(result.result).toMatchObject({ subtotal: 20, tax: 1.6, total: 21.6 });
  });

  it('ConfirmOrderHandler confirms the priced order', async () => {
    const { ConfirmOrderHandler } = await import('../src/handlers/confirm-order.js');
    const totals = { order_id: 'ord-1', subtotal: 20, tax: 1.6, total: 21.6 };
    const context = buildContext(loaded.sdk!, { dependencyResults: { calculate_total: totals } });
    const result = await instantiate(ConfirmOrderHandler).call(context);
    expect(result.success).toBe(true);
    expect(result.result).toMatchObject({ status: 'confirmed', confirmation_code: 'CONF-ORD1' });
  });
});
