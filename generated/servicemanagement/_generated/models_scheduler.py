# Generated from spec/types/scheduler.yaml by `make generate`; do not edit.
"""Models of the scheduler area."""

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
    "CloudServices",
    "CloudService",
    "Resources",
    "CloudServiceResource",
    "Resource",
    "CloudServiceSettings",
    "IntrinsicSettings",
    "Quota",
    "MaxRecurrence",
    "OperationStatus",
    "ResourceOperationError",
    "JobCollectionInput",
    "JobCollectionInputSettings",
    "ResourceNameAvailabilityResponse",
    "ResourceProviderProperties",
    "ResourceProviderProperty",
    "StoreAddOnInput",
]


class CloudServices(Model):
    """The response of list_cloud_services; iterate it for CloudService items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CloudServices",
            namespace=NS_WA,
            root="CloudServices",
            fields=(
                FieldSchema(
                    "cloud_service",
                    "flat",
                    "CloudService",
                    NS_WA,
                    model="CloudService",
                    absent="new",
                ),
            ),
            items="cloud_service",
        )
    )
    _: KW_ONLY
    cloud_service: list[CloudService] | None = None

    def __iter__(self) -> Iterator[CloudService]:
        return iter(self.cloud_service or ())

    def __len__(self) -> int:
        return len(self.cloud_service or ())

    def __getitem__(self, index: int) -> CloudService:
        return (self.cloud_service or [])[index]


class CloudService(Model):
    """A cloud service holding resources such as job collections (also the create body)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CloudService",
            namespace=NS_WA,
            root="CloudService",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, absent=""),
                FieldSchema("description", "element", "Description", NS_WA, absent=""),
                FieldSchema("geo_region", "element", "GeoRegion", NS_WA, absent=""),
                FieldSchema("resources", "element", "Resources", NS_WA, model="Resources"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    label: str | None = None
    description: str | None = None
    geo_region: str | None = None
    resources: Resources | None = None


class Resources(Model):
    """The resources of a cloud service; iterate it for CloudServiceResource items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Resources",
            namespace=NS_WA,
            root=None,
            element="Resources",
            fields=(
                FieldSchema(
                    "resource",
                    "flat",
                    "Resource",
                    NS_WA,
                    model="CloudServiceResource",
                    absent="new",
                ),
            ),
            items="resource",
        )
    )
    _: KW_ONLY
    resource: list[CloudServiceResource] | None = None

    def __iter__(self) -> Iterator[CloudServiceResource]:
        return iter(self.resource or ())

    def __len__(self) -> int:
        return len(self.resource or ())

    def __getitem__(self, index: int) -> CloudServiceResource:
        return (self.resource or [])[index]


class CloudServiceResource(Model):
    """A resource as listed in its cloud service (same fields as Resource, service order)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CloudServiceResource",
            namespace=NS_WA,
            root=None,
            element="Resource",
            fields=(
                FieldSchema(
                    "resource_provider_namespace", "element", "ResourceProviderNamespace", NS_WA
                ),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("schema_version", "element", "SchemaVersion", NS_WA),
                FieldSchema("e_tag", "element", "ETag", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema(
                    "intrinsic_settings",
                    "element",
                    "IntrinsicSettings",
                    NS_WA,
                    model="IntrinsicSettings",
                ),
                FieldSchema(
                    "operation_status", "element", "OperationStatus", NS_WA, model="OperationStatus"
                ),
                FieldSchema("label", "element", "Label", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    resource_provider_namespace: str | None = None
    type: str | None = None
    name: str | None = None
    schema_version: str | None = None
    e_tag: str | None = None
    state: str | None = None
    intrinsic_settings: IntrinsicSettings | None = None
    operation_status: OperationStatus | None = None
    label: str | None = None


class Resource(Model):
    """A job collection, as get_job_collection returns it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Resource",
            namespace=NS_WA,
            root="Resource",
            fields=(
                FieldSchema(
                    "cloud_service_settings",
                    "element",
                    "CloudServiceSettings",
                    NS_WA,
                    model="CloudServiceSettings",
                ),
                FieldSchema("e_tag", "element", "ETag", NS_WA, absent=""),
                FieldSchema(
                    "intrinsic_settings",
                    "element",
                    "IntrinsicSettings",
                    NS_WA,
                    model="IntrinsicSettings",
                ),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema(
                    "operation_status", "element", "OperationStatus", NS_WA, model="OperationStatus"
                ),
                FieldSchema("promotion_code", "element", "PromotionCode", NS_WA),
                FieldSchema(
                    "resource_provider_namespace",
                    "element",
                    "ResourceProviderNamespace",
                    NS_WA,
                    absent="",
                ),
                FieldSchema("schema_version", "element", "SchemaVersion", NS_WA, absent=""),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema("sub_state", "element", "SubState", NS_WA, nillable=True),
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    cloud_service_settings: CloudServiceSettings | None = None
    e_tag: str | None = None
    intrinsic_settings: IntrinsicSettings | None = None
    label: str | None = None
    name: str | None = None
    operation_status: OperationStatus | None = None
    promotion_code: str | None = None
    resource_provider_namespace: str | None = None
    schema_version: str | None = None
    state: str | None = None
    sub_state: str | None = None
    type: str | None = None


class CloudServiceSettings(Model):
    """Settings a resource inherits from its cloud service."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CloudServiceSettings",
            namespace=NS_WA,
            root=None,
            element="CloudServiceSettings",
            fields=(FieldSchema("geo_region", "element", "GeoRegion", NS_WA),),
        )
    )
    _: KW_ONLY
    geo_region: str | None = None


class IntrinsicSettings(Model):
    """The plan and quota of a job collection."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="IntrinsicSettings",
            namespace=NS_WA,
            root=None,
            element="IntrinsicSettings",
            fields=(
                FieldSchema("plan", "element", "Plan", NS_WA, absent=""),
                FieldSchema("quota", "element", "Quota", NS_WA, model="Quota"),
            ),
        )
    )
    _: KW_ONLY
    plan: str | None = None
    quota: Quota | None = None


class Quota(Model):
    """How many jobs a job collection may hold and how often they may run."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Quota",
            namespace=NS_WA,
            root=None,
            element="Quota",
            fields=(
                FieldSchema(
                    "max_job_count", "element", "MaxJobCount", NS_WA, scalar="int", absent=0
                ),
                FieldSchema(
                    "max_recurrence", "element", "MaxRecurrence", NS_WA, model="MaxRecurrence"
                ),
            ),
        )
    )
    _: KW_ONLY
    max_job_count: int | None = None
    max_recurrence: MaxRecurrence | None = None


class MaxRecurrence(Model):
    """The shortest recurrence jobs may have."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MaxRecurrence",
            namespace=NS_WA,
            root=None,
            element="MaxRecurrence",
            fields=(
                FieldSchema("frequency", "element", "Frequency", NS_WA, absent=""),
                FieldSchema("interval", "element", "Interval", NS_WA, scalar="int", absent=0),
            ),
        )
    )
    _: KW_ONLY
    frequency: str | None = None
    interval: int | None = None


class OperationStatus(Model):
    """The outcome of the last operation on a resource."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OperationStatus",
            namespace=NS_WA,
            root=None,
            element="OperationStatus",
            fields=(
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
                FieldSchema("error", "element", "Error", NS_WA, model="ResourceOperationError"),
                FieldSchema("result", "element", "Result", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    type: str | None = None
    error: ResourceOperationError | None = None
    result: str | None = None


class ResourceOperationError(Model):
    """The HTTP outcome of the last operation on a resource."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceOperationError",
            namespace=NS_WA,
            root=None,
            element="Error",
            fields=(
                FieldSchema("http_code", "element", "HttpCode", NS_WA, scalar="int"),
                FieldSchema("message", "element", "Message", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    http_code: int | None = None
    message: str | None = None


class JobCollectionInput(Model):
    """The body of create_job_collection."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="JobCollectionInput",
            namespace=NS_WA,
            root="Resource",
            fields=(
                FieldSchema(
                    "intrinsic_settings",
                    "element",
                    "IntrinsicSettings",
                    NS_WA,
                    model="JobCollectionInputSettings",
                ),
            ),
        )
    )
    _: KW_ONLY
    intrinsic_settings: JobCollectionInputSettings | None = None


class JobCollectionInputSettings(Model):
    """The settings create_job_collection sends (the service reads a lower-case plan)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="JobCollectionInputSettings",
            namespace=NS_WA,
            root=None,
            element="IntrinsicSettings",
            fields=(FieldSchema("plan", "element", "plan", NS_WA),),
        )
    )
    _: KW_ONLY
    plan: str | None = None


class ResourceNameAvailabilityResponse(Model):
    """Whether a resource name is available (check_job_collection_name_availability)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceNameAvailabilityResponse",
            namespace=NS_WA,
            root="ResourceNameAvailabilityResponse",
            fields=(FieldSchema("is_available", "element", "IsAvailable", NS_WA, scalar="bool"),),
        )
    )
    _: KW_ONLY
    is_available: bool | None = None


class ResourceProviderProperties(Model):
    """The properties of a resource provider; iterate it for ResourceProviderProperty items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceProviderProperties",
            namespace=NS_WA,
            root="ResourceProviderProperties",
            fields=(
                FieldSchema(
                    "properties",
                    "flat",
                    "ResourceProviderProperty",
                    NS_WA,
                    model="ResourceProviderProperty",
                ),
            ),
            items="properties",
        )
    )
    _: KW_ONLY
    properties: list[ResourceProviderProperty] | None = None

    def __iter__(self) -> Iterator[ResourceProviderProperty]:
        return iter(self.properties or ())

    def __len__(self) -> int:
        return len(self.properties or ())

    def __getitem__(self, index: int) -> ResourceProviderProperty:
        return (self.properties or [])[index]


class ResourceProviderProperty(Model):
    """One property of a resource provider."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceProviderProperty",
            namespace=NS_WA,
            root=None,
            element="ResourceProviderProperty",
            fields=(
                FieldSchema("key", "element", "Key", NS_WA),
                FieldSchema("value", "element", "Value", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    key: str | None = None
    value: str | None = None


class StoreAddOnInput(Model):
    """The body of create_store_add_on and update_store_add_on."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StoreAddOnInput",
            namespace=NS_WA,
            root="Resource",
            fields=(
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("plan", "element", "Plan", NS_WA),
                FieldSchema("promotion_code", "element", "PromotionCode", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    type: str | None = None
    plan: str | None = None
    promotion_code: str | None = None
