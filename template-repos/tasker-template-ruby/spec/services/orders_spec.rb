# frozen_string_literal: true

require 'tasker_template_ruby/services/orders'

RSpec.describe TaskerTemplateRuby::Services::Orders do
  let(:items) do
    [
      { 'sku' => 'WIDGET-1', 'quantity' => 2, 'unit_price_cents' => 1250 },
      { 'sku' => 'GADGET-7', 'quantity' => 1, 'unit_price_cents' => 4999 }
    ]
  end

  describe '.validate_order' do
    it 'normalises the order' do
      order = described_class.validate_order(' ORD-1 ', items)

      expect(order['order_id']).to eq('ORD-1')
      expect(order['line_count']).to eq(2)
      expect(order['lines'].first).to eq('sku' => 'WIDGET-1', 'quantity' => 2, 'unit_price_cents' => 1250)
    end

    {
      'an empty order id' => ['', [{ 'sku' => 'A', 'quantity' => 1, 'unit_price_cents' => 1 }], /order_id/],
      'no items' => ['ORD-1', [], /items/],
      'a zero quantity' => ['ORD-1', [{ 'sku' => 'A', 'quantity' => 0, 'unit_price_cents' => 1 }], /quantity/],
      'a negative price' => ['ORD-1', [{ 'sku' => 'A', 'quantity' => 1, 'unit_price_cents' => -1 }], /unit_price_cents/],
      'a missing sku' => ['ORD-1', [{ 'quantity' => 1, 'unit_price_cents' => 1 }], /sku/]
    }.each do |description, (order_id, bad_items, message)|
      it "refuses #{description}" do
        expect { described_class.validate_order(order_id, bad_items) }
          .to raise_error(described_class::InvalidOrder, message)
      end
    end
  end

  describe '.price_order' do
    it 'adds tax rounded half up' do
      priced = described_class.price_order(described_class.validate_order('ORD-1', items))

      expect(priced).to eq(
        'order_id' => 'ORD-1', 'subtotal_cents' => 7499, 'tax_cents' => 600, 'total_cents' => 8099
      )
    end
  end

  describe '.confirm_order' do
    it 'reports the total' do
      confirmation = described_class.confirm_order(
        'order_id' => 'ORD-1', 'subtotal_cents' => 7499, 'tax_cents' => 600, 'total_cents' => 8099
      )

      expect(confirmation['status']).to eq('confirmed')
      expect(confirmation['message']).to eq('Order ORD-1 confirmed: 80.99 due')
    end
  end
end
