# Generated from spec/types/extensions.yaml by `make generate`; do not edit.
"""Models of the extensions area."""

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
    "ResourceExtensions",
    "ResourceExtension",
]


class ResourceExtensions(Model):
    """The response of list_resource_extensions; iterate it for ResourceExtension items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceExtensions",
            namespace=NS_WA,
            root="ResourceExtensions",
            fields=(
                FieldSchema(
                    "resource_extensions",
                    "flat",
                    "ResourceExtension",
                    NS_WA,
                    model="ResourceExtension",
                    absent="new",
                ),
            ),
            items="resource_extensions",
        )
    )
    _: KW_ONLY
    resource_extensions: list[ResourceExtension] | None = None

    def __iter__(self) -> Iterator[ResourceExtension]:
        return iter(self.resource_extensions or ())

    def __len__(self) -> int:
        return len(self.resource_extensions or ())

    def __getitem__(self, index: int) -> ResourceExtension:
        return (self.resource_extensions or [])[index]


class ResourceExtension(Model):
    """A VM extension a publisher offers. The configuration schemas and SampleConfig are base64
    text, kept as the service sends it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceExtension",
            namespace=NS_WA,
            root=None,
            element="ResourceExtension",
            fields=(
                FieldSchema("publisher", "element", "Publisher", NS_WA, absent=""),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("version", "element", "Version", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, absent=""),
                FieldSchema("description", "element", "Description", NS_WA, absent=""),
                FieldSchema(
                    "public_configuration_schema",
                    "element",
                    "PublicConfigurationSchema",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "private_configuration_schema",
                    "element",
                    "PrivateConfigurationSchema",
                    NS_WA,
                    absent="",
                ),
                FieldSchema("sample_config", "element", "SampleConfig", NS_WA, absent=""),
                FieldSchema(
                    "replication_completed",
                    "element",
                    "ReplicationCompleted",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema("eula", "element", "Eula", NS_WA, absent=""),
                FieldSchema("privacy_uri", "element", "PrivacyUri", NS_WA, absent=""),
                FieldSchema("homepage_uri", "element", "HomepageUri", NS_WA, absent=""),
                FieldSchema(
                    "is_json_extension",
                    "element",
                    "IsJsonExtension",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "is_internal_extension",
                    "element",
                    "IsInternalExtension",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "disallow_major_version_upgrade",
                    "element",
                    "DisallowMajorVersionUpgrade",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema("supported_os", "element", "SupportedOS", NS_WA, absent=""),
                FieldSchema("company_name", "element", "CompanyName", NS_WA, absent=""),
                FieldSchema("published_date", "element", "PublishedDate", NS_WA, absent=""),
                FieldSchema("regions", "element", "Regions", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    publisher: str | None = None
    name: str | None = None
    version: str | None = None
    label: str | None = None
    description: str | None = None
    public_configuration_schema: str | None = None
    private_configuration_schema: str | None = None
    sample_config: str | None = None
    replication_completed: bool | None = None
    eula: str | None = None
    privacy_uri: str | None = None
    homepage_uri: str | None = None
    is_json_extension: bool | None = None
    is_internal_extension: bool | None = None
    disallow_major_version_upgrade: bool | None = None
    supported_os: str | None = None
    company_name: str | None = None
    published_date: str | None = None
    regions: str | None = None
