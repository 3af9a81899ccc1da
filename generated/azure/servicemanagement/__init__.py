"""Compatibility alias: ``azure.servicemanagement`` is ``servicemanagement``.

``azure`` is a PEP 420 namespace package here (no ``azure/__init__.py``), so this
coexists with other ``azure-*`` distributions.
"""

from typing import TYPE_CHECKING

from servicemanagement import *  # noqa: F403
from servicemanagement import __author__ as __author__, __version__ as __version__

# servicemanagement shows type checkers no ``__all__`` (see there); ``import *`` is the export.
if not TYPE_CHECKING:
    from servicemanagement import __all__ as __all__
