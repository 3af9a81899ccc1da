"""The legacy ``azure.servicemanagement.servicemanagementservice``."""

from azure.servicemanagement.constants import (
    DEFAULT_HTTP_TIMEOUT as DEFAULT_HTTP_TIMEOUT,
    MANAGEMENT_HOST as MANAGEMENT_HOST,
)

from servicemanagement.client import ServiceManagementService as ServiceManagementService
