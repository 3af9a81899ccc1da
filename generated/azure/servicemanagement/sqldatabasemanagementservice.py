"""The legacy ``azure.servicemanagement.sqldatabasemanagementservice``."""

from azure.servicemanagement.constants import (
    DEFAULT_HTTP_TIMEOUT as DEFAULT_HTTP_TIMEOUT,
    MANAGEMENT_HOST as MANAGEMENT_HOST,
)

from servicemanagement.services import SqlDatabaseManagementService as SqlDatabaseManagementService
