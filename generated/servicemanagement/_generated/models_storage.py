# Generated from spec/types/storage.yaml by `make generate`; do not edit.
"""Models of the storage area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
    "StorageServices",
    "StorageService",
    "StorageAccountProperties",
    "CustomDomain",
    "StorageServiceKeys",
    "CreateStorageServiceInput",
    "UpdateStorageServiceInput",
    "RegenerateKeys",
    "AvailabilityResponse",
]


class StorageServices(Model):
    """The response of list_storage_accounts; iterate it for StorageService items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StorageServices",
            namespace=NS_WA,
            root="StorageServices",
            fields=(
                FieldSchema(
                    "storage_services",
                    "flat",
                    "StorageService",
                    NS_WA,
                    model="StorageService",
                    absent="new",
                ),
            ),
            items="storage_services",
        )
    )
    _: KW_ONLY
    storage_services: list[StorageService] | None = None

    def __iter__(self) -> Iterator[StorageService]:
        return iter(self.storage_services or ())

    def __len__(self) -> int:
        return len(self.storage_services or ())

    def __getitem__(self, index: int) -> StorageService:
        return (self.storage_services or [])[index]


class StorageService(Model):
    """A storage account (its properties, or its keys for get_storage_account_keys)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StorageService",
            namespace=NS_WA,
            root="StorageService",
            fields=(
                FieldSchema("url", "element", "Url", NS_WA, absent=""),
                FieldSchema("service_name", "element", "ServiceName", NS_WA, absent=""),
                FieldSchema(
                    "storage_service_properties",
                    "element",
                    "StorageServiceProperties",
                    NS_WA,
                    model="StorageAccountProperties",
                ),
                FieldSchema(
                    "storage_service_keys",
                    "element",
                    "StorageServiceKeys",
                    NS_WA,
                    model="StorageServiceKeys",
                ),
                FieldSchema(
                    "extended_properties",
                    "dict",
                    "ExtendedProperties",
                    NS_WA,
                    item="ExtendedProperty",
                    key="Name",
                    value="Value",
                    absent="new",
                ),
                FieldSchema("migration_state", "element", "MigrationState", NS_WA),
                FieldSchema("capabilities", "list", "Capabilities", NS_WA, item="Capability"),
            ),
        )
    )
    _: KW_ONLY
    url: str | None = None
    service_name: str | None = None
    storage_service_properties: StorageAccountProperties | None = None
    storage_service_keys: StorageServiceKeys | None = None
    extended_properties: dict[str, str] | None = None
    migration_state: str | None = None
    capabilities: list[str] | None = None


class StorageAccountProperties(Model):
    """The properties of a storage account."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StorageAccountProperties",
            namespace=NS_WA,
            root=None,
            element="StorageServiceProperties",
            fields=(
                FieldSchema(
                    "description", "element", "Description", NS_WA, nillable=True, absent=""
                ),
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA, absent=""),
                FieldSchema("location", "element", "Location", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("status", "element", "Status", NS_WA, absent=""),
                FieldSchema("endpoints", "list", "Endpoints", NS_WA, item="Endpoint"),
                FieldSchema(
                    "geo_replication_enabled",
                    "element",
                    "GeoReplicationEnabled",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema("geo_primary_region", "element", "GeoPrimaryRegion", NS_WA, absent=""),
                FieldSchema("status_of_primary", "element", "StatusOfPrimary", NS_WA, absent=""),
                FieldSchema(
                    "last_geo_failover_time", "element", "LastGeoFailoverTime", NS_WA, absent=""
                ),
                FieldSchema(
                    "geo_secondary_region", "element", "GeoSecondaryRegion", NS_WA, absent=""
                ),
                FieldSchema(
                    "status_of_secondary", "element", "StatusOfSecondary", NS_WA, absent=""
                ),
                FieldSchema("creation_time", "element", "CreationTime", NS_WA, absent=""),
                FieldSchema(
                    "custom_domains",
                    "list",
                    "CustomDomains",
                    NS_WA,
                    model="CustomDomain",
                    item="CustomDomain",
                ),
                FieldSchema(
                    "secondary_read_enabled",
                    "element",
                    "SecondaryReadEnabled",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema(
                    "secondary_endpoints", "list", "SecondaryEndpoints", NS_WA, item="Endpoint"
                ),
                FieldSchema("account_type", "element", "AccountType", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    affinity_group: str | None = None
    location: str | None = None
    label: str | None = None
    status: str | None = None
    endpoints: list[str] | None = None
    geo_replication_enabled: bool | None = None
    geo_primary_region: str | None = None
    status_of_primary: str | None = None
    last_geo_failover_time: str | None = None
    geo_secondary_region: str | None = None
    status_of_secondary: str | None = None
    creation_time: str | None = None
    custom_domains: list[CustomDomain] | None = None
    secondary_read_enabled: bool | None = None
    secondary_endpoints: list[str] | None = None
    account_type: str | None = None


class CustomDomain(Model):
    """A custom domain name mapped to a storage account's blob endpoint."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CustomDomain",
            namespace=NS_WA,
            root=None,
            element="CustomDomain",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema(
                    "use_sub_domain_name", "element", "UseSubDomainName", NS_WA, scalar="bool"
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    use_sub_domain_name: bool | None = None


class StorageServiceKeys(Model):
    """The two access keys of a storage account."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StorageServiceKeys",
            namespace=NS_WA,
            root=None,
            element="StorageServiceKeys",
            fields=(
                FieldSchema("primary", "element", "Primary", NS_WA, absent="", secret=True),
                FieldSchema("secondary", "element", "Secondary", NS_WA, absent="", secret=True),
            ),
        )
    )
    _: KW_ONLY
    primary: str | None = None
    secondary: str | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class CreateStorageServiceInput(Model):
    """The request body of create_storage_account."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateStorageServiceInput",
            namespace=NS_WA,
            root="CreateStorageServiceInput",
            fields=(
                FieldSchema("service_name", "element", "ServiceName", NS_WA),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema(
                    "extended_properties",
                    "dict",
                    "ExtendedProperties",
                    NS_WA,
                    item="ExtendedProperty",
                    key="Name",
                    value="Value",
                ),
                FieldSchema("account_type", "element", "AccountType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    service_name: str | None = None
    description: str | None = None
    label: str | None = None
    affinity_group: str | None = None
    location: str | None = None
    extended_properties: dict[str, str] | None = None
    account_type: str | None = None


class UpdateStorageServiceInput(Model):
    """The request body of update_storage_account."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateStorageServiceInput",
            namespace=NS_WA,
            root="UpdateStorageServiceInput",
            fields=(
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema(
                    "extended_properties",
                    "dict",
                    "ExtendedProperties",
                    NS_WA,
                    item="ExtendedProperty",
                    key="Name",
                    value="Value",
                ),
                FieldSchema("account_type", "element", "AccountType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    label: str | None = None
    extended_properties: dict[str, str] | None = None
    account_type: str | None = None


class RegenerateKeys(Model):
    """The request body of regenerate_storage_account_keys."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RegenerateKeys",
            namespace=NS_WA,
            root="RegenerateKeys",
            fields=(FieldSchema("key_type", "element", "KeyType", NS_WA),),
        )
    )
    _: KW_ONLY
    key_type: str | None = None


class AvailabilityResponse(Model):
    """Whether a name is free; Reason says why not (nil when it is)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AvailabilityResponse",
            namespace=NS_WA,
            root="AvailabilityResponse",
            fields=(
                FieldSchema("result", "element", "Result", NS_WA, scalar="bool", absent=False),
                FieldSchema("reason", "element", "Reason", NS_WA, nillable=True, absent=False),
            ),
        )
    )
    _: KW_ONLY
    result: bool | None = None
    reason: str | None = None
