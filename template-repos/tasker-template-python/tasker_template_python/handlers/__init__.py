"""Step handlers. Worker.start(handler_packages=[...]) scans every module in this package."""
