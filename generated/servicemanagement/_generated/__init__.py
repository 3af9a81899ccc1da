# Generated from spec/ by `make generate`; do not edit.
"""Registries of the generated package: model classes, document roots, operations."""

from __future__ import annotations

from servicemanagement._generated.models_affinity_groups import (
    AffinityGroup,
    AffinityGroups,
    CreateAffinityGroup,
    UpdateAffinityGroup,
)
from servicemanagement._generated.models_certificates import (
    Certificate,
    CertificateFile,
    Certificates,
    SubscriptionCertificate,
    SubscriptionCertificates,
)
from servicemanagement._generated.models_compute_stub import HostedService, HostedServices
from servicemanagement._generated.models_dns import DnsServer
from servicemanagement._generated.models_extensions import ResourceExtension, ResourceExtensions
from servicemanagement._generated.models_locations import ComputeCapabilities, Location, Locations
from servicemanagement._generated.models_networks import (
    AddressSpace,
    Subnet,
    Subnets,
    VirtualNetworkSite,
    VirtualNetworkSites,
)
from servicemanagement._generated.models_operations import Operation, OperationError
from servicemanagement._generated.models_reserved_ips import (
    ReservedIP,
    ReservedIPAssociation,
    ReservedIPs,
)
from servicemanagement._generated.models_role_sizes import RoleSize, RoleSizes
from servicemanagement._generated.models_storage import (
    AvailabilityResponse,
    CreateStorageServiceInput,
    CustomDomain,
    RegenerateKeys,
    StorageAccountProperties,
    StorageService,
    StorageServiceKeys,
    StorageServices,
    UpdateStorageServiceInput,
)
from servicemanagement._generated.models_subscriptions import (
    OperationCaller,
    OperationParameter,
    Subscription,
    SubscriptionOperation,
    SubscriptionOperationCollection,
    SubscriptionOperations,
    SubscriptionOperationStatus,
    Subscriptions,
)
from servicemanagement._generated.operations_affinity_groups import (
    CREATE_AFFINITY_GROUP,
    DELETE_AFFINITY_GROUP,
    GET_AFFINITY_GROUP_PROPERTIES,
    LIST_AFFINITY_GROUPS,
    UPDATE_AFFINITY_GROUP,
    ServiceManagementServiceAffinityGroupsOperations,
)
from servicemanagement._generated.operations_certificates import (
    ADD_MANAGEMENT_CERTIFICATE,
    ADD_SERVICE_CERTIFICATE,
    DELETE_MANAGEMENT_CERTIFICATE,
    DELETE_SERVICE_CERTIFICATE,
    GET_MANAGEMENT_CERTIFICATE,
    GET_SERVICE_CERTIFICATE,
    LIST_MANAGEMENT_CERTIFICATES,
    LIST_SERVICE_CERTIFICATES,
    ServiceManagementServiceCertificatesOperations,
)
from servicemanagement._generated.operations_dns import (
    ADD_DNS_SERVER,
    DELETE_DNS_SERVER,
    UPDATE_DNS_SERVER,
    ServiceManagementServiceDnsOperations,
)
from servicemanagement._generated.operations_extensions import (
    LIST_RESOURCE_EXTENSION_VERSIONS,
    LIST_RESOURCE_EXTENSIONS,
    ServiceManagementServiceExtensionsOperations,
)
from servicemanagement._generated.operations_locations import (
    LIST_LOCATIONS,
    ServiceManagementServiceLocationsOperations,
)
from servicemanagement._generated.operations_networks import (
    LIST_VIRTUAL_NETWORK_SITES,
    ServiceManagementServiceNetworksOperations,
)
from servicemanagement._generated.operations_operations import (
    GET_OPERATION_STATUS,
    ServiceManagementServiceOperationsOperations,
)
from servicemanagement._generated.operations_reserved_ips import (
    ASSOCIATE_RESERVED_IP_ADDRESS,
    CREATE_RESERVED_IP_ADDRESS,
    DELETE_RESERVED_IP_ADDRESS,
    DISASSOCIATE_RESERVED_IP_ADDRESS,
    GET_RESERVED_IP_ADDRESS,
    LIST_RESERVED_IP_ADDRESSES,
    ServiceManagementServiceReservedIpsOperations,
)
from servicemanagement._generated.operations_role_sizes import (
    LIST_ROLE_SIZES,
    ServiceManagementServiceRoleSizesOperations,
)
from servicemanagement._generated.operations_storage import (
    CHECK_STORAGE_ACCOUNT_NAME_AVAILABILITY,
    CREATE_STORAGE_ACCOUNT,
    DELETE_STORAGE_ACCOUNT,
    GET_STORAGE_ACCOUNT_KEYS,
    GET_STORAGE_ACCOUNT_PROPERTIES,
    LIST_STORAGE_ACCOUNTS,
    REGENERATE_STORAGE_ACCOUNT_KEYS,
    UPDATE_STORAGE_ACCOUNT,
    ServiceManagementServiceStorageOperations,
)
from servicemanagement._generated.operations_subscriptions import (
    GET_SUBSCRIPTION,
    LIST_SUBSCRIPTION_OPERATIONS,
    LIST_SUBSCRIPTIONS,
    ServiceManagementServiceSubscriptionsOperations,
)
from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec

#: Every model class by its spec name.
MODEL_TYPES: dict[str, type[Model]] = {
    "AddressSpace": AddressSpace,
    "AffinityGroup": AffinityGroup,
    "AffinityGroups": AffinityGroups,
    "AvailabilityResponse": AvailabilityResponse,
    "Certificate": Certificate,
    "CertificateFile": CertificateFile,
    "Certificates": Certificates,
    "ComputeCapabilities": ComputeCapabilities,
    "CreateAffinityGroup": CreateAffinityGroup,
    "CreateStorageServiceInput": CreateStorageServiceInput,
    "CustomDomain": CustomDomain,
    "DnsServer": DnsServer,
    "HostedService": HostedService,
    "HostedServices": HostedServices,
    "Location": Location,
    "Locations": Locations,
    "Operation": Operation,
    "OperationCaller": OperationCaller,
    "OperationError": OperationError,
    "OperationParameter": OperationParameter,
    "RegenerateKeys": RegenerateKeys,
    "ReservedIP": ReservedIP,
    "ReservedIPAssociation": ReservedIPAssociation,
    "ReservedIPs": ReservedIPs,
    "ResourceExtension": ResourceExtension,
    "ResourceExtensions": ResourceExtensions,
    "RoleSize": RoleSize,
    "RoleSizes": RoleSizes,
    "StorageAccountProperties": StorageAccountProperties,
    "StorageService": StorageService,
    "StorageServiceKeys": StorageServiceKeys,
    "StorageServices": StorageServices,
    "Subnet": Subnet,
    "Subnets": Subnets,
    "Subscription": Subscription,
    "SubscriptionCertificate": SubscriptionCertificate,
    "SubscriptionCertificates": SubscriptionCertificates,
    "SubscriptionOperation": SubscriptionOperation,
    "SubscriptionOperationCollection": SubscriptionOperationCollection,
    "SubscriptionOperationStatus": SubscriptionOperationStatus,
    "SubscriptionOperations": SubscriptionOperations,
    "Subscriptions": Subscriptions,
    "UpdateAffinityGroup": UpdateAffinityGroup,
    "UpdateStorageServiceInput": UpdateStorageServiceInput,
    "VirtualNetworkSite": VirtualNetworkSite,
    "VirtualNetworkSites": VirtualNetworkSites,
}

#: Qualified document root tag -> names of the types that use it.
ROOTS: dict[str, tuple[str, ...]] = {
    "{http://schemas.microsoft.com/windowsazure}AffinityGroup": ("AffinityGroup",),
    "{http://schemas.microsoft.com/windowsazure}AffinityGroups": ("AffinityGroups",),
    "{http://schemas.microsoft.com/windowsazure}AvailabilityResponse": ("AvailabilityResponse",),
    "{http://schemas.microsoft.com/windowsazure}Certificate": ("Certificate",),
    "{http://schemas.microsoft.com/windowsazure}CertificateFile": ("CertificateFile",),
    "{http://schemas.microsoft.com/windowsazure}Certificates": ("Certificates",),
    "{http://schemas.microsoft.com/windowsazure}CreateAffinityGroup": ("CreateAffinityGroup",),
    "{http://schemas.microsoft.com/windowsazure}CreateStorageServiceInput": (
        "CreateStorageServiceInput",
    ),
    "{http://schemas.microsoft.com/windowsazure}DnsServer": ("DnsServer",),
    "{http://schemas.microsoft.com/windowsazure}HostedService": ("HostedService",),
    "{http://schemas.microsoft.com/windowsazure}HostedServices": ("HostedServices",),
    "{http://schemas.microsoft.com/windowsazure}Locations": ("Locations",),
    "{http://schemas.microsoft.com/windowsazure}Operation": ("Operation",),
    "{http://schemas.microsoft.com/windowsazure}RegenerateKeys": ("RegenerateKeys",),
    "{http://schemas.microsoft.com/windowsazure}ReservedIP": ("ReservedIP",),
    "{http://schemas.microsoft.com/windowsazure}ReservedIPAssociation": ("ReservedIPAssociation",),
    "{http://schemas.microsoft.com/windowsazure}ReservedIPs": ("ReservedIPs",),
    "{http://schemas.microsoft.com/windowsazure}ResourceExtensions": ("ResourceExtensions",),
    "{http://schemas.microsoft.com/windowsazure}RoleSizes": ("RoleSizes",),
    "{http://schemas.microsoft.com/windowsazure}StorageService": ("StorageService",),
    "{http://schemas.microsoft.com/windowsazure}StorageServices": ("StorageServices",),
    "{http://schemas.microsoft.com/windowsazure}Subscription": ("Subscription",),
    "{http://schemas.microsoft.com/windowsazure}SubscriptionCertificate": (
        "SubscriptionCertificate",
    ),
    "{http://schemas.microsoft.com/windowsazure}SubscriptionCertificates": (
        "SubscriptionCertificates",
    ),
    "{http://schemas.microsoft.com/windowsazure}SubscriptionOperationCollection": (
        "SubscriptionOperationCollection",
    ),
    "{http://schemas.microsoft.com/windowsazure}Subscriptions": ("Subscriptions",),
    "{http://schemas.microsoft.com/windowsazure}UpdateAffinityGroup": ("UpdateAffinityGroup",),
    "{http://schemas.microsoft.com/windowsazure}UpdateStorageServiceInput": (
        "UpdateStorageServiceInput",
    ),
    "{http://schemas.microsoft.com/windowsazure}VirtualNetworkSites": ("VirtualNetworkSites",),
}

#: Every operation by ``client.name`` -> its description.
OPERATIONS: dict[str, OperationSpec] = {
    "ServiceManagementService.add_dns_server": ADD_DNS_SERVER,
    "ServiceManagementService.add_management_certificate": ADD_MANAGEMENT_CERTIFICATE,
    "ServiceManagementService.add_service_certificate": ADD_SERVICE_CERTIFICATE,
    "ServiceManagementService.associate_reserved_ip_address": ASSOCIATE_RESERVED_IP_ADDRESS,
    "ServiceManagementService.check_storage_account_name_availability": CHECK_STORAGE_ACCOUNT_NAME_AVAILABILITY,
    "ServiceManagementService.create_affinity_group": CREATE_AFFINITY_GROUP,
    "ServiceManagementService.create_reserved_ip_address": CREATE_RESERVED_IP_ADDRESS,
    "ServiceManagementService.create_storage_account": CREATE_STORAGE_ACCOUNT,
    "ServiceManagementService.delete_affinity_group": DELETE_AFFINITY_GROUP,
    "ServiceManagementService.delete_dns_server": DELETE_DNS_SERVER,
    "ServiceManagementService.delete_management_certificate": DELETE_MANAGEMENT_CERTIFICATE,
    "ServiceManagementService.delete_reserved_ip_address": DELETE_RESERVED_IP_ADDRESS,
    "ServiceManagementService.delete_service_certificate": DELETE_SERVICE_CERTIFICATE,
    "ServiceManagementService.delete_storage_account": DELETE_STORAGE_ACCOUNT,
    "ServiceManagementService.disassociate_reserved_ip_address": DISASSOCIATE_RESERVED_IP_ADDRESS,
    "ServiceManagementService.get_affinity_group_properties": GET_AFFINITY_GROUP_PROPERTIES,
    "ServiceManagementService.get_management_certificate": GET_MANAGEMENT_CERTIFICATE,
    "ServiceManagementService.get_operation_status": GET_OPERATION_STATUS,
    "ServiceManagementService.get_reserved_ip_address": GET_RESERVED_IP_ADDRESS,
    "ServiceManagementService.get_service_certificate": GET_SERVICE_CERTIFICATE,
    "ServiceManagementService.get_storage_account_keys": GET_STORAGE_ACCOUNT_KEYS,
    "ServiceManagementService.get_storage_account_properties": GET_STORAGE_ACCOUNT_PROPERTIES,
    "ServiceManagementService.get_subscription": GET_SUBSCRIPTION,
    "ServiceManagementService.list_affinity_groups": LIST_AFFINITY_GROUPS,
    "ServiceManagementService.list_locations": LIST_LOCATIONS,
    "ServiceManagementService.list_management_certificates": LIST_MANAGEMENT_CERTIFICATES,
    "ServiceManagementService.list_reserved_ip_addresses": LIST_RESERVED_IP_ADDRESSES,
    "ServiceManagementService.list_resource_extension_versions": LIST_RESOURCE_EXTENSION_VERSIONS,
    "ServiceManagementService.list_resource_extensions": LIST_RESOURCE_EXTENSIONS,
    "ServiceManagementService.list_role_sizes": LIST_ROLE_SIZES,
    "ServiceManagementService.list_service_certificates": LIST_SERVICE_CERTIFICATES,
    "ServiceManagementService.list_storage_accounts": LIST_STORAGE_ACCOUNTS,
    "ServiceManagementService.list_subscription_operations": LIST_SUBSCRIPTION_OPERATIONS,
    "ServiceManagementService.list_subscriptions": LIST_SUBSCRIPTIONS,
    "ServiceManagementService.list_virtual_network_sites": LIST_VIRTUAL_NETWORK_SITES,
    "ServiceManagementService.regenerate_storage_account_keys": REGENERATE_STORAGE_ACCOUNT_KEYS,
    "ServiceManagementService.update_affinity_group": UPDATE_AFFINITY_GROUP,
    "ServiceManagementService.update_dns_server": UPDATE_DNS_SERVER,
    "ServiceManagementService.update_storage_account": UPDATE_STORAGE_ACCOUNT,
}


class ServiceManagementServiceOperations(
    ServiceManagementServiceAffinityGroupsOperations,
    ServiceManagementServiceCertificatesOperations,
    ServiceManagementServiceDnsOperations,
    ServiceManagementServiceExtensionsOperations,
    ServiceManagementServiceLocationsOperations,
    ServiceManagementServiceNetworksOperations,
    ServiceManagementServiceOperationsOperations,
    ServiceManagementServiceReservedIpsOperations,
    ServiceManagementServiceRoleSizesOperations,
    ServiceManagementServiceStorageOperations,
    ServiceManagementServiceSubscriptionsOperations,
):
    """Every spec operation of ``ServiceManagementService``."""


__all__ = [
    "AddressSpace",
    "AffinityGroup",
    "AffinityGroups",
    "AvailabilityResponse",
    "Certificate",
    "CertificateFile",
    "Certificates",
    "ComputeCapabilities",
    "CreateAffinityGroup",
    "CreateStorageServiceInput",
    "CustomDomain",
    "DnsServer",
    "HostedService",
    "HostedServices",
    "Location",
    "Locations",
    "Operation",
    "OperationCaller",
    "OperationError",
    "OperationParameter",
    "RegenerateKeys",
    "ReservedIP",
    "ReservedIPAssociation",
    "ReservedIPs",
    "ResourceExtension",
    "ResourceExtensions",
    "RoleSize",
    "RoleSizes",
    "StorageAccountProperties",
    "StorageService",
    "StorageServiceKeys",
    "StorageServices",
    "Subnet",
    "Subnets",
    "Subscription",
    "SubscriptionCertificate",
    "SubscriptionCertificates",
    "SubscriptionOperation",
    "SubscriptionOperationCollection",
    "SubscriptionOperationStatus",
    "SubscriptionOperations",
    "Subscriptions",
    "UpdateAffinityGroup",
    "UpdateStorageServiceInput",
    "VirtualNetworkSite",
    "VirtualNetworkSites",
    "ServiceManagementServiceOperations",
    "MODEL_TYPES",
    "OPERATIONS",
    "ROOTS",
]
