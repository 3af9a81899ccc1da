# Generated from spec/types/subscriptions.yaml by `make generate`; do not edit.
"""Models of the subscriptions area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_DC, NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime

    from servicemanagement._generated.models_operations import OperationError

__all__ = [
    "Subscriptions",
    "Subscription",
    "SubscriptionOperationCollection",
    "SubscriptionOperations",
    "SubscriptionOperation",
    "OperationParameter",
    "OperationCaller",
    "SubscriptionOperationStatus",
    "EntitleResource",
]


class Subscriptions(Model):
    """The response of list_subscriptions; iterate it for Subscription items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Subscriptions",
            namespace=NS_WA,
            root="Subscriptions",
            fields=(
                FieldSchema(
                    "subscriptions",
                    "flat",
                    "Subscription",
                    NS_WA,
                    model="Subscription",
                    absent="new",
                ),
            ),
            items="subscriptions",
        )
    )
    _: KW_ONLY
    subscriptions: list[Subscription] | None = None

    def __iter__(self) -> Iterator[Subscription]:
        return iter(self.subscriptions or ())

    def __len__(self) -> int:
        return len(self.subscriptions or ())

    def __getitem__(self, index: int) -> Subscription:
        return (self.subscriptions or [])[index]


class Subscription(Model):
    """A subscription with its quotas and current usage."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Subscription",
            namespace=NS_WA,
            root="Subscription",
            fields=(
                FieldSchema("subscription_id", "element", "SubscriptionID", NS_WA, absent=""),
                FieldSchema("subscription_name", "element", "SubscriptionName", NS_WA, absent=""),
                FieldSchema(
                    "subscription_status", "element", "SubscriptionStatus", NS_WA, absent=""
                ),
                FieldSchema(
                    "account_admin_live_email_id",
                    "element",
                    "AccountAdminLiveEmailId",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "service_admin_live_email_id",
                    "element",
                    "ServiceAdminLiveEmailId",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "max_core_count", "element", "MaxCoreCount", NS_WA, scalar="int", absent=0
                ),
                FieldSchema(
                    "max_storage_accounts",
                    "element",
                    "MaxStorageAccounts",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "max_hosted_services",
                    "element",
                    "MaxHostedServices",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "current_core_count",
                    "element",
                    "CurrentCoreCount",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "current_hosted_services",
                    "element",
                    "CurrentHostedServices",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "current_storage_accounts",
                    "element",
                    "CurrentStorageAccounts",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "max_virtual_network_sites",
                    "element",
                    "MaxVirtualNetworkSites",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "current_virtual_network_sites",
                    "element",
                    "CurrentVirtualNetworkSites",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "max_local_network_sites",
                    "element",
                    "MaxLocalNetworkSites",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "current_local_network_sites",
                    "element",
                    "CurrentLocalNetworkSites",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "max_dns_servers", "element", "MaxDnsServers", NS_WA, scalar="int", absent=0
                ),
                FieldSchema(
                    "current_dns_servers", "element", "CurrentDnsServers", NS_WA, scalar="int"
                ),
                FieldSchema("offer_categories", "element", "OfferCategories", NS_WA),
                FieldSchema("aad_tenant_id", "element", "AADTenantID", NS_WA, absent=""),
                FieldSchema("created_time", "element", "CreatedTime", NS_WA, absent=""),
                FieldSchema("max_reserved_ips", "element", "MaxReservedIPs", NS_WA, scalar="int"),
                FieldSchema(
                    "current_reserved_ips", "element", "CurrentReservedIPs", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "max_public_ip_count", "element", "MaxPublicIPCount", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "current_network_security_groups",
                    "element",
                    "CurrentNetworkSecurityGroups",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "max_network_security_groups",
                    "element",
                    "MaxNetworkSecurityGroups",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "max_network_security_rules_per_group",
                    "element",
                    "MaxNetworkSecurityRulesPerGroup",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema("max_route_tables", "element", "MaxRouteTables", NS_WA, scalar="int"),
                FieldSchema(
                    "max_routes_per_route_table",
                    "element",
                    "MaxRoutesPerRouteTable",
                    NS_WA,
                    scalar="int",
                ),
            ),
        )
    )
    _: KW_ONLY
    subscription_id: str | None = None
    subscription_name: str | None = None
    subscription_status: str | None = None
    account_admin_live_email_id: str | None = None
    service_admin_live_email_id: str | None = None
    max_core_count: int | None = None
    max_storage_accounts: int | None = None
    max_hosted_services: int | None = None
    current_core_count: int | None = None
    current_hosted_services: int | None = None
    current_storage_accounts: int | None = None
    max_virtual_network_sites: int | None = None
    current_virtual_network_sites: int | None = None
    max_local_network_sites: int | None = None
    current_local_network_sites: int | None = None
    max_dns_servers: int | None = None
    current_dns_servers: int | None = None
    offer_categories: str | None = None
    aad_tenant_id: str | None = None
    created_time: str | None = None
    max_reserved_ips: int | None = None
    current_reserved_ips: int | None = None
    max_public_ip_count: int | None = None
    current_network_security_groups: int | None = None
    max_network_security_groups: int | None = None
    max_network_security_rules_per_group: int | None = None
    max_route_tables: int | None = None
    max_routes_per_route_table: int | None = None


class SubscriptionOperationCollection(Model):
    """One page of list_subscription_operations: iterate it for SubscriptionOperation items;
    continuation_token is set when more pages follow."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SubscriptionOperationCollection",
            namespace=NS_WA,
            root="SubscriptionOperationCollection",
            fields=(
                FieldSchema(
                    "subscription_operations",
                    "element",
                    "SubscriptionOperations",
                    NS_WA,
                    model="SubscriptionOperations",
                ),
                FieldSchema("continuation_token", "element", "ContinuationToken", NS_WA, absent=""),
            ),
            items="subscription_operations",
        )
    )
    _: KW_ONLY
    subscription_operations: SubscriptionOperations | None = None
    continuation_token: str | None = None

    def __iter__(self) -> Iterator[SubscriptionOperation]:
        return iter(self.subscription_operations or ())

    def __len__(self) -> int:
        return len(self.subscription_operations or ())

    def __getitem__(self, index: int) -> SubscriptionOperation:
        return (self.subscription_operations or [])[index]


class SubscriptionOperations(Model):
    """The operations of one page; iterate it for SubscriptionOperation items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SubscriptionOperations",
            namespace=NS_WA,
            root=None,
            element="SubscriptionOperations",
            fields=(
                FieldSchema(
                    "subscription_operations",
                    "flat",
                    "SubscriptionOperation",
                    NS_WA,
                    model="SubscriptionOperation",
                    absent="new",
                ),
            ),
            items="subscription_operations",
        )
    )
    _: KW_ONLY
    subscription_operations: list[SubscriptionOperation] | None = None

    def __iter__(self) -> Iterator[SubscriptionOperation]:
        return iter(self.subscription_operations or ())

    def __len__(self) -> int:
        return len(self.subscription_operations or ())

    def __getitem__(self, index: int) -> SubscriptionOperation:
        return (self.subscription_operations or [])[index]


class SubscriptionOperation(Model):
    """A create, update or delete operation performed on the subscription."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SubscriptionOperation",
            namespace=NS_WA,
            root=None,
            element="SubscriptionOperation",
            fields=(
                FieldSchema("operation_id", "element", "OperationId", NS_WA, absent=""),
                FieldSchema(
                    "operation_object_id", "element", "OperationObjectId", NS_WA, absent=""
                ),
                FieldSchema("operation_name", "element", "OperationName", NS_WA, absent=""),
                FieldSchema(
                    "operation_parameters",
                    "dict",
                    "OperationParameters",
                    NS_WA,
                    item="OperationParameter",
                    key="Name",
                    value="Value",
                    item_namespace=NS_DC,
                    absent="new",
                ),
                FieldSchema(
                    "operation_caller", "element", "OperationCaller", NS_WA, model="OperationCaller"
                ),
                FieldSchema(
                    "operation_status",
                    "element",
                    "OperationStatus",
                    NS_WA,
                    model="SubscriptionOperationStatus",
                ),
                FieldSchema(
                    "operation_started_time", "element", "OperationStartedTime", NS_WA, absent=""
                ),
                FieldSchema(
                    "operation_completed_time",
                    "element",
                    "OperationCompletedTime",
                    NS_WA,
                    absent="",
                ),
                FieldSchema("operation_kind", "element", "OperationKind", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    operation_id: str | None = None
    operation_object_id: str | None = None
    operation_name: str | None = None
    operation_parameters: dict[str, str] | None = None
    operation_caller: OperationCaller | None = None
    operation_status: SubscriptionOperationStatus | None = None
    operation_started_time: str | None = None
    operation_completed_time: str | None = None
    operation_kind: str | None = None


class OperationParameter(Model):
    """One argument of a subscription operation. The service writes it with data-contract
    serialization, so Name and Value are in the data-contract namespace."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OperationParameter",
            namespace=NS_WA,
            root=None,
            element="OperationParameter",
            fields=(
                FieldSchema("name", "element", "Name", NS_DC),
                FieldSchema("value", "element", "Value", NS_DC),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    value: str | None = None


class OperationCaller(Model):
    """Who made a subscription operation."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OperationCaller",
            namespace=NS_WA,
            root=None,
            element="OperationCaller",
            fields=(
                FieldSchema(
                    "used_service_management_api",
                    "element",
                    "UsedServiceManagementApi",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema("user_email_address", "element", "UserEmailAddress", NS_WA, absent=""),
                FieldSchema(
                    "subscription_certificate_thumbprint",
                    "element",
                    "SubscriptionCertificateThumbprint",
                    NS_WA,
                    absent="",
                ),
                FieldSchema("client_ip", "element", "ClientIP", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    used_service_management_api: bool | None = None
    user_email_address: str | None = None
    subscription_certificate_thumbprint: str | None = None
    client_ip: str | None = None


class SubscriptionOperationStatus(Model):
    """The outcome of a subscription operation."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SubscriptionOperationStatus",
            namespace=NS_WA,
            root=None,
            element="OperationStatus",
            fields=(
                FieldSchema("status_id", "element", "ID", NS_WA, absent=""),
                FieldSchema("status", "element", "Status", NS_WA, absent=""),
                FieldSchema(
                    "http_status_code", "element", "HttpStatusCode", NS_WA, scalar="int", absent=0
                ),
                FieldSchema("error", "element", "Error", NS_WA, model="OperationError"),
            ),
        )
    )
    _: KW_ONLY
    status_id: str | None = None
    status: str | None = None
    http_status_code: int | None = None
    error: OperationError | None = None


class EntitleResource(Model):
    """The body of entitle_resource."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="EntitleResource",
            namespace=NS_WA,
            root="EntitleResource",
            fields=(
                FieldSchema(
                    "resource_provider_name_space", "element", "ResourceProviderNameSpace", NS_WA
                ),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema(
                    "registration_date", "element", "RegistrationDate", NS_WA, scalar="datetime"
                ),
            ),
        )
    )
    _: KW_ONLY
    resource_provider_name_space: str | None = None
    type: str | None = None
    registration_date: datetime | None = None
