# Generated from spec/operations/virtual_machines.yaml by `make generate`; do not edit.
"""Operations of the virtual_machines area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase, present
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_compute import (
        ConfigurationSet,
        DataVirtualHardDisk,
        DataVirtualHardDisks,
        DnsServer,
        LinuxConfigurationSet,
        OSVirtualHardDisk,
        PersistentVMRole,
        ResourceExtensionReferences,
        WindowsConfigurationSet,
    )
    from servicemanagement.results import AsynchronousOperationResult

GET_ROLE = OperationSpec(
    name="get_role",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="PersistentVMRole",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a virtual machine role.",
)

CREATE_VIRTUAL_MACHINE_DEPLOYMENT = OperationSpec(
    name="create_virtual_machine_deployment",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "body", required=True),
        ParamSpec("deployment_slot", "body", required=True),
        ParamSpec("label", "body", required=True),
        ParamSpec("role_name", "body", required=True),
        ParamSpec("system_config", "body", type="ConfigurationSet"),
        ParamSpec("os_virtual_hard_disk", "body", type="OSVirtualHardDisk"),
        ParamSpec("network_config", "body", type="ConfigurationSet"),
        ParamSpec("availability_set_name", "body"),
        ParamSpec("data_virtual_hard_disks", "body", type="DataVirtualHardDisks"),
        ParamSpec("role_size", "body"),
        ParamSpec("role_type", "body"),
        ParamSpec("virtual_network_name", "body"),
        ParamSpec("resource_extension_references", "body", type="ResourceExtensionReferences"),
        ParamSpec("provision_guest_agent", "body", scalar="bool"),
        ParamSpec("vm_image_name", "body"),
        ParamSpec("media_location", "body"),
        ParamSpec("dns_servers", "body", type="list[DnsServer]"),
        ParamSpec("reserved_ip_name", "body"),
    ),
    fixed_query=(),
    request_type="VirtualMachineDeployment",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Creates a deployment with one virtual machine.",
)

ADD_ROLE = OperationSpec(
    name="add_role",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "body", required=True),
        ParamSpec("system_config", "body", type="ConfigurationSet"),
        ParamSpec("os_virtual_hard_disk", "body", type="OSVirtualHardDisk"),
        ParamSpec("network_config", "body", type="ConfigurationSet"),
        ParamSpec("availability_set_name", "body"),
        ParamSpec("data_virtual_hard_disks", "body", type="DataVirtualHardDisks"),
        ParamSpec("role_size", "body"),
        ParamSpec("role_type", "body"),
        ParamSpec("resource_extension_references", "body", type="ResourceExtensionReferences"),
        ParamSpec("provision_guest_agent", "body", scalar="bool"),
        ParamSpec("vm_image_name", "body"),
        ParamSpec("media_location", "body"),
    ),
    fixed_query=(),
    request_type="PersistentVMRole",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Adds a virtual machine to a deployment.",
)

UPDATE_ROLE = OperationSpec(
    name="update_role",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("os_virtual_hard_disk", "body", type="OSVirtualHardDisk"),
        ParamSpec("network_config", "body", type="ConfigurationSet"),
        ParamSpec("availability_set_name", "body"),
        ParamSpec("data_virtual_hard_disks", "body", type="DataVirtualHardDisks"),
        ParamSpec("role_size", "body"),
        ParamSpec("role_type", "body"),
        ParamSpec("resource_extension_references", "body", type="ResourceExtensionReferences"),
        ParamSpec("provision_guest_agent", "body", scalar="bool"),
    ),
    fixed_query=(),
    request_type="PersistentVMRole",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Updates the endpoints, disks, size or extensions of a virtual machine.",
)

DELETE_ROLE = OperationSpec(
    name="delete_role",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("complete", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a virtual machine from a deployment.",
)

CAPTURE_ROLE = OperationSpec(
    name="capture_role",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("post_capture_action", "body", choices=("Delete", "Reprovision"), required=True),
        ParamSpec("target_image_name", "body", required=True),
        ParamSpec("target_image_label", "body", required=True),
        ParamSpec("provisioning_configuration", "body", type="ConfigurationSet"),
    ),
    fixed_query=(),
    request_type="CaptureRoleOperation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Captures a stopped virtual machine as an OS image.",
)

START_ROLE = OperationSpec(
    name="start_role",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
    ),
    fixed_query=(),
    request_type="StartRoleOperation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Starts a virtual machine.",
)

START_ROLES = OperationSpec(
    name="start_roles",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_names", "body", type="list[string]", required=True),
    ),
    fixed_query=(),
    request_type="StartRolesOperation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Starts several virtual machines of a deployment.",
)

RESTART_ROLE = OperationSpec(
    name="restart_role",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
    ),
    fixed_query=(),
    request_type="RestartRoleOperation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Restarts a virtual machine.",
)

REDEPLOY_VIRTUAL_MACHINE = OperationSpec(
    name="redeploy_virtual_machine",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
    ),
    fixed_query=(),
    request_type="RedeployRoleOperation",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Moves a virtual machine to another host and starts it there.",
)

INITIATE_VIRTUAL_MACHINE_MAINTENANCE = OperationSpec(
    name="initiate_virtual_machine_maintenance",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
    ),
    fixed_query=(),
    request_type="PerformMaintenanceOnRoleOperation",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Starts the planned maintenance of a virtual machine now (it restarts).",
)

GET_VIRTUAL_MACHINE_REMOTE_DESKTOP_FILE = OperationSpec(
    name="get_virtual_machine_remote_desktop_file",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/ModelFile",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
    ),
    fixed_query=(("FileType", "RDP"),),
    request_type=None,
    response_type="text",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the Remote Desktop (.rdp) file that connects to a virtual machine.",
)

SHUTDOWN_ROLE = OperationSpec(
    name="shutdown_role",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("post_shutdown_action", "body"),
    ),
    fixed_query=(),
    request_type="ShutdownRoleOperation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Shuts down a virtual machine.",
)

SHUTDOWN_ROLES = OperationSpec(
    name="shutdown_roles",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_names", "body", type="list[string]", required=True),
        ParamSpec("post_shutdown_action", "body"),
    ),
    fixed_query=(),
    request_type="ShutdownRolesOperation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Shuts down several virtual machines of a deployment.",
)

GET_DATA_DISK = OperationSpec(
    name="get_data_disk",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("lun", "path", scalar="int", required=True, minimum=0, maximum=63),
    ),
    fixed_query=(),
    request_type=None,
    response_type="DataVirtualHardDisk",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the data disk of a virtual machine at a logical unit number.",
)

ADD_DATA_DISK = OperationSpec(
    name="add_data_disk",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("lun", "body", scalar="int", required=True, minimum=0, maximum=63),
        ParamSpec("host_caching", "body", choices=("None", "ReadOnly", "ReadWrite")),
        ParamSpec("media_link", "body"),
        ParamSpec("disk_label", "body"),
        ParamSpec("disk_name", "body"),
        ParamSpec("logical_disk_size_in_gb", "body", scalar="int", minimum=1, maximum=4095),
        ParamSpec("source_media_link", "body"),
    ),
    fixed_query=(),
    request_type="DataVirtualHardDisk",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Attaches a new, existing or copied data disk to a virtual machine.",
)

UPDATE_DATA_DISK = OperationSpec(
    name="update_data_disk",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("lun", "path", scalar="int", required=True, minimum=0, maximum=63),
        ParamSpec("host_caching", "body", choices=("None", "ReadOnly", "ReadWrite")),
        ParamSpec("media_link", "body"),
        ParamSpec("updated_lun", "body", scalar="int", minimum=0, maximum=63),
        ParamSpec("disk_label", "body"),
        ParamSpec("disk_name", "body"),
        ParamSpec("logical_disk_size_in_gb", "body", scalar="int", minimum=1, maximum=4095),
    ),
    fixed_query=(),
    request_type="DataVirtualHardDisk",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Updates the data disk of a virtual machine at a logical unit number.",
)

DELETE_DATA_DISK = OperationSpec(
    name="delete_data_disk",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("lun", "path", scalar="int", required=True, minimum=0, maximum=63),
        ParamSpec("delete_vhd", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Detaches a data disk from a virtual machine.",
)


class ServiceManagementServiceVirtualMachinesOperations(OperationsBase):
    """The virtual_machines operations of ``ServiceManagementService``."""

    def get_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> PersistentVMRole:
        """Returns a virtual machine role.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
            },
            None,
        )

    def create_virtual_machine_deployment(
        self,
        service_name: str,
        deployment_name: str,
        deployment_slot: str,
        label: str,
        role_name: str,
        system_config: ConfigurationSet | LinuxConfigurationSet | WindowsConfigurationSet | None,
        os_virtual_hard_disk: OSVirtualHardDisk | None,
        network_config: ConfigurationSet
        | LinuxConfigurationSet
        | WindowsConfigurationSet
        | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: DataVirtualHardDisks | None = None,
        role_size: str | None = None,
        role_type: str = "PersistentVMRole",
        virtual_network_name: str | None = None,
        resource_extension_references: ResourceExtensionReferences | None = None,
        provision_guest_agent: bool | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
        dns_servers: list[DnsServer] | None = None,
        reserved_ip_name: str | None = None,
    ) -> AsynchronousOperationResult:
        """Creates a deployment with one virtual machine.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: production or staging.
            label: Sent as plain text (not base64) by this operation.
            os_virtual_hard_disk: None when the role is created from vm_image_name.
            vm_image_name: Create the role from this VM image.
            media_location: Where the disks of a VM image go.
        """
        from servicemanagement._generated.models_compute import (
            ConfigurationSets,
            Dns,
            DnsServers,
            Role,
            RoleList,
            VirtualMachineDeployment,
        )

        return self._call(
            CREATE_VIRTUAL_MACHINE_DEPLOYMENT,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "deployment_slot": deployment_slot,
                "label": label,
                "role_name": role_name,
                "system_config": system_config,
                "os_virtual_hard_disk": os_virtual_hard_disk,
                "network_config": network_config,
                "availability_set_name": availability_set_name,
                "data_virtual_hard_disks": data_virtual_hard_disks,
                "role_size": role_size,
                "role_type": role_type,
                "virtual_network_name": virtual_network_name,
                "resource_extension_references": resource_extension_references,
                "provision_guest_agent": provision_guest_agent,
                "vm_image_name": vm_image_name,
                "media_location": media_location,
                "dns_servers": dns_servers,
                "reserved_ip_name": reserved_ip_name,
            },
            VirtualMachineDeployment(
                name=deployment_name,
                deployment_slot=deployment_slot,
                label=label,
                role_list=RoleList(
                    roles=present(
                        [
                            Role(
                                role_name=role_name,
                                role_type=role_type,
                                configuration_sets=ConfigurationSets(
                                    configuration_sets=present([system_config, network_config])
                                ),
                                resource_extension_references=resource_extension_references,
                                vm_image_name=vm_image_name,
                                media_location=media_location,
                                availability_set_name=availability_set_name,
                                data_virtual_hard_disks=data_virtual_hard_disks,
                                os_virtual_hard_disk=os_virtual_hard_disk,
                                role_size=role_size,
                                provision_guest_agent=provision_guest_agent,
                            )
                        ]
                    )
                ),
                virtual_network_name=virtual_network_name,
                dns=Dns(dns_servers=DnsServers(dns_servers=dns_servers)),
                reserved_ip_name=reserved_ip_name,
            ),
        )

    def add_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        system_config: ConfigurationSet | LinuxConfigurationSet | WindowsConfigurationSet | None,
        os_virtual_hard_disk: OSVirtualHardDisk | None,
        network_config: ConfigurationSet
        | LinuxConfigurationSet
        | WindowsConfigurationSet
        | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: DataVirtualHardDisks | None = None,
        role_size: str | None = None,
        role_type: str = "PersistentVMRole",
        resource_extension_references: ResourceExtensionReferences | None = None,
        provision_guest_agent: bool | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
    ) -> AsynchronousOperationResult:
        """Adds a virtual machine to a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import ConfigurationSets, PersistentVMRole

        return self._call(
            ADD_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "system_config": system_config,
                "os_virtual_hard_disk": os_virtual_hard_disk,
                "network_config": network_config,
                "availability_set_name": availability_set_name,
                "data_virtual_hard_disks": data_virtual_hard_disks,
                "role_size": role_size,
                "role_type": role_type,
                "resource_extension_references": resource_extension_references,
                "provision_guest_agent": provision_guest_agent,
                "vm_image_name": vm_image_name,
                "media_location": media_location,
            },
            PersistentVMRole(
                role_name=role_name,
                role_type=role_type,
                configuration_sets=ConfigurationSets(
                    configuration_sets=present([system_config, network_config])
                ),
                resource_extension_references=resource_extension_references,
                vm_image_name=vm_image_name,
                media_location=media_location,
                availability_set_name=availability_set_name,
                data_virtual_hard_disks=data_virtual_hard_disks,
                os_virtual_hard_disk=os_virtual_hard_disk,
                role_size=role_size,
                provision_guest_agent=provision_guest_agent,
            ),
        )

    def update_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        os_virtual_hard_disk: OSVirtualHardDisk | None = None,
        network_config: ConfigurationSet
        | LinuxConfigurationSet
        | WindowsConfigurationSet
        | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: DataVirtualHardDisks | None = None,
        role_size: str | None = None,
        role_type: str = "PersistentVMRole",
        resource_extension_references: ResourceExtensionReferences | None = None,
        provision_guest_agent: bool | None = None,
    ) -> AsynchronousOperationResult:
        """Updates the endpoints, disks, size or extensions of a virtual machine.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import ConfigurationSets, PersistentVMRole

        return self._call(
            UPDATE_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "os_virtual_hard_disk": os_virtual_hard_disk,
                "network_config": network_config,
                "availability_set_name": availability_set_name,
                "data_virtual_hard_disks": data_virtual_hard_disks,
                "role_size": role_size,
                "role_type": role_type,
                "resource_extension_references": resource_extension_references,
                "provision_guest_agent": provision_guest_agent,
            },
            PersistentVMRole(
                role_name=role_name,
                role_type=role_type,
                configuration_sets=ConfigurationSets(configuration_sets=present([network_config])),
                resource_extension_references=resource_extension_references,
                availability_set_name=availability_set_name,
                data_virtual_hard_disks=data_virtual_hard_disks,
                os_virtual_hard_disk=os_virtual_hard_disk,
                role_size=role_size,
                provision_guest_agent=provision_guest_agent,
            ),
        )

    def delete_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        complete: bool = False,
    ) -> AsynchronousOperationResult:
        """Deletes a virtual machine from a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).

        Args:
            complete: Also delete the virtual machine's disks and their blobs.
        """
        return self._call(
            DELETE_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "complete": complete,
            },
            None,
        )

    def capture_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        post_capture_action: str,
        target_image_name: str,
        target_image_label: str,
        provisioning_configuration: ConfigurationSet
        | LinuxConfigurationSet
        | WindowsConfigurationSet
        | None = None,
    ) -> AsynchronousOperationResult:
        """Captures a stopped virtual machine as an OS image.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            post_capture_action: Delete or Reprovision.
        """
        from servicemanagement._generated.models_compute import CaptureRoleOperation

        return self._call(
            CAPTURE_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "post_capture_action": post_capture_action,
                "target_image_name": target_image_name,
                "target_image_label": target_image_label,
                "provisioning_configuration": provisioning_configuration,
            },
            CaptureRoleOperation(
                post_capture_action=post_capture_action,
                provisioning_configuration=provisioning_configuration,
                target_image_label=target_image_label,
                target_image_name=target_image_name,
            ),
        )

    def start_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsynchronousOperationResult:
        """Starts a virtual machine.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import StartRoleOperation

        return self._call(
            START_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
            },
            StartRoleOperation(),
        )

    def start_roles(
        self,
        service_name: str,
        deployment_name: str,
        role_names: list[str],
    ) -> AsynchronousOperationResult:
        """Starts several virtual machines of a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import StartRolesOperation

        return self._call(
            START_ROLES,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_names": role_names,
            },
            StartRolesOperation(roles=role_names),
        )

    def restart_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsynchronousOperationResult:
        """Restarts a virtual machine.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import RestartRoleOperation

        return self._call(
            RESTART_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
            },
            RestartRoleOperation(),
        )

    def redeploy_virtual_machine(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsynchronousOperationResult:
        """Moves a virtual machine to another host and starts it there.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import RedeployRoleOperation

        return self._call(
            REDEPLOY_VIRTUAL_MACHINE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
            },
            RedeployRoleOperation(),
        )

    def initiate_virtual_machine_maintenance(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsynchronousOperationResult:
        """Starts the planned maintenance of a virtual machine now (it restarts).

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import PerformMaintenanceOnRoleOperation

        return self._call(
            INITIATE_VIRTUAL_MACHINE_MAINTENANCE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
            },
            PerformMaintenanceOnRoleOperation(),
        )

    def get_virtual_machine_remote_desktop_file(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> str:
        """Returns the Remote Desktop (.rdp) file that connects to a virtual machine.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/ModelFile``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_VIRTUAL_MACHINE_REMOTE_DESKTOP_FILE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
            },
            None,
        )

    def shutdown_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        post_shutdown_action: str = "Stopped",
    ) -> AsynchronousOperationResult:
        """Shuts down a virtual machine.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            post_shutdown_action: Stopped (still billed) or StoppedDeallocated.
        """
        from servicemanagement._generated.models_compute import ShutdownRoleOperation

        return self._call(
            SHUTDOWN_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "post_shutdown_action": post_shutdown_action,
            },
            ShutdownRoleOperation(post_shutdown_action=post_shutdown_action),
        )

    def shutdown_roles(
        self,
        service_name: str,
        deployment_name: str,
        role_names: list[str],
        post_shutdown_action: str = "Stopped",
    ) -> AsynchronousOperationResult:
        """Shuts down several virtual machines of a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import ShutdownRolesOperation

        return self._call(
            SHUTDOWN_ROLES,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_names": role_names,
                "post_shutdown_action": post_shutdown_action,
            },
            ShutdownRolesOperation(roles=role_names, post_shutdown_action=post_shutdown_action),
        )

    def get_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
    ) -> DataVirtualHardDisk:
        """Returns the data disk of a virtual machine at a logical unit number.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_DATA_DISK,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "lun": lun,
            },
            None,
        )

    def add_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        host_caching: str | None = None,
        media_link: str | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        logical_disk_size_in_gb: int | None = None,
        source_media_link: str | None = None,
    ) -> AsynchronousOperationResult:
        """Attaches a new, existing or copied data disk to a virtual machine.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            host_caching: None ReadOnly or ReadWrite.
            media_link: Where a new empty disk's blob goes.
            disk_name: Attach this disk of the image repository.
            source_media_link: Attach this existing VHD blob.
        """
        from servicemanagement._generated.models_compute import DataVirtualHardDisk

        return self._call(
            ADD_DATA_DISK,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "lun": lun,
                "host_caching": host_caching,
                "media_link": media_link,
                "disk_label": disk_label,
                "disk_name": disk_name,
                "logical_disk_size_in_gb": logical_disk_size_in_gb,
                "source_media_link": source_media_link,
            },
            DataVirtualHardDisk(
                host_caching=host_caching,
                disk_label=disk_label,
                disk_name=disk_name,
                lun=lun,
                logical_disk_size_in_gb=logical_disk_size_in_gb,
                media_link=media_link,
                source_media_link=source_media_link,
            ),
        )

    def update_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        host_caching: str | None = None,
        media_link: str | None = None,
        updated_lun: int | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        logical_disk_size_in_gb: int | None = None,
    ) -> AsynchronousOperationResult:
        """Updates the data disk of a virtual machine at a logical unit number.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            updated_lun: The disk's new logical unit number.
        """
        from servicemanagement._generated.models_compute import DataVirtualHardDisk

        return self._call(
            UPDATE_DATA_DISK,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "lun": lun,
                "host_caching": host_caching,
                "media_link": media_link,
                "updated_lun": updated_lun,
                "disk_label": disk_label,
                "disk_name": disk_name,
                "logical_disk_size_in_gb": logical_disk_size_in_gb,
            },
            DataVirtualHardDisk(
                host_caching=host_caching,
                disk_label=disk_label,
                disk_name=disk_name,
                lun=updated_lun,
                logical_disk_size_in_gb=logical_disk_size_in_gb,
                media_link=media_link,
            ),
        )

    def delete_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Detaches a data disk from a virtual machine.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).

        Args:
            delete_vhd: Also delete the disk's blob.
        """
        return self._call(
            DELETE_DATA_DISK,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "lun": lun,
                "delete_vhd": delete_vhd,
            },
            None,
        )
