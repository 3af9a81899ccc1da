"""Python bindings for the Azure Service Management API, generated from a YAML spec.

``from servicemanagement import *`` gives the service classes, every model class,
the errors and ``OPERATIONS`` (the registry of every spec operation).

Every name loads its module on first use (servicemanagement._lazy), so
``import servicemanagement`` costs a few milliseconds; type checkers see the imports
below as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement import _generated
from servicemanagement._lazy import lazy_attributes
from servicemanagement.errors import *  # noqa: F403
from servicemanagement.errors import __all__ as _error_names

if TYPE_CHECKING:
    from servicemanagement._generated import OPERATIONS as OPERATIONS
    from servicemanagement._generated.namespaces import X_MS_VERSION as X_MS_VERSION
    from servicemanagement.client import (
        AZURE_MANAGEMENT_CERTFILE as AZURE_MANAGEMENT_CERTFILE,
        AZURE_MANAGEMENT_SUBSCRIPTIONID as AZURE_MANAGEMENT_SUBSCRIPTIONID,
        DEFAULT_HTTP_TIMEOUT as DEFAULT_HTTP_TIMEOUT,
        MANAGEMENT_HOST as MANAGEMENT_HOST,
        ServiceManagementClient as ServiceManagementClient,
        ServiceManagementService as ServiceManagementService,
        parse_response_for_async_op as parse_response_for_async_op,
    )
    from servicemanagement.models import *  # noqa: F403
    from servicemanagement.publishsettings import (
        get_certificate_from_publish_settings as get_certificate_from_publish_settings,
    )
    from servicemanagement.services import (
        SchedulerManagementService as SchedulerManagementService,
        ServiceBusManagementService as ServiceBusManagementService,
        SqlDatabaseManagementService as SqlDatabaseManagementService,
        WebsiteManagementService as WebsiteManagementService,
    )
    from servicemanagement.transport import RetryPolicy as RetryPolicy

#: The distribution's version (pyproject.toml reads it from here), so that importing the
#: package reads no installed metadata.
__version__ = "0.1.0"
__author__ = "servicemanagement contributors"

_modules = _generated.MODEL_TYPES.modules()
#: Each public model's generated module (where ``servicemanagement.models`` finds it too).
_MODEL_MODULES = {name: _modules[name] for name in _generated.__all__ if name in _modules}

#: Where each public name is defined (loaded by ``__getattr__`` on first use).
_DEFINED_IN: dict[str, str] = {
    "OPERATIONS": "servicemanagement._generated",
    "X_MS_VERSION": "servicemanagement._generated.namespaces",
    **dict.fromkeys(
        [
            "AZURE_MANAGEMENT_CERTFILE",
            "AZURE_MANAGEMENT_SUBSCRIPTIONID",
            "DEFAULT_HTTP_TIMEOUT",
            "MANAGEMENT_HOST",
            "ServiceManagementClient",
            "ServiceManagementService",
            "parse_response_for_async_op",
        ],
        "servicemanagement.client",
    ),
    **_MODEL_MODULES,
    **dict.fromkeys(
        [
            "AsynchronousOperationResult",
            "Feed",
            "HTTPRequest",
            "HTTPResponse",
            "Model",
            "OperationProgress",
            "WindowsAzureData",
            "from_xml",
        ],
        "servicemanagement.models",
    ),
    "get_certificate_from_publish_settings": "servicemanagement.publishsettings",
    **dict.fromkeys(
        [
            "SchedulerManagementService",
            "ServiceBusManagementService",
            "SqlDatabaseManagementService",
            "WebsiteManagementService",
        ],
        "servicemanagement.services",
    ),
    "RetryPolicy": "servicemanagement.transport",
}

# Type checkers read only a literal ``__all__`` and would then hide every model and error;
# without one they take the names re-exported above (``import *`` and ``import X as X``).
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_attributes(__name__, _DEFINED_IN, globals())

    __all__ = sorted({*_DEFINED_IN, *_error_names})
