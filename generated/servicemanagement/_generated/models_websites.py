# Generated from spec/types/websites.yaml by `make generate`; do not edit.
"""Models of the websites area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_ARR, NS_SER, NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime


__all__ = [
    "WebSpaces",
    "WebSpace",
    "Sites",
    "Site",
    "SiteInput",
    "WebSpaceToCreate",
    "SiteProperties",
    "HostNameSslStates",
    "HostNameSslState",
    "MetricResponses",
    "MetricResponse",
    "Data",
    "Values",
    "MetricSample",
    "MetricDefinitions",
    "MetricDefinition",
    "MetricAvailabilities",
    "MetricAvailability",
    "PublishData",
    "PublishProfile",
    "PublishDatabase",
    "WebsiteError",
    "SerializationString",
    "SerializationBoolean",
    "SiteCertificate",
    "WebsiteOperation",
    "BackupRequest",
    "BackupSchedule",
    "DatabaseBackupSetting",
    "BackupItem",
    "BackupItems",
    "RestoreRequest",
    "RestoreResponse",
    "RelayServiceConnectionEntity",
    "RelayServiceConnectionEntities",
    "ServerFarmInput",
    "ServerFarm",
    "ServerFarms",
    "WebspacePublishingUser",
    "WebspaceGeoRegions",
    "WebspaceGeoRegion",
    "SiteUsages",
    "SiteUsage",
    "SerializationStrings",
    "SerializationAnyUri",
]


class WebSpaces(Model):
    """The response of list_webspaces; iterate it for WebSpace items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WebSpaces",
            namespace=NS_WA,
            root="WebSpaces",
            fields=(
                FieldSchema("web_space", "flat", "WebSpace", NS_WA, model="WebSpace", absent="new"),
            ),
            items="web_space",
        )
    )
    _: KW_ONLY
    web_space: list[WebSpace] | None = None

    def __iter__(self) -> Iterator[WebSpace]:
        return iter(self.web_space or ())

    def __len__(self) -> int:
        return len(self.web_space or ())

    def __getitem__(self, index: int) -> WebSpace:
        return (self.web_space or [])[index]


class WebSpace(Model):
    """A web space (the region and plan that host web sites)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WebSpace",
            namespace=NS_WA,
            root="WebSpace",
            fields=(
                FieldSchema("availability_state", "element", "AvailabilityState", NS_WA, absent=""),
                FieldSchema("compute_mode", "element", "ComputeMode", NS_WA, nillable=True),
                FieldSchema(
                    "current_number_of_workers",
                    "element",
                    "CurrentNumberOfWorkers",
                    NS_WA,
                    scalar="int",
                    nillable=True,
                ),
                FieldSchema(
                    "current_worker_size", "element", "CurrentWorkerSize", NS_WA, nillable=True
                ),
                FieldSchema("geo_location", "element", "GeoLocation", NS_WA, absent=""),
                FieldSchema("geo_region", "element", "GeoRegion", NS_WA, absent=""),
                FieldSchema(
                    "hosting_environment", "element", "HostingEnvironment", NS_WA, nillable=True
                ),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema(
                    "number_of_workers",
                    "element",
                    "NumberOfWorkers",
                    NS_WA,
                    scalar="int",
                    nillable=True,
                ),
                FieldSchema("plan", "element", "Plan", NS_WA, absent=""),
                FieldSchema("status", "element", "Status", NS_WA, absent=""),
                FieldSchema("subscription", "element", "Subscription", NS_WA, absent=""),
                FieldSchema("worker_size", "element", "WorkerSize", NS_WA, nillable=True),
            ),
        )
    )
    _: KW_ONLY
    availability_state: str | None = None
    compute_mode: str | None = None
    current_number_of_workers: int | None = None
    current_worker_size: str | None = None
    geo_location: str | None = None
    geo_region: str | None = None
    hosting_environment: str | None = None
    name: str | None = None
    number_of_workers: int | None = None
    plan: str | None = None
    status: str | None = None
    subscription: str | None = None
    worker_size: str | None = None


class Sites(Model):
    """The response of list_sites; iterate it for Site items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Sites",
            namespace=NS_WA,
            root="Sites",
            fields=(FieldSchema("site", "flat", "Site", NS_WA, model="Site", absent="new"),),
            items="site",
        )
    )
    _: KW_ONLY
    site: list[Site] | None = None

    def __iter__(self) -> Iterator[Site]:
        return iter(self.site or ())

    def __len__(self) -> int:
        return len(self.site or ())

    def __getitem__(self, index: int) -> Site:
        return (self.site or [])[index]


class Site(Model):
    """A web site."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Site",
            namespace=NS_WA,
            root="Site",
            fields=(
                FieldSchema(
                    "admin_enabled", "element", "AdminEnabled", NS_WA, scalar="bool", absent=False
                ),
                FieldSchema("availability_state", "element", "AvailabilityState", NS_WA, absent=""),
                FieldSchema("cers", "element", "Cers", NS_WA, nillable=True),
                FieldSchema(
                    "client_affinity_enabled",
                    "element",
                    "ClientAffinityEnabled",
                    NS_WA,
                    scalar="bool",
                    nillable=True,
                ),
                FieldSchema(
                    "client_cert_enabled",
                    "element",
                    "ClientCertEnabled",
                    NS_WA,
                    scalar="bool",
                    nillable=True,
                ),
                FieldSchema("cloning_info", "element", "CloningInfo", NS_WA, nillable=True),
                FieldSchema("compute_mode", "element", "ComputeMode", NS_WA, absent=""),
                FieldSchema("container_size", "element", "ContainerSize", NS_WA, scalar="int"),
                FieldSchema(
                    "content_availability_state", "element", "ContentAvailabilityState", NS_WA
                ),
                FieldSchema("csrs", "list", "Csrs", NS_WA, item="Csr", nillable=True),
                FieldSchema(
                    "daily_memory_time_quota",
                    "element",
                    "DailyMemoryTimeQuota",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema("default_host_name", "element", "DefaultHostName", NS_WA),
                FieldSchema("deployment_id", "element", "DeploymentId", NS_WA),
                FieldSchema(
                    "domain_verification_identifiers",
                    "element",
                    "DomainVerificationIdentifiers",
                    NS_WA,
                ),
                FieldSchema("enabled", "element", "Enabled", NS_WA, scalar="bool", absent=False),
                FieldSchema(
                    "enabled_host_names",
                    "list",
                    "EnabledHostNames",
                    NS_WA,
                    item="string",
                    item_namespace=NS_ARR,
                ),
                FieldSchema(
                    "function_execution_units_cache",
                    "element",
                    "FunctionExecutionUnitsCache",
                    NS_WA,
                ),
                FieldSchema(
                    "gateway_site_name", "element", "GatewaySiteName", NS_WA, nillable=True
                ),
                FieldSchema("home_stamp", "element", "HomeStamp", NS_WA),
                FieldSchema(
                    "host_name_ssl_states",
                    "element",
                    "HostNameSslStates",
                    NS_WA,
                    model="HostNameSslStates",
                ),
                FieldSchema(
                    "host_names", "list", "HostNames", NS_WA, item="string", item_namespace=NS_ARR
                ),
                FieldSchema(
                    "host_names_disabled", "element", "HostNamesDisabled", NS_WA, scalar="bool"
                ),
                FieldSchema(
                    "hosting_environment", "element", "HostingEnvironment", NS_WA, nillable=True
                ),
                FieldSchema(
                    "hosting_environment_id",
                    "element",
                    "HostingEnvironmentId",
                    NS_WA,
                    nillable=True,
                ),
                FieldSchema(
                    "hosting_environment_profile", "element", "HostingEnvironmentProfile", NS_WA
                ),
                FieldSchema("kind", "element", "Kind", NS_WA, nillable=True),
                FieldSchema(
                    "last_modified_time_utc", "element", "LastModifiedTimeUtc", NS_WA, absent=""
                ),
                FieldSchema("max_number_of_workers", "element", "MaxNumberOfWorkers", NS_WA),
                FieldSchema("micro_service", "element", "MicroService", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("outbound_ip_addresses", "element", "OutboundIpAddresses", NS_WA),
                FieldSchema("owner", "element", "Owner", NS_WA, nillable=True),
                FieldSchema(
                    "premium_app_deployed",
                    "element",
                    "PremiumAppDeployed",
                    NS_WA,
                    scalar="bool",
                    nillable=True,
                ),
                FieldSchema(
                    "repository_site_name", "element", "RepositorySiteName", NS_WA, absent=""
                ),
                FieldSchema("reserved", "element", "Reserved", NS_WA, scalar="bool"),
                FieldSchema("resource_group", "element", "ResourceGroup", NS_WA),
                FieldSchema(
                    "runtime_availability_state", "element", "RuntimeAvailabilityState", NS_WA
                ),
                FieldSchema("sku", "element", "SKU", NS_WA),
                FieldSchema(
                    "ssl_certificates",
                    "list",
                    "SSLCertificates",
                    NS_WA,
                    model="SiteCertificate",
                    item="Certificate",
                    nillable=True,
                ),
                FieldSchema(
                    "scm_site_also_stopped", "element", "ScmSiteAlsoStopped", NS_WA, scalar="bool"
                ),
                FieldSchema("self_link", "element", "SelfLink", NS_WA, absent=""),
                FieldSchema("server_farm", "element", "ServerFarm", NS_WA, absent=""),
                FieldSchema("server_farm_id", "element", "ServerFarmId", NS_WA, nillable=True),
                FieldSchema("site_config", "element", "SiteConfig", NS_WA, nillable=True),
                FieldSchema(
                    "site_disabled_reason", "element", "SiteDisabledReason", NS_WA, scalar="int"
                ),
                FieldSchema("site_mode", "element", "SiteMode", NS_WA, absent=""),
                FieldSchema(
                    "site_properties", "element", "SiteProperties", NS_WA, model="SiteProperties"
                ),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema(
                    "storage_recovery_default_state",
                    "element",
                    "StorageRecoveryDefaultState",
                    NS_WA,
                    absent="",
                ),
                FieldSchema("suspended_till", "element", "SuspendedTill", NS_WA),
                FieldSchema("tags", "element", "Tags", NS_WA),
                FieldSchema("target_swap_slot", "element", "TargetSwapSlot", NS_WA, nillable=True),
                FieldSchema(
                    "traffic_manager_host_names",
                    "list",
                    "TrafficManagerHostNames",
                    NS_WA,
                    item="string",
                    nillable=True,
                    item_namespace=NS_ARR,
                ),
                FieldSchema("usage_state", "element", "UsageState", NS_WA, absent=""),
                FieldSchema("web_hosting_plan", "element", "WebHostingPlan", NS_WA),
                FieldSchema("web_space", "element", "WebSpace", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    admin_enabled: bool | None = None
    availability_state: str | None = None
    #: Certificates; only ever seen as nil.
    cers: str | None = None
    client_affinity_enabled: bool | None = None
    client_cert_enabled: bool | None = None
    cloning_info: str | None = None
    compute_mode: str | None = None
    container_size: int | None = None
    content_availability_state: str | None = None
    csrs: list[str] | None = None
    daily_memory_time_quota: int | None = None
    default_host_name: str | None = None
    deployment_id: str | None = None
    domain_verification_identifiers: str | None = None
    enabled: bool | None = None
    enabled_host_names: list[str] | None = None
    function_execution_units_cache: str | None = None
    gateway_site_name: str | None = None
    home_stamp: str | None = None
    host_name_ssl_states: HostNameSslStates | None = None
    host_names: list[str] | None = None
    host_names_disabled: bool | None = None
    hosting_environment: str | None = None
    hosting_environment_id: str | None = None
    hosting_environment_profile: str | None = None
    kind: str | None = None
    last_modified_time_utc: str | None = None
    max_number_of_workers: str | None = None
    micro_service: str | None = None
    name: str | None = None
    outbound_ip_addresses: str | None = None
    owner: str | None = None
    premium_app_deployed: bool | None = None
    repository_site_name: str | None = None
    reserved: bool | None = None
    resource_group: str | None = None
    runtime_availability_state: str | None = None
    sku: str | None = None
    ssl_certificates: list[SiteCertificate] | None = None
    scm_site_also_stopped: bool | None = None
    self_link: str | None = None
    server_farm: str | None = None
    server_farm_id: str | None = None
    site_config: str | None = None
    site_disabled_reason: int | None = None
    site_mode: str | None = None
    site_properties: SiteProperties | None = None
    state: str | None = None
    storage_recovery_default_state: str | None = None
    suspended_till: str | None = None
    tags: str | None = None
    target_swap_slot: str | None = None
    traffic_manager_host_names: list[str] | None = None
    usage_state: str | None = None
    web_hosting_plan: str | None = None
    web_space: str | None = None


class SiteInput(Model):
    """The body of create_site and update_site (absent values are left out)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SiteInput",
            namespace=NS_WA,
            root="Site",
            fields=(
                FieldSchema(
                    "host_names", "list", "HostNames", NS_WA, item="string", item_namespace=NS_ARR
                ),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("compute_mode", "element", "ComputeMode", NS_WA),
                FieldSchema("server_farm", "element", "ServerFarm", NS_WA),
                FieldSchema("site_mode", "element", "SiteMode", NS_WA),
                FieldSchema(
                    "web_space_to_create",
                    "element",
                    "WebSpaceToCreate",
                    NS_WA,
                    model="WebSpaceToCreate",
                ),
                FieldSchema("state", "element", "State", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    host_names: list[str] | None = None
    name: str | None = None
    compute_mode: str | None = None
    server_farm: str | None = None
    site_mode: str | None = None
    web_space_to_create: WebSpaceToCreate | None = None
    state: str | None = None


class WebSpaceToCreate(Model):
    """The web space create_site puts a new site in (created when missing)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WebSpaceToCreate",
            namespace=NS_WA,
            root=None,
            element="WebSpaceToCreate",
            fields=(
                FieldSchema("geo_region", "element", "GeoRegion", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("plan", "element", "Plan", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    geo_region: str | None = None
    name: str | None = None
    plan: str | None = None


class SiteProperties(Model):
    """Application settings, metadata and properties of a site."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SiteProperties",
            namespace=NS_WA,
            root=None,
            element="SiteProperties",
            fields=(
                FieldSchema(
                    "app_settings",
                    "dict",
                    "AppSettings",
                    NS_WA,
                    item="NameValuePair",
                    key="Name",
                    value="Value",
                    nillable=True,
                ),
                FieldSchema(
                    "metadata",
                    "dict",
                    "Metadata",
                    NS_WA,
                    item="NameValuePair",
                    key="Name",
                    value="Value",
                    nillable=True,
                ),
                FieldSchema(
                    "properties",
                    "dict",
                    "Properties",
                    NS_WA,
                    item="NameValuePair",
                    key="Name",
                    value="Value",
                    nillable=True,
                ),
            ),
        )
    )
    _: KW_ONLY
    app_settings: dict[str, str] | None = None
    metadata: dict[str, str] | None = None
    properties: dict[str, str] | None = None


class HostNameSslStates(Model):
    """The host names of a site and their SSL state; iterate it for HostNameSslState items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HostNameSslStates",
            namespace=NS_WA,
            root=None,
            element="HostNameSslStates",
            fields=(
                FieldSchema(
                    "host_name_ssl_state",
                    "flat",
                    "HostNameSslState",
                    NS_WA,
                    model="HostNameSslState",
                    absent="new",
                ),
            ),
            items="host_name_ssl_state",
        )
    )
    _: KW_ONLY
    host_name_ssl_state: list[HostNameSslState] | None = None

    def __iter__(self) -> Iterator[HostNameSslState]:
        return iter(self.host_name_ssl_state or ())

    def __len__(self) -> int:
        return len(self.host_name_ssl_state or ())

    def __getitem__(self, index: int) -> HostNameSslState:
        return (self.host_name_ssl_state or [])[index]


class HostNameSslState(Model):
    """A host name of a site and its SSL binding."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HostNameSslState",
            namespace=NS_WA,
            root=None,
            element="HostNameSslState",
            fields=(
                FieldSchema("host_type", "element", "HostType", NS_WA),
                FieldSchema("ip_based_ssl_state", "element", "IPBasedSslState", NS_WA),
                FieldSchema(
                    "ip_based_ssl_result", "element", "IpBasedSslResult", NS_WA, nillable=True
                ),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("ssl_state", "element", "SslState", NS_WA, absent=""),
                FieldSchema("thumbprint", "element", "Thumbprint", NS_WA, nillable=True),
                FieldSchema(
                    "to_update", "element", "ToUpdate", NS_WA, scalar="bool", nillable=True
                ),
                FieldSchema(
                    "to_update_ip_based_ssl",
                    "element",
                    "ToUpdateIpBasedSsl",
                    NS_WA,
                    scalar="bool",
                    nillable=True,
                ),
                FieldSchema("virtual_ip", "element", "VirtualIP", NS_WA, nillable=True),
            ),
        )
    )
    _: KW_ONLY
    host_type: str | None = None
    ip_based_ssl_state: str | None = None
    ip_based_ssl_result: str | None = None
    name: str | None = None
    ssl_state: str | None = None
    thumbprint: str | None = None
    to_update: bool | None = None
    to_update_ip_based_ssl: bool | None = None
    virtual_ip: str | None = None


class MetricResponses(Model):
    """The response of get_historical_usage_metrics; iterate it for MetricResponse items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricResponses",
            namespace=NS_WA,
            root="MetricResponses",
            fields=(
                FieldSchema(
                    "metric_response",
                    "flat",
                    "MetricResponse",
                    NS_WA,
                    model="MetricResponse",
                    absent="new",
                ),
            ),
            items="metric_response",
        )
    )
    _: KW_ONLY
    metric_response: list[MetricResponse] | None = None

    def __iter__(self) -> Iterator[MetricResponse]:
        return iter(self.metric_response or ())

    def __len__(self) -> int:
        return len(self.metric_response or ())

    def __getitem__(self, index: int) -> MetricResponse:
        return (self.metric_response or [])[index]


class MetricResponse(Model):
    """The samples of one metric."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricResponse",
            namespace=NS_WA,
            root=None,
            element="MetricResponse",
            fields=(
                FieldSchema("code", "element", "Code", NS_WA, absent=""),
                FieldSchema("data", "element", "Data", NS_WA, model="Data"),
                FieldSchema("message", "element", "Message", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    code: str | None = None
    data: Data | None = None
    message: str | None = None


class Data(Model):
    """A metric's description and samples."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Data",
            namespace=NS_WA,
            root=None,
            element="Data",
            fields=(
                FieldSchema("display_name", "element", "DisplayName", NS_WA, absent=""),
                FieldSchema("end_time", "element", "EndTime", NS_WA, absent=""),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema(
                    "primary_aggregation_type",
                    "element",
                    "PrimaryAggregationType",
                    NS_WA,
                    absent="",
                ),
                FieldSchema("start_time", "element", "StartTime", NS_WA, absent=""),
                FieldSchema("time_grain", "element", "TimeGrain", NS_WA, absent=""),
                FieldSchema("unit", "element", "Unit", NS_WA, absent=""),
                FieldSchema("values", "element", "Values", NS_WA, model="Values"),
            ),
        )
    )
    _: KW_ONLY
    display_name: str | None = None
    end_time: str | None = None
    name: str | None = None
    primary_aggregation_type: str | None = None
    start_time: str | None = None
    time_grain: str | None = None
    unit: str | None = None
    values: Values | None = None


class Values(Model):
    """Samples of a metric; iterate it for MetricSample items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Values",
            namespace=NS_WA,
            root=None,
            element="Values",
            fields=(
                FieldSchema(
                    "metric_sample",
                    "flat",
                    "MetricSample",
                    NS_WA,
                    model="MetricSample",
                    absent="new",
                ),
            ),
            items="metric_sample",
        )
    )
    _: KW_ONLY
    metric_sample: list[MetricSample] | None = None

    def __iter__(self) -> Iterator[MetricSample]:
        return iter(self.metric_sample or ())

    def __len__(self) -> int:
        return len(self.metric_sample or ())

    def __getitem__(self, index: int) -> MetricSample:
        return (self.metric_sample or [])[index]


class MetricSample(Model):
    """One sample of a metric."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricSample",
            namespace=NS_WA,
            root=None,
            element="MetricSample",
            fields=(
                FieldSchema("count", "element", "Count", NS_WA, scalar="int", absent=0),
                FieldSchema("instance_name", "element", "InstanceName", NS_WA),
                FieldSchema("maximum", "element", "Maximum", NS_WA, nillable=True),
                FieldSchema("minimum", "element", "Minimum", NS_WA, nillable=True),
                FieldSchema("time_created", "element", "TimeCreated", NS_WA, absent=""),
                FieldSchema("total", "element", "Total", NS_WA, scalar="float", absent=0),
            ),
        )
    )
    _: KW_ONLY
    count: int | None = None
    instance_name: str | None = None
    maximum: str | None = None
    minimum: str | None = None
    time_created: str | None = None
    total: float | None = None


class MetricDefinitions(Model):
    """The response of get_metric_definitions; iterate it for MetricDefinition items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricDefinitions",
            namespace=NS_WA,
            root="MetricDefinitions",
            fields=(
                FieldSchema(
                    "metric_definition",
                    "flat",
                    "MetricDefinition",
                    NS_WA,
                    model="MetricDefinition",
                    absent="new",
                ),
            ),
            items="metric_definition",
        )
    )
    _: KW_ONLY
    metric_definition: list[MetricDefinition] | None = None

    def __iter__(self) -> Iterator[MetricDefinition]:
        return iter(self.metric_definition or ())

    def __len__(self) -> int:
        return len(self.metric_definition or ())

    def __getitem__(self, index: int) -> MetricDefinition:
        return (self.metric_definition or [])[index]


class MetricDefinition(Model):
    """A metric a site reports."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricDefinition",
            namespace=NS_WA,
            root=None,
            element="MetricDefinition",
            fields=(
                FieldSchema("display_name", "element", "DisplayName", NS_WA, absent=""),
                FieldSchema(
                    "metric_availabilities",
                    "element",
                    "MetricAvailabilities",
                    NS_WA,
                    model="MetricAvailabilities",
                ),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema(
                    "primary_aggregation_type",
                    "element",
                    "PrimaryAggregationType",
                    NS_WA,
                    absent="",
                ),
                FieldSchema("unit", "element", "Unit", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    display_name: str | None = None
    metric_availabilities: MetricAvailabilities | None = None
    name: str | None = None
    primary_aggregation_type: str | None = None
    unit: str | None = None


class MetricAvailabilities(Model):
    """The time grains a metric is kept at; iterate it for MetricAvailability items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricAvailabilities",
            namespace=NS_WA,
            root=None,
            element="MetricAvailabilities",
            fields=(
                FieldSchema(
                    "metric_availability",
                    "flat",
                    "MetricAvailabilily",
                    NS_WA,
                    model="MetricAvailability",
                    absent="new",
                ),
            ),
            items="metric_availability",
        )
    )
    _: KW_ONLY
    metric_availability: list[MetricAvailability] | None = None

    def __iter__(self) -> Iterator[MetricAvailability]:
        return iter(self.metric_availability or ())

    def __len__(self) -> int:
        return len(self.metric_availability or ())

    def __getitem__(self, index: int) -> MetricAvailability:
        return (self.metric_availability or [])[index]


class MetricAvailability(Model):
    """A time grain and how long samples at it are kept."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricAvailability",
            namespace=NS_WA,
            root=None,
            element="MetricAvailabilily",
            fields=(
                FieldSchema("retention", "element", "Retention", NS_WA, absent=""),
                FieldSchema("time_grain", "element", "TimeGrain", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    retention: str | None = None
    time_grain: str | None = None


class PublishData(Model):
    """The publish profiles of a site (Web Deploy, FTP); iterate it for PublishProfile items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PublishData",
            namespace="",
            root="publishData",
            fields=(
                FieldSchema(
                    "publish_profiles",
                    "flat",
                    "publishProfile",
                    "",
                    model="PublishProfile",
                    absent="new",
                ),
            ),
            items="publish_profiles",
        )
    )
    _: KW_ONLY
    publish_profiles: list[PublishProfile] | None = None

    def __iter__(self) -> Iterator[PublishProfile]:
        return iter(self.publish_profiles or ())

    def __len__(self) -> int:
        return len(self.publish_profiles or ())

    def __getitem__(self, index: int) -> PublishProfile:
        return (self.publish_profiles or [])[index]


class PublishProfile(Model):
    """How to publish to a site with one method; every value is an XML attribute."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PublishProfile",
            namespace="",
            root=None,
            element="publishProfile",
            fields=(
                FieldSchema("profile_name", "attribute", "profileName", ""),
                FieldSchema("publish_method", "attribute", "publishMethod", ""),
                FieldSchema("publish_url", "attribute", "publishUrl", ""),
                FieldSchema("msdeploysite", "attribute", "msdeploySite", ""),
                FieldSchema(
                    "ftp_passive_mode",
                    "attribute",
                    "ftpPassiveMode",
                    "",
                    scalar="bool",
                    bool_words=("True", "False"),
                ),
                FieldSchema("user_name", "attribute", "userName", ""),
                FieldSchema("user_pwd", "attribute", "userPWD", "", secret=True),
                FieldSchema("destination_app_url", "attribute", "destinationAppUrl", ""),
                FieldSchema(
                    "sql_server_db_connection_string",
                    "attribute",
                    "SQLServerDBConnectionString",
                    "",
                    secret=True,
                ),
                FieldSchema(
                    "my_sqldb_connection_string",
                    "attribute",
                    "mySQLDBConnectionString",
                    "",
                    secret=True,
                ),
                FieldSchema(
                    "hosting_provider_forum_link", "attribute", "hostingProviderForumLink", ""
                ),
                FieldSchema("control_panel_link", "attribute", "controlPanelLink", ""),
                FieldSchema("web_system", "attribute", "webSystem", ""),
                FieldSchema(
                    "databases", "list", "databases", "", model="PublishDatabase", item="add"
                ),
            ),
        )
    )
    _: KW_ONLY
    profile_name: str | None = None
    publish_method: str | None = None
    publish_url: str | None = None
    msdeploysite: str | None = None
    ftp_passive_mode: bool | None = None
    user_name: str | None = None
    user_pwd: str | None = None
    destination_app_url: str | None = None
    sql_server_db_connection_string: str | None = None
    my_sqldb_connection_string: str | None = None
    hosting_provider_forum_link: str | None = None
    control_panel_link: str | None = None
    web_system: str | None = None
    databases: list[PublishDatabase] | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class PublishDatabase(Model):
    """A database a publish profile can deploy to."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PublishDatabase",
            namespace="",
            root=None,
            element="add",
            fields=(
                FieldSchema("name", "attribute", "name", ""),
                FieldSchema("connection_string", "attribute", "connectionString", "", secret=True),
                FieldSchema("provider_name", "attribute", "providerName", ""),
                FieldSchema("type", "attribute", "type", ""),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    connection_string: str | None = None
    provider_name: str | None = None
    type: str | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class WebsiteError(Model):
    """The error document of the Websites API (an Error with extended fields)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WebsiteError",
            namespace=NS_WA,
            root="Error",
            fields=(
                FieldSchema("code", "element", "Code", NS_WA),
                FieldSchema("message", "element", "Message", NS_WA),
                FieldSchema("extended_code", "element", "ExtendedCode", NS_WA),
                FieldSchema("message_template", "element", "MessageTemplate", NS_WA),
                FieldSchema(
                    "parameters", "list", "Parameters", NS_WA, item="string", item_namespace=NS_ARR
                ),
                FieldSchema("inner_errors", "element", "InnerErrors", NS_WA, nillable=True),
            ),
        )
    )
    _: KW_ONLY
    code: str | None = None
    message: str | None = None
    extended_code: str | None = None
    message_template: str | None = None
    parameters: list[str] | None = None
    inner_errors: str | None = None


class SerializationString(Model):
    """A bare string document (some errors are sent as one)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SerializationString",
            namespace=NS_SER,
            root="string",
            fields=(FieldSchema("value", "text", "", NS_SER),),
        )
    )
    _: KW_ONLY
    value: str | None = None


class SerializationBoolean(Model):
    """A bare boolean document."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SerializationBoolean",
            namespace=NS_SER,
            root="boolean",
            fields=(FieldSchema("value", "text", "", NS_SER, scalar="bool"),),
        )
    )
    _: KW_ONLY
    value: bool | None = None


class SiteCertificate(Model):
    """An SSL certificate uploaded to a site (Site.ssl_certificates)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SiteCertificate",
            namespace=NS_WA,
            root=None,
            element="Certificate",
            fields=(
                FieldSchema("cer_blob", "element", "CerBlob", NS_WA, nillable=True),
                FieldSchema("expiration_date", "element", "ExpirationDate", NS_WA),
                FieldSchema("friendly_name", "element", "FriendlyName", NS_WA, nillable=True),
                FieldSchema(
                    "host_names", "list", "HostNames", NS_WA, item="string", item_namespace=NS_ARR
                ),
                FieldSchema("issue_date", "element", "IssueDate", NS_WA),
                FieldSchema("issuer", "element", "Issuer", NS_WA),
                FieldSchema("password", "element", "Password", NS_WA, nillable=True),
                FieldSchema("pfx_blob", "element", "PfxBlob", NS_WA, nillable=True),
                FieldSchema("public_key_hash", "element", "PublicKeyHash", NS_WA, nillable=True),
                FieldSchema("self_link", "element", "SelfLink", NS_WA, nillable=True),
                FieldSchema("site_name", "element", "SiteName", NS_WA, nillable=True),
                FieldSchema("subject_name", "element", "SubjectName", NS_WA),
                FieldSchema("thumbprint", "element", "Thumbprint", NS_WA),
                FieldSchema("to_delete", "element", "ToDelete", NS_WA, nillable=True),
                FieldSchema("valid", "element", "Valid", NS_WA, nillable=True),
            ),
        )
    )
    _: KW_ONLY
    cer_blob: str | None = None
    expiration_date: str | None = None
    friendly_name: str | None = None
    host_names: list[str] | None = None
    issue_date: str | None = None
    issuer: str | None = None
    password: str | None = None
    pfx_blob: str | None = None
    public_key_hash: str | None = None
    self_link: str | None = None
    site_name: str | None = None
    subject_name: str | None = None
    thumbprint: str | None = None
    to_delete: str | None = None
    valid: str | None = None


class WebsiteOperation(Model):
    """A long-running web site operation (swap_site_slots, get_site_operation_status)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WebsiteOperation",
            namespace=NS_WA,
            root="Operation",
            fields=(
                FieldSchema("created_time", "element", "CreatedTime", NS_WA),
                FieldSchema(
                    "errors",
                    "list",
                    "Errors",
                    NS_WA,
                    model="WebsiteError",
                    item="Error",
                    nillable=True,
                ),
                FieldSchema("expiration_time", "element", "ExpirationTime", NS_WA),
                FieldSchema(
                    "geo_master_operation_id",
                    "element",
                    "GeoMasterOperationId",
                    NS_WA,
                    nillable=True,
                ),
                FieldSchema("id", "element", "Id", NS_WA, nillable=True),
                FieldSchema("modified_time", "element", "ModifiedTime", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA, nillable=True),
                FieldSchema("status", "element", "Status", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    created_time: str | None = None
    errors: list[WebsiteError] | None = None
    expiration_time: str | None = None
    geo_master_operation_id: str | None = None
    id: str | None = None
    modified_time: str | None = None
    name: str | None = None
    #: InProgress, Failed, Succeeded, TimedOut or Created.
    status: str | None = None


class BackupRequest(Model):
    """A site's backup configuration (get/update_site_backup_configuration) or a backup to take
    now (backup_site)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="BackupRequest",
            namespace=NS_WA,
            root="BackupRequest",
            fields=(
                FieldSchema(
                    "backup_schedule", "element", "BackupSchedule", NS_WA, model="BackupSchedule"
                ),
                FieldSchema(
                    "databases",
                    "list",
                    "Databases",
                    NS_WA,
                    model="DatabaseBackupSetting",
                    item="DatabaseBackupSetting",
                ),
                FieldSchema("enabled", "element", "Enabled", NS_WA, scalar="bool"),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("storage_account_url", "element", "StorageAccountUrl", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    backup_schedule: BackupSchedule | None = None
    databases: list[DatabaseBackupSetting] | None = None
    enabled: bool | None = None
    name: str | None = None
    #: A SAS URL of the blob container backups go to.
    storage_account_url: str | None = None


class BackupSchedule(Model):
    """When a site is backed up automatically and how long backups are kept."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="BackupSchedule",
            namespace=NS_WA,
            root=None,
            element="BackupSchedule",
            fields=(
                FieldSchema(
                    "frequency_interval", "element", "FrequencyInterval", NS_WA, scalar="int"
                ),
                FieldSchema("frequency_unit", "element", "FrequencyUnit", NS_WA),
                FieldSchema(
                    "keep_at_least_one_backup",
                    "element",
                    "KeepAtLeastOneBackup",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema(
                    "last_execution_time", "element", "LastExecutionTime", NS_WA, scalar="datetime"
                ),
                FieldSchema(
                    "retention_period_in_days",
                    "element",
                    "RetentionPeriodInDays",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema("start_time", "element", "StartTime", NS_WA, scalar="datetime"),
            ),
        )
    )
    _: KW_ONLY
    frequency_interval: int | None = None
    #: Day or Hour.
    frequency_unit: str | None = None
    keep_at_least_one_backup: bool | None = None
    last_execution_time: datetime | None = None
    retention_period_in_days: int | None = None
    start_time: datetime | None = None


class DatabaseBackupSetting(Model):
    """A database backed up (or restored) with a site."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DatabaseBackupSetting",
            namespace=NS_WA,
            root=None,
            element="DatabaseBackupSetting",
            fields=(
                FieldSchema("connection_string", "element", "ConnectionString", NS_WA),
                FieldSchema("connection_string_name", "element", "ConnectionStringName", NS_WA),
                FieldSchema("database_type", "element", "DatabaseType", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    connection_string: str | None = None
    connection_string_name: str | None = None
    #: e.g. SqlAzure or MySql.
    database_type: str | None = None
    name: str | None = None


class BackupItem(Model):
    """A backup of a site."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="BackupItem",
            namespace=NS_WA,
            root="BackupItem",
            fields=(
                FieldSchema("blob_name", "element", "BlobName", NS_WA),
                FieldSchema("created", "element", "Created", NS_WA),
                FieldSchema("correlation_id", "element", "CorrelationId", NS_WA),
                FieldSchema(
                    "databases",
                    "list",
                    "Databases",
                    NS_WA,
                    model="DatabaseBackupSetting",
                    item="DatabaseBackupSetting",
                ),
                FieldSchema("finished_time_stamp", "element", "FinishedTimeStamp", NS_WA),
                FieldSchema("last_restore_time_stamp", "element", "LastRestoreTimeStamp", NS_WA),
                FieldSchema("log", "element", "Log", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("scheduled", "element", "Scheduled", NS_WA, scalar="bool"),
                FieldSchema("size_in_bytes", "element", "SizeInBytes", NS_WA, scalar="int"),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("storage_account_url", "element", "StorageAccountUrl", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    blob_name: str | None = None
    created: str | None = None
    correlation_id: str | None = None
    databases: list[DatabaseBackupSetting] | None = None
    finished_time_stamp: str | None = None
    last_restore_time_stamp: str | None = None
    log: str | None = None
    name: str | None = None
    scheduled: bool | None = None
    size_in_bytes: int | None = None
    #: InProgress, Failed, Succeeded, TimedOut, Created, Skipped or PartiallySucceeded.
    status: str | None = None
    storage_account_url: str | None = None


class BackupItems(Model):
    """The response of list_site_backups; iterate it for BackupItem items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="BackupItems",
            namespace=NS_WA,
            root="BackupItems",
            fields=(FieldSchema("backup_items", "flat", "BackupItem", NS_WA, model="BackupItem"),),
            items="backup_items",
        )
    )
    _: KW_ONLY
    backup_items: list[BackupItem] | None = None

    def __iter__(self) -> Iterator[BackupItem]:
        return iter(self.backup_items or ())

    def __len__(self) -> int:
        return len(self.backup_items or ())

    def __getitem__(self, index: int) -> BackupItem:
        return (self.backup_items or [])[index]


class RestoreRequest(Model):
    """What to restore into a site (restore_site) or to check (discover_site)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RestoreRequest",
            namespace=NS_WA,
            root="RestoreRequest",
            fields=(
                FieldSchema(
                    "adjust_connection_strings",
                    "element",
                    "AdjustConnectionStrings",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema("blob_name", "element", "BlobName", NS_WA),
                FieldSchema(
                    "databases",
                    "list",
                    "Databases",
                    NS_WA,
                    model="DatabaseBackupSetting",
                    item="DatabaseBackupSetting",
                ),
                FieldSchema(
                    "ignore_conflicting_host_names",
                    "element",
                    "IgnoreConflictingHostNames",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema("overwrite", "element", "Overwrite", NS_WA, scalar="bool"),
                FieldSchema("storage_account_url", "element", "StorageAccountUrl", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    adjust_connection_strings: bool | None = None
    blob_name: str | None = None
    databases: list[DatabaseBackupSetting] | None = None
    ignore_conflicting_host_names: bool | None = None
    overwrite: bool | None = None
    storage_account_url: str | None = None


class RestoreResponse(Model):
    """The response of restore_site."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RestoreResponse",
            namespace=NS_WA,
            root="RestoreResponse",
            fields=(FieldSchema("operation_id", "element", "OperationId", NS_WA),),
        )
    )
    _: KW_ONLY
    #: Poll it with get_site_operation_status.
    operation_id: str | None = None


class RelayServiceConnectionEntity(Model):
    """A hybrid connection of a site."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RelayServiceConnectionEntity",
            namespace=NS_WA,
            root="RelayServiceConnectionEntity",
            fields=(
                FieldSchema("biztalk_uri", "element", "BiztalkUri", NS_WA),
                FieldSchema("entity_connection_string", "element", "EntityConnectionString", NS_WA),
                FieldSchema("entity_name", "element", "EntityName", NS_WA),
                FieldSchema("hostname", "element", "Hostname", NS_WA),
                FieldSchema("port", "element", "Port", NS_WA, scalar="int"),
                FieldSchema(
                    "resource_connection_string", "element", "ResourceConnectionString", NS_WA
                ),
                FieldSchema("resource_type", "element", "ResourceType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    biztalk_uri: str | None = None
    entity_connection_string: str | None = None
    entity_name: str | None = None
    hostname: str | None = None
    port: int | None = None
    resource_connection_string: str | None = None
    resource_type: str | None = None


class RelayServiceConnectionEntities(Model):
    """The response of list_site_hybrid_connections; iterate it for
    RelayServiceConnectionEntity items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RelayServiceConnectionEntities",
            namespace=NS_WA,
            root="ArrayOfRelayServiceConnectionEntity",
            fields=(
                FieldSchema(
                    "hybrid_connections",
                    "flat",
                    "RelayServiceConnectionEntity",
                    NS_WA,
                    model="RelayServiceConnectionEntity",
                ),
            ),
            items="hybrid_connections",
        )
    )
    _: KW_ONLY
    hybrid_connections: list[RelayServiceConnectionEntity] | None = None

    def __iter__(self) -> Iterator[RelayServiceConnectionEntity]:
        return iter(self.hybrid_connections or ())

    def __len__(self) -> int:
        return len(self.hybrid_connections or ())

    def __getitem__(self, index: int) -> RelayServiceConnectionEntity:
        return (self.hybrid_connections or [])[index]


class ServerFarmInput(Model):
    """The body of create_web_hosting_plan and update_web_hosting_plan (the client's order)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServerFarmInput",
            namespace=NS_WA,
            root="ServerFarm",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("number_of_workers", "element", "NumberOfWorkers", NS_WA, scalar="int"),
                FieldSchema("sku", "element", "SKU", NS_WA),
                FieldSchema("worker_size", "element", "WorkerSize", NS_WA),
                FieldSchema("admin_site_name", "element", "AdminSiteName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    number_of_workers: int | None = None
    #: Free, Shared, Basic, Standard or Premium.
    sku: str | None = None
    #: Small, Medium or Large.
    worker_size: str | None = None
    admin_site_name: str | None = None


class ServerFarm(Model):
    """A web hosting plan (server farm), in the recorded wire order (most elements only in
    recorded responses)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServerFarm",
            namespace=NS_WA,
            root="ServerFarm",
            fields=(
                FieldSchema("admin_site_name", "element", "AdminSiteName", NS_WA),
                FieldSchema(
                    "current_number_of_workers",
                    "element",
                    "CurrentNumberOfWorkers",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema("current_worker_size", "element", "CurrentWorkerSize", NS_WA),
                FieldSchema(
                    "current_worker_size_id", "element", "CurrentWorkerSizeId", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "hosting_environment", "element", "HostingEnvironment", NS_WA, nillable=True
                ),
                FieldSchema(
                    "hosting_environment_id",
                    "element",
                    "HostingEnvironmentId",
                    NS_WA,
                    nillable=True,
                ),
                FieldSchema(
                    "hosting_environment_profile",
                    "element",
                    "HostingEnvironmentProfile",
                    NS_WA,
                    nillable=True,
                ),
                FieldSchema("last_modified_time_utc", "element", "LastModifiedTimeUtc", NS_WA),
                FieldSchema(
                    "maximum_number_of_workers",
                    "element",
                    "MaximumNumberOfWorkers",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("number_of_sites", "element", "NumberOfSites", NS_WA, scalar="int"),
                FieldSchema("number_of_workers", "element", "NumberOfWorkers", NS_WA, scalar="int"),
                FieldSchema("per_site_scaling", "element", "PerSiteScaling", NS_WA, scalar="bool"),
                FieldSchema("plan_name", "element", "PlanName", NS_WA),
                FieldSchema("reserved", "element", "Reserved", NS_WA, nillable=True),
                FieldSchema("sku", "element", "SKU", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("subscription", "element", "Subscription", NS_WA),
                FieldSchema("tags", "element", "Tags", NS_WA, nillable=True),
                FieldSchema("web_space", "element", "WebSpace", NS_WA),
                FieldSchema("worker_size", "element", "WorkerSize", NS_WA),
                FieldSchema("worker_size_id", "element", "WorkerSizeId", NS_WA, scalar="int"),
                FieldSchema("worker_tier_name", "element", "WorkerTierName", NS_WA, nillable=True),
            ),
        )
    )
    _: KW_ONLY
    admin_site_name: str | None = None
    current_number_of_workers: int | None = None
    current_worker_size: str | None = None
    current_worker_size_id: int | None = None
    hosting_environment: str | None = None
    hosting_environment_id: str | None = None
    hosting_environment_profile: str | None = None
    last_modified_time_utc: str | None = None
    maximum_number_of_workers: int | None = None
    name: str | None = None
    number_of_sites: int | None = None
    number_of_workers: int | None = None
    per_site_scaling: bool | None = None
    plan_name: str | None = None
    reserved: str | None = None
    sku: str | None = None
    status: str | None = None
    subscription: str | None = None
    tags: str | None = None
    web_space: str | None = None
    worker_size: str | None = None
    worker_size_id: int | None = None
    worker_tier_name: str | None = None


class ServerFarms(Model):
    """The response of list_web_hosting_plan; iterate it for ServerFarm items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServerFarms",
            namespace=NS_WA,
            root="ServerFarms",
            fields=(FieldSchema("server_farms", "flat", "ServerFarm", NS_WA, model="ServerFarm"),),
            items="server_farms",
        )
    )
    _: KW_ONLY
    server_farms: list[ServerFarm] | None = None

    def __iter__(self) -> Iterator[ServerFarm]:
        return iter(self.server_farms or ())

    def __len__(self) -> int:
        return len(self.server_farms or ())

    def __getitem__(self, index: int) -> ServerFarm:
        return (self.server_farms or [])[index]


class WebspacePublishingUser(Model):
    """The subscription's deployment (FTP/Git) credentials."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WebspacePublishingUser",
            namespace=NS_WA,
            root="User",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("publishing_password", "element", "PublishingPassword", NS_WA),
                FieldSchema("publishing_user_name", "element", "PublishingUserName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    publishing_password: str | None = None
    publishing_user_name: str | None = None


class WebspaceGeoRegions(Model):
    """The response of list_webspace_geo_regions; iterate it for WebspaceGeoRegion items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WebspaceGeoRegions",
            namespace=NS_WA,
            root="GeoRegions",
            fields=(
                FieldSchema("geo_regions", "flat", "GeoRegion", NS_WA, model="WebspaceGeoRegion"),
            ),
            items="geo_regions",
        )
    )
    _: KW_ONLY
    geo_regions: list[WebspaceGeoRegion] | None = None

    def __iter__(self) -> Iterator[WebspaceGeoRegion]:
        return iter(self.geo_regions or ())

    def __len__(self) -> int:
        return len(self.geo_regions or ())

    def __getitem__(self, index: int) -> WebspaceGeoRegion:
        return (self.geo_regions or [])[index]


class WebspaceGeoRegion(Model):
    """A region web spaces can be created in."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WebspaceGeoRegion",
            namespace=NS_WA,
            root=None,
            element="GeoRegion",
            fields=(
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("display_name", "element", "DisplayName", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema(
                    "sort_order", "element", "SortOrder", NS_WA, scalar="int", nillable=True
                ),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    #: Seen in recorded responses; the SDK clients do not read it.
    display_name: str | None = None
    name: str | None = None
    sort_order: int | None = None


class SiteUsages(Model):
    """The response of get_site_usage_metrics; iterate it for SiteUsage items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SiteUsages",
            namespace=NS_WA,
            root="Usages",
            fields=(FieldSchema("usages", "flat", "Usage", NS_WA, model="SiteUsage"),),
            items="usages",
        )
    )
    _: KW_ONLY
    usages: list[SiteUsage] | None = None

    def __iter__(self) -> Iterator[SiteUsage]:
        return iter(self.usages or ())

    def __len__(self) -> int:
        return len(self.usages or ())

    def __getitem__(self, index: int) -> SiteUsage:
        return (self.usages or [])[index]


class SiteUsage(Model):
    """A site's use of a quota (CPU time, memory, bandwidth, file system...)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SiteUsage",
            namespace=NS_WA,
            root=None,
            element="Usage",
            fields=(
                FieldSchema("compute_mode", "element", "ComputeMode", NS_WA),
                FieldSchema("current_value", "element", "CurrentValue", NS_WA),
                FieldSchema("display_name", "element", "DisplayName", NS_WA),
                FieldSchema("limit", "element", "Limit", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("next_reset_time", "element", "NextResetTime", NS_WA),
                FieldSchema("resource_name", "element", "ResourceName", NS_WA),
                FieldSchema("site_mode", "element", "SiteMode", NS_WA),
                FieldSchema("unit", "element", "Unit", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: Shared, Dedicated or Dynamic.
    compute_mode: str | None = None
    current_value: str | None = None
    display_name: str | None = None
    limit: str | None = None
    name: str | None = None
    next_reset_time: str | None = None
    resource_name: str | None = None
    #: Limited or Basic.
    site_mode: str | None = None
    unit: str | None = None


class SerializationStrings(Model):
    """A bare array-of-strings document."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SerializationStrings",
            namespace=NS_ARR,
            root="ArrayOfstring",
            fields=(FieldSchema("values", "flat", "string", NS_ARR),),
            items="values",
        )
    )
    _: KW_ONLY
    values: list[str] | None = None

    def __iter__(self) -> Iterator[str]:
        return iter(self.values or ())

    def __len__(self) -> int:
        return len(self.values or ())

    def __getitem__(self, index: int) -> str:
        return (self.values or [])[index]


class SerializationAnyUri(Model):
    """A bare URI document."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SerializationAnyUri",
            namespace=NS_SER,
            root="anyURI",
            fields=(FieldSchema("value", "text", "", NS_SER),),
        )
    )
    _: KW_ONLY
    value: str | None = None
