# Generated from spec/types/cloud_service_extensions.yaml by `make generate`; do not edit.
"""Models of the cloud_service_extensions area."""

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
    from datetime import datetime


__all__ = [
    "HostedServiceExtensionInput",
    "HostedServiceExtension",
    "HostedServiceExtensions",
    "ExtensionImages",
    "ExtensionImage",
    "ExtensionImageCertificate",
    "ExtensionImageEndpoints",
    "ExtensionImageInputEndpoint",
    "ExtensionImageInternalEndpoint",
    "ExtensionImageInstanceInputEndpoint",
    "ExtensionImageLocalResource",
]


class HostedServiceExtensionInput(Model):
    """An extension to add to a cloud service (the request of add_hosted_service_extension;
    Version comes last here, unlike in the response)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HostedServiceExtensionInput",
            namespace=NS_WA,
            root="Extension",
            fields=(
                FieldSchema("provider_namespace", "element", "ProviderNameSpace", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("thumbprint", "element", "Thumbprint", NS_WA),
                FieldSchema("thumbprint_algorithm", "element", "ThumbprintAlgorithm", NS_WA),
                FieldSchema(
                    "public_configuration", "element", "PublicConfiguration", NS_WA, scalar="base64"
                ),
                FieldSchema(
                    "private_configuration",
                    "element",
                    "PrivateConfiguration",
                    NS_WA,
                    scalar="base64",
                ),
                FieldSchema("version", "element", "Version", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    provider_namespace: str | None = None
    type: str | None = None
    id: str | None = None
    thumbprint: str | None = None
    thumbprint_algorithm: str | None = None
    public_configuration: str | None = None
    private_configuration: str | None = None
    version: str | None = None


class HostedServiceExtension(Model):
    """An extension added to a cloud service (the private configuration is never returned)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HostedServiceExtension",
            namespace=NS_WA,
            root="Extension",
            fields=(
                FieldSchema("provider_namespace", "element", "ProviderNameSpace", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("version", "element", "Version", NS_WA),
                FieldSchema("thumbprint", "element", "Thumbprint", NS_WA),
                FieldSchema("thumbprint_algorithm", "element", "ThumbprintAlgorithm", NS_WA),
                FieldSchema(
                    "public_configuration", "element", "PublicConfiguration", NS_WA, scalar="base64"
                ),
            ),
        )
    )
    _: KW_ONLY
    provider_namespace: str | None = None
    type: str | None = None
    id: str | None = None
    version: str | None = None
    thumbprint: str | None = None
    thumbprint_algorithm: str | None = None
    public_configuration: str | None = None


class HostedServiceExtensions(Model):
    """The extensions of a cloud service; iterate it for HostedServiceExtension items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HostedServiceExtensions",
            namespace=NS_WA,
            root="Extensions",
            fields=(
                FieldSchema(
                    "extensions", "flat", "Extension", NS_WA, model="HostedServiceExtension"
                ),
            ),
            items="extensions",
        )
    )
    _: KW_ONLY
    extensions: list[HostedServiceExtension] | None = None

    def __iter__(self) -> Iterator[HostedServiceExtension]:
        return iter(self.extensions or ())

    def __len__(self) -> int:
        return len(self.extensions or ())

    def __getitem__(self, index: int) -> HostedServiceExtension:
        return (self.extensions or [])[index]


class ExtensionImages(Model):
    """Extension images (available, by version, or a publisher's); iterate it for
    ExtensionImage items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionImages",
            namespace=NS_WA,
            root="ExtensionImages",
            fields=(
                FieldSchema(
                    "extension_images", "flat", "ExtensionImage", NS_WA, model="ExtensionImage"
                ),
            ),
            items="extension_images",
        )
    )
    _: KW_ONLY
    extension_images: list[ExtensionImage] | None = None

    def __iter__(self) -> Iterator[ExtensionImage]:
        return iter(self.extension_images or ())

    def __len__(self) -> int:
        return len(self.extension_images or ())

    def __getitem__(self, index: int) -> ExtensionImage:
        return (self.extension_images or [])[index]


class ExtensionImage(Model):
    """An extension image as a publisher registers or updates it, and as lists return it. The
    configuration schemas and SampleConfig travel base64-encoded."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionImage",
            namespace=NS_WA,
            root="ExtensionImage",
            fields=(
                FieldSchema("provider_namespace", "element", "ProviderNameSpace", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("version", "element", "Version", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema("hosting_resources", "element", "HostingResources", NS_WA),
                FieldSchema("media_link", "element", "MediaLink", NS_WA),
                FieldSchema(
                    "certificate",
                    "element",
                    "Certificate",
                    NS_WA,
                    model="ExtensionImageCertificate",
                ),
                FieldSchema(
                    "endpoints", "element", "Endpoints", NS_WA, model="ExtensionImageEndpoints"
                ),
                FieldSchema(
                    "public_configuration_schema",
                    "element",
                    "PublicConfigurationSchema",
                    NS_WA,
                    scalar="base64",
                ),
                FieldSchema(
                    "private_configuration_schema",
                    "element",
                    "PrivateConfigurationSchema",
                    NS_WA,
                    scalar="base64",
                ),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("publisher_name", "element", "PublisherName", NS_WA),
                FieldSchema("published_date", "element", "PublishedDate", NS_WA, scalar="datetime"),
                FieldSchema(
                    "local_resources",
                    "list",
                    "LocalResources",
                    NS_WA,
                    model="ExtensionImageLocalResource",
                    item="LocalResource",
                ),
                FieldSchema(
                    "block_role_upon_failure",
                    "element",
                    "BlockRoleUponFailure",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema(
                    "is_internal_extension", "element", "IsInternalExtension", NS_WA, scalar="bool"
                ),
                FieldSchema("sample_config", "element", "SampleConfig", NS_WA, scalar="base64"),
                FieldSchema(
                    "replication_completed", "element", "ReplicationCompleted", NS_WA, scalar="bool"
                ),
                FieldSchema("eula", "element", "Eula", NS_WA),
                FieldSchema("privacy_uri", "element", "PrivacyUri", NS_WA),
                FieldSchema("homepage_uri", "element", "HomepageUri", NS_WA),
                FieldSchema(
                    "is_json_extension", "element", "IsJsonExtension", NS_WA, scalar="bool"
                ),
                FieldSchema(
                    "disallow_major_version_upgrade",
                    "element",
                    "DisallowMajorVersionUpgrade",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema("supported_os", "element", "SupportedOS", NS_WA),
                FieldSchema("company_name", "element", "CompanyName", NS_WA),
                FieldSchema("regions", "element", "Regions", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    provider_namespace: str | None = None
    type: str | None = None
    version: str | None = None
    label: str | None = None
    hosting_resources: str | None = None
    media_link: str | None = None
    certificate: ExtensionImageCertificate | None = None
    endpoints: ExtensionImageEndpoints | None = None
    public_configuration_schema: str | None = None
    private_configuration_schema: str | None = None
    description: str | None = None
    publisher_name: str | None = None
    published_date: datetime | None = None
    local_resources: list[ExtensionImageLocalResource] | None = None
    block_role_upon_failure: bool | None = None
    is_internal_extension: bool | None = None
    sample_config: str | None = None
    replication_completed: bool | None = None
    eula: str | None = None
    privacy_uri: str | None = None
    homepage_uri: str | None = None
    is_json_extension: bool | None = None
    disallow_major_version_upgrade: bool | None = None
    supported_os: str | None = None
    company_name: str | None = None
    regions: str | None = None


class ExtensionImageCertificate(Model):
    """The certificate an extension image needs on the role."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionImageCertificate",
            namespace=NS_WA,
            root=None,
            element="Certificate",
            fields=(
                FieldSchema("store_location", "element", "StoreLocation", NS_WA),
                FieldSchema("store_name", "element", "StoreName", NS_WA),
                FieldSchema(
                    "thumbprint_required", "element", "ThumbprintRequired", NS_WA, scalar="bool"
                ),
                FieldSchema("thumbprint_algorithm", "element", "ThumbprintAlgorithm", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    store_location: str | None = None
    store_name: str | None = None
    thumbprint_required: bool | None = None
    thumbprint_algorithm: str | None = None


class ExtensionImageEndpoints(Model):
    """The endpoints an extension image opens on the role."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionImageEndpoints",
            namespace=NS_WA,
            root=None,
            element="Endpoints",
            fields=(
                FieldSchema(
                    "input_endpoints",
                    "list",
                    "InputEndpoints",
                    NS_WA,
                    model="ExtensionImageInputEndpoint",
                    item="InputEndpoint",
                ),
                FieldSchema(
                    "internal_endpoints",
                    "list",
                    "InternalEndpoints",
                    NS_WA,
                    model="ExtensionImageInternalEndpoint",
                    item="InternalEndpoint",
                ),
                FieldSchema(
                    "instance_input_endpoints",
                    "list",
                    "InstanceInputEndpoints",
                    NS_WA,
                    model="ExtensionImageInstanceInputEndpoint",
                    item="InstanceInputEndpoint",
                ),
            ),
        )
    )
    _: KW_ONLY
    input_endpoints: list[ExtensionImageInputEndpoint] | None = None
    internal_endpoints: list[ExtensionImageInternalEndpoint] | None = None
    instance_input_endpoints: list[ExtensionImageInstanceInputEndpoint] | None = None


class ExtensionImageInputEndpoint(Model):
    """A load-balanced endpoint of an extension image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionImageInputEndpoint",
            namespace=NS_WA,
            root=None,
            element="InputEndpoint",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("port", "element", "Port", NS_WA, scalar="int"),
                FieldSchema("local_port", "element", "LocalPort", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    protocol: str | None = None
    port: int | None = None
    local_port: str | None = None


class ExtensionImageInternalEndpoint(Model):
    """An internal endpoint of an extension image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionImageInternalEndpoint",
            namespace=NS_WA,
            root=None,
            element="InternalEndpoint",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("port", "element", "Port", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    protocol: str | None = None
    port: int | None = None


class ExtensionImageInstanceInputEndpoint(Model):
    """An instance input endpoint (a port range) of an extension image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionImageInstanceInputEndpoint",
            namespace=NS_WA,
            root=None,
            element="InstanceInputEndpoint",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("local_port", "element", "LocalPort", NS_WA),
                FieldSchema("fixed_port_min", "element", "FixedPortMin", NS_WA, scalar="int"),
                FieldSchema("fixed_port_max", "element", "FixedPortMax", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    protocol: str | None = None
    local_port: str | None = None
    fixed_port_min: int | None = None
    fixed_port_max: int | None = None


class ExtensionImageLocalResource(Model):
    """Local storage an extension image needs on the role."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionImageLocalResource",
            namespace=NS_WA,
            root=None,
            element="LocalResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("size_in_mb", "element", "SizeInMB", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    size_in_mb: int | None = None
