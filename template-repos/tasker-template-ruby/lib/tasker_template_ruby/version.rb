# frozen_string_literal: true

module TaskerTemplateRuby
  VERSION = '0.1.0'
end
