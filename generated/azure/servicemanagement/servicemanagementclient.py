"""The legacy ``azure.servicemanagement.servicemanagementclient`` (the base of the
service classes, and the constants it re-exported)."""

from azure.servicemanagement.constants import (
    AZURE_MANAGEMENT_CERTFILE as AZURE_MANAGEMENT_CERTFILE,
    AZURE_MANAGEMENT_SUBSCRIPTIONID as AZURE_MANAGEMENT_SUBSCRIPTIONID,
    DEFAULT_HTTP_TIMEOUT as DEFAULT_HTTP_TIMEOUT,
    MANAGEMENT_HOST as MANAGEMENT_HOST,
    X_MS_VERSION as X_MS_VERSION,
)

from servicemanagement.client import (
    ServiceManagementClient as _ServiceManagementClient,
    parse_response_for_async_op as parse_response_for_async_op,
)

__all__ = [
    "AZURE_MANAGEMENT_CERTFILE",
    "AZURE_MANAGEMENT_SUBSCRIPTIONID",
    "DEFAULT_HTTP_TIMEOUT",
    "MANAGEMENT_HOST",
    "X_MS_VERSION",
    "_ServiceManagementClient",
    "parse_response_for_async_op",
]
