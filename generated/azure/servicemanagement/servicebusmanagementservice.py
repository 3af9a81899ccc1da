"""The legacy ``azure.servicemanagement.servicebusmanagementservice``."""

from azure.servicemanagement.constants import (
    DEFAULT_HTTP_TIMEOUT as DEFAULT_HTTP_TIMEOUT,
    MANAGEMENT_HOST as MANAGEMENT_HOST,
)

from servicemanagement.services import ServiceBusManagementService as ServiceBusManagementService

#: The x-ms-version the legacy module named (its operations' version: see the spec).
X_MS_VERSION = "2012-03-01"
