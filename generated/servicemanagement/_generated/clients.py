# Generated from spec/ by `make generate`; do not edit.
"""Every spec operation of each service class, as one mixin per class."""

from __future__ import annotations

from servicemanagement._generated.operations_affinity_groups import (
    ServiceManagementServiceAffinityGroupsOperations,
)
from servicemanagement._generated.operations_certificates import (
    ServiceManagementServiceCertificatesOperations,
)
from servicemanagement._generated.operations_deployments import (
    ServiceManagementServiceDeploymentsOperations,
)
from servicemanagement._generated.operations_disks import ServiceManagementServiceDisksOperations
from servicemanagement._generated.operations_dns import ServiceManagementServiceDnsOperations
from servicemanagement._generated.operations_extensions import (
    ServiceManagementServiceExtensionsOperations,
)
from servicemanagement._generated.operations_hosted_services import (
    ServiceManagementServiceHostedServicesOperations,
)
from servicemanagement._generated.operations_locations import (
    ServiceManagementServiceLocationsOperations,
)
from servicemanagement._generated.operations_networks import (
    ServiceManagementServiceNetworksOperations,
)
from servicemanagement._generated.operations_operating_systems import (
    ServiceManagementServiceOperatingSystemsOperations,
)
from servicemanagement._generated.operations_operations import (
    ServiceManagementServiceOperationsOperations,
)
from servicemanagement._generated.operations_os_images import (
    ServiceManagementServiceOsImagesOperations,
)
from servicemanagement._generated.operations_reserved_ips import (
    ServiceManagementServiceReservedIpsOperations,
)
from servicemanagement._generated.operations_role_sizes import (
    ServiceManagementServiceRoleSizesOperations,
)
from servicemanagement._generated.operations_scheduler import (
    SchedulerManagementServiceSchedulerOperations,
)
from servicemanagement._generated.operations_servicebus import (
    ServiceBusManagementServiceServicebusOperations,
)
from servicemanagement._generated.operations_sql import SqlDatabaseManagementServiceSqlOperations
from servicemanagement._generated.operations_storage import (
    ServiceManagementServiceStorageOperations,
)
from servicemanagement._generated.operations_subscriptions import (
    ServiceManagementServiceSubscriptionsOperations,
)
from servicemanagement._generated.operations_virtual_machines import (
    ServiceManagementServiceVirtualMachinesOperations,
)
from servicemanagement._generated.operations_vm_images import (
    ServiceManagementServiceVmImagesOperations,
)
from servicemanagement._generated.operations_websites import (
    WebsiteManagementServiceWebsitesOperations,
)


class SchedulerManagementServiceOperations(
    SchedulerManagementServiceSchedulerOperations,
):
    """Every spec operation of ``SchedulerManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/atom+xml;type=entry;charset=utf-8"


class ServiceBusManagementServiceOperations(
    ServiceBusManagementServiceServicebusOperations,
):
    """Every spec operation of ``ServiceBusManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2012-03-01"
    content_type = "application/atom+xml;type=entry;charset=utf-8"


class ServiceManagementServiceOperations(
    ServiceManagementServiceAffinityGroupsOperations,
    ServiceManagementServiceCertificatesOperations,
    ServiceManagementServiceDeploymentsOperations,
    ServiceManagementServiceDisksOperations,
    ServiceManagementServiceDnsOperations,
    ServiceManagementServiceExtensionsOperations,
    ServiceManagementServiceHostedServicesOperations,
    ServiceManagementServiceLocationsOperations,
    ServiceManagementServiceNetworksOperations,
    ServiceManagementServiceOperatingSystemsOperations,
    ServiceManagementServiceOperationsOperations,
    ServiceManagementServiceOsImagesOperations,
    ServiceManagementServiceReservedIpsOperations,
    ServiceManagementServiceRoleSizesOperations,
    ServiceManagementServiceStorageOperations,
    ServiceManagementServiceSubscriptionsOperations,
    ServiceManagementServiceVirtualMachinesOperations,
    ServiceManagementServiceVmImagesOperations,
):
    """Every spec operation of ``ServiceManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/atom+xml;type=entry;charset=utf-8"


class SqlDatabaseManagementServiceOperations(
    SqlDatabaseManagementServiceSqlOperations,
):
    """Every spec operation of ``SqlDatabaseManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/xml"


class WebsiteManagementServiceOperations(
    WebsiteManagementServiceWebsitesOperations,
):
    """Every spec operation of ``WebsiteManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/atom+xml;type=entry;charset=utf-8"


__all__ = [
    "SchedulerManagementServiceOperations",
    "ServiceBusManagementServiceOperations",
    "ServiceManagementServiceOperations",
    "SqlDatabaseManagementServiceOperations",
    "WebsiteManagementServiceOperations",
]
