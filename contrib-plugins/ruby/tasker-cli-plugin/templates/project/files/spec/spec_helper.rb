# frozen_string_literal: true

$LOAD_PATH.unshift(File.expand_path('../lib', __dir__))

# Whether the Tasker SDK (gem tasker-rb) can be loaded. Specs tagged :tasker_sdk need it and
# are skipped, with the reason, when it is missing; everything else runs without it.
module TaskerSdk
  def self.load_error
    return @load_error if defined?(@load_error)

    @load_error = begin
      require 'tasker_core'
      nil
    rescue LoadError => e
      e
    end
  end

  def self.skip_reason
    "tasker-rb is not installed (require 'tasker_core' raised LoadError: #{load_error.message.lines.first.strip}); " \
      'handler specs need the Tasker SDK'
  end
end

RSpec.configure do |config|
  config.expect_with :rspec do |expectations|
    expectations.include_chain_clauses_in_custom_matcher_descriptions = true
  end
  config.mock_with :rspec do |mocks|
    mocks.verify_partial_doubles = true
  end
  config.disable_monkey_patching!
  config.order = :random
  Kernel.srand config.seed

  config.before(:each, :tasker_sdk) do
    skip(TaskerSdk.skip_reason) if TaskerSdk.load_error
  end
end
