"""The other legacy service classes: SQL Database, Service Bus, Websites and Scheduler.

Each is the shared client (credentials, transport, async waits, raw helpers) plus the
operations the spec gives it; the spec's ``clients`` entry sets its x-ms-version and
request body type (``x_ms_version``/``content_type``, as the legacy attributes).
"""

from __future__ import annotations

from servicemanagement._generated import (
    SchedulerManagementServiceOperations,
    ServiceBusManagementServiceOperations,
    SqlDatabaseManagementServiceOperations,
    WebsiteManagementServiceOperations,
)
from servicemanagement.client import ServiceManagementClient


class SqlDatabaseManagementService(ServiceManagementClient, SqlDatabaseManagementServiceOperations):
    """Azure SQL Database: servers, databases, firewall rules, quotas, service objectives."""


class ServiceBusManagementService(ServiceManagementClient, ServiceBusManagementServiceOperations):
    """Azure Service Bus: namespaces, regions, queues, topics, relays, notification hubs."""


class WebsiteManagementService(ServiceManagementClient, WebsiteManagementServiceOperations):
    """Azure Websites: web spaces, sites, their metrics and publish profiles."""


class SchedulerManagementService(ServiceManagementClient, SchedulerManagementServiceOperations):
    """Azure Scheduler: cloud services, job collections and jobs."""


__all__ = [
    "SchedulerManagementService",
    "ServiceBusManagementService",
    "SqlDatabaseManagementService",
    "WebsiteManagementService",
]
