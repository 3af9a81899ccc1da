"""Compatibility alias: ``azure.servicemanagement`` is ``servicemanagement``.

``azure`` is a PEP 420 namespace package here (no ``azure/__init__.py``), so this
coexists with other ``azure-*`` distributions.
"""

from servicemanagement import *  # noqa: F403
from servicemanagement import __all__ as __all__
from servicemanagement import __author__ as __author__
from servicemanagement import __version__ as __version__
