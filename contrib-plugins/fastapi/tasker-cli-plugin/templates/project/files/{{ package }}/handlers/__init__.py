"""Step handlers: the worker imports every module of this package (Worker.start(handler_packages=...))."""
