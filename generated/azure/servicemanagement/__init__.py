"""Compatibility alias: ``azure.servicemanagement`` is ``servicemanagement``.

``azure`` is a PEP 420 namespace package here (no ``azure/__init__.py``), so this
coexists with other ``azure-*`` distributions. Names load on first use, as in
``servicemanagement`` itself.
"""

from typing import TYPE_CHECKING

import servicemanagement
from servicemanagement import __author__ as __author__, __version__ as __version__

if TYPE_CHECKING:
    from servicemanagement import *  # noqa: F403
else:
    # servicemanagement shows type checkers no ``__all__`` (see there); ``import *`` is the
    # export.
    __all__ = servicemanagement.__all__

    def __getattr__(name: str) -> object:
        value = getattr(servicemanagement, name)
        globals()[name] = value  # looked up once: ``import *`` looks each name up twice
        return value

    def __dir__() -> list[str]:
        return dir(servicemanagement)
