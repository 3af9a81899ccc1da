# Generated from spec/types/hdinsight.yaml by `make generate`; do not edit.
"""Models of the hdinsight area."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_HDI13, NS_HDI14
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime


__all__ = [
    "HDInsightClusterResponse",
    "HDInsightIaasClusterResponse",
    "HDInsightCluster",
    "HDInsightClusterRole",
    "HDInsightRemoteDesktopSettings",
    "HDInsightCredential",
    "HDInsightComponents",
    "HDInsightYarn",
    "HDInsightYarnApplications",
    "HDInsightYarnApplication",
    "HDInsightStorageContainer",
    "HDInsightGateway",
    "HDInsightOozie",
    "HDInsightHive",
    "HDInsightHdfs",
    "HDInsightHadoopCore",
    "HDInsightZookeeper",
    "HDInsightDashboard",
    "HDInsightIaasCluster",
    "HDInsightConnectivityEndpoint",
    "HDInsightEndpointCredentials",
    "HDInsightWebCredential",
]


class HDInsightClusterResponse(Model):
    """The answer of get_hdinsight_cluster, a cluster (Data) or an Error."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightClusterResponse",
            namespace=NS_HDI13,
            root="PassthroughResponse",
            fields=(
                FieldSchema("data", "element", "Data", NS_HDI13, model="HDInsightCluster"),
                FieldSchema("error", "element", "Error", NS_HDI13),
            ),
        )
    )
    _: KW_ONLY
    data: HDInsightCluster | None = None
    error: str | None = None


class HDInsightIaasClusterResponse(Model):
    """The answer of get_hdinsight_iaas_cluster, a cluster (Data) or an Error."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightIaasClusterResponse",
            namespace=NS_HDI13,
            root="PassthroughResponse",
            fields=(
                FieldSchema("data", "element", "Data", NS_HDI13, model="HDInsightIaasCluster"),
                FieldSchema("error", "element", "Error", NS_HDI13),
            ),
        )
    )
    _: KW_ONLY
    data: HDInsightIaasCluster | None = None
    error: str | None = None


class HDInsightCluster(Model):
    """A classic (PaaS) HDInsight cluster."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightCluster",
            namespace=NS_HDI14,
            root=None,
            element="Data",
            fields=(
                FieldSchema("dns_name", "element", "DnsName", NS_HDI14),
                FieldSchema("location", "element", "Location", NS_HDI14),
                FieldSchema("version", "element", "Version", NS_HDI14),
                FieldSchema(
                    "cluster_role_collection",
                    "list",
                    "ClusterRoleCollection",
                    NS_HDI14,
                    model="HDInsightClusterRole",
                    item="ClusterRole",
                ),
                FieldSchema(
                    "components", "element", "Components", NS_HDI14, model="HDInsightComponents"
                ),
                FieldSchema("created_time", "element", "CreatedTime", NS_HDI14, scalar="datetime"),
                FieldSchema(
                    "fully_qualified_dns_name", "element", "FullyQualifiedDnsName", NS_HDI14
                ),
                FieldSchema("state", "element", "State", NS_HDI14),
                FieldSchema("updated_time", "element", "UpdatedTime", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    dns_name: str | None = None
    location: str | None = None
    version: str | None = None
    cluster_role_collection: list[HDInsightClusterRole] | None = None
    components: HDInsightComponents | None = None
    created_time: datetime | None = None
    fully_qualified_dns_name: str | None = None
    state: str | None = None
    updated_time: str | None = None


class HDInsightClusterRole(Model):
    """A role (head node, worker node, ...) of a cluster."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightClusterRole",
            namespace=NS_HDI14,
            root=None,
            element="ClusterRole",
            fields=(
                FieldSchema("friendly_name", "element", "FriendlyName", NS_HDI14),
                FieldSchema("instance_count", "element", "InstanceCount", NS_HDI14, scalar="int"),
                FieldSchema(
                    "remote_desktop_settings",
                    "element",
                    "RemoteDesktopSettings",
                    NS_HDI14,
                    model="HDInsightRemoteDesktopSettings",
                ),
                FieldSchema("vm_size", "element", "VMSize", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    friendly_name: str | None = None
    instance_count: int | None = None
    remote_desktop_settings: HDInsightRemoteDesktopSettings | None = None
    vm_size: str | None = None


class HDInsightRemoteDesktopSettings(Model):
    """Remote desktop access to a role's nodes."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightRemoteDesktopSettings",
            namespace=NS_HDI14,
            root=None,
            element="RemoteDesktopSettings",
            fields=(
                FieldSchema(
                    "authentication_credential",
                    "element",
                    "AuthenticationCredential",
                    NS_HDI14,
                    model="HDInsightCredential",
                ),
                FieldSchema("is_enabled", "element", "IsEnabled", NS_HDI14, scalar="bool"),
                FieldSchema("remote_access_expiry", "element", "RemoteAccessExpiry", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    authentication_credential: HDInsightCredential | None = None
    is_enabled: bool | None = None
    remote_access_expiry: str | None = None


class HDInsightCredential(Model):
    """A user name and password."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightCredential",
            namespace=NS_HDI14,
            root=None,
            element="HDInsightCredential",
            fields=(
                FieldSchema("password", "element", "Password", NS_HDI14),
                FieldSchema("username", "element", "Username", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    password: str | None = None
    username: str | None = None


class HDInsightComponents(Model):
    """The Hadoop components of a cluster and their settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightComponents",
            namespace=NS_HDI14,
            root=None,
            element="Components",
            fields=(
                FieldSchema("yarn", "element", "Yarn", NS_HDI14, model="HDInsightYarn"),
                FieldSchema("gateway", "element", "Gateway", NS_HDI14, model="HDInsightGateway"),
                FieldSchema("oozie", "element", "Oozie", NS_HDI14, model="HDInsightOozie"),
                FieldSchema("hive", "element", "Hive", NS_HDI14, model="HDInsightHive"),
                FieldSchema("hdfs", "element", "Hdfs", NS_HDI14, model="HDInsightHdfs"),
                FieldSchema(
                    "hadoopcore", "element", "Hadoopcore", NS_HDI14, model="HDInsightHadoopCore"
                ),
                FieldSchema(
                    "zookeeper", "element", "Zookeeper", NS_HDI14, model="HDInsightZookeeper"
                ),
                FieldSchema(
                    "dashboard", "element", "Dashboard", NS_HDI14, model="HDInsightDashboard"
                ),
            ),
        )
    )
    _: KW_ONLY
    yarn: HDInsightYarn | None = None
    gateway: HDInsightGateway | None = None
    oozie: HDInsightOozie | None = None
    hive: HDInsightHive | None = None
    hdfs: HDInsightHdfs | None = None
    hadoopcore: HDInsightHadoopCore | None = None
    zookeeper: HDInsightZookeeper | None = None
    dashboard: HDInsightDashboard | None = None


class HDInsightYarn(Model):
    """YARN settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightYarn",
            namespace=NS_HDI14,
            root=None,
            element="Yarn",
            fields=(
                FieldSchema(
                    "applications",
                    "element",
                    "Applications",
                    NS_HDI14,
                    model="HDInsightYarnApplications",
                ),
                FieldSchema(
                    "capacity_scheduler_configuration",
                    "element",
                    "CapacitySchedulerConfiguration",
                    NS_HDI14,
                ),
                FieldSchema("configuration", "element", "Configuration", NS_HDI14),
                FieldSchema("node_manager_role", "element", "NodeManagerRole", NS_HDI14),
                FieldSchema("resource_manager_role", "element", "ResourceManagerRole", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    applications: HDInsightYarnApplications | None = None
    capacity_scheduler_configuration: str | None = None
    configuration: str | None = None
    node_manager_role: str | None = None
    resource_manager_role: str | None = None


class HDInsightYarnApplications(Model):
    """The YARN application (MapReduce) settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightYarnApplications",
            namespace=NS_HDI14,
            root=None,
            element="Applications",
            fields=(
                FieldSchema(
                    "yarn_application",
                    "element",
                    "YarnApplication",
                    NS_HDI14,
                    model="HDInsightYarnApplication",
                ),
            ),
        )
    )
    _: KW_ONLY
    yarn_application: HDInsightYarnApplication | None = None


class HDInsightYarnApplication(Model):
    """A YARN application's storage and configuration."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightYarnApplication",
            namespace=NS_HDI14,
            root=None,
            element="YarnApplication",
            fields=(
                FieldSchema(
                    "additional_storage_containers",
                    "element",
                    "AdditionalStorageContainers",
                    NS_HDI14,
                ),
                FieldSchema(
                    "capacity_scheduler_configuration",
                    "element",
                    "CapacitySchedulerConfiguration",
                    NS_HDI14,
                ),
                FieldSchema(
                    "default_storage_account_and_container",
                    "element",
                    "DefaultStorageAccountAndContainer",
                    NS_HDI14,
                    model="HDInsightStorageContainer",
                ),
                FieldSchema(
                    "map_red_site_xml_properties", "element", "MapRedSiteXmlProperties", NS_HDI14
                ),
            ),
        )
    )
    _: KW_ONLY
    additional_storage_containers: str | None = None
    capacity_scheduler_configuration: str | None = None
    default_storage_account_and_container: HDInsightStorageContainer | None = None
    map_red_site_xml_properties: str | None = None


class HDInsightStorageContainer(Model):
    """A blob container of a storage account, with the account key."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightStorageContainer",
            namespace=NS_HDI14,
            root=None,
            element="DefaultStorageAccountAndContainer",
            fields=(
                FieldSchema("account_dns_name", "element", "AccountDnsName", NS_HDI14),
                FieldSchema("blob_container_name", "element", "BlobContainerName", NS_HDI14),
                FieldSchema("key", "element", "Key", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    account_dns_name: str | None = None
    blob_container_name: str | None = None
    key: str | None = None


class HDInsightGateway(Model):
    """The cluster's HTTPS gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightGateway",
            namespace=NS_HDI14,
            root=None,
            element="Gateway",
            fields=(
                FieldSchema("is_enabled", "element", "IsEnabled", NS_HDI14, scalar="bool"),
                FieldSchema(
                    "rest_auth_credential",
                    "element",
                    "RestAuthCredential",
                    NS_HDI14,
                    model="HDInsightCredential",
                ),
                FieldSchema("rest_uri", "element", "RestUri", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    is_enabled: bool | None = None
    rest_auth_credential: HDInsightCredential | None = None
    rest_uri: str | None = None


class HDInsightOozie(Model):
    """Oozie settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightOozie",
            namespace=NS_HDI14,
            root=None,
            element="Oozie",
            fields=(
                FieldSchema("configuration", "element", "Configuration", NS_HDI14),
                FieldSchema("head_node_role", "element", "HeadNodeRole", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    configuration: str | None = None
    head_node_role: str | None = None


class HDInsightHive(Model):
    """Hive settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightHive",
            namespace=NS_HDI14,
            root=None,
            element="Hive",
            fields=(
                FieldSchema("head_node_role", "element", "HeadNodeRole", NS_HDI14),
                FieldSchema(
                    "hive_site_xml_properties", "element", "HiveSiteXmlProperties", NS_HDI14
                ),
            ),
        )
    )
    _: KW_ONLY
    head_node_role: str | None = None
    hive_site_xml_properties: str | None = None


class HDInsightHdfs(Model):
    """HDFS settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightHdfs",
            namespace=NS_HDI14,
            root=None,
            element="Hdfs",
            fields=(
                FieldSchema(
                    "hdfs_site_xml_properties", "element", "HdfsSiteXmlProperties", NS_HDI14
                ),
                FieldSchema("head_node_role", "element", "HeadNodeRole", NS_HDI14),
                FieldSchema("worker_node_role", "element", "WorkerNodeRole", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    hdfs_site_xml_properties: str | None = None
    head_node_role: str | None = None
    worker_node_role: str | None = None


class HDInsightHadoopCore(Model):
    """Hadoop core settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightHadoopCore",
            namespace=NS_HDI14,
            root=None,
            element="Hadoopcore",
            fields=(
                FieldSchema(
                    "core_site_xml_properties", "element", "CoreSiteXmlProperties", NS_HDI14
                ),
            ),
        )
    )
    _: KW_ONLY
    core_site_xml_properties: str | None = None


class HDInsightZookeeper(Model):
    """ZooKeeper settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightZookeeper",
            namespace=NS_HDI14,
            root=None,
            element="Zookeeper",
            fields=(FieldSchema("zookeeper_role", "element", "ZookeeperRole", NS_HDI14),),
        )
    )
    _: KW_ONLY
    zookeeper_role: str | None = None


class HDInsightDashboard(Model):
    """The cluster dashboard."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightDashboard",
            namespace=NS_HDI14,
            root=None,
            element="Dashboard",
            fields=(
                FieldSchema(
                    "authentication_credential",
                    "element",
                    "AuthenticationCredential",
                    NS_HDI14,
                    model="HDInsightCredential",
                ),
                FieldSchema("uri", "element", "Uri", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    authentication_credential: HDInsightCredential | None = None
    uri: str | None = None


class HDInsightIaasCluster(Model):
    """An HDInsight cluster on virtual machines (IaaS)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightIaasCluster",
            namespace=NS_HDI14,
            root=None,
            element="Data",
            fields=(
                FieldSchema("api_version", "element", "ApiVersion", NS_HDI14),
                FieldSchema(
                    "connectivity_endpoints",
                    "list",
                    "ConnectivityEndpoints",
                    NS_HDI14,
                    model="HDInsightConnectivityEndpoint",
                    item="ConnectivityEndpoint",
                ),
                FieldSchema("created_date", "element", "CreatedDate", NS_HDI14, scalar="datetime"),
                FieldSchema(
                    "deployment_documents",
                    "dict",
                    "DeploymentDocuments",
                    NS_HDI14,
                    item="KeyValueOfstringstring",
                    key="Key",
                    value="Value",
                ),
                FieldSchema("hdi_version", "element", "HdiVersion", NS_HDI14),
                FieldSchema("id", "element", "Id", NS_HDI14),
                FieldSchema("location", "element", "Location", NS_HDI14),
                FieldSchema("state", "element", "State", NS_HDI14),
                FieldSchema("tenant_id", "element", "TenantId", NS_HDI14, scalar="int"),
                FieldSchema("user_subscription_id", "element", "UserSubscriptionId", NS_HDI14),
                FieldSchema(
                    "user_tags",
                    "dict",
                    "UserTags",
                    NS_HDI14,
                    item="KeyValueOfstringstring",
                    key="Key",
                    value="Value",
                ),
            ),
        )
    )
    _: KW_ONLY
    api_version: str | None = None
    connectivity_endpoints: list[HDInsightConnectivityEndpoint] | None = None
    created_date: datetime | None = None
    deployment_documents: dict[str, str] | None = None
    hdi_version: str | None = None
    id: str | None = None
    location: str | None = None
    state: str | None = None
    tenant_id: int | None = None
    user_subscription_id: str | None = None
    user_tags: dict[str, str] | None = None


class HDInsightConnectivityEndpoint(Model):
    """How to reach a service of an IaaS cluster."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightConnectivityEndpoint",
            namespace=NS_HDI14,
            root=None,
            element="ConnectivityEndpoint",
            fields=(
                FieldSchema("location", "element", "Location", NS_HDI14),
                FieldSchema("name", "element", "Name", NS_HDI14),
                FieldSchema("port", "element", "Port", NS_HDI14, scalar="int"),
                FieldSchema("protocol", "element", "Protocol", NS_HDI14),
                FieldSchema(
                    "credentials",
                    "element",
                    "Credentials",
                    NS_HDI14,
                    model="HDInsightEndpointCredentials",
                ),
            ),
        )
    )
    _: KW_ONLY
    location: str | None = None
    name: str | None = None
    port: int | None = None
    protocol: str | None = None
    credentials: HDInsightEndpointCredentials | None = None


class HDInsightEndpointCredentials(Model):
    """The credentials of a connectivity endpoint."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightEndpointCredentials",
            namespace=NS_HDI14,
            root=None,
            element="Credentials",
            fields=(
                FieldSchema(
                    "web_connectivity_credential",
                    "element",
                    "WebConnectivityCredential",
                    NS_HDI14,
                    model="HDInsightWebCredential",
                ),
            ),
        )
    )
    _: KW_ONLY
    web_connectivity_credential: HDInsightWebCredential | None = None


class HDInsightWebCredential(Model):
    """A web (HTTP) credential of a connectivity endpoint."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="HDInsightWebCredential",
            namespace=NS_HDI14,
            root=None,
            element="WebConnectivityCredential",
            fields=(
                FieldSchema("type", "element", "Type", NS_HDI14),
                FieldSchema("password", "element", "Password", NS_HDI14),
                FieldSchema("username", "element", "Username", NS_HDI14),
            ),
        )
    )
    _: KW_ONLY
    type: str | None = None
    password: str | None = None
    username: str | None = None
