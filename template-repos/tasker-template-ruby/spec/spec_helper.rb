# frozen_string_literal: true

$LOAD_PATH.unshift(File.expand_path('../lib', __dir__))

# Whether the Tasker SDK (gem tasker-rb) can be loaded. Specs tagged :tasker_sdk need it and are
# skipped, with the reason, only when the gem is not installed at all (require 'tasker_core' itself
# is not found). Any other failure to load it, e.g. its native extension or one of its own
# requires, means a broken SDK: it is raised, so the run fails loudly instead of skipping.
module TaskerSdk
  FEATURE = 'tasker_core'

  def self.load_error
    return @load_error if defined?(@load_error)

    @load_error = begin
      require FEATURE
      nil
    rescue LoadError => e
      raise unless e.path == FEATURE

      e
    end
  end

  def self.skip_reason
    "tasker-rb is not installed (require '#{FEATURE}' raised LoadError: #{load_error.message.lines.first.strip}); " \
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
