# frozen_string_literal: true

module TaskerTemplateRuby
  module Services
    # Order logic behind the example workflow: validate -> price -> confirm.
    #
    # Plain Ruby, no Tasker SDK. Inputs and step results travel as JSON, so every method takes
    # and returns hashes with string keys, and money is kept in integer cents.
    module Orders
      TAX_RATE_PERCENT = 8

      # The order can never succeed as submitted; retrying will not help.
      class InvalidOrder < ArgumentError; end

      module_function

      def validate_order(order_id, items)
        raise InvalidOrder, 'order_id must be a non-empty string' unless order_id.is_a?(String) && !order_id.strip.empty?
        raise InvalidOrder, 'items must be a non-empty list' unless items.is_a?(Array) && !items.empty?

        lines = items.each_with_index.map { |item, index| validate_line(item, index) }
        { 'order_id' => order_id.strip, 'lines' => lines, 'line_count' => lines.size }
      end

      def validate_line(item, index)
        raise InvalidOrder, "item #{index} is not an object" unless item.is_a?(Hash)

        sku, quantity, unit_price_cents = item.values_at('sku', 'quantity', 'unit_price_cents')
        raise InvalidOrder, "item #{index} has no sku" unless sku.is_a?(String) && !sku.empty?
        raise InvalidOrder, "item #{sku} needs a quantity of at least 1" unless quantity.is_a?(Integer) && quantity >= 1
        unless unit_price_cents.is_a?(Integer) && unit_price_cents >= 0
          raise InvalidOrder, "item #{sku} needs a non-negative unit_price_cents"
        end

        { 'sku' => sku, 'quantity' => quantity, 'unit_price_cents' => unit_price_cents }
      end

      # Subtotal, tax (rounded half up) and total of a validated order.
      def price_order(order)
        subtotal = order.fetch('lines').sum { |line| line.fetch('quantity') * line.fetch('unit_price_cents') }
        tax = ((subtotal * TAX_RATE_PERCENT) + 50) / 100
        {
          'order_id' => order.fetch('order_id'),
          'subtotal_cents' => subtotal,
          'tax_cents' => tax,
          'total_cents' => subtotal + tax
        }
      end

      def confirm_order(priced)
        total = priced.fetch('total_cents')
        {
          'order_id' => priced.fetch('order_id'),
          'status' => 'confirmed',
          'total_cents' => total,
          'message' => format('Order %<id>s confirmed: %<units>d.%<cents>02d due',
                              id: priced.fetch('order_id'), units: total / 100, cents: total % 100)
        }
      end
    end
  end
end
