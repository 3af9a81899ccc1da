"""The legacy ``azure.servicemanagement.constants``."""

from servicemanagement._generated.namespaces import X_MS_VERSION as X_MS_VERSION
from servicemanagement.client import (
    AZURE_MANAGEMENT_CERTFILE as AZURE_MANAGEMENT_CERTFILE,
    AZURE_MANAGEMENT_SUBSCRIPTIONID as AZURE_MANAGEMENT_SUBSCRIPTIONID,
    DEFAULT_HTTP_TIMEOUT as DEFAULT_HTTP_TIMEOUT,
    MANAGEMENT_HOST as MANAGEMENT_HOST,
)
