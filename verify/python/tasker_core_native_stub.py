"""Our stand-in for tasker_core._tasker_core, the SDK's compiled (PyO3) module, which a checkout of
tasker-core's Python sources does not contain. verify/python.sh copies it into a copy of the SDK
as tasker_core/_tasker_core.py so the SDK's pure-Python code (decorators, handler classes, results)
imports and runs; every native function raises when called, so a test that needs the Rust worker
fails instead of passing by accident. The SDK imports __version__ and names such as
bootstrap_worker from it (tasker-core crates/tasker-py/python/tasker_core/__init__.py).
"""

__version__ = "0.0.0+verify-stub"


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)

    def native(*args, **kwargs):
        raise RuntimeError(f"tasker_core._tasker_core.{name} is the verify stub of the native module")

    native.__name__ = name
    return native
