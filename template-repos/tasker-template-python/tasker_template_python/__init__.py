"""Tasker Template Python: a Tasker worker project.

Step handlers live in ``tasker_template_python.handlers`` (thin wrappers over the Tasker SDK),
the business logic they call in ``tasker_template_python.services`` (plain Python, no SDK imports).
"""

__version__ = "0.1.0"
