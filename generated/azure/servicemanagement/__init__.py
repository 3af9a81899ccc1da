"""Compatibility alias: ``azure.servicemanagement`` is ``servicemanagement``.

``azure`` is a PEP 420 namespace package here (no ``azure/__init__.py``), so this
coexists with other ``azure-*`` distributions. Names load on first use, as in
``servicemanagement`` itself.
"""

from importlib import import_module
from typing import TYPE_CHECKING

import servicemanagement
from servicemanagement import __author__ as __author__, __version__ as __version__

#: The legacy package's modules, kept under their names (``from
#: azure.servicemanagement.models import LinuxConfigurationSet``); its ``import *`` gave
#: them too, as it had no ``__all__``.
LEGACY_MODULES = (
    "constants",
    "models",
    "publishsettings",
    "schedulermanagementservice",
    "servicebusmanagementservice",
    "servicemanagementclient",
    "servicemanagementservice",
    "sqldatabasemanagementservice",
    "websitemanagementservice",
)

if TYPE_CHECKING:
    from servicemanagement import *  # noqa: F403
else:
    # servicemanagement shows type checkers no ``__all__`` (see there); ``import *`` is the
    # export.
    __all__ = [*servicemanagement.__all__, *LEGACY_MODULES]

    def __getattr__(name: str) -> object:
        if name in LEGACY_MODULES:
            value = import_module(f"{__name__}.{name}")
        else:
            value = getattr(servicemanagement, name)
        globals()[name] = value  # looked up once: ``import *`` looks each name up twice
        return value

    def __dir__() -> list[str]:
        return sorted({*dir(servicemanagement), *LEGACY_MODULES})
