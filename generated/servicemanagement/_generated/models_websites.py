# Generated from spec/types/websites.yaml by `make generate`; do not edit.
"""Models of the websites area."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import KW_ONLY, dataclass
from typing import ClassVar

from servicemanagement._generated.namespaces import NS_ARR, NS_SER, NS_WA
from servicemanagement._model import Model
from servicemanagement._schema import FieldSchema, TypeSchema

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
]


@dataclass(slots=True)
class WebSpaces(Model):
    """The response of list_webspaces; iterate it for WebSpace items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="WebSpaces",
        namespace=NS_WA,
        root="WebSpaces",
        fields=(
            FieldSchema("web_space", "flat", "WebSpace", NS_WA, model="WebSpace", absent="new"),
        ),
        items="web_space",
    )
    _: KW_ONLY
    web_space: list[WebSpace] | None = None

    def __iter__(self) -> Iterator[WebSpace]:
        return iter(self.web_space or ())

    def __len__(self) -> int:
        return len(self.web_space or ())

    def __getitem__(self, index: int) -> WebSpace:
        return (self.web_space or [])[index]


@dataclass(slots=True)
class WebSpace(Model):
    """A web space (the region and plan that host web sites)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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


@dataclass(slots=True)
class Sites(Model):
    """The response of list_sites; iterate it for Site items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="Sites",
        namespace=NS_WA,
        root="Sites",
        fields=(FieldSchema("site", "flat", "Site", NS_WA, model="Site", absent="new"),),
        items="site",
    )
    _: KW_ONLY
    site: list[Site] | None = None

    def __iter__(self) -> Iterator[Site]:
        return iter(self.site or ())

    def __len__(self) -> int:
        return len(self.site or ())

    def __getitem__(self, index: int) -> Site:
        return (self.site or [])[index]


@dataclass(slots=True)
class Site(Model):
    """A web site."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
            FieldSchema("content_availability_state", "element", "ContentAvailabilityState", NS_WA),
            FieldSchema("csrs", "list", "Csrs", NS_WA, item="Csr", nillable=True),
            FieldSchema("deployment_id", "element", "DeploymentId", NS_WA),
            FieldSchema("enabled", "element", "Enabled", NS_WA, scalar="bool", absent=False),
            FieldSchema(
                "enabled_host_names",
                "list",
                "EnabledHostNames",
                NS_WA,
                item="string",
                item_namespace=NS_ARR,
            ),
            FieldSchema("gateway_site_name", "element", "GatewaySiteName", NS_WA, nillable=True),
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
                "hosting_environment", "element", "HostingEnvironment", NS_WA, nillable=True
            ),
            FieldSchema(
                "hosting_environment_id", "element", "HostingEnvironmentId", NS_WA, nillable=True
            ),
            FieldSchema("kind", "element", "Kind", NS_WA, nillable=True),
            FieldSchema(
                "last_modified_time_utc", "element", "LastModifiedTimeUtc", NS_WA, absent=""
            ),
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
            FieldSchema("repository_site_name", "element", "RepositorySiteName", NS_WA, absent=""),
            FieldSchema("runtime_availability_state", "element", "RuntimeAvailabilityState", NS_WA),
            FieldSchema("sku", "element", "SKU", NS_WA),
            FieldSchema(
                "ssl_certificates",
                "list",
                "SSLCertificates",
                NS_WA,
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
            FieldSchema("web_space", "element", "WebSpace", NS_WA, absent=""),
        ),
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
    content_availability_state: str | None = None
    csrs: list[str] | None = None
    deployment_id: str | None = None
    enabled: bool | None = None
    enabled_host_names: list[str] | None = None
    gateway_site_name: str | None = None
    host_name_ssl_states: HostNameSslStates | None = None
    host_names: list[str] | None = None
    hosting_environment: str | None = None
    hosting_environment_id: str | None = None
    kind: str | None = None
    last_modified_time_utc: str | None = None
    micro_service: str | None = None
    name: str | None = None
    outbound_ip_addresses: str | None = None
    owner: str | None = None
    premium_app_deployed: bool | None = None
    repository_site_name: str | None = None
    runtime_availability_state: str | None = None
    sku: str | None = None
    ssl_certificates: list[str] | None = None
    scm_site_also_stopped: bool | None = None
    self_link: str | None = None
    server_farm: str | None = None
    server_farm_id: str | None = None
    site_config: str | None = None
    site_mode: str | None = None
    site_properties: SiteProperties | None = None
    state: str | None = None
    storage_recovery_default_state: str | None = None
    target_swap_slot: str | None = None
    traffic_manager_host_names: list[str] | None = None
    usage_state: str | None = None
    web_space: str | None = None


@dataclass(slots=True)
class SiteInput(Model):
    """The body of create_site and update_site (absent values are left out)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    host_names: list[str] | None = None
    name: str | None = None
    compute_mode: str | None = None
    server_farm: str | None = None
    site_mode: str | None = None
    web_space_to_create: WebSpaceToCreate | None = None
    state: str | None = None


@dataclass(slots=True)
class WebSpaceToCreate(Model):
    """The web space create_site puts a new site in (created when missing)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    geo_region: str | None = None
    name: str | None = None
    plan: str | None = None


@dataclass(slots=True)
class SiteProperties(Model):
    """Application settings, metadata and properties of a site."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    app_settings: dict[str, str] | None = None
    metadata: dict[str, str] | None = None
    properties: dict[str, str] | None = None


@dataclass(slots=True)
class HostNameSslStates(Model):
    """The host names of a site and their SSL state; iterate it for HostNameSslState items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    host_name_ssl_state: list[HostNameSslState] | None = None

    def __iter__(self) -> Iterator[HostNameSslState]:
        return iter(self.host_name_ssl_state or ())

    def __len__(self) -> int:
        return len(self.host_name_ssl_state or ())

    def __getitem__(self, index: int) -> HostNameSslState:
        return (self.host_name_ssl_state or [])[index]


@dataclass(slots=True)
class HostNameSslState(Model):
    """A host name of a site and its SSL binding."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="HostNameSslState",
        namespace=NS_WA,
        root=None,
        element="HostNameSslState",
        fields=(
            FieldSchema("host_type", "element", "HostType", NS_WA),
            FieldSchema("ip_based_ssl_state", "element", "IPBasedSslState", NS_WA),
            FieldSchema("ip_based_ssl_result", "element", "IpBasedSslResult", NS_WA, nillable=True),
            FieldSchema("name", "element", "Name", NS_WA, absent=""),
            FieldSchema("ssl_state", "element", "SslState", NS_WA, absent=""),
            FieldSchema("thumbprint", "element", "Thumbprint", NS_WA, nillable=True),
            FieldSchema("to_update", "element", "ToUpdate", NS_WA, scalar="bool", nillable=True),
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


@dataclass(slots=True)
class MetricResponses(Model):
    """The response of get_historical_usage_metrics; iterate it for MetricResponse items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    metric_response: list[MetricResponse] | None = None

    def __iter__(self) -> Iterator[MetricResponse]:
        return iter(self.metric_response or ())

    def __len__(self) -> int:
        return len(self.metric_response or ())

    def __getitem__(self, index: int) -> MetricResponse:
        return (self.metric_response or [])[index]


@dataclass(slots=True)
class MetricResponse(Model):
    """The samples of one metric."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    code: str | None = None
    data: Data | None = None
    message: str | None = None


@dataclass(slots=True)
class Data(Model):
    """A metric's description and samples."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="Data",
        namespace=NS_WA,
        root=None,
        element="Data",
        fields=(
            FieldSchema("display_name", "element", "DisplayName", NS_WA, absent=""),
            FieldSchema("end_time", "element", "EndTime", NS_WA, absent=""),
            FieldSchema("name", "element", "Name", NS_WA, absent=""),
            FieldSchema(
                "primary_aggregation_type", "element", "PrimaryAggregationType", NS_WA, absent=""
            ),
            FieldSchema("start_time", "element", "StartTime", NS_WA, absent=""),
            FieldSchema("time_grain", "element", "TimeGrain", NS_WA, absent=""),
            FieldSchema("unit", "element", "Unit", NS_WA, absent=""),
            FieldSchema("values", "element", "Values", NS_WA, model="Values"),
        ),
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


@dataclass(slots=True)
class Values(Model):
    """Samples of a metric; iterate it for MetricSample items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="Values",
        namespace=NS_WA,
        root=None,
        element="Values",
        fields=(
            FieldSchema(
                "metric_sample", "flat", "MetricSample", NS_WA, model="MetricSample", absent="new"
            ),
        ),
        items="metric_sample",
    )
    _: KW_ONLY
    metric_sample: list[MetricSample] | None = None

    def __iter__(self) -> Iterator[MetricSample]:
        return iter(self.metric_sample or ())

    def __len__(self) -> int:
        return len(self.metric_sample or ())

    def __getitem__(self, index: int) -> MetricSample:
        return (self.metric_sample or [])[index]


@dataclass(slots=True)
class MetricSample(Model):
    """One sample of a metric."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="MetricSample",
        namespace=NS_WA,
        root=None,
        element="MetricSample",
        fields=(
            FieldSchema("count", "element", "Count", NS_WA, scalar="int", absent=0),
            FieldSchema("time_created", "element", "TimeCreated", NS_WA, absent=""),
            FieldSchema("total", "element", "Total", NS_WA, scalar="float", absent=0),
        ),
    )
    _: KW_ONLY
    count: int | None = None
    time_created: str | None = None
    total: float | None = None


@dataclass(slots=True)
class MetricDefinitions(Model):
    """The response of get_metric_definitions; iterate it for MetricDefinition items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    metric_definition: list[MetricDefinition] | None = None

    def __iter__(self) -> Iterator[MetricDefinition]:
        return iter(self.metric_definition or ())

    def __len__(self) -> int:
        return len(self.metric_definition or ())

    def __getitem__(self, index: int) -> MetricDefinition:
        return (self.metric_definition or [])[index]


@dataclass(slots=True)
class MetricDefinition(Model):
    """A metric a site reports."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
                "primary_aggregation_type", "element", "PrimaryAggregationType", NS_WA, absent=""
            ),
            FieldSchema("unit", "element", "Unit", NS_WA, absent=""),
        ),
    )
    _: KW_ONLY
    display_name: str | None = None
    metric_availabilities: MetricAvailabilities | None = None
    name: str | None = None
    primary_aggregation_type: str | None = None
    unit: str | None = None


@dataclass(slots=True)
class MetricAvailabilities(Model):
    """The time grains a metric is kept at; iterate it for MetricAvailability items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    metric_availability: list[MetricAvailability] | None = None

    def __iter__(self) -> Iterator[MetricAvailability]:
        return iter(self.metric_availability or ())

    def __len__(self) -> int:
        return len(self.metric_availability or ())

    def __getitem__(self, index: int) -> MetricAvailability:
        return (self.metric_availability or [])[index]


@dataclass(slots=True)
class MetricAvailability(Model):
    """A time grain and how long samples at it are kept."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="MetricAvailability",
        namespace=NS_WA,
        root=None,
        element="MetricAvailabilily",
        fields=(
            FieldSchema("retention", "element", "Retention", NS_WA, absent=""),
            FieldSchema("time_grain", "element", "TimeGrain", NS_WA, absent=""),
        ),
    )
    _: KW_ONLY
    retention: str | None = None
    time_grain: str | None = None


@dataclass(slots=True)
class PublishData(Model):
    """The publish profiles of a site (Web Deploy, FTP); iterate it for PublishProfile items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    publish_profiles: list[PublishProfile] | None = None

    def __iter__(self) -> Iterator[PublishProfile]:
        return iter(self.publish_profiles or ())

    def __len__(self) -> int:
        return len(self.publish_profiles or ())

    def __getitem__(self, index: int) -> PublishProfile:
        return (self.publish_profiles or [])[index]


@dataclass(slots=True)
class PublishProfile(Model):
    """How to publish to a site with one method; every value is an XML attribute."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
            FieldSchema("user_pwd", "attribute", "userPWD", ""),
            FieldSchema("destination_app_url", "attribute", "destinationAppUrl", ""),
            FieldSchema(
                "sql_server_db_connection_string", "attribute", "SQLServerDBConnectionString", ""
            ),
            FieldSchema("my_sqldb_connection_string", "attribute", "mySQLDBConnectionString", ""),
            FieldSchema("hosting_provider_forum_link", "attribute", "hostingProviderForumLink", ""),
            FieldSchema("control_panel_link", "attribute", "controlPanelLink", ""),
            FieldSchema("web_system", "attribute", "webSystem", ""),
            FieldSchema("databases", "list", "databases", "", model="PublishDatabase", item="add"),
        ),
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


@dataclass(slots=True)
class PublishDatabase(Model):
    """A database a publish profile can deploy to."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="PublishDatabase",
        namespace="",
        root=None,
        element="add",
        fields=(
            FieldSchema("name", "attribute", "name", ""),
            FieldSchema("connection_string", "attribute", "connectionString", ""),
            FieldSchema("provider_name", "attribute", "providerName", ""),
            FieldSchema("type", "attribute", "type", ""),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    connection_string: str | None = None
    provider_name: str | None = None
    type: str | None = None


@dataclass(slots=True)
class WebsiteError(Model):
    """The error document of the Websites API (an Error with extended fields)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    code: str | None = None
    message: str | None = None
    extended_code: str | None = None
    message_template: str | None = None
    parameters: list[str] | None = None
    inner_errors: str | None = None


@dataclass(slots=True)
class SerializationString(Model):
    """A bare string document (some errors are sent as one)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="SerializationString",
        namespace=NS_SER,
        root="string",
        fields=(FieldSchema("value", "text", "", NS_SER),),
    )
    _: KW_ONLY
    value: str | None = None


@dataclass(slots=True)
class SerializationBoolean(Model):
    """A bare boolean document."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="SerializationBoolean",
        namespace=NS_SER,
        root="boolean",
        fields=(FieldSchema("value", "text", "", NS_SER, scalar="bool"),),
    )
    _: KW_ONLY
    value: bool | None = None
