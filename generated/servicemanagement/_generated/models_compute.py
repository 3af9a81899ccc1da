# Generated from spec/types/compute.yaml by `make generate`; do not edit.
"""Models of the compute area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_I, NS_WA
from servicemanagement._model import Model, field, new_model, schema_on_first_use
from servicemanagement._schema import Discriminator, FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime

    from servicemanagement._generated.models_certificates import Certificates

__all__ = [
    "Deployments",
    "Deployment",
    "RoleInstanceList",
    "RoleInstance",
    "GuestAgentStatus",
    "GuestAgentMessage",
    "GuestAgentFormattedMessage",
    "ResourceExtensionStatusList",
    "ResourceExtensionStatus",
    "ExtensionSettingStatus",
    "ExtensionSubStatus",
    "RoleInstanceNetworkInterfaces",
    "RoleInstanceNetworkInterface",
    "RoleInstanceIPConfiguration",
    "MaintenanceStatus",
    "ExtensionConfiguration",
    "DeploymentExtension",
    "NamedRoleExtensions",
    "InstanceEndpoints",
    "InstanceEndpoint",
    "UpgradeStatus",
    "InputEndpoints",
    "InputEndpoint",
    "PersistentVMDowntimeInfo",
    "VirtualIPs",
    "VirtualIP",
    "Dns",
    "DnsServers",
    "DnsServer",
    "LoadBalancers",
    "LoadBalancer",
    "FrontendIpConfiguration",
    "RoleList",
    "Role",
    "VMImageInput",
    "VMImageInputOSDisk",
    "VMImageInputDataDisk",
    "DebugSettings",
    "PersistentVMRole",
    "ConfigurationSets",
    "ConfigurationSet",
    "ConfigurationSetNetworkInterfaces",
    "ConfigurationSetNetworkInterface",
    "ConfigurationSetIPConfiguration",
    "ConfigurationSetInputEndpoints",
    "ConfigurationSetInputEndpoint",
    "EndpointAcl",
    "EndpointAclRule",
    "LoadBalancerProbe",
    "PublicIPs",
    "PublicIP",
    "LinuxConfigurationSet",
    "SSH",
    "PublicKeys",
    "PublicKey",
    "KeyPairs",
    "KeyPair",
    "WindowsConfigurationSet",
    "DomainJoin",
    "Credentials",
    "StoredCertificateSettings",
    "CertificateSetting",
    "WinRM",
    "Listeners",
    "Listener",
    "AdditionalUnattendContent",
    "Passes",
    "UnattendPass",
    "Components",
    "UnattendComponent",
    "ComponentSettings",
    "ComponentSetting",
    "ResourceExtensionReferences",
    "ResourceExtensionReference",
    "ResourceExtensionParameterValues",
    "ResourceExtensionParameterValue",
    "DataVirtualHardDisks",
    "DataVirtualHardDisk",
    "OSVirtualHardDisk",
    "VirtualMachineDeployment",
    "CreateDeployment",
    "Swap",
    "ChangeConfiguration",
    "UpdateDeploymentStatus",
    "UpgradeDeployment",
    "WalkUpgradeDomain",
    "RollbackUpdateOrUpgrade",
    "DeploymentEventCollection",
    "RebootEvent",
    "LoadBalancedEndpointList",
    "LoadBalancedEndpoint",
    "RedeployRoleOperation",
    "PerformMaintenanceOnRoleOperation",
    "RoleInstances",
    "CaptureRoleOperation",
    "StartRoleOperation",
    "RestartRoleOperation",
    "ShutdownRoleOperation",
    "StartRolesOperation",
    "ShutdownRolesOperation",
    "Disks",
    "Disk",
    "AttachedTo",
]


class Deployments(Model):
    """The deployments of a cloud service; iterate it for Deployment items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Deployments",
            namespace=NS_WA,
            root=None,
            element="Deployments",
            fields=(
                FieldSchema(
                    "deployments",
                    "flat",
                    "Deployment",
                    NS_WA,
                    model="Deployment",
                    init=True,
                    absent="new",
                ),
            ),
            items="deployments",
        )
    )
    _: KW_ONLY
    deployments: list[Deployment] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[Deployment]:
        return iter(self.deployments or ())

    def __len__(self) -> int:
        return len(self.deployments or ())

    def __getitem__(self, index: int) -> Deployment:
        return (self.deployments or [])[index]


class Deployment(Model):
    """A deployment of a cloud service, with its roles and role instances."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Deployment",
            namespace=NS_WA,
            root="Deployment",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("deployment_slot", "element", "DeploymentSlot", NS_WA, absent=""),
                FieldSchema("private_id", "element", "PrivateID", NS_WA, absent=""),
                FieldSchema("status", "element", "Status", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("url", "element", "Url", NS_WA, absent=""),
                FieldSchema("configuration", "element", "Configuration", NS_WA, scalar="base64"),
                FieldSchema(
                    "role_instance_list",
                    "element",
                    "RoleInstanceList",
                    NS_WA,
                    model="RoleInstanceList",
                ),
                FieldSchema(
                    "upgrade_status", "element", "UpgradeStatus", NS_WA, model="UpgradeStatus"
                ),
                FieldSchema(
                    "upgrade_domain_count", "element", "UpgradeDomainCount", NS_WA, absent=""
                ),
                FieldSchema("role_list", "element", "RoleList", NS_WA, model="RoleList"),
                FieldSchema("sdk_version", "element", "SdkVersion", NS_WA, absent=""),
                FieldSchema(
                    "input_endpoint_list",
                    "element",
                    "InputEndpointList",
                    NS_WA,
                    model="InputEndpoints",
                ),
                FieldSchema("locked", "element", "Locked", NS_WA, scalar="bool", absent=False),
                FieldSchema(
                    "rollback_allowed",
                    "element",
                    "RollbackAllowed",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "virtual_network_name", "element", "VirtualNetworkName", NS_WA, absent=""
                ),
                FieldSchema("created_time", "element", "CreatedTime", NS_WA, absent=""),
                FieldSchema("last_modified_time", "element", "LastModifiedTime", NS_WA, absent=""),
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
                FieldSchema(
                    "persistent_vm_downtime_info",
                    "element",
                    "PersistentVMDowntime",
                    NS_WA,
                    model="PersistentVMDowntimeInfo",
                ),
                FieldSchema(
                    "extension_configuration",
                    "element",
                    "ExtensionConfiguration",
                    NS_WA,
                    model="ExtensionConfiguration",
                ),
                FieldSchema("virtual_ips", "element", "VirtualIPs", NS_WA, model="VirtualIPs"),
                FieldSchema("dns", "element", "Dns", NS_WA, model="Dns"),
                FieldSchema("reserved_ip_name", "element", "ReservedIPName", NS_WA),
                FieldSchema("internal_dns_suffix", "element", "InternalDnsSuffix", NS_WA),
                FieldSchema(
                    "load_balancers", "element", "LoadBalancers", NS_WA, model="LoadBalancers"
                ),
                FieldSchema("virtual_network_id", "element", "VirtualNetworkId", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    deployment_slot: str | None = None
    private_id: str | None = None
    status: str | None = None
    label: str | None = None
    url: str | None = None
    #: The service configuration (XML text).
    configuration: str | None = None
    role_instance_list: RoleInstanceList | None = None
    upgrade_status: UpgradeStatus | None = None
    upgrade_domain_count: str | None = None
    role_list: RoleList | None = None
    sdk_version: str | None = None
    input_endpoint_list: InputEndpoints | None = None
    locked: bool | None = None
    rollback_allowed: bool | None = None
    virtual_network_name: str | None = None
    created_time: str | None = None
    last_modified_time: str | None = None
    extended_properties: dict[str, str] | None = None
    persistent_vm_downtime_info: PersistentVMDowntimeInfo | None = None
    extension_configuration: ExtensionConfiguration | None = None
    virtual_ips: VirtualIPs | None = None
    dns: Dns | None = None
    reserved_ip_name: str | None = None
    internal_dns_suffix: str | None = None
    load_balancers: LoadBalancers | None = None
    virtual_network_id: str | None = None


class RoleInstanceList(Model):
    """The role instances of a deployment; iterate it for RoleInstance items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleInstanceList",
            namespace=NS_WA,
            root=None,
            element="RoleInstanceList",
            fields=(
                FieldSchema(
                    "role_instances",
                    "flat",
                    "RoleInstance",
                    NS_WA,
                    model="RoleInstance",
                    init=True,
                    absent="new",
                ),
            ),
            items="role_instances",
        )
    )
    _: KW_ONLY
    role_instances: list[RoleInstance] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[RoleInstance]:
        return iter(self.role_instances or ())

    def __len__(self) -> int:
        return len(self.role_instances or ())

    def __getitem__(self, index: int) -> RoleInstance:
        return (self.role_instances or [])[index]


class RoleInstance(Model):
    """A running instance of a role (for a virtual machine, the machine itself)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleInstance",
            namespace=NS_WA,
            root=None,
            element="RoleInstance",
            fields=(
                FieldSchema("role_name", "element", "RoleName", NS_WA, absent=""),
                FieldSchema("instance_name", "element", "InstanceName", NS_WA, absent=""),
                FieldSchema("instance_status", "element", "InstanceStatus", NS_WA, absent=""),
                FieldSchema(
                    "instance_upgrade_domain",
                    "element",
                    "InstanceUpgradeDomain",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "instance_fault_domain",
                    "element",
                    "InstanceFaultDomain",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema("instance_size", "element", "InstanceSize", NS_WA, absent=""),
                FieldSchema(
                    "instance_state_details", "element", "InstanceStateDetails", NS_WA, absent=""
                ),
                FieldSchema(
                    "instance_error_code", "element", "InstanceErrorCode", NS_WA, absent=""
                ),
                FieldSchema("ip_address", "element", "IpAddress", NS_WA, absent=""),
                FieldSchema(
                    "instance_endpoints",
                    "element",
                    "InstanceEndpoints",
                    NS_WA,
                    model="InstanceEndpoints",
                ),
                FieldSchema("power_state", "element", "PowerState", NS_WA, absent=""),
                FieldSchema("host_name", "element", "HostName", NS_WA, absent=""),
                FieldSchema(
                    "remote_access_certificate_thumbprint",
                    "element",
                    "RemoteAccessCertificateThumbprint",
                    NS_WA,
                ),
                FieldSchema(
                    "guest_agent_status",
                    "element",
                    "GuestAgentStatus",
                    NS_WA,
                    model="GuestAgentStatus",
                ),
                FieldSchema(
                    "resource_extension_status_list",
                    "element",
                    "ResourceExtensionStatusList",
                    NS_WA,
                    model="ResourceExtensionStatusList",
                ),
                FieldSchema("public_ips", "element", "PublicIPs", NS_WA, model="PublicIPs"),
                FieldSchema(
                    "network_interfaces",
                    "element",
                    "NetworkInterfaces",
                    NS_WA,
                    model="RoleInstanceNetworkInterfaces",
                ),
                FieldSchema(
                    "maintenance_status",
                    "element",
                    "MaintenanceStatus",
                    NS_WA,
                    model="MaintenanceStatus",
                ),
                FieldSchema("fqdn", "element", "FQDN", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    role_name: str | None = None
    instance_name: str | None = None
    instance_status: str | None = None
    instance_upgrade_domain: int | None = None
    instance_fault_domain: int | None = None
    instance_size: str | None = None
    instance_state_details: str | None = None
    instance_error_code: str | None = None
    ip_address: str | None = None
    instance_endpoints: InstanceEndpoints | None = None
    power_state: str | None = None
    host_name: str | None = None
    remote_access_certificate_thumbprint: str | None = None
    guest_agent_status: GuestAgentStatus | None = None
    resource_extension_status_list: ResourceExtensionStatusList | None = None
    public_ips: PublicIPs | None = None
    network_interfaces: RoleInstanceNetworkInterfaces | None = None
    maintenance_status: MaintenanceStatus | None = None
    fqdn: str | None = None


class GuestAgentStatus(Model):
    """The state of the guest agent of a role instance."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GuestAgentStatus",
            namespace=NS_WA,
            root=None,
            element="GuestAgentStatus",
            fields=(
                FieldSchema("protocol_version", "element", "ProtocolVersion", NS_WA),
                FieldSchema("timestamp", "element", "Timestamp", NS_WA),
                FieldSchema("guest_agent_version", "element", "GuestAgentVersion", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("code", "element", "Code", NS_WA, scalar="int"),
                FieldSchema("message", "element", "Message", NS_WA, model="GuestAgentMessage"),
                FieldSchema(
                    "formatted_message",
                    "element",
                    "FormattedMessage",
                    NS_WA,
                    model="GuestAgentFormattedMessage",
                ),
            ),
        )
    )
    _: KW_ONLY
    protocol_version: str | None = None
    timestamp: str | None = None
    guest_agent_version: str | None = None
    status: str | None = None
    code: int | None = None
    message: GuestAgentMessage | None = None
    formatted_message: GuestAgentFormattedMessage | None = None


class GuestAgentMessage(Model):
    """A localisable status message (resource id and parameters)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GuestAgentMessage",
            namespace=NS_WA,
            root=None,
            element="Message",
            fields=(
                FieldSchema("message_resource_id", "element", "MessageResourceId", NS_WA),
                FieldSchema("param_list", "list", "ParamList", NS_WA, item="Param"),
            ),
        )
    )
    _: KW_ONLY
    message_resource_id: str | None = None
    param_list: list[str] | None = None


class GuestAgentFormattedMessage(Model):
    """A status message in one language."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GuestAgentFormattedMessage",
            namespace=NS_WA,
            root=None,
            element="FormattedMessage",
            fields=(
                FieldSchema("language", "element", "Language", NS_WA),
                FieldSchema("message", "element", "Message", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    language: str | None = None
    message: str | None = None


class ResourceExtensionStatusList(Model):
    """The status of the extensions of a role instance; iterate it for the statuses."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceExtensionStatusList",
            namespace=NS_WA,
            root=None,
            element="ResourceExtensionStatusList",
            fields=(
                FieldSchema(
                    "resource_extension_statuses",
                    "flat",
                    "ResourceExtensionStatus",
                    NS_WA,
                    model="ResourceExtensionStatus",
                    init=True,
                ),
            ),
            items="resource_extension_statuses",
        )
    )
    _: KW_ONLY
    resource_extension_statuses: list[ResourceExtensionStatus] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[ResourceExtensionStatus]:
        return iter(self.resource_extension_statuses or ())

    def __len__(self) -> int:
        return len(self.resource_extension_statuses or ())

    def __getitem__(self, index: int) -> ResourceExtensionStatus:
        return (self.resource_extension_statuses or [])[index]


class ResourceExtensionStatus(Model):
    """The status of one extension handler on a role instance."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceExtensionStatus",
            namespace=NS_WA,
            root=None,
            element="ResourceExtensionStatus",
            fields=(
                FieldSchema("handler_name", "element", "HandlerName", NS_WA),
                FieldSchema("version", "element", "Version", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("code", "element", "Code", NS_WA, scalar="int"),
                FieldSchema("message", "element", "Message", NS_WA, model="GuestAgentMessage"),
                FieldSchema(
                    "formatted_message",
                    "element",
                    "FormattedMessage",
                    NS_WA,
                    model="GuestAgentFormattedMessage",
                ),
                FieldSchema(
                    "extension_setting_status",
                    "element",
                    "ExtensionSettingStatus",
                    NS_WA,
                    model="ExtensionSettingStatus",
                ),
            ),
        )
    )
    _: KW_ONLY
    handler_name: str | None = None
    version: str | None = None
    status: str | None = None
    code: int | None = None
    message: GuestAgentMessage | None = None
    formatted_message: GuestAgentFormattedMessage | None = None
    extension_setting_status: ExtensionSettingStatus | None = None


class ExtensionSettingStatus(Model):
    """The status an extension reports for its configuration."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionSettingStatus",
            namespace=NS_WA,
            root=None,
            element="ExtensionSettingStatus",
            fields=(
                FieldSchema("timestamp", "element", "Timestamp", NS_WA),
                FieldSchema(
                    "configuration_applied_time", "element", "ConfigurationAppliedTime", NS_WA
                ),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("operation", "element", "Operation", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("code", "element", "Code", NS_WA, scalar="int"),
                FieldSchema("message", "element", "Message", NS_WA, model="GuestAgentMessage"),
                FieldSchema(
                    "formatted_message",
                    "element",
                    "FormattedMessage",
                    NS_WA,
                    model="GuestAgentFormattedMessage",
                ),
                FieldSchema(
                    "sub_status_list",
                    "list",
                    "SubStatusList",
                    NS_WA,
                    model="ExtensionSubStatus",
                    item="SubStatus",
                ),
            ),
        )
    )
    _: KW_ONLY
    timestamp: str | None = None
    configuration_applied_time: str | None = None
    name: str | None = None
    operation: str | None = None
    status: str | None = None
    code: int | None = None
    message: GuestAgentMessage | None = None
    formatted_message: GuestAgentFormattedMessage | None = None
    sub_status_list: list[ExtensionSubStatus] | None = None


class ExtensionSubStatus(Model):
    """A sub-status an extension reports."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionSubStatus",
            namespace=NS_WA,
            root=None,
            element="SubStatus",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("code", "element", "Code", NS_WA, scalar="int"),
                FieldSchema("message", "element", "Message", NS_WA, model="GuestAgentMessage"),
                FieldSchema(
                    "formatted_message",
                    "element",
                    "FormattedMessage",
                    NS_WA,
                    model="GuestAgentFormattedMessage",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    status: str | None = None
    code: int | None = None
    message: GuestAgentMessage | None = None
    formatted_message: GuestAgentFormattedMessage | None = None


class RoleInstanceNetworkInterfaces(Model):
    """The network interfaces of a role instance; iterate it for the interfaces."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleInstanceNetworkInterfaces",
            namespace=NS_WA,
            root=None,
            element="NetworkInterfaces",
            fields=(
                FieldSchema(
                    "network_interfaces",
                    "flat",
                    "NetworkInterface",
                    NS_WA,
                    model="RoleInstanceNetworkInterface",
                    init=True,
                ),
            ),
            items="network_interfaces",
        )
    )
    _: KW_ONLY
    network_interfaces: list[RoleInstanceNetworkInterface] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[RoleInstanceNetworkInterface]:
        return iter(self.network_interfaces or ())

    def __len__(self) -> int:
        return len(self.network_interfaces or ())

    def __getitem__(self, index: int) -> RoleInstanceNetworkInterface:
        return (self.network_interfaces or [])[index]


class RoleInstanceNetworkInterface(Model):
    """A network interface of a role instance, as provisioned."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleInstanceNetworkInterface",
            namespace=NS_WA,
            root=None,
            element="NetworkInterface",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("mac_address", "element", "MacAddress", NS_WA),
                FieldSchema(
                    "ip_configurations",
                    "list",
                    "IPConfigurations",
                    NS_WA,
                    model="RoleInstanceIPConfiguration",
                    item="IPConfiguration",
                ),
                FieldSchema("ip_forwarding", "element", "IPForwarding", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    mac_address: str | None = None
    ip_configurations: list[RoleInstanceIPConfiguration] | None = None
    ip_forwarding: str | None = None


class RoleInstanceIPConfiguration(Model):
    """An IP configuration of a role instance's network interface."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleInstanceIPConfiguration",
            namespace=NS_WA,
            root=None,
            element="IPConfiguration",
            fields=(
                FieldSchema("subnet_name", "element", "SubnetName", NS_WA),
                FieldSchema("address", "element", "Address", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    subnet_name: str | None = None
    address: str | None = None


class MaintenanceStatus(Model):
    """Planned maintenance of a role instance."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MaintenanceStatus",
            namespace=NS_WA,
            root=None,
            element="MaintenanceStatus",
            fields=(
                FieldSchema(
                    "is_customer_initiated_maintenance_allowed",
                    "element",
                    "IsCustomerInitiatedMaintenanceAllowed",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema(
                    "pre_maintenance_window_start_time",
                    "element",
                    "PreMaintenanceWindowStartTime",
                    NS_WA,
                ),
                FieldSchema(
                    "pre_maintenance_window_end_time",
                    "element",
                    "PreMaintenanceWindowEndTime",
                    NS_WA,
                ),
                FieldSchema(
                    "maintenance_window_start_time", "element", "MaintenanceWindowStartTime", NS_WA
                ),
                FieldSchema(
                    "maintenance_window_end_time", "element", "MaintenanceWindowEndTime", NS_WA
                ),
                FieldSchema(
                    "last_operation_result_code", "element", "LastOperationResultCode", NS_WA
                ),
                FieldSchema("last_operation_message", "element", "LastOperationMessage", NS_WA),
                FieldSchema(
                    "last_operation_result_string", "element", "LastOperationResultString", NS_WA
                ),
            ),
        )
    )
    _: KW_ONLY
    is_customer_initiated_maintenance_allowed: bool | None = None
    pre_maintenance_window_start_time: str | None = None
    pre_maintenance_window_end_time: str | None = None
    maintenance_window_start_time: str | None = None
    maintenance_window_end_time: str | None = None
    last_operation_result_code: str | None = None
    last_operation_message: str | None = None
    last_operation_result_string: str | None = None


class ExtensionConfiguration(Model):
    """The extensions enabled on a deployment, for all roles and for named roles."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExtensionConfiguration",
            namespace=NS_WA,
            root=None,
            element="ExtensionConfiguration",
            fields=(
                FieldSchema(
                    "all_roles",
                    "list",
                    "AllRoles",
                    NS_WA,
                    model="DeploymentExtension",
                    item="Extension",
                ),
                FieldSchema(
                    "named_roles",
                    "list",
                    "NamedRoles",
                    NS_WA,
                    model="NamedRoleExtensions",
                    item="Role",
                ),
            ),
        )
    )
    _: KW_ONLY
    all_roles: list[DeploymentExtension] | None = None
    named_roles: list[NamedRoleExtensions] | None = None


class DeploymentExtension(Model):
    """An extension (by id) and its state on a deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DeploymentExtension",
            namespace=NS_WA,
            root=None,
            element="Extension",
            fields=(
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    id: str | None = None
    state: str | None = None


class NamedRoleExtensions(Model):
    """The extensions enabled on one role of a deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NamedRoleExtensions",
            namespace=NS_WA,
            root=None,
            element="Role",
            fields=(
                FieldSchema("role_name", "element", "RoleName", NS_WA),
                FieldSchema(
                    "extensions",
                    "list",
                    "Extensions",
                    NS_WA,
                    model="DeploymentExtension",
                    item="Extension",
                ),
            ),
        )
    )
    _: KW_ONLY
    role_name: str | None = None
    extensions: list[DeploymentExtension] | None = None


class InstanceEndpoints(Model):
    """The endpoints of a role instance; iterate it for InstanceEndpoint items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="InstanceEndpoints",
            namespace=NS_WA,
            root=None,
            element="InstanceEndpoints",
            fields=(
                FieldSchema(
                    "instance_endpoints",
                    "flat",
                    "InstanceEndpoint",
                    NS_WA,
                    model="InstanceEndpoint",
                    init=True,
                    absent="new",
                ),
            ),
            items="instance_endpoints",
        )
    )
    _: KW_ONLY
    instance_endpoints: list[InstanceEndpoint] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[InstanceEndpoint]:
        return iter(self.instance_endpoints or ())

    def __len__(self) -> int:
        return len(self.instance_endpoints or ())

    def __getitem__(self, index: int) -> InstanceEndpoint:
        return (self.instance_endpoints or [])[index]


class InstanceEndpoint(Model):
    """A public port of the deployment mapped to a port of a role instance."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="InstanceEndpoint",
            namespace=NS_WA,
            root=None,
            element="InstanceEndpoint",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("vip", "element", "Vip", NS_WA, absent=""),
                FieldSchema("public_port", "element", "PublicPort", NS_WA, absent=""),
                FieldSchema("local_port", "element", "LocalPort", NS_WA, absent=""),
                FieldSchema("protocol", "element", "Protocol", NS_WA, absent=""),
                FieldSchema(
                    "idle_timeout_in_minutes",
                    "element",
                    "IdleTimeoutInMinutes",
                    NS_WA,
                    scalar="int",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    vip: str | None = None
    public_port: str | None = None
    local_port: str | None = None
    protocol: str | None = None
    idle_timeout_in_minutes: int | None = None


class UpgradeStatus(Model):
    """Progress of an in-place upgrade."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpgradeStatus",
            namespace=NS_WA,
            root=None,
            element="UpgradeStatus",
            fields=(
                FieldSchema("upgrade_type", "element", "UpgradeType", NS_WA, absent=""),
                FieldSchema(
                    "current_upgrade_domain_state",
                    "element",
                    "CurrentUpgradeDomainState",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "current_upgrade_domain", "element", "CurrentUpgradeDomain", NS_WA, absent=""
                ),
            ),
        )
    )
    _: KW_ONLY
    upgrade_type: str | None = None
    current_upgrade_domain_state: str | None = None
    current_upgrade_domain: str | None = None


class InputEndpoints(Model):
    """The load-balanced endpoints of a deployment; iterate it for InputEndpoint items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="InputEndpoints",
            namespace=NS_WA,
            root=None,
            element="InputEndpointList",
            fields=(
                FieldSchema(
                    "input_endpoints",
                    "flat",
                    "InputEndpoint",
                    NS_WA,
                    model="InputEndpoint",
                    init=True,
                    absent="new",
                ),
            ),
            items="input_endpoints",
        )
    )
    _: KW_ONLY
    input_endpoints: list[InputEndpoint] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[InputEndpoint]:
        return iter(self.input_endpoints or ())

    def __len__(self) -> int:
        return len(self.input_endpoints or ())

    def __getitem__(self, index: int) -> InputEndpoint:
        return (self.input_endpoints or [])[index]


class InputEndpoint(Model):
    """A load-balanced endpoint of a deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="InputEndpoint",
            namespace=NS_WA,
            root=None,
            element="InputEndpoint",
            fields=(
                FieldSchema("role_name", "element", "RoleName", NS_WA, absent=""),
                FieldSchema("vip", "element", "Vip", NS_WA, absent=""),
                FieldSchema("port", "element", "Port", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    role_name: str | None = None
    vip: str | None = None
    port: str | None = None


class PersistentVMDowntimeInfo(Model):
    """Planned maintenance of the virtual machines of a deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PersistentVMDowntimeInfo",
            namespace=NS_WA,
            root=None,
            element="PersistentVMDowntime",
            fields=(
                FieldSchema("start_time", "element", "StartTime", NS_WA, absent=""),
                FieldSchema("end_time", "element", "EndTime", NS_WA, absent=""),
                FieldSchema("status", "element", "Status", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    start_time: str | None = None
    end_time: str | None = None
    status: str | None = None


class VirtualIPs(Model):
    """The virtual IP addresses of a deployment; iterate it for VirtualIP items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualIPs",
            namespace=NS_WA,
            root=None,
            element="VirtualIPs",
            fields=(
                FieldSchema(
                    "virtual_ips",
                    "flat",
                    "VirtualIP",
                    NS_WA,
                    model="VirtualIP",
                    init=True,
                    absent="new",
                ),
            ),
            items="virtual_ips",
        )
    )
    _: KW_ONLY
    virtual_ips: list[VirtualIP] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[VirtualIP]:
        return iter(self.virtual_ips or ())

    def __len__(self) -> int:
        return len(self.virtual_ips or ())

    def __getitem__(self, index: int) -> VirtualIP:
        return (self.virtual_ips or [])[index]


class VirtualIP(Model):
    """A virtual IP address of a deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualIP",
            namespace=NS_WA,
            root=None,
            element="VirtualIP",
            fields=(
                FieldSchema("address", "element", "Address", NS_WA, absent=""),
                FieldSchema(
                    "is_dns_programmed", "element", "IsDnsProgrammed", NS_WA, scalar="bool"
                ),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema(
                    "is_reserved", "element", "IsReserved", NS_WA, scalar="bool", absent=False
                ),
                FieldSchema("reserved_ip_name", "element", "ReservedIPName", NS_WA, absent=""),
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    address: str | None = None
    is_dns_programmed: bool | None = None
    name: str | None = None
    is_reserved: bool | None = None
    reserved_ip_name: str | None = None
    type: str | None = None


class Dns(Model):
    """The DNS servers of a deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Dns",
            namespace=NS_WA,
            root=None,
            element="Dns",
            fields=(
                FieldSchema(
                    "dns_servers",
                    "element",
                    "DnsServers",
                    NS_WA,
                    model="DnsServers",
                    omit_empty=True,
                ),
            ),
        )
    )
    _: KW_ONLY
    dns_servers: DnsServers | None = None


class DnsServers(Model):
    """A list of DNS servers; iterate it for DnsServer items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DnsServers",
            namespace=NS_WA,
            root=None,
            element="DnsServers",
            fields=(
                FieldSchema(
                    "dns_servers", "flat", "DnsServer", NS_WA, model="DnsServer", init=True
                ),
            ),
            items="dns_servers",
        )
    )
    _: KW_ONLY
    dns_servers: list[DnsServer] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[DnsServer]:
        return iter(self.dns_servers or ())

    def __len__(self) -> int:
        return len(self.dns_servers or ())

    def __getitem__(self, index: int) -> DnsServer:
        return (self.dns_servers or [])[index]


class DnsServer(Model):
    """A DNS server of a deployment or virtual network (the body of add_/update_dns_server)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DnsServer",
            namespace=NS_WA,
            root="DnsServer",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("address", "element", "Address", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    address: str | None = None


class LoadBalancers(Model):
    """The internal load balancers of a deployment; iterate it for LoadBalancer items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LoadBalancers",
            namespace=NS_WA,
            root=None,
            element="LoadBalancers",
            fields=(
                FieldSchema(
                    "load_balancers", "flat", "LoadBalancer", NS_WA, model="LoadBalancer", init=True
                ),
            ),
            items="load_balancers",
        )
    )
    _: KW_ONLY
    load_balancers: list[LoadBalancer] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[LoadBalancer]:
        return iter(self.load_balancers or ())

    def __len__(self) -> int:
        return len(self.load_balancers or ())

    def __getitem__(self, index: int) -> LoadBalancer:
        return (self.load_balancers or [])[index]


class LoadBalancer(Model):
    """An internal load balancer (a private virtual IP address)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LoadBalancer",
            namespace=NS_WA,
            root="LoadBalancer",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema(
                    "frontend_ip_configuration",
                    "element",
                    "FrontendIpConfiguration",
                    NS_WA,
                    model="FrontendIpConfiguration",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    frontend_ip_configuration: FrontendIpConfiguration | None = None


class FrontendIpConfiguration(Model):
    """Where the private virtual IP address of a load balancer lives."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="FrontendIpConfiguration",
            namespace=NS_WA,
            root=None,
            element="FrontendIpConfiguration",
            fields=(
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("subnet_name", "element", "SubnetName", NS_WA),
                FieldSchema(
                    "static_virtual_network_ip_address",
                    "element",
                    "StaticVirtualNetworkIPAddress",
                    NS_WA,
                ),
            ),
        )
    )
    _: KW_ONLY
    type: str | None = None
    subnet_name: str | None = None
    static_virtual_network_ip_address: str | None = None


class RoleList(Model):
    """The roles of a deployment; iterate it for Role items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleList",
            namespace=NS_WA,
            root=None,
            element="RoleList",
            fields=(
                FieldSchema("roles", "flat", "Role", NS_WA, model="Role", init=True, absent="new"),
            ),
            items="roles",
        )
    )
    _: KW_ONLY
    roles: list[Role] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[Role]:
        return iter(self.roles or ())

    def __len__(self) -> int:
        return len(self.roles or ())

    def __getitem__(self, index: int) -> Role:
        return (self.roles or [])[index]


class Role(Model):
    """A role of a deployment (for virtual machines, one machine's definition)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Role",
            namespace=NS_WA,
            root=None,
            element="Role",
            fields=(
                FieldSchema("xsi_type", "attribute", "type", NS_I),
                FieldSchema("role_name", "element", "RoleName", NS_WA, absent=""),
                FieldSchema("os_version", "element", "OsVersion", NS_WA, absent=""),
                FieldSchema("role_type", "element", "RoleType", NS_WA, absent=""),
                FieldSchema(
                    "configuration_sets",
                    "element",
                    "ConfigurationSets",
                    NS_WA,
                    model="ConfigurationSets",
                    omit_empty=True,
                ),
                FieldSchema(
                    "resource_extension_references",
                    "element",
                    "ResourceExtensionReferences",
                    NS_WA,
                    model="ResourceExtensionReferences",
                    omit_empty=True,
                ),
                FieldSchema("vm_image_name", "element", "VMImageName", NS_WA),
                FieldSchema("media_location", "element", "MediaLocation", NS_WA),
                FieldSchema(
                    "availability_set_name", "element", "AvailabilitySetName", NS_WA, absent=""
                ),
                FieldSchema(
                    "data_virtual_hard_disks",
                    "element",
                    "DataVirtualHardDisks",
                    NS_WA,
                    model="DataVirtualHardDisks",
                ),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema(
                    "os_virtual_hard_disk",
                    "element",
                    "OSVirtualHardDisk",
                    NS_WA,
                    model="OSVirtualHardDisk",
                ),
                FieldSchema("role_size", "element", "RoleSize", NS_WA, absent=""),
                FieldSchema(
                    "default_win_rm_certificate_thumbprint",
                    "element",
                    "DefaultWinRmCertificateThumbprint",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "provision_guest_agent", "element", "ProvisionGuestAgent", NS_WA, scalar="bool"
                ),
                FieldSchema(
                    "vm_image_input",
                    "element",
                    "VMImageInput",
                    NS_WA,
                    model="VMImageInput",
                    omit_empty=True,
                ),
                FieldSchema(
                    "debug_settings",
                    "element",
                    "DebugSettings",
                    NS_WA,
                    model="DebugSettings",
                    omit_empty=True,
                ),
                FieldSchema("license_type", "element", "LicenseType", NS_WA),
                FieldSchema("migration_state", "element", "MigrationState", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: The schema type the service names (i:type), kept so documents round-trip.
    xsi_type: str | None = None
    role_name: str | None = None
    os_version: str | None = None
    role_type: str | None = None
    configuration_sets: ConfigurationSets | None = None
    resource_extension_references: ResourceExtensionReferences | None = None
    vm_image_name: str | None = None
    media_location: str | None = None
    availability_set_name: str | None = None
    data_virtual_hard_disks: DataVirtualHardDisks | None = None
    label: str | None = None
    os_virtual_hard_disk: OSVirtualHardDisk | None = None
    role_size: str | None = None
    default_win_rm_certificate_thumbprint: str | None = None
    provision_guest_agent: bool | None = None
    vm_image_input: VMImageInput | None = None
    debug_settings: DebugSettings | None = None
    license_type: str | None = None
    migration_state: str | None = None


class VMImageInput(Model):
    """Disk sizes to apply when a virtual machine is created from a VM image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VMImageInput",
            namespace=NS_WA,
            root=None,
            element="VMImageInput",
            fields=(
                FieldSchema(
                    "os_disk_configuration",
                    "element",
                    "OSDiskConfiguration",
                    NS_WA,
                    model="VMImageInputOSDisk",
                    omit_empty=True,
                ),
                FieldSchema(
                    "data_disk_configurations",
                    "list",
                    "DataDiskConfigurations",
                    NS_WA,
                    model="VMImageInputDataDisk",
                    item="DataDiskConfiguration",
                    omit_empty=True,
                ),
            ),
        )
    )
    _: KW_ONLY
    os_disk_configuration: VMImageInputOSDisk | None = None
    data_disk_configurations: list[VMImageInputDataDisk] | None = None


class VMImageInputOSDisk(Model):
    """The size to give the operating system disk of a VM image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VMImageInputOSDisk",
            namespace=NS_WA,
            root=None,
            element="OSDiskConfiguration",
            fields=(
                FieldSchema(
                    "resized_size_in_gb", "element", "ResizedSizeInGB", NS_WA, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    resized_size_in_gb: int | None = None


class VMImageInputDataDisk(Model):
    """The size to give one data disk of a VM image."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VMImageInputDataDisk",
            namespace=NS_WA,
            root=None,
            element="DataDiskConfiguration",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema(
                    "resized_size_in_gb", "element", "ResizedSizeInGB", NS_WA, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    resized_size_in_gb: int | None = None


class DebugSettings(Model):
    """Boot diagnostics of a virtual machine."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DebugSettings",
            namespace=NS_WA,
            root=None,
            element="DebugSettings",
            fields=(
                FieldSchema(
                    "boot_diagnostics_enabled",
                    "element",
                    "BootDiagnosticsEnabled",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema(
                    "console_screenshot_blob_uri", "element", "ConsoleScreenshotBlobUri", NS_WA
                ),
                FieldSchema("serial_output_blob_uri", "element", "SerialOutputBlobUri", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    boot_diagnostics_enabled: bool | None = None
    console_screenshot_blob_uri: str | None = None
    serial_output_blob_uri: str | None = None


class PersistentVMRole(Model):
    """A virtual machine role (get_role; the body of add_role and update_role)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PersistentVMRole",
            namespace=NS_WA,
            root="PersistentVMRole",
            fields=(
                FieldSchema("xsi_type", "attribute", "type", NS_I),
                FieldSchema("role_name", "element", "RoleName", NS_WA, absent=""),
                FieldSchema("os_version", "element", "OsVersion", NS_WA, absent=""),
                FieldSchema("role_type", "element", "RoleType", NS_WA, absent=""),
                FieldSchema(
                    "configuration_sets",
                    "element",
                    "ConfigurationSets",
                    NS_WA,
                    model="ConfigurationSets",
                    omit_empty=True,
                ),
                FieldSchema(
                    "resource_extension_references",
                    "element",
                    "ResourceExtensionReferences",
                    NS_WA,
                    model="ResourceExtensionReferences",
                    omit_empty=True,
                ),
                FieldSchema("vm_image_name", "element", "VMImageName", NS_WA),
                FieldSchema("media_location", "element", "MediaLocation", NS_WA),
                FieldSchema(
                    "availability_set_name", "element", "AvailabilitySetName", NS_WA, absent=""
                ),
                FieldSchema(
                    "data_virtual_hard_disks",
                    "element",
                    "DataVirtualHardDisks",
                    NS_WA,
                    model="DataVirtualHardDisks",
                ),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema(
                    "os_virtual_hard_disk",
                    "element",
                    "OSVirtualHardDisk",
                    NS_WA,
                    model="OSVirtualHardDisk",
                ),
                FieldSchema("role_size", "element", "RoleSize", NS_WA, absent=""),
                FieldSchema(
                    "default_win_rm_certificate_thumbprint",
                    "element",
                    "DefaultWinRmCertificateThumbprint",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "provision_guest_agent", "element", "ProvisionGuestAgent", NS_WA, scalar="bool"
                ),
                FieldSchema(
                    "vm_image_input",
                    "element",
                    "VMImageInput",
                    NS_WA,
                    model="VMImageInput",
                    omit_empty=True,
                ),
                FieldSchema(
                    "debug_settings",
                    "element",
                    "DebugSettings",
                    NS_WA,
                    model="DebugSettings",
                    omit_empty=True,
                ),
                FieldSchema("license_type", "element", "LicenseType", NS_WA),
                FieldSchema("migration_state", "element", "MigrationState", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: The schema type the service names (i:type), kept so documents round-trip.
    xsi_type: str | None = None
    role_name: str | None = None
    os_version: str | None = None
    role_type: str | None = None
    configuration_sets: ConfigurationSets | None = None
    resource_extension_references: ResourceExtensionReferences | None = None
    vm_image_name: str | None = None
    media_location: str | None = None
    availability_set_name: str | None = None
    data_virtual_hard_disks: DataVirtualHardDisks | None = None
    label: str | None = None
    os_virtual_hard_disk: OSVirtualHardDisk | None = None
    role_size: str | None = None
    default_win_rm_certificate_thumbprint: str | None = None
    provision_guest_agent: bool | None = None
    vm_image_input: VMImageInput | None = None
    debug_settings: DebugSettings | None = None
    license_type: str | None = None
    migration_state: str | None = None


class ConfigurationSets(Model):
    """The configuration sets of a role; iterate it for ConfigurationSet items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ConfigurationSets",
            namespace=NS_WA,
            root=None,
            element="ConfigurationSets",
            fields=(
                FieldSchema(
                    "configuration_sets",
                    "flat",
                    "ConfigurationSet",
                    NS_WA,
                    model="ConfigurationSet",
                    init=True,
                    absent="new",
                ),
            ),
            items="configuration_sets",
        )
    )
    _: KW_ONLY
    configuration_sets: (
        list[ConfigurationSet | LinuxConfigurationSet | WindowsConfigurationSet] | None
    ) = field(default_factory=list)

    def __iter__(
        self,
    ) -> Iterator[ConfigurationSet | LinuxConfigurationSet | WindowsConfigurationSet]:
        return iter(self.configuration_sets or ())

    def __len__(self) -> int:
        return len(self.configuration_sets or ())

    def __getitem__(
        self, index: int
    ) -> ConfigurationSet | LinuxConfigurationSet | WindowsConfigurationSet:
        return (self.configuration_sets or [])[index]


class ConfigurationSet(Model):
    """A network configuration set (endpoints, subnets, public IPs)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ConfigurationSet",
            namespace=NS_WA,
            root=None,
            element="ConfigurationSet",
            fields=(
                FieldSchema("xsi_type", "attribute", "type", NS_I),
                FieldSchema("configuration_set_type", "element", "ConfigurationSetType", NS_WA),
                FieldSchema("role_type", "element", "RoleType", NS_WA, read_only=True, absent=""),
                FieldSchema(
                    "input_endpoints",
                    "element",
                    "InputEndpoints",
                    NS_WA,
                    model="ConfigurationSetInputEndpoints",
                    init=True,
                ),
                FieldSchema(
                    "subnet_names", "list", "SubnetNames", NS_WA, item="SubnetName", init=True
                ),
                FieldSchema(
                    "static_virtual_network_ip_address",
                    "element",
                    "StaticVirtualNetworkIPAddress",
                    NS_WA,
                ),
                FieldSchema(
                    "public_ips",
                    "element",
                    "PublicIPs",
                    NS_WA,
                    model="PublicIPs",
                    omit_empty=True,
                    init=True,
                ),
                FieldSchema(
                    "network_interfaces",
                    "element",
                    "NetworkInterfaces",
                    NS_WA,
                    model="ConfigurationSetNetworkInterfaces",
                    omit_empty=True,
                ),
                FieldSchema("network_security_group", "element", "NetworkSecurityGroup", NS_WA),
                FieldSchema("ip_forwarding", "element", "IPForwarding", NS_WA),
            ),
            discriminator=Discriminator(
                "ConfigurationSetType",
                (
                    ("LinuxProvisioningConfiguration", "LinuxConfigurationSet"),
                    ("NetworkConfiguration", "ConfigurationSet"),
                    ("WindowsProvisioningConfiguration", "WindowsConfigurationSet"),
                ),
            ),
        )
    )
    _: KW_ONLY
    xsi_type: str | None = None
    configuration_set_type: str = "NetworkConfiguration"
    #: Legacy attribute; Azure defines no such element.
    role_type: str | None = None
    input_endpoints: ConfigurationSetInputEndpoints | None = field(
        default_factory=new_model("ConfigurationSetInputEndpoints")
    )
    subnet_names: list[str] | None = field(default_factory=list)
    static_virtual_network_ip_address: str | None = None
    public_ips: PublicIPs | None = field(default_factory=new_model("PublicIPs"))
    network_interfaces: ConfigurationSetNetworkInterfaces | None = None
    network_security_group: str | None = None
    ip_forwarding: str | None = None


class ConfigurationSetNetworkInterfaces(Model):
    """Additional network interfaces of a virtual machine; iterate it for the interfaces."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ConfigurationSetNetworkInterfaces",
            namespace=NS_WA,
            root=None,
            element="NetworkInterfaces",
            fields=(
                FieldSchema(
                    "network_interfaces",
                    "flat",
                    "NetworkInterface",
                    NS_WA,
                    model="ConfigurationSetNetworkInterface",
                    init=True,
                ),
            ),
            items="network_interfaces",
        )
    )
    _: KW_ONLY
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[ConfigurationSetNetworkInterface]:
        return iter(self.network_interfaces or ())

    def __len__(self) -> int:
        return len(self.network_interfaces or ())

    def __getitem__(self, index: int) -> ConfigurationSetNetworkInterface:
        return (self.network_interfaces or [])[index]


class ConfigurationSetNetworkInterface(Model):
    """An additional network interface of a virtual machine."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ConfigurationSetNetworkInterface",
            namespace=NS_WA,
            root=None,
            element="NetworkInterface",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema(
                    "ip_configurations",
                    "list",
                    "IPConfigurations",
                    NS_WA,
                    model="ConfigurationSetIPConfiguration",
                    item="IPConfiguration",
                ),
                FieldSchema("network_security_group", "element", "NetworkSecurityGroup", NS_WA),
                FieldSchema("ip_forwarding", "element", "IPForwarding", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    ip_configurations: list[ConfigurationSetIPConfiguration] | None = None
    network_security_group: str | None = None
    ip_forwarding: str | None = None


class ConfigurationSetIPConfiguration(Model):
    """The subnet (and optional static address) of a network interface."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ConfigurationSetIPConfiguration",
            namespace=NS_WA,
            root=None,
            element="IPConfiguration",
            fields=(
                FieldSchema("subnet_name", "element", "SubnetName", NS_WA),
                FieldSchema(
                    "static_virtual_network_ip_address",
                    "element",
                    "StaticVirtualNetworkIPAddress",
                    NS_WA,
                ),
            ),
        )
    )
    _: KW_ONLY
    subnet_name: str | None = None
    static_virtual_network_ip_address: str | None = None


class ConfigurationSetInputEndpoints(Model):
    """The input endpoints of a network configuration set; iterate it for the endpoints."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ConfigurationSetInputEndpoints",
            namespace=NS_WA,
            root=None,
            element="InputEndpoints",
            fields=(
                FieldSchema(
                    "input_endpoints",
                    "flat",
                    "InputEndpoint",
                    NS_WA,
                    model="ConfigurationSetInputEndpoint",
                    init=True,
                    absent="new",
                ),
            ),
            items="input_endpoints",
        )
    )
    _: KW_ONLY
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[ConfigurationSetInputEndpoint]:
        return iter(self.input_endpoints or ())

    def __len__(self) -> int:
        return len(self.input_endpoints or ())

    def __getitem__(self, index: int) -> ConfigurationSetInputEndpoint:
        return (self.input_endpoints or [])[index]


class ConfigurationSetInputEndpoint(Model):
    """An external port of the deployment forwarded to a port of the virtual machine."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ConfigurationSetInputEndpoint",
            namespace=NS_WA,
            root=None,
            element="InputEndpoint",
            fields=(
                FieldSchema(
                    "load_balanced_endpoint_set_name",
                    "element",
                    "LoadBalancedEndpointSetName",
                    NS_WA,
                    init=True,
                    absent="",
                ),
                FieldSchema("local_port", "element", "LocalPort", NS_WA, init=True, absent=""),
                FieldSchema("name", "element", "Name", NS_WA, init=True, absent=""),
                FieldSchema("port", "element", "Port", NS_WA, init=True, absent=""),
                FieldSchema(
                    "load_balancer_probe",
                    "element",
                    "LoadBalancerProbe",
                    NS_WA,
                    model="LoadBalancerProbe",
                    omit_empty=True,
                    init=True,
                ),
                FieldSchema("protocol", "element", "Protocol", NS_WA, init=True, absent=""),
                FieldSchema("vip", "element", "Vip", NS_WA),
                FieldSchema(
                    "enable_direct_server_return",
                    "element",
                    "EnableDirectServerReturn",
                    NS_WA,
                    scalar="bool",
                    init=True,
                    absent=False,
                ),
                FieldSchema("load_balancer_name", "element", "LoadBalancerName", NS_WA),
                FieldSchema(
                    "endpoint_acl",
                    "element",
                    "EndpointAcl",
                    NS_WA,
                    model="EndpointAcl",
                    omit_empty=True,
                ),
                FieldSchema(
                    "idle_timeout_in_minutes",
                    "element",
                    "IdleTimeoutInMinutes",
                    NS_WA,
                    scalar="int",
                    init=True,
                    absent=4,
                ),
                FieldSchema(
                    "load_balancer_distribution", "element", "LoadBalancerDistribution", NS_WA
                ),
                FieldSchema("virtual_ip_name", "element", "VirtualIPName", NS_WA),
            ),
        )
    )
    name: str | None = ""
    protocol: str | None = ""
    port: str | None = ""
    local_port: str | None = ""
    load_balanced_endpoint_set_name: str | None = ""
    enable_direct_server_return: bool | None = False
    idle_timeout_in_minutes: int | None = 4
    _: KW_ONLY
    load_balancer_probe: LoadBalancerProbe | None = field(
        default_factory=new_model("LoadBalancerProbe")
    )
    vip: str | None = None
    load_balancer_name: str | None = None
    endpoint_acl: EndpointAcl | None = None
    load_balancer_distribution: str | None = None
    virtual_ip_name: str | None = None


class EndpointAcl(Model):
    """The access control list of an endpoint; rules are applied in their order."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="EndpointAcl",
            namespace=NS_WA,
            root=None,
            element="EndpointAcl",
            fields=(
                FieldSchema("rules", "list", "Rules", NS_WA, model="EndpointAclRule", item="Rule"),
            ),
        )
    )
    _: KW_ONLY
    rules: list[EndpointAclRule] | None = None


class EndpointAclRule(Model):
    """A permit or deny rule for a remote subnet."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="EndpointAclRule",
            namespace=NS_WA,
            root=None,
            element="Rule",
            fields=(
                FieldSchema("order", "element", "Order", NS_WA, scalar="int"),
                FieldSchema("action", "element", "Action", NS_WA),
                FieldSchema("remote_subnet", "element", "RemoteSubnet", NS_WA),
                FieldSchema("description", "element", "Description", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    order: int | None = None
    action: str | None = None
    remote_subnet: str | None = None
    description: str | None = None


class LoadBalancerProbe(Model):
    """How the load balancer checks that an endpoint is alive."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LoadBalancerProbe",
            namespace=NS_WA,
            root=None,
            element="LoadBalancerProbe",
            fields=(
                FieldSchema("path", "element", "Path", NS_WA, absent=""),
                FieldSchema("port", "element", "Port", NS_WA, absent=""),
                FieldSchema("protocol", "element", "Protocol", NS_WA, absent=""),
                FieldSchema(
                    "interval_in_seconds", "element", "IntervalInSeconds", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "timeout_in_seconds", "element", "TimeoutInSeconds", NS_WA, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    path: str | None = None
    port: str | None = None
    protocol: str | None = None
    interval_in_seconds: int | None = None
    timeout_in_seconds: int | None = None


class PublicIPs(Model):
    """Instance-level public IP addresses; iterate it for PublicIP items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PublicIPs",
            namespace=NS_WA,
            root=None,
            element="PublicIPs",
            fields=(
                FieldSchema(
                    "public_ips",
                    "flat",
                    "PublicIP",
                    NS_WA,
                    model="PublicIP",
                    init=True,
                    absent="new",
                ),
            ),
            items="public_ips",
        )
    )
    _: KW_ONLY
    public_ips: list[PublicIP] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[PublicIP]:
        return iter(self.public_ips or ())

    def __len__(self) -> int:
        return len(self.public_ips or ())

    def __getitem__(self, index: int) -> PublicIP:
        return (self.public_ips or [])[index]


class PublicIP(Model):
    """An instance-level public IP address of a virtual machine."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PublicIP",
            namespace=NS_WA,
            root=None,
            element="PublicIP",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, init=True, absent=""),
                FieldSchema("address", "element", "Address", NS_WA),
                FieldSchema(
                    "idle_timeout_in_minutes",
                    "element",
                    "IdleTimeoutInMinutes",
                    NS_WA,
                    scalar="int",
                    init=True,
                    absent=4,
                ),
                FieldSchema("domain_name_label", "element", "DomainNameLabel", NS_WA),
                FieldSchema("fqdns", "list", "Fqdns", NS_WA, item="Fqdn"),
            ),
        )
    )
    name: str | None = ""
    _: KW_ONLY
    address: str | None = None
    idle_timeout_in_minutes: int | None = 4
    domain_name_label: str | None = None
    fqdns: list[str] | None = None


class LinuxConfigurationSet(Model):
    """How to provision a Linux virtual machine (host name, user, SSH keys)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LinuxConfigurationSet",
            namespace=NS_WA,
            root=None,
            element="LinuxConfigurationSet",
            fields=(
                FieldSchema("xsi_type", "attribute", "type", NS_I),
                FieldSchema("configuration_set_type", "element", "ConfigurationSetType", NS_WA),
                FieldSchema("host_name", "element", "HostName", NS_WA),
                FieldSchema("user_name", "element", "UserName", NS_WA),
                FieldSchema("user_password", "element", "UserPassword", NS_WA, secret=True),
                FieldSchema(
                    "disable_ssh_password_authentication",
                    "element",
                    "DisableSshPasswordAuthentication",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema("ssh", "element", "SSH", NS_WA, model="SSH", init=True),
                FieldSchema("custom_data", "element", "CustomData", NS_WA, scalar="base64"),
            ),
        )
    )
    host_name: str | None = None
    user_name: str | None = None
    user_password: str | None = None
    disable_ssh_password_authentication: bool | None = None
    custom_data: str | None = None
    _: KW_ONLY
    xsi_type: str | None = None
    configuration_set_type: str = "LinuxProvisioningConfiguration"
    ssh: SSH | None = field(default_factory=new_model("SSH"))

    def __repr__(self) -> str:
        return self._masked_repr()


class SSH(Model):
    """The SSH public keys and key pairs to install on a Linux virtual machine."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SSH",
            namespace=NS_WA,
            root=None,
            element="SSH",
            fields=(
                FieldSchema(
                    "public_keys", "element", "PublicKeys", NS_WA, model="PublicKeys", init=True
                ),
                FieldSchema("key_pairs", "element", "KeyPairs", NS_WA, model="KeyPairs", init=True),
            ),
        )
    )
    _: KW_ONLY
    public_keys: PublicKeys | None = field(default_factory=new_model("PublicKeys"))
    key_pairs: KeyPairs | None = field(default_factory=new_model("KeyPairs"))


class PublicKeys(Model):
    """SSH public keys; iterate it for PublicKey items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PublicKeys",
            namespace=NS_WA,
            root=None,
            element="PublicKeys",
            fields=(
                FieldSchema(
                    "public_keys",
                    "flat",
                    "PublicKey",
                    NS_WA,
                    model="PublicKey",
                    init=True,
                    absent="new",
                ),
            ),
            items="public_keys",
        )
    )
    _: KW_ONLY
    public_keys: list[PublicKey] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[PublicKey]:
        return iter(self.public_keys or ())

    def __len__(self) -> int:
        return len(self.public_keys or ())

    def __getitem__(self, index: int) -> PublicKey:
        return (self.public_keys or [])[index]


class PublicKey(Model):
    """An SSH public key (a service certificate's thumbprint) and where to install it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PublicKey",
            namespace=NS_WA,
            root=None,
            element="PublicKey",
            fields=(
                FieldSchema("fingerprint", "element", "Fingerprint", NS_WA, init=True, absent=""),
                FieldSchema("path", "element", "Path", NS_WA, init=True, absent=""),
            ),
        )
    )
    fingerprint: str | None = ""
    path: str | None = ""


class KeyPairs(Model):
    """SSH key pairs; iterate it for KeyPair items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="KeyPairs",
            namespace=NS_WA,
            root=None,
            element="KeyPairs",
            fields=(
                FieldSchema(
                    "key_pairs", "flat", "KeyPair", NS_WA, model="KeyPair", init=True, absent="new"
                ),
            ),
            items="key_pairs",
        )
    )
    _: KW_ONLY
    key_pairs: list[KeyPair] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[KeyPair]:
        return iter(self.key_pairs or ())

    def __len__(self) -> int:
        return len(self.key_pairs or ())

    def __getitem__(self, index: int) -> KeyPair:
        return (self.key_pairs or [])[index]


class KeyPair(Model):
    """An SSH key pair (a service certificate's thumbprint) and where to install it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="KeyPair",
            namespace=NS_WA,
            root=None,
            element="KeyPair",
            fields=(
                FieldSchema("fingerprint", "element", "Fingerprint", NS_WA, init=True, absent=""),
                FieldSchema("path", "element", "Path", NS_WA, init=True, absent=""),
            ),
        )
    )
    fingerprint: str | None = ""
    path: str | None = ""


class WindowsConfigurationSet(Model):
    """How to provision a Windows virtual machine (computer name, administrator, WinRM)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WindowsConfigurationSet",
            namespace=NS_WA,
            root=None,
            element="WindowsConfigurationSet",
            fields=(
                FieldSchema("xsi_type", "attribute", "type", NS_I),
                FieldSchema("configuration_set_type", "element", "ConfigurationSetType", NS_WA),
                FieldSchema("computer_name", "element", "ComputerName", NS_WA),
                FieldSchema("admin_password", "element", "AdminPassword", NS_WA, secret=True),
                FieldSchema(
                    "reset_password_on_first_logon",
                    "element",
                    "ResetPasswordOnFirstLogon",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema(
                    "enable_automatic_updates",
                    "element",
                    "EnableAutomaticUpdates",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema("time_zone", "element", "TimeZone", NS_WA),
                FieldSchema(
                    "domain_join",
                    "element",
                    "DomainJoin",
                    NS_WA,
                    model="DomainJoin",
                    omit_empty=True,
                    init=True,
                ),
                FieldSchema(
                    "stored_certificate_settings",
                    "element",
                    "StoredCertificateSettings",
                    NS_WA,
                    model="StoredCertificateSettings",
                    init=True,
                ),
                FieldSchema("win_rm", "element", "WinRM", NS_WA, model="WinRM", init=True),
                FieldSchema("admin_username", "element", "AdminUsername", NS_WA),
                FieldSchema("custom_data", "element", "CustomData", NS_WA, scalar="base64"),
                FieldSchema(
                    "additional_unattend_content",
                    "element",
                    "AdditionalUnattendContent",
                    NS_WA,
                    model="AdditionalUnattendContent",
                    omit_empty=True,
                    init=True,
                ),
            ),
        )
    )
    computer_name: str | None = None
    admin_password: str | None = None
    reset_password_on_first_logon: bool | None = None
    enable_automatic_updates: bool | None = None
    time_zone: str | None = None
    admin_username: str | None = None
    custom_data: str | None = None
    _: KW_ONLY
    xsi_type: str | None = None
    configuration_set_type: str = "WindowsProvisioningConfiguration"
    domain_join: DomainJoin | None = field(default_factory=new_model("DomainJoin"))
    stored_certificate_settings: StoredCertificateSettings | None = field(
        default_factory=new_model("StoredCertificateSettings")
    )
    win_rm: WinRM | None = field(default_factory=new_model("WinRM"))
    additional_unattend_content: AdditionalUnattendContent | None = field(
        default_factory=new_model("AdditionalUnattendContent")
    )

    def __repr__(self) -> str:
        return self._masked_repr()


class DomainJoin(Model):
    """The domain a Windows virtual machine joins, and with which credentials."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DomainJoin",
            namespace=NS_WA,
            root=None,
            element="DomainJoin",
            fields=(
                FieldSchema(
                    "credentials",
                    "element",
                    "Credentials",
                    NS_WA,
                    model="Credentials",
                    omit_empty=True,
                    init=True,
                ),
                FieldSchema("join_domain", "element", "JoinDomain", NS_WA, absent=""),
                FieldSchema("machine_object_ou", "element", "MachineObjectOU", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    credentials: Credentials | None = field(default_factory=new_model("Credentials"))
    join_domain: str | None = None
    machine_object_ou: str | None = None


class Credentials(Model):
    """An account allowed to join a machine to a domain."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Credentials",
            namespace=NS_WA,
            root=None,
            element="Credentials",
            fields=(
                FieldSchema("domain", "element", "Domain", NS_WA, absent=""),
                FieldSchema("username", "element", "Username", NS_WA, absent=""),
                FieldSchema("password", "element", "Password", NS_WA, absent="", secret=True),
            ),
        )
    )
    _: KW_ONLY
    domain: str | None = None
    username: str | None = None
    password: str | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class StoredCertificateSettings(Model):
    """Certificates to install on a Windows virtual machine; iterate it for the settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StoredCertificateSettings",
            namespace=NS_WA,
            root=None,
            element="StoredCertificateSettings",
            fields=(
                FieldSchema(
                    "stored_certificate_settings",
                    "flat",
                    "CertificateSetting",
                    NS_WA,
                    model="CertificateSetting",
                    init=True,
                    absent="new",
                ),
            ),
            items="stored_certificate_settings",
        )
    )
    _: KW_ONLY
    stored_certificate_settings: list[CertificateSetting] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[CertificateSetting]:
        return iter(self.stored_certificate_settings or ())

    def __len__(self) -> int:
        return len(self.stored_certificate_settings or ())

    def __getitem__(self, index: int) -> CertificateSetting:
        return (self.stored_certificate_settings or [])[index]


class CertificateSetting(Model):
    """A service certificate to install, and in which store."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CertificateSetting",
            namespace=NS_WA,
            root=None,
            element="CertificateSetting",
            fields=(
                FieldSchema(
                    "store_location", "element", "StoreLocation", NS_WA, init=True, absent=""
                ),
                FieldSchema("store_name", "element", "StoreName", NS_WA, init=True, absent=""),
                FieldSchema("thumbprint", "element", "Thumbprint", NS_WA, init=True, absent=""),
            ),
        )
    )
    thumbprint: str | None = ""
    store_name: str | None = ""
    store_location: str | None = ""


class WinRM(Model):
    """The Windows Remote Management listeners of a Windows virtual machine."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WinRM",
            namespace=NS_WA,
            root=None,
            element="WinRM",
            fields=(
                FieldSchema(
                    "listeners", "element", "Listeners", NS_WA, model="Listeners", init=True
                ),
            ),
        )
    )
    _: KW_ONLY
    listeners: Listeners | None = field(default_factory=new_model("Listeners"))


class Listeners(Model):
    """WinRM listeners; iterate it for Listener items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Listeners",
            namespace=NS_WA,
            root=None,
            element="Listeners",
            fields=(
                FieldSchema(
                    "listeners",
                    "flat",
                    "Listener",
                    NS_WA,
                    model="Listener",
                    init=True,
                    absent="new",
                ),
            ),
            items="listeners",
        )
    )
    _: KW_ONLY
    listeners: list[Listener] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[Listener]:
        return iter(self.listeners or ())

    def __len__(self) -> int:
        return len(self.listeners or ())

    def __getitem__(self, index: int) -> Listener:
        return (self.listeners or [])[index]


class Listener(Model):
    """A WinRM listener (Http, or Https with a certificate)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Listener",
            namespace=NS_WA,
            root=None,
            element="Listener",
            fields=(
                FieldSchema("protocol", "element", "Protocol", NS_WA, init=True, absent=""),
                FieldSchema(
                    "certificate_thumbprint",
                    "element",
                    "CertificateThumbprint",
                    NS_WA,
                    init=True,
                    absent="",
                ),
            ),
        )
    )
    protocol: str | None = ""
    certificate_thumbprint: str | None = ""


class AdditionalUnattendContent(Model):
    """Extra unattend.xml content for Windows setup."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AdditionalUnattendContent",
            namespace=NS_WA,
            root=None,
            element="AdditionalUnattendContent",
            fields=(
                FieldSchema(
                    "passes", "element", "Passes", NS_WA, model="Passes", omit_empty=True, init=True
                ),
            ),
        )
    )
    _: KW_ONLY
    passes: Passes | None = field(default_factory=new_model("Passes"))


class Passes(Model):
    """Windows setup passes; iterate it for UnattendPass items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Passes",
            namespace=NS_WA,
            root=None,
            element="Passes",
            fields=(
                FieldSchema(
                    "passes",
                    "flat",
                    "UnattendPass",
                    NS_WA,
                    model="UnattendPass",
                    init=True,
                    absent="new",
                ),
            ),
            items="passes",
        )
    )
    _: KW_ONLY
    passes: list[UnattendPass] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[UnattendPass]:
        return iter(self.passes or ())

    def __len__(self) -> int:
        return len(self.passes or ())

    def __getitem__(self, index: int) -> UnattendPass:
        return (self.passes or [])[index]


class UnattendPass(Model):
    """The unattend components of one Windows setup pass."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UnattendPass",
            namespace=NS_WA,
            root=None,
            element="UnattendPass",
            fields=(
                FieldSchema("pass_name", "element", "PassName", NS_WA, absent=""),
                FieldSchema(
                    "components",
                    "element",
                    "Components",
                    NS_WA,
                    model="Components",
                    omit_empty=True,
                    init=True,
                ),
            ),
        )
    )
    _: KW_ONLY
    pass_name: str | None = None
    components: Components | None = field(default_factory=new_model("Components"))


class Components(Model):
    """Unattend components; iterate it for UnattendComponent items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Components",
            namespace=NS_WA,
            root=None,
            element="Components",
            fields=(
                FieldSchema(
                    "components",
                    "flat",
                    "UnattendComponent",
                    NS_WA,
                    model="UnattendComponent",
                    init=True,
                    absent="new",
                ),
            ),
            items="components",
        )
    )
    _: KW_ONLY
    components: list[UnattendComponent] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[UnattendComponent]:
        return iter(self.components or ())

    def __len__(self) -> int:
        return len(self.components or ())

    def __getitem__(self, index: int) -> UnattendComponent:
        return (self.components or [])[index]


class UnattendComponent(Model):
    """An unattend component and its settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UnattendComponent",
            namespace=NS_WA,
            root=None,
            element="UnattendComponent",
            fields=(
                FieldSchema("component_name", "element", "ComponentName", NS_WA, absent=""),
                FieldSchema(
                    "component_settings",
                    "element",
                    "ComponentSettings",
                    NS_WA,
                    model="ComponentSettings",
                    omit_empty=True,
                    init=True,
                ),
            ),
        )
    )
    _: KW_ONLY
    component_name: str | None = None
    component_settings: ComponentSettings | None = field(
        default_factory=new_model("ComponentSettings")
    )


class ComponentSettings(Model):
    """Unattend component settings; iterate it for ComponentSetting items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ComponentSettings",
            namespace=NS_WA,
            root=None,
            element="ComponentSettings",
            fields=(
                FieldSchema(
                    "component_settings",
                    "flat",
                    "ComponentSetting",
                    NS_WA,
                    model="ComponentSetting",
                    init=True,
                    absent="new",
                ),
            ),
            items="component_settings",
        )
    )
    _: KW_ONLY
    component_settings: list[ComponentSetting] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[ComponentSetting]:
        return iter(self.component_settings or ())

    def __len__(self) -> int:
        return len(self.component_settings or ())

    def __getitem__(self, index: int) -> ComponentSetting:
        return (self.component_settings or [])[index]


class ComponentSetting(Model):
    """One unattend setting."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ComponentSetting",
            namespace=NS_WA,
            root=None,
            element="ComponentSetting",
            fields=(
                FieldSchema("setting_name", "element", "SettingName", NS_WA, absent=""),
                FieldSchema("content", "element", "Content", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    setting_name: str | None = None
    content: str | None = None


class ResourceExtensionReferences(Model):
    """Extensions to install on a virtual machine; iterate it for the references."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceExtensionReferences",
            namespace=NS_WA,
            root=None,
            element="ResourceExtensionReferences",
            fields=(
                FieldSchema(
                    "resource_extension_references",
                    "flat",
                    "ResourceExtensionReference",
                    NS_WA,
                    model="ResourceExtensionReference",
                    init=True,
                    absent="new",
                ),
            ),
            items="resource_extension_references",
        )
    )
    _: KW_ONLY
    resource_extension_references: list[ResourceExtensionReference] | None = field(
        default_factory=list
    )

    def __iter__(self) -> Iterator[ResourceExtensionReference]:
        return iter(self.resource_extension_references or ())

    def __len__(self) -> int:
        return len(self.resource_extension_references or ())

    def __getitem__(self, index: int) -> ResourceExtensionReference:
        return (self.resource_extension_references or [])[index]


class ResourceExtensionReference(Model):
    """An extension to install on a virtual machine, with its parameters."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceExtensionReference",
            namespace=NS_WA,
            root=None,
            element="ResourceExtensionReference",
            fields=(
                FieldSchema(
                    "reference_name", "element", "ReferenceName", NS_WA, init=True, absent=""
                ),
                FieldSchema("publisher", "element", "Publisher", NS_WA, init=True, absent=""),
                FieldSchema("name", "element", "Name", NS_WA, init=True, absent=""),
                FieldSchema("version", "element", "Version", NS_WA, init=True, absent=""),
                FieldSchema(
                    "resource_extension_parameter_values",
                    "element",
                    "ResourceExtensionParameterValues",
                    NS_WA,
                    model="ResourceExtensionParameterValues",
                    omit_empty=True,
                    init=True,
                ),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema("force_update", "element", "ForceUpdate", NS_WA, scalar="bool"),
                FieldSchema(
                    "certificates",
                    "element",
                    "Certificates",
                    NS_WA,
                    model="Certificates",
                    read_only=True,
                    init=True,
                ),
            ),
        )
    )
    reference_name: str | None = ""
    publisher: str | None = ""
    name: str | None = ""
    version: str | None = ""
    _: KW_ONLY
    resource_extension_parameter_values: ResourceExtensionParameterValues | None = field(
        default_factory=new_model("ResourceExtensionParameterValues")
    )
    state: str | None = None
    force_update: bool | None = None
    #: Legacy attribute, never sent (the legacy serializer left it out too).
    certificates: Certificates | None = field(default_factory=new_model("Certificates"))


class ResourceExtensionParameterValues(Model):
    """Extension parameters; iterate it for ResourceExtensionParameterValue items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceExtensionParameterValues",
            namespace=NS_WA,
            root=None,
            element="ResourceExtensionParameterValues",
            fields=(
                FieldSchema(
                    "resource_extension_parameter_values",
                    "flat",
                    "ResourceExtensionParameterValue",
                    NS_WA,
                    model="ResourceExtensionParameterValue",
                    init=True,
                    absent="new",
                ),
            ),
            items="resource_extension_parameter_values",
        )
    )
    _: KW_ONLY
    resource_extension_parameter_values: list[ResourceExtensionParameterValue] | None = field(
        default_factory=list
    )

    def __iter__(self) -> Iterator[ResourceExtensionParameterValue]:
        return iter(self.resource_extension_parameter_values or ())

    def __len__(self) -> int:
        return len(self.resource_extension_parameter_values or ())

    def __getitem__(self, index: int) -> ResourceExtensionParameterValue:
        return (self.resource_extension_parameter_values or [])[index]


class ResourceExtensionParameterValue(Model):
    """A public or private parameter of an extension."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResourceExtensionParameterValue",
            namespace=NS_WA,
            root=None,
            element="ResourceExtensionParameterValue",
            fields=(
                FieldSchema("key", "element", "Key", NS_WA, absent=""),
                FieldSchema("value", "element", "Value", NS_WA, absent=""),
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    key: str | None = None
    value: str | None = None
    type: str | None = None


class DataVirtualHardDisks(Model):
    """The data disks of a role; iterate it for DataVirtualHardDisk items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DataVirtualHardDisks",
            namespace=NS_WA,
            root=None,
            element="DataVirtualHardDisks",
            fields=(
                FieldSchema(
                    "data_virtual_hard_disks",
                    "flat",
                    "DataVirtualHardDisk",
                    NS_WA,
                    model="DataVirtualHardDisk",
                    init=True,
                    absent="new",
                ),
            ),
            items="data_virtual_hard_disks",
        )
    )
    _: KW_ONLY
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[DataVirtualHardDisk]:
        return iter(self.data_virtual_hard_disks or ())

    def __len__(self) -> int:
        return len(self.data_virtual_hard_disks or ())

    def __getitem__(self, index: int) -> DataVirtualHardDisk:
        return (self.data_virtual_hard_disks or [])[index]


class DataVirtualHardDisk(Model):
    """A data disk of a virtual machine (get_data_disk; the body of add/update_data_disk)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DataVirtualHardDisk",
            namespace=NS_WA,
            root="DataVirtualHardDisk",
            fields=(
                FieldSchema("host_caching", "element", "HostCaching", NS_WA),
                FieldSchema("disk_label", "element", "DiskLabel", NS_WA, init=True, absent=""),
                FieldSchema("disk_name", "element", "DiskName", NS_WA, init=True, absent=""),
                FieldSchema("lun", "element", "Lun", NS_WA, scalar="int", init=True, absent=0),
                FieldSchema(
                    "logical_disk_size_in_gb",
                    "element",
                    "LogicalDiskSizeInGB",
                    NS_WA,
                    scalar="int",
                    init=True,
                    absent=0,
                ),
                FieldSchema("media_link", "element", "MediaLink", NS_WA, init=True, absent=""),
                FieldSchema("source_media_link", "element", "SourceMediaLink", NS_WA),
                FieldSchema("io_type", "element", "IOType", NS_WA),
            ),
        )
    )
    media_link: str | None = ""
    host_caching: str | None = None
    disk_label: str | None = ""
    disk_name: str | None = ""
    lun: int | None = 0
    logical_disk_size_in_gb: int | None = 0
    source_media_link: str | None = None
    _: KW_ONLY
    io_type: str | None = None


class OSVirtualHardDisk(Model):
    """The operating system disk of a virtual machine, or the image to create it from."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OSVirtualHardDisk",
            namespace=NS_WA,
            root=None,
            element="OSVirtualHardDisk",
            fields=(
                FieldSchema("host_caching", "element", "HostCaching", NS_WA),
                FieldSchema("disk_label", "element", "DiskLabel", NS_WA),
                FieldSchema("disk_name", "element", "DiskName", NS_WA),
                FieldSchema("media_link", "element", "MediaLink", NS_WA),
                FieldSchema("source_image_name", "element", "SourceImageName", NS_WA),
                FieldSchema("os", "element", "OS", NS_WA),
                FieldSchema("remote_source_image_link", "element", "RemoteSourceImageLink", NS_WA),
                FieldSchema("io_type", "element", "IOType", NS_WA),
                FieldSchema(
                    "resized_size_in_gb", "element", "ResizedSizeInGB", NS_WA, scalar="int"
                ),
            ),
        )
    )
    source_image_name: str | None = None
    media_link: str | None = None
    host_caching: str | None = None
    disk_label: str | None = None
    disk_name: str | None = None
    os: str | None = None
    remote_source_image_link: str | None = None
    _: KW_ONLY
    io_type: str | None = None
    resized_size_in_gb: int | None = None


class VirtualMachineDeployment(Model):
    """The request body of create_virtual_machine_deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualMachineDeployment",
            namespace=NS_WA,
            root="Deployment",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("deployment_slot", "element", "DeploymentSlot", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema("role_list", "element", "RoleList", NS_WA, model="RoleList"),
                FieldSchema("virtual_network_name", "element", "VirtualNetworkName", NS_WA),
                FieldSchema("dns", "element", "Dns", NS_WA, model="Dns", omit_empty=True),
                FieldSchema("reserved_ip_name", "element", "ReservedIPName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    deployment_slot: str | None = None
    label: str | None = None
    role_list: RoleList | None = None
    virtual_network_name: str | None = None
    dns: Dns | None = None
    reserved_ip_name: str | None = None


class CreateDeployment(Model):
    """The request body of create_deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateDeployment",
            namespace=NS_WA,
            root="CreateDeployment",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("package_url", "element", "PackageUrl", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("configuration", "element", "Configuration", NS_WA),
                FieldSchema("start_deployment", "element", "StartDeployment", NS_WA, scalar="bool"),
                FieldSchema(
                    "treat_warnings_as_error",
                    "element",
                    "TreatWarningsAsError",
                    NS_WA,
                    scalar="bool",
                ),
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
    name: str | None = None
    package_url: str | None = None
    label: str | None = None
    #: The service configuration (the caller base64-encodes it).
    configuration: str | None = None
    start_deployment: bool | None = None
    treat_warnings_as_error: bool | None = None
    extended_properties: dict[str, str] | None = None


class Swap(Model):
    """The request body of swap_deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Swap",
            namespace=NS_WA,
            root="Swap",
            fields=(
                FieldSchema("production", "element", "Production", NS_WA),
                FieldSchema("source_deployment", "element", "SourceDeployment", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    production: str | None = None
    source_deployment: str | None = None


class ChangeConfiguration(Model):
    """The request body of change_deployment_configuration."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ChangeConfiguration",
            namespace=NS_WA,
            root="ChangeConfiguration",
            fields=(
                FieldSchema("configuration", "element", "Configuration", NS_WA),
                FieldSchema(
                    "treat_warnings_as_error",
                    "element",
                    "TreatWarningsAsError",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema("mode", "element", "Mode", NS_WA),
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
    #: The service configuration (the caller base64-encodes it).
    configuration: str | None = None
    treat_warnings_as_error: bool | None = None
    mode: str | None = None
    extended_properties: dict[str, str] | None = None


class UpdateDeploymentStatus(Model):
    """The request body of update_deployment_status."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateDeploymentStatus",
            namespace=NS_WA,
            root="UpdateDeploymentStatus",
            fields=(FieldSchema("status", "element", "Status", NS_WA),),
        )
    )
    _: KW_ONLY
    status: str | None = None


class UpgradeDeployment(Model):
    """The request body of upgrade_deployment."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpgradeDeployment",
            namespace=NS_WA,
            root="UpgradeDeployment",
            fields=(
                FieldSchema("mode", "element", "Mode", NS_WA),
                FieldSchema("package_url", "element", "PackageUrl", NS_WA),
                FieldSchema("configuration", "element", "Configuration", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("role_to_upgrade", "element", "RoleToUpgrade", NS_WA),
                FieldSchema("force", "element", "Force", NS_WA, scalar="bool"),
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
    mode: str | None = None
    package_url: str | None = None
    #: The service configuration (the caller base64-encodes it).
    configuration: str | None = None
    label: str | None = None
    role_to_upgrade: str | None = None
    force: bool | None = None
    extended_properties: dict[str, str] | None = None


class WalkUpgradeDomain(Model):
    """The request body of walk_upgrade_domain."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WalkUpgradeDomain",
            namespace=NS_WA,
            root="WalkUpgradeDomain",
            fields=(
                FieldSchema("upgrade_domain", "element", "UpgradeDomain", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    upgrade_domain: int | None = None


class RollbackUpdateOrUpgrade(Model):
    """The request body of rollback_update_or_upgrade."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RollbackUpdateOrUpgrade",
            namespace=NS_WA,
            root="RollbackUpdateOrUpgrade",
            fields=(
                FieldSchema("mode", "element", "Mode", NS_WA),
                FieldSchema("force", "element", "Force", NS_WA, scalar="bool"),
            ),
        )
    )
    _: KW_ONLY
    mode: str | None = None
    force: bool | None = None


class DeploymentEventCollection(Model):
    """The response of list_deployment_events; iterate it for RebootEvent items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DeploymentEventCollection",
            namespace=NS_WA,
            root="DeploymentEventCollection",
            fields=(
                FieldSchema(
                    "reboot_events",
                    "list",
                    "RebootEvents",
                    NS_WA,
                    model="RebootEvent",
                    item="RebootEvent",
                ),
                FieldSchema("continuation_token", "element", "ContinuationToken", NS_WA),
            ),
            items="reboot_events",
        )
    )
    _: KW_ONLY
    reboot_events: list[RebootEvent] | None = None
    continuation_token: str | None = None

    def __iter__(self) -> Iterator[RebootEvent]:
        return iter(self.reboot_events or ())

    def __len__(self) -> int:
        return len(self.reboot_events or ())

    def __getitem__(self, index: int) -> RebootEvent:
        return (self.reboot_events or [])[index]


class RebootEvent(Model):
    """A reboot of a role instance (e.g. for platform maintenance)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RebootEvent",
            namespace=NS_WA,
            root=None,
            element="RebootEvent",
            fields=(
                FieldSchema("role_name", "element", "RoleName", NS_WA),
                FieldSchema("instance_name", "element", "InstanceName", NS_WA),
                FieldSchema("reboot_reason", "element", "RebootReason", NS_WA),
                FieldSchema(
                    "reboot_start_time", "element", "RebootStartTime", NS_WA, scalar="datetime"
                ),
            ),
        )
    )
    _: KW_ONLY
    role_name: str | None = None
    instance_name: str | None = None
    reboot_reason: str | None = None
    reboot_start_time: datetime | None = None


class LoadBalancedEndpointList(Model):
    """The body of update_virtual_machine_load_balanced_endpoint_set."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LoadBalancedEndpointList",
            namespace=NS_WA,
            root="LoadBalancedEndpointList",
            fields=(
                FieldSchema(
                    "input_endpoints", "flat", "InputEndpoint", NS_WA, model="LoadBalancedEndpoint"
                ),
            ),
            items="input_endpoints",
        )
    )
    _: KW_ONLY
    input_endpoints: list[LoadBalancedEndpoint] | None = None

    def __iter__(self) -> Iterator[LoadBalancedEndpoint]:
        return iter(self.input_endpoints or ())

    def __len__(self) -> int:
        return len(self.input_endpoints or ())

    def __getitem__(self, index: int) -> LoadBalancedEndpoint:
        return (self.input_endpoints or [])[index]


class LoadBalancedEndpoint(Model):
    """An endpoint of a load-balanced set, as update_virtual_machine_load_balanced_endpoint_set
    sends it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LoadBalancedEndpoint",
            namespace=NS_WA,
            root=None,
            element="InputEndpoint",
            fields=(
                FieldSchema(
                    "load_balanced_endpoint_set_name",
                    "element",
                    "LoadBalancedEndpointSetName",
                    NS_WA,
                ),
                FieldSchema("local_port", "element", "LocalPort", NS_WA, scalar="int"),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("port", "element", "Port", NS_WA, scalar="int"),
                FieldSchema(
                    "load_balancer_probe",
                    "element",
                    "LoadBalancerProbe",
                    NS_WA,
                    model="LoadBalancerProbe",
                ),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("vip", "element", "Vip", NS_WA),
                FieldSchema(
                    "enable_direct_server_return",
                    "element",
                    "EnableDirectServerReturn",
                    NS_WA,
                    scalar="bool",
                ),
                FieldSchema("endpoint_acl", "element", "EndpointAcl", NS_WA, model="EndpointAcl"),
                FieldSchema("load_balancer_name", "element", "LoadBalancerName", NS_WA),
                FieldSchema(
                    "idle_timeout_in_minutes",
                    "element",
                    "IdleTimeoutInMinutes",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "load_balancer_distribution", "element", "LoadBalancerDistribution", NS_WA
                ),
                FieldSchema("virtual_ip_name", "element", "VirtualIPName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    load_balanced_endpoint_set_name: str | None = None
    local_port: int | None = None
    name: str | None = None
    port: int | None = None
    load_balancer_probe: LoadBalancerProbe | None = None
    #: tcp or udp.
    protocol: str | None = None
    vip: str | None = None
    enable_direct_server_return: bool | None = None
    endpoint_acl: EndpointAcl | None = None
    #: The internal load balancer the set belongs to.
    load_balancer_name: str | None = None
    idle_timeout_in_minutes: int | None = None
    #: sourceIP or sourceIPProtocol (default: 5-tuple).
    load_balancer_distribution: str | None = None
    virtual_ip_name: str | None = None


class RedeployRoleOperation(Model):
    """The request body of redeploy_virtual_machine."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RedeployRoleOperation",
            namespace=NS_WA,
            root="RedeployRoleOperation",
            fields=(FieldSchema("operation_type", "element", "OperationType", NS_WA),),
        )
    )
    _: KW_ONLY
    operation_type: str = "RedeployRoleOperation"


class PerformMaintenanceOnRoleOperation(Model):
    """The request body of initiate_virtual_machine_maintenance."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="PerformMaintenanceOnRoleOperation",
            namespace=NS_WA,
            root="PerformMaintenanceOnRoleOperation",
            fields=(FieldSchema("operation_type", "element", "OperationType", NS_WA),),
        )
    )
    _: KW_ONLY
    operation_type: str = "PerformMaintenanceOnRoleOperation"


class RoleInstances(Model):
    """The request body of delete_role_instances."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleInstances",
            namespace=NS_WA,
            root="RoleInstances",
            fields=(FieldSchema("role_instance_names", "flat", "Name", NS_WA, init=True),),
        )
    )
    _: KW_ONLY
    role_instance_names: list[str] | None = field(default_factory=list)


class CaptureRoleOperation(Model):
    """The request body of capture_role."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CaptureRoleOperation",
            namespace=NS_WA,
            root="CaptureRoleOperation",
            fields=(
                FieldSchema("operation_type", "element", "OperationType", NS_WA),
                FieldSchema("post_capture_action", "element", "PostCaptureAction", NS_WA),
                FieldSchema(
                    "provisioning_configuration",
                    "element",
                    "ProvisioningConfiguration",
                    NS_WA,
                    model="ConfigurationSet",
                ),
                FieldSchema("target_image_label", "element", "TargetImageLabel", NS_WA),
                FieldSchema("target_image_name", "element", "TargetImageName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    operation_type: str = "CaptureRoleOperation"
    post_capture_action: str | None = None
    provisioning_configuration: (
        ConfigurationSet | LinuxConfigurationSet | WindowsConfigurationSet | None
    ) = None
    target_image_label: str | None = None
    target_image_name: str | None = None


class StartRoleOperation(Model):
    """The request body of start_role."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StartRoleOperation",
            namespace=NS_WA,
            root="StartRoleOperation",
            fields=(FieldSchema("operation_type", "element", "OperationType", NS_WA),),
        )
    )
    _: KW_ONLY
    operation_type: str = "StartRoleOperation"


class RestartRoleOperation(Model):
    """The request body of restart_role."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RestartRoleOperation",
            namespace=NS_WA,
            root="RestartRoleOperation",
            fields=(FieldSchema("operation_type", "element", "OperationType", NS_WA),),
        )
    )
    _: KW_ONLY
    operation_type: str = "RestartRoleOperation"


class ShutdownRoleOperation(Model):
    """The request body of shutdown_role."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ShutdownRoleOperation",
            namespace=NS_WA,
            root="ShutdownRoleOperation",
            fields=(
                FieldSchema("operation_type", "element", "OperationType", NS_WA),
                FieldSchema("post_shutdown_action", "element", "PostShutdownAction", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    operation_type: str = "ShutdownRoleOperation"
    post_shutdown_action: str | None = None


class StartRolesOperation(Model):
    """The request body of start_roles."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StartRolesOperation",
            namespace=NS_WA,
            root="StartRolesOperation",
            fields=(
                FieldSchema("operation_type", "element", "OperationType", NS_WA),
                FieldSchema("roles", "list", "Roles", NS_WA, item="Name"),
            ),
        )
    )
    _: KW_ONLY
    operation_type: str = "StartRolesOperation"
    roles: list[str] | None = None


class ShutdownRolesOperation(Model):
    """The request body of shutdown_roles."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ShutdownRolesOperation",
            namespace=NS_WA,
            root="ShutdownRolesOperation",
            fields=(
                FieldSchema("operation_type", "element", "OperationType", NS_WA),
                FieldSchema("roles", "list", "Roles", NS_WA, item="Name"),
                FieldSchema("post_shutdown_action", "element", "PostShutdownAction", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    operation_type: str = "ShutdownRolesOperation"
    roles: list[str] | None = None
    post_shutdown_action: str | None = None


class Disks(Model):
    """The response of list_disks; iterate it for Disk items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Disks",
            namespace=NS_WA,
            root="Disks",
            fields=(
                FieldSchema("disks", "flat", "Disk", NS_WA, model="Disk", init=True, absent="new"),
            ),
            items="disks",
        )
    )
    _: KW_ONLY
    disks: list[Disk] | None = field(default_factory=list)

    def __iter__(self) -> Iterator[Disk]:
        return iter(self.disks or ())

    def __len__(self) -> int:
        return len(self.disks or ())

    def __getitem__(self, index: int) -> Disk:
        return (self.disks or [])[index]


class Disk(Model):
    """A disk in the image repository (get_disk; the body of add_disk and update_disk)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Disk",
            namespace=NS_WA,
            root="Disk",
            fields=(
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA, absent=""),
                FieldSchema("attached_to", "element", "AttachedTo", NS_WA, model="AttachedTo"),
                FieldSchema(
                    "has_operating_system", "element", "HasOperatingSystem", NS_WA, absent=""
                ),
                FieldSchema("is_corrupted", "element", "IsCorrupted", NS_WA, absent=""),
                FieldSchema("os", "element", "OS", NS_WA, absent=""),
                FieldSchema("location", "element", "Location", NS_WA, absent=""),
                FieldSchema(
                    "logical_disk_size_in_gb",
                    "element",
                    "LogicalDiskSizeInGB",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema("label", "element", "Label", NS_WA, absent=""),
                FieldSchema("media_link", "element", "MediaLink", NS_WA, absent=""),
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("source_image_name", "element", "SourceImageName", NS_WA, absent=""),
                FieldSchema("is_premium", "element", "IsPremium", NS_WA, scalar="bool"),
                FieldSchema("created_time", "element", "CreatedTime", NS_WA),
                FieldSchema("io_type", "element", "IOType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    affinity_group: str | None = None
    attached_to: AttachedTo | None = None
    has_operating_system: str | None = None
    is_corrupted: str | None = None
    os: str | None = None
    location: str | None = None
    logical_disk_size_in_gb: int | None = None
    label: str | None = None
    media_link: str | None = None
    name: str | None = None
    source_image_name: str | None = None
    is_premium: bool | None = None
    created_time: str | None = None
    io_type: str | None = None


class AttachedTo(Model):
    """The virtual machine a disk is attached to."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AttachedTo",
            namespace=NS_WA,
            root=None,
            element="AttachedTo",
            fields=(
                FieldSchema(
                    "hosted_service_name", "element", "HostedServiceName", NS_WA, absent=""
                ),
                FieldSchema("deployment_name", "element", "DeploymentName", NS_WA, absent=""),
                FieldSchema("role_name", "element", "RoleName", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    hosted_service_name: str | None = None
    deployment_name: str | None = None
    role_name: str | None = None
