# Generated from spec/types/images.yaml by `make generate`; do not edit.
"""Models of the images area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, field, new_model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
    "Images",
    "OSImage",
    "OSImageDetails",
    "ReplicationProgress",
    "ReplicationProgressElement",
    "ReplicationInput",
    "ComputeImageAttributes",
    "MarketplaceImageAttributes",
    "MarketplacePlan",
    "VMImageDetails",
    "VMImages",
    "VMImage",
    "OSDiskConfiguration",
    "DataDiskConfigurations",
    "DataDiskConfiguration",
    "CaptureRoleAsVMImage",
]


class Images(Model):
    """The response of list_os_images; iterate it for OSImage items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Images",
            namespace=NS_WA,
            root="Images",
            fields=(
                FieldSchema("images", "flat", "OSImage", NS_WA, model="OSImage", absent="new"),
            ),
            items="images",
        )
    )
    _: KW_ONLY
    images: list[OSImage] | None = None

    def __iter__(self) -> Iterator[OSImage]:
        return iter(self.images or ())

    def __len__(self) -> int:
        return len(self.images or ())

    def __getitem__(self, index: int) -> OSImage:
        return (self.images or [])[index]


class OSImage(Model):
    """An operating-system image (a generalized VHD that new virtual machines start from)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OSImage",
            namespace=NS_WA,
            root="OSImage",
            fields=(
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA, absent=""),
                FieldSchema("category", "element", "Category", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, absent=""),
                FieldSchema("location", "element", "Location", NS_WA, absent=""),
                FieldSchema(
                    "logical_size_in_gb",
                    "element",
                    "LogicalSizeInGB",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema("media_link", "element", "MediaLink", NS_WA, absent=""),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("os", "element", "OS", NS_WA, absent=""),
                FieldSchema("eula", "element", "Eula", NS_WA, absent=""),
                FieldSchema("description", "element", "Description", NS_WA, absent=""),
                FieldSchema("image_family", "element", "ImageFamily", NS_WA, absent=""),
                FieldSchema(
                    "show_in_gui", "element", "ShowInGui", NS_WA, scalar="bool", absent=True
                ),
                FieldSchema("published_date", "element", "PublishedDate", NS_WA, absent=""),
                FieldSchema(
                    "is_premium", "element", "IsPremium", NS_WA, scalar="bool", absent=True
                ),
                FieldSchema("icon_uri", "element", "IconUri", NS_WA, absent=""),
                FieldSchema("privacy_uri", "element", "PrivacyUri", NS_WA, absent=""),
                FieldSchema(
                    "recommended_vm_size", "element", "RecommendedVMSize", NS_WA, absent=""
                ),
                FieldSchema("publisher_name", "element", "PublisherName", NS_WA, absent=""),
                FieldSchema(
                    "pricing_detail_link", "element", "PricingDetailLink", NS_WA, absent=""
                ),
                FieldSchema("small_icon_uri", "element", "SmallIconUri", NS_WA, absent=""),
                FieldSchema("language", "element", "Language", NS_WA, absent=""),
                FieldSchema("os_state", "element", "OSState", NS_WA, absent=""),
                FieldSchema("io_type", "element", "IOType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    affinity_group: str | None = None
    #: User, Public, Private or MSDN.
    category: str | None = None
    #: Plain text (not base64).
    label: str | None = None
    #: The regions holding the image, separated by ';'.
    location: str | None = None
    logical_size_in_gb: int | None = None
    media_link: str | None = None
    name: str | None = None
    #: Linux or Windows.
    os: str | None = None
    eula: str | None = None
    description: str | None = None
    image_family: str | None = None
    show_in_gui: bool | None = None
    #: ISO 8601 text such as 2015-05-07T00:00:00Z.
    published_date: str | None = None
    is_premium: bool | None = None
    icon_uri: str | None = None
    privacy_uri: str | None = None
    recommended_vm_size: str | None = None
    publisher_name: str | None = None
    pricing_detail_link: str | None = None
    small_icon_uri: str | None = None
    language: str | None = None
    #: Generalized or Specialized.
    os_state: str | None = None
    #: Standard or Standard_LRS (premium storage is Provisioned).
    io_type: str | None = None


class OSImageDetails(Model):
    """An OS image with the progress of its replication to other regions."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OSImageDetails",
            namespace=NS_WA,
            root="OSImageDetails",
            fields=(
                FieldSchema("category", "element", "Category", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, absent=""),
                FieldSchema("location", "element", "Location", NS_WA, absent=""),
                FieldSchema(
                    "logical_size_in_gb",
                    "element",
                    "LogicalSizeInGB",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema("media_link", "element", "MediaLink", NS_WA, absent=""),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("os", "element", "OS", NS_WA, absent=""),
                FieldSchema("eula", "element", "Eula", NS_WA, absent=""),
                FieldSchema("description", "element", "Description", NS_WA, absent=""),
                FieldSchema("image_family", "element", "ImageFamily", NS_WA, absent=""),
                FieldSchema(
                    "show_in_gui", "element", "ShowInGui", NS_WA, scalar="bool", absent=True
                ),
                FieldSchema("published_date", "element", "PublishedDate", NS_WA, absent=""),
                FieldSchema(
                    "is_premium", "element", "IsPremium", NS_WA, scalar="bool", absent=True
                ),
                FieldSchema("icon_uri", "element", "IconUri", NS_WA, absent=""),
                FieldSchema("privacy_uri", "element", "PrivacyUri", NS_WA, absent=""),
                FieldSchema(
                    "recommended_vm_size", "element", "RecommendedVMSize", NS_WA, absent=""
                ),
                FieldSchema("small_icon_uri", "element", "SmallIconUri", NS_WA, absent=""),
                FieldSchema("language", "element", "Language", NS_WA, absent=""),
                FieldSchema(
                    "replication_progress",
                    "element",
                    "ReplicationProgress",
                    NS_WA,
                    model="ReplicationProgress",
                ),
                FieldSchema("io_type", "element", "IOType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    category: str | None = None
    label: str | None = None
    location: str | None = None
    logical_size_in_gb: int | None = None
    media_link: str | None = None
    name: str | None = None
    os: str | None = None
    eula: str | None = None
    description: str | None = None
    image_family: str | None = None
    show_in_gui: bool | None = None
    published_date: str | None = None
    is_premium: bool | None = None
    icon_uri: str | None = None
    privacy_uri: str | None = None
    recommended_vm_size: str | None = None
    small_icon_uri: str | None = None
    language: str | None = None
    replication_progress: ReplicationProgress | None = None
    io_type: str | None = None


class ReplicationProgress(Model):
    """Per-region replication progress; iterate it for ReplicationProgressElement items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ReplicationProgress",
            namespace=NS_WA,
            root=None,
            element="ReplicationProgress",
            fields=(
                FieldSchema(
                    "replication_progress_elements",
                    "flat",
                    "ReplicationProgressElement",
                    NS_WA,
                    model="ReplicationProgressElement",
                    absent="new",
                ),
            ),
            items="replication_progress_elements",
        )
    )
    _: KW_ONLY
    replication_progress_elements: list[ReplicationProgressElement] | None = None

    def __iter__(self) -> Iterator[ReplicationProgressElement]:
        return iter(self.replication_progress_elements or ())

    def __len__(self) -> int:
        return len(self.replication_progress_elements or ())

    def __getitem__(self, index: int) -> ReplicationProgressElement:
        return (self.replication_progress_elements or [])[index]


class ReplicationProgressElement(Model):
    """How far an image has been replicated to one region."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ReplicationProgressElement",
            namespace=NS_WA,
            root=None,
            element="ReplicationProgressElement",
            fields=(
                FieldSchema("location", "element", "Location", NS_WA, absent=""),
                FieldSchema("progress", "element", "Progress", NS_WA, scalar="int", absent=0),
            ),
        )
    )
    _: KW_ONLY
    location: str | None = None
    #: Percent.
    progress: int | None = None


class ReplicationInput(Model):
    """The body of replicate_vm_image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ReplicationInput",
            namespace=NS_WA,
            root="ReplicationInput",
            fields=(
                FieldSchema("target_locations", "list", "TargetLocations", NS_WA, item="Region"),
                FieldSchema(
                    "compute_image_attributes",
                    "element",
                    "ComputeImageAttributes",
                    NS_WA,
                    model="ComputeImageAttributes",
                ),
                FieldSchema(
                    "marketplace_image_attributes",
                    "element",
                    "MarketplaceImageAttributes",
                    NS_WA,
                    model="MarketplaceImageAttributes",
                ),
            ),
        )
    )
    _: KW_ONLY
    target_locations: list[str] | None = None
    compute_image_attributes: ComputeImageAttributes | None = None
    marketplace_image_attributes: MarketplaceImageAttributes | None = None


class ComputeImageAttributes(Model):
    """The offer, SKU and version under which a replicated image is published."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ComputeImageAttributes",
            namespace=NS_WA,
            root=None,
            element="ComputeImageAttributes",
            fields=(
                FieldSchema("offer", "element", "Offer", NS_WA),
                FieldSchema("sku", "element", "Sku", NS_WA),
                FieldSchema("version", "element", "Version", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    offer: str | None = None
    sku: str | None = None
    version: str | None = None


class MarketplaceImageAttributes(Model):
    """The Marketplace offer a replicated image is sold under."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MarketplaceImageAttributes",
            namespace=NS_WA,
            root=None,
            element="MarketplaceImageAttributes",
            fields=(
                FieldSchema("publisher_id", "element", "PublisherId", NS_WA),
                FieldSchema("plan", "element", "Plan", NS_WA, model="MarketplacePlan"),
            ),
        )
    )
    _: KW_ONLY
    publisher_id: str | None = None
    plan: MarketplacePlan | None = None


class MarketplacePlan(Model):
    """The Marketplace plan of an image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MarketplacePlan",
            namespace=NS_WA,
            root=None,
            element="Plan",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("publisher", "element", "Publisher", NS_WA),
                FieldSchema("product", "element", "Product", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    publisher: str | None = None
    product: str | None = None


class VMImageDetails(Model):
    """A VM image with its sharing status and replication progress (get_vm_image_details)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VMImageDetails",
            namespace=NS_WA,
            root="VMImageDetails",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema("category", "element", "Category", NS_WA),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema(
                    "os_disk_configuration",
                    "element",
                    "OSDiskConfiguration",
                    NS_WA,
                    model="OSDiskConfiguration",
                ),
                FieldSchema(
                    "data_disk_configurations",
                    "element",
                    "DataDiskConfigurations",
                    NS_WA,
                    model="DataDiskConfigurations",
                ),
                FieldSchema("service_name", "element", "ServiceName", NS_WA),
                FieldSchema("deployment_name", "element", "DeploymentName", NS_WA),
                FieldSchema("role_name", "element", "RoleName", NS_WA),
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("created_time", "element", "CreatedTime", NS_WA),
                FieldSchema("modified_time", "element", "ModifiedTime", NS_WA),
                FieldSchema("language", "element", "Language", NS_WA),
                FieldSchema("image_family", "element", "ImageFamily", NS_WA),
                FieldSchema("recommended_vm_size", "element", "RecommendedVMSize", NS_WA),
                FieldSchema("is_premium", "element", "IsPremium", NS_WA, scalar="bool"),
                FieldSchema("eula", "element", "Eula", NS_WA),
                FieldSchema("icon_uri", "element", "IconUri", NS_WA),
                FieldSchema("small_icon_uri", "element", "SmallIconUri", NS_WA),
                FieldSchema("privacy_uri", "element", "PrivacyUri", NS_WA),
                FieldSchema("publisher_name", "element", "PublisherName", NS_WA),
                FieldSchema("published_date", "element", "PublishedDate", NS_WA),
                FieldSchema("show_in_gui", "element", "ShowInGui", NS_WA, scalar="bool"),
                FieldSchema("pricing_detail_link", "element", "PricingDetailLink", NS_WA),
                FieldSchema("is_corrupted", "element", "IsCorrupted", NS_WA, scalar="bool"),
                FieldSchema("published_name", "element", "PublishedName", NS_WA),
                FieldSchema("sharing_status", "element", "SharingStatus", NS_WA),
                FieldSchema(
                    "replication_progress",
                    "element",
                    "ReplicationProgress",
                    NS_WA,
                    model="ReplicationProgress",
                ),
                FieldSchema(
                    "compute_image_attributes",
                    "element",
                    "ComputeImageAttributes",
                    NS_WA,
                    model="ComputeImageAttributes",
                ),
                FieldSchema(
                    "marketplace_image_attributes",
                    "element",
                    "MarketplaceImageAttributes",
                    NS_WA,
                    model="MarketplaceImageAttributes",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    #: Plain text (not base64).
    label: str | None = None
    category: str | None = None
    description: str | None = None
    os_disk_configuration: OSDiskConfiguration | None = None
    data_disk_configurations: DataDiskConfigurations | None = None
    service_name: str | None = None
    deployment_name: str | None = None
    role_name: str | None = None
    affinity_group: str | None = None
    location: str | None = None
    created_time: str | None = None
    modified_time: str | None = None
    language: str | None = None
    image_family: str | None = None
    recommended_vm_size: str | None = None
    is_premium: bool | None = None
    eula: str | None = None
    icon_uri: str | None = None
    small_icon_uri: str | None = None
    privacy_uri: str | None = None
    publisher_name: str | None = None
    published_date: str | None = None
    show_in_gui: bool | None = None
    pricing_detail_link: str | None = None
    is_corrupted: bool | None = None
    published_name: str | None = None
    #: Public, Msdn or Private.
    sharing_status: str | None = None
    replication_progress: ReplicationProgress | None = None
    compute_image_attributes: ComputeImageAttributes | None = None
    marketplace_image_attributes: MarketplaceImageAttributes | None = None


class VMImages(Model):
    """The response of list_vm_images; iterate it for VMImage items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VMImages",
            namespace=NS_WA,
            root="VMImages",
            fields=(
                FieldSchema("vm_images", "flat", "VMImage", NS_WA, model="VMImage", absent="new"),
            ),
            items="vm_images",
        )
    )
    _: KW_ONLY
    vm_images: list[VMImage] | None = None

    def __iter__(self) -> Iterator[VMImage]:
        return iter(self.vm_images or ())

    def __len__(self) -> int:
        return len(self.vm_images or ())

    def __getitem__(self, index: int) -> VMImage:
        return (self.vm_images or [])[index]


class VMImage(Model):
    """A VM image (OS disk and data disks); new ones come with empty disk configurations."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VMImage",
            namespace=NS_WA,
            root="VMImage",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema("category", "element", "Category", NS_WA),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema(
                    "os_disk_configuration",
                    "element",
                    "OSDiskConfiguration",
                    NS_WA,
                    model="OSDiskConfiguration",
                    init=True,
                ),
                FieldSchema(
                    "data_disk_configurations",
                    "element",
                    "DataDiskConfigurations",
                    NS_WA,
                    model="DataDiskConfigurations",
                    init=True,
                ),
                FieldSchema("service_name", "element", "ServiceName", NS_WA),
                FieldSchema("deployment_name", "element", "DeploymentName", NS_WA),
                FieldSchema("role_name", "element", "RoleName", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA),
                FieldSchema("created_time", "element", "CreatedTime", NS_WA),
                FieldSchema("modified_time", "element", "ModifiedTime", NS_WA),
                FieldSchema("language", "element", "Language", NS_WA),
                FieldSchema("image_family", "element", "ImageFamily", NS_WA),
                FieldSchema("recommended_vm_size", "element", "RecommendedVMSize", NS_WA),
                FieldSchema(
                    "is_premium",
                    "element",
                    "IsPremium",
                    NS_WA,
                    scalar="bool",
                    init=True,
                    absent=False,
                ),
                FieldSchema("eula", "element", "Eula", NS_WA),
                FieldSchema("icon_uri", "element", "IconUri", NS_WA),
                FieldSchema("small_icon_uri", "element", "SmallIconUri", NS_WA),
                FieldSchema("privacy_uri", "element", "PrivacyUri", NS_WA),
                FieldSchema("publisher_name", "element", "PublisherName", NS_WA),
                FieldSchema("published_date", "element", "PublishedDate", NS_WA),
                FieldSchema(
                    "show_in_gui",
                    "element",
                    "ShowInGui",
                    NS_WA,
                    scalar="bool",
                    init=True,
                    absent=False,
                ),
                FieldSchema("pricing_detail_link", "element", "PricingDetailLink", NS_WA),
                FieldSchema("vm_image_state", "element", "VMImageState", NS_WA),
                FieldSchema("role_state_on_capture", "element", "RoleStateOnCapture", NS_WA),
                FieldSchema("role_size_on_capture", "element", "RoleSizeOnCapture", NS_WA),
            ),
        )
    )
    name: str | None = None
    #: Plain text (not base64).
    label: str | None = None
    description: str | None = None
    _: KW_ONLY
    #: Read-only: User, Public, ...
    category: str | None = None
    os_disk_configuration: OSDiskConfiguration | None = field(
        default_factory=new_model("OSDiskConfiguration")
    )
    data_disk_configurations: DataDiskConfigurations | None = field(
        default_factory=new_model("DataDiskConfigurations")
    )
    #: Read-only: the cloud service the image was captured from.
    service_name: str | None = None
    #: Read-only.
    deployment_name: str | None = None
    #: Read-only.
    role_name: str | None = None
    #: Read-only: the regions holding the image, separated by ';'.
    location: str | None = None
    #: Read-only.
    affinity_group: str | None = None
    #: Read-only.
    created_time: str | None = None
    #: Read-only.
    modified_time: str | None = None
    language: str | None = None
    image_family: str | None = None
    recommended_vm_size: str | None = None
    #: Read-only.
    is_premium: bool | None = False
    eula: str | None = None
    icon_uri: str | None = None
    small_icon_uri: str | None = None
    privacy_uri: str | None = None
    #: Read-only.
    publisher_name: str | None = None
    published_date: str | None = None
    show_in_gui: bool | None = False
    #: Read-only.
    pricing_detail_link: str | None = None
    #: Read-only.
    vm_image_state: str | None = None
    #: Read-only.
    role_state_on_capture: str | None = None
    #: Read-only.
    role_size_on_capture: str | None = None


class OSDiskConfiguration(Model):
    """The OS disk of a VM image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OSDiskConfiguration",
            namespace=NS_WA,
            root=None,
            element="OSDiskConfiguration",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("host_caching", "element", "HostCaching", NS_WA),
                FieldSchema("os_state", "element", "OSState", NS_WA),
                FieldSchema("os", "element", "OS", NS_WA),
                FieldSchema("media_link", "element", "MediaLink", NS_WA),
                FieldSchema(
                    "logical_disk_size_in_gb",
                    "element",
                    "LogicalDiskSizeInGB",
                    NS_WA,
                    scalar="int",
                    absent=-1,
                ),
                FieldSchema("io_type", "element", "IOType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    #: None, ReadOnly or ReadWrite.
    host_caching: str | None = None
    #: Generalized or Specialized.
    os_state: str | None = None
    #: Linux or Windows.
    os: str | None = None
    media_link: str | None = None
    logical_disk_size_in_gb: int | None = None
    io_type: str | None = None


class DataDiskConfigurations(Model):
    """The data disks of a VM image; iterate it for DataDiskConfiguration items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DataDiskConfigurations",
            namespace=NS_WA,
            root=None,
            element="DataDiskConfigurations",
            fields=(
                FieldSchema(
                    "data_disk_configurations",
                    "flat",
                    "DataDiskConfiguration",
                    NS_WA,
                    model="DataDiskConfiguration",
                    init=True,
                    absent="new",
                ),
            ),
            items="data_disk_configurations",
        )
    )
    _: KW_ONLY
    data_disk_configurations: list[DataDiskConfiguration] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[DataDiskConfiguration]:
        return iter(self.data_disk_configurations or ())

    def __len__(self) -> int:
        return len(self.data_disk_configurations or ())

    def __getitem__(self, index: int) -> DataDiskConfiguration:
        return (self.data_disk_configurations or [])[index]


class DataDiskConfiguration(Model):
    """One data disk of a VM image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DataDiskConfiguration",
            namespace=NS_WA,
            root=None,
            element="DataDiskConfiguration",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("host_caching", "element", "HostCaching", NS_WA),
                FieldSchema("lun", "element", "Lun", NS_WA, scalar="int", absent=-1),
                FieldSchema("media_link", "element", "MediaLink", NS_WA),
                FieldSchema(
                    "logical_disk_size_in_gb",
                    "element",
                    "LogicalDiskSizeInGB",
                    NS_WA,
                    scalar="int",
                    absent=-1,
                ),
                FieldSchema("io_type", "element", "IOType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    #: None, ReadOnly or ReadWrite.
    host_caching: str | None = None
    lun: int | None = None
    media_link: str | None = None
    logical_disk_size_in_gb: int | None = None
    io_type: str | None = None


class CaptureRoleAsVMImage(Model):
    """The options of capture_vm_image (legacy positional order, OperationType aside)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CaptureRoleAsVMImage",
            namespace=NS_WA,
            root="CaptureRoleAsVMImageOperation",
            fields=(
                FieldSchema("operation_type", "element", "OperationType", NS_WA),
                FieldSchema("os_state", "element", "OSState", NS_WA),
                FieldSchema("vm_image_name", "element", "VMImageName", NS_WA),
                FieldSchema("vm_image_label", "element", "VMImageLabel", NS_WA),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("language", "element", "Language", NS_WA),
                FieldSchema("image_family", "element", "ImageFamily", NS_WA),
                FieldSchema("recommended_vm_size", "element", "RecommendedVMSize", NS_WA),
            ),
        )
    )
    #: Generalized or Specialized.
    os_state: str | None = None
    vm_image_name: str | None = None
    vm_image_label: str | None = None
    description: str | None = None
    language: str | None = None
    image_family: str | None = None
    recommended_vm_size: str | None = None
    _: KW_ONLY
    operation_type: str = "CaptureRoleAsVMImageOperation"
