"""Python bindings for the Azure Service Management API, generated from a YAML spec.

``from servicemanagement import *`` gives the service classes, every model class,
the errors and ``OPERATIONS`` (the registry of every spec operation).
"""

from __future__ import annotations

from importlib.metadata import version
from typing import TYPE_CHECKING

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
from servicemanagement.errors import *  # noqa: F403
from servicemanagement.models import *  # noqa: F403
from servicemanagement.models import AtomFeed
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

#: The legacy name of the Atom feed model (the feeds Service Bus lists things in).
Feed = AtomFeed

__version__ = version("servicemanagement")
__author__ = "servicemanagement contributors"

# Type checkers read only a literal ``__all__`` and would then hide every model and error;
# without one they take the names re-exported above (``import *`` and ``import X as X``).
if not TYPE_CHECKING:
    from servicemanagement.errors import __all__ as _error_names
    from servicemanagement.models import __all__ as _model_names

    __all__ = [
        "AZURE_MANAGEMENT_CERTFILE",
        "AZURE_MANAGEMENT_SUBSCRIPTIONID",
        "DEFAULT_HTTP_TIMEOUT",
        "Feed",
        "MANAGEMENT_HOST",
        "OPERATIONS",
        "RetryPolicy",
        "SchedulerManagementService",
        "ServiceBusManagementService",
        "ServiceManagementClient",
        "ServiceManagementService",
        "SqlDatabaseManagementService",
        "WebsiteManagementService",
        "X_MS_VERSION",
        "get_certificate_from_publish_settings",
        "parse_response_for_async_op",
        *_error_names,
        *_model_names,
    ]
