"""Compatibility alias: ``azure.servicemanagement`` is ``servicemanagement``.

``azure`` is a PEP 420 namespace package here (no ``azure/__init__.py``), so this
coexists with other ``azure-*`` distributions.
"""

from servicemanagement import *  # noqa: F403
from servicemanagement import __all__ as __all__
