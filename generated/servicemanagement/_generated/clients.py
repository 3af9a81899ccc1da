# Generated from spec/ by `make generate`; do not edit.
"""Every spec operation of each service class, as one mixin per class."""

from __future__ import annotations

from servicemanagement._generated.operations_affinity_groups import (
    ServiceManagementServiceAffinityGroupsOperations,
)
from servicemanagement._generated.operations_application_gateways import (
    ServiceManagementServiceApplicationGatewaysOperations,
)
from servicemanagement._generated.operations_certificates import (
    ServiceManagementServiceCertificatesOperations,
)
from servicemanagement._generated.operations_cloud_service_extensions import (
    ServiceManagementServiceCloudServiceExtensionsOperations,
)
from servicemanagement._generated.operations_deployments import (
    ServiceManagementServiceDeploymentsOperations,
)
from servicemanagement._generated.operations_disks import ServiceManagementServiceDisksOperations
from servicemanagement._generated.operations_dns import ServiceManagementServiceDnsOperations
from servicemanagement._generated.operations_expressroute import (
    ServiceManagementServiceExpressrouteOperations,
)
from servicemanagement._generated.operations_extensions import (
    ServiceManagementServiceExtensionsOperations,
)
from servicemanagement._generated.operations_hdinsight import (
    ServiceManagementServiceHdinsightOperations,
)
from servicemanagement._generated.operations_hosted_services import (
    ServiceManagementServiceHostedServicesOperations,
)
from servicemanagement._generated.operations_load_balancers import (
    ServiceManagementServiceLoadBalancersOperations,
)
from servicemanagement._generated.operations_locations import (
    ServiceManagementServiceLocationsOperations,
)
from servicemanagement._generated.operations_media_services import (
    ServiceManagementServiceMediaServicesOperations,
)
from servicemanagement._generated.operations_migration import (
    ServiceManagementServiceMigrationOperations,
)
from servicemanagement._generated.operations_monitoring import (
    ServiceManagementServiceMonitoringOperations,
)
from servicemanagement._generated.operations_network_security_groups import (
    ServiceManagementServiceNetworkSecurityGroupsOperations,
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
from servicemanagement._generated.operations_route_tables import (
    ServiceManagementServiceRouteTablesOperations,
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
from servicemanagement._generated.operations_traffic_manager import (
    ServiceManagementServiceTrafficManagerOperations,
)
from servicemanagement._generated.operations_virtual_machines import (
    ServiceManagementServiceVirtualMachinesOperations,
)
from servicemanagement._generated.operations_vm_images import (
    ServiceManagementServiceVmImagesOperations,
)
from servicemanagement._generated.operations_vpn_gateways import (
    ServiceManagementServiceVpnGatewaysOperations,
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
    ServiceManagementServiceApplicationGatewaysOperations,
    ServiceManagementServiceCertificatesOperations,
    ServiceManagementServiceCloudServiceExtensionsOperations,
    ServiceManagementServiceDeploymentsOperations,
    ServiceManagementServiceDisksOperations,
    ServiceManagementServiceDnsOperations,
    ServiceManagementServiceExpressrouteOperations,
    ServiceManagementServiceExtensionsOperations,
    ServiceManagementServiceHdinsightOperations,
    ServiceManagementServiceHostedServicesOperations,
    ServiceManagementServiceLoadBalancersOperations,
    ServiceManagementServiceLocationsOperations,
    ServiceManagementServiceMediaServicesOperations,
    ServiceManagementServiceMigrationOperations,
    ServiceManagementServiceMonitoringOperations,
    ServiceManagementServiceNetworkSecurityGroupsOperations,
    ServiceManagementServiceNetworksOperations,
    ServiceManagementServiceOperatingSystemsOperations,
    ServiceManagementServiceOperationsOperations,
    ServiceManagementServiceOsImagesOperations,
    ServiceManagementServiceReservedIpsOperations,
    ServiceManagementServiceRoleSizesOperations,
    ServiceManagementServiceRouteTablesOperations,
    ServiceManagementServiceStorageOperations,
    ServiceManagementServiceSubscriptionsOperations,
    ServiceManagementServiceTrafficManagerOperations,
    ServiceManagementServiceVirtualMachinesOperations,
    ServiceManagementServiceVmImagesOperations,
    ServiceManagementServiceVpnGatewaysOperations,
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
