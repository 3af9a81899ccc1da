# Generated from spec/types/hosted_services.yaml by `make generate`; do not edit.
"""Models of the hosted_services area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, field, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY

    from servicemanagement._generated.models_compute import Deployments
    from servicemanagement._generated.models_locations import ComputeCapabilities

__all__ = [
    "HostedServices",
    "HostedService",
    "HostedServiceProperties",
    "CreateHostedService",
    "UpdateHostedService",
]


class HostedServices(Model):
    """The response of list_hosted_services; iterate it for HostedService items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HostedServices",
            namespace=NS_WA,
            root="HostedServices",
            fields=(
                FieldSchema(
                    "hosted_services",
                    "flat",
                    "HostedService",
                    NS_WA,
                    model="HostedService",
                    init=True,
                    absent="new",
                ),
            ),
            items="hosted_services",
        )
    )
    _: KW_ONLY
    hosted_services: list[HostedService] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[HostedService]:
        return iter(self.hosted_services or ())

    def __len__(self) -> int:
        return len(self.hosted_services or ())

    def __getitem__(self, index: int) -> HostedService:
        return (self.hosted_services or [])[index]


class HostedService(Model):
    """A cloud service; deployments are listed only when embed_detail was asked for."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HostedService",
            namespace=NS_WA,
            root="HostedService",
            fields=(
                FieldSchema("url", "element", "Url", NS_WA, absent=""),
                FieldSchema("service_name", "element", "ServiceName", NS_WA, absent=""),
                FieldSchema(
                    "hosted_service_properties",
                    "element",
                    "HostedServiceProperties",
                    NS_WA,
                    model="HostedServiceProperties",
                ),
                FieldSchema("deployments", "element", "Deployments", NS_WA, model="Deployments"),
                FieldSchema(
                    "default_win_rm_certificate_thumbprint",
                    "element",
                    "DefaultWinRmCertificateThumbprint",
                    NS_WA,
                ),
                FieldSchema(
                    "compute_capabilities",
                    "element",
                    "ComputeCapabilities",
                    NS_WA,
                    model="ComputeCapabilities",
                ),
            ),
        )
    )
    _: KW_ONLY
    url: str | None = None
    service_name: str | None = None
    hosted_service_properties: HostedServiceProperties | None = None
    deployments: Deployments | None = None
    default_win_rm_certificate_thumbprint: str | None = None
    compute_capabilities: ComputeCapabilities | None = None


class HostedServiceProperties(Model):
    """Description, place, label and dates of a cloud service."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HostedServiceProperties",
            namespace=NS_WA,
            root=None,
            element="HostedServiceProperties",
            fields=(
                FieldSchema(
                    "description", "element", "Description", NS_WA, nillable=True, absent=""
                ),
                FieldSchema("location", "element", "Location", NS_WA, absent=""),
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("status", "element", "Status", NS_WA, absent=""),
                FieldSchema("date_created", "element", "DateCreated", NS_WA, absent=""),
                FieldSchema("date_last_modified", "element", "DateLastModified", NS_WA, absent=""),
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
                FieldSchema("reverse_dns_fqdn", "element", "ReverseDnsFqdn", NS_WA),
                FieldSchema("guest_agent_type", "element", "GuestAgentType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    location: str | None = None
    affinity_group: str | None = None
    label: str | None = None
    status: str | None = None
    date_created: str | None = None
    date_last_modified: str | None = None
    extended_properties: dict[str, str] | None = None
    reverse_dns_fqdn: str | None = None
    guest_agent_type: str | None = None


class CreateHostedService(Model):
    """The request body of create_hosted_service."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateHostedService",
            namespace=NS_WA,
            root="CreateHostedService",
            fields=(
                FieldSchema("service_name", "element", "ServiceName", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA),
                FieldSchema(
                    "extended_properties",
                    "dict",
                    "ExtendedProperties",
                    NS_WA,
                    item="ExtendedProperty",
                    key="Name",
                    value="Value",
                    omit_empty=True,
                ),
            ),
        )
    )
    _: KW_ONLY
    service_name: str | None = None
    label: str | None = None
    description: str | None = None
    location: str | None = None
    affinity_group: str | None = None
    extended_properties: dict[str, str] | None = None


class UpdateHostedService(Model):
    """The request body of update_hosted_service."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateHostedService",
            namespace=NS_WA,
            root="UpdateHostedService",
            fields=(
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema(
                    "extended_properties",
                    "dict",
                    "ExtendedProperties",
                    NS_WA,
                    item="ExtendedProperty",
                    key="Name",
                    value="Value",
                    omit_empty=True,
                ),
            ),
        )
    )
    _: KW_ONLY
    label: str | None = None
    description: str | None = None
    extended_properties: dict[str, str] | None = None
