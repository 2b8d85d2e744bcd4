# frozen_string_literal: true

# Loads the Tasker SDK and every step handler in step_handlers/, including the ones
# `tasker-cli generate handler` adds later.
require 'tasker_core'

Dir[File.join(__dir__, 'step_handlers', '*.rb')].sort.each { |handler| require handler }
