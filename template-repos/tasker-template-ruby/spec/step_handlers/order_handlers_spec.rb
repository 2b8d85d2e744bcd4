# frozen_string_literal: true

require 'yaml'

RSpec.describe 'The order step handlers', :tasker_sdk do
  before { require 'tasker_template_ruby/step_handlers' }

  let(:handlers) { TaskerTemplateRuby::StepHandlers }
  let(:items) { [{ 'sku' => 'WIDGET-1', 'quantity' => 2, 'unit_price_cents' => 1250 }] }

  # A StepContext answering the two questions the functional DSL asks of it.
  def step_context(inputs: {}, results: {})
    double('StepContext').tap do |context|
      allow(context).to receive(:get_input) { |key| inputs[key] }
      allow(context).to receive(:get_dependency_result) { |step| results[step] }
    end
  end

  it 'defines a handler class for every callable of the task definition' do
    definition = YAML.safe_load_file(File.expand_path('../../config/tasks/process_order.yaml', __dir__))

    definition['steps'].each do |step|
      callable = step.dig('handler', 'callable')
      handler_class = Object.const_get(callable)
      expect(handler_class).to be < TaskerCore::StepHandler::Base
      expect(handler_class.new.handler_name).to eq(callable)
    end
  end

  it 'validates a good order' do
    result = handlers::ValidateOrderHandler.new.call(step_context(inputs: { 'order_id' => 'ORD-1', 'items' => items }))

    expect(result.success?).to be(true)
    expect(result.result['line_count']).to eq(1)
  end

  it 'fails permanently on a bad order' do
    result = handlers::ValidateOrderHandler.new.call(step_context(inputs: { 'order_id' => 'ORD-1', 'items' => [] }))

    expect(result.success?).to be(false)
    expect(result.retryable).to be(false)
  end

  it 'prices and confirms from the upstream results' do
    order = { 'order_id' => 'ORD-1', 'lines' => items, 'line_count' => 1 }
    priced = handlers::PriceOrderHandler.new.call(step_context(results: { 'validate_order' => order }))
    confirmed = handlers::ConfirmOrderHandler.new.call(step_context(results: { 'price_order' => priced.result }))

    expect(priced.result['total_cents']).to eq(2700)
    expect(confirmed.result['status']).to eq('confirmed')
  end
end
