# frozen_string_literal: true

require_relative 'tasker_template_ruby/version'
require_relative 'tasker_template_ruby/services/orders'

# Tasker Template Ruby: a Tasker worker project.
#
# Step handlers live in TaskerTemplateRuby::StepHandlers (lib/tasker_template_ruby/step_handlers/, thin
# wrappers over the Tasker SDK); the business logic they call in TaskerTemplateRuby::Services
# (plain Ruby, no SDK). Requiring this file does not load the SDK; bin/worker loads the handlers.
module TaskerTemplateRuby
  # Loads the Tasker SDK and every step handler in lib/tasker_template_ruby/step_handlers/.
  def self.load_step_handlers!
    require_relative 'tasker_template_ruby/step_handlers'
  end
end
