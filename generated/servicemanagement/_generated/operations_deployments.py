# Generated from spec/operations/deployments.yaml by `make generate`; do not edit.
"""Operations of the deployments area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_compute import (
        Deployment,
        DeploymentEventCollection,
        LoadBalancedEndpoint,
    )
    from servicemanagement.results import AsynchronousOperationResult

GET_DEPLOYMENT_BY_SLOT = OperationSpec(
    name="get_deployment_by_slot",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="Deployment",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the deployment in a slot of a cloud service.",
)

GET_DEPLOYMENT_BY_NAME = OperationSpec(
    name="get_deployment_by_name",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="Deployment",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a deployment by its name.",
)

GET_DEPLOYMENT_PACKAGE_BY_NAME = OperationSpec(
    name="get_deployment_package_by_name",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/package",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("container_uri", "query", wire="containerUri", required=True),
        ParamSpec("overwrite_existing", "query", wire="overwriteExisting", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Copies a deployment's service package and configuration to a storage container.",
)

GET_DEPLOYMENT_PACKAGE_BY_SLOT = OperationSpec(
    name="get_deployment_package_by_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/package",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("container_uri", "query", wire="containerUri", required=True),
        ParamSpec("overwrite_existing", "query", wire="overwriteExisting", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Copies the service package and configuration of the deployment in a slot to a storage container.",
)

LIST_DEPLOYMENT_EVENTS = OperationSpec(
    name="list_deployment_events",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/events",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("start_time", "query", wire="starttime", required=True),
        ParamSpec("end_time", "query", wire="endtime", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="DeploymentEventCollection",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the reboots of a deployment's role instances (e.g. for maintenance) in a time window.",
)

LIST_DEPLOYMENT_EVENTS_BY_SLOT = OperationSpec(
    name="list_deployment_events_by_slot",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/events",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("start_time", "query", wire="starttime", required=True),
        ParamSpec("end_time", "query", wire="endtime", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="DeploymentEventCollection",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the reboots of the role instances of the deployment in a slot in a time window.",
)

UPDATE_VIRTUAL_MACHINE_LOAD_BALANCED_ENDPOINT_SET = OperationSpec(
    name="update_virtual_machine_load_balanced_endpoint_set",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec(
            "load_balanced_endpoints", "body", type="list[LoadBalancedEndpoint]", required=True
        ),
    ),
    fixed_query=(("comp", "UpdateLbSet"),),
    request_type="LoadBalancedEndpointList",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Changes the load-balanced endpoint sets of a deployment's virtual machines at once.",
)

CREATE_DEPLOYMENT = OperationSpec(
    name="create_deployment",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("name", "body", required=True),
        ParamSpec("package_url", "body", required=True),
        ParamSpec("label", "body", required=True),
        ParamSpec("configuration", "body", required=True),
        ParamSpec("start_deployment", "body", scalar="bool"),
        ParamSpec("treat_warnings_as_error", "body", scalar="bool"),
        ParamSpec("extended_properties", "body", type="dict"),
    ),
    fixed_query=(),
    request_type="CreateDeployment",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Uploads a service package and configuration as a new deployment.",
)

DELETE_DEPLOYMENT = OperationSpec(
    name="delete_deployment",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("delete_vhd", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a deployment.",
)

DELETE_DEPLOYMENT_BY_SLOT = OperationSpec(
    name="delete_deployment_by_slot",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("delete_vhd", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes the deployment in a slot of a cloud service.",
)

SWAP_DEPLOYMENT = OperationSpec(
    name="swap_deployment",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("production", "body", required=True),
        ParamSpec("source_deployment", "body", required=True),
    ),
    fixed_query=(),
    request_type="Swap",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Swaps the production and staging deployments (VIP swap).",
)

CHANGE_DEPLOYMENT_CONFIGURATION = OperationSpec(
    name="change_deployment_configuration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("configuration", "body", required=True),
        ParamSpec("treat_warnings_as_error", "body", scalar="bool"),
        ParamSpec("mode", "body", choices=("Auto", "Manual", "Simultaneous")),
        ParamSpec("extended_properties", "body", type="dict"),
    ),
    fixed_query=(("comp", "config"),),
    request_type="ChangeConfiguration",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Replaces the service configuration of a deployment.",
)

CHANGE_DEPLOYMENT_CONFIGURATION_BY_SLOT = OperationSpec(
    name="change_deployment_configuration_by_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("configuration", "body", required=True),
        ParamSpec("treat_warnings_as_error", "body", scalar="bool"),
        ParamSpec("mode", "body", choices=("Auto", "Manual", "Simultaneous")),
        ParamSpec("extended_properties", "body", type="dict"),
    ),
    fixed_query=(("comp", "config"),),
    request_type="ChangeConfiguration",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Replaces the service configuration of the deployment in a slot.",
)

UPDATE_DEPLOYMENT_STATUS = OperationSpec(
    name="update_deployment_status",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("status", "body", choices=("Running", "Suspended"), required=True),
    ),
    fixed_query=(("comp", "status"),),
    request_type="UpdateDeploymentStatus",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Starts (Running) or stops (Suspended) a deployment.",
)

UPDATE_STATUS_BY_DEPLOYMENT_SLOT = OperationSpec(
    name="update_status_by_deployment_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("status", "body", choices=("Running", "Suspended"), required=True),
    ),
    fixed_query=(("comp", "status"),),
    request_type="UpdateDeploymentStatus",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Starts (Running) or stops (Suspended) the deployment in a slot.",
)

UPGRADE_DEPLOYMENT = OperationSpec(
    name="upgrade_deployment",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("mode", "body", choices=("Auto", "Manual", "Simultaneous"), required=True),
        ParamSpec("package_url", "body", required=True),
        ParamSpec("configuration", "body", required=True),
        ParamSpec("label", "body", required=True),
        ParamSpec("force", "body", scalar="bool", required=True),
        ParamSpec("role_to_upgrade", "body"),
        ParamSpec("extended_properties", "body", type="dict"),
    ),
    fixed_query=(("comp", "upgrade"),),
    request_type="UpgradeDeployment",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Starts an in-place upgrade of a deployment to a new package and configuration.",
)

UPGRADE_DEPLOYMENT_BY_SLOT = OperationSpec(
    name="upgrade_deployment_by_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("mode", "body", choices=("Auto", "Manual", "Simultaneous"), required=True),
        ParamSpec("package_url", "body", required=True),
        ParamSpec("configuration", "body", required=True),
        ParamSpec("label", "body", required=True),
        ParamSpec("force", "body", scalar="bool", required=True),
        ParamSpec("role_to_upgrade", "body"),
        ParamSpec("extended_properties", "body", type="dict"),
    ),
    fixed_query=(("comp", "upgrade"),),
    request_type="UpgradeDeployment",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Starts an in-place upgrade of the deployment in a slot.",
)

WALK_UPGRADE_DOMAIN = OperationSpec(
    name="walk_upgrade_domain",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("upgrade_domain", "body", scalar="int", required=True, minimum=0),
    ),
    fixed_query=(("comp", "walkupgradedomain"),),
    request_type="WalkUpgradeDomain",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Upgrades the next upgrade domain of a manual in-place upgrade.",
)

WALK_UPGRADE_DOMAIN_BY_DEPLOYMENT_SLOT = OperationSpec(
    name="walk_upgrade_domain_by_deployment_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("upgrade_domain", "body", scalar="int", required=True, minimum=0),
    ),
    fixed_query=(("comp", "walkupgradedomain"),),
    request_type="WalkUpgradeDomain",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Upgrades the next upgrade domain of a manual in-place upgrade of the deployment in a slot.",
)

ROLLBACK_UPDATE_OR_UPGRADE = OperationSpec(
    name="rollback_update_or_upgrade",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("mode", "body", choices=("Auto", "Manual", "Simultaneous"), required=True),
        ParamSpec("force", "body", scalar="bool", required=True),
    ),
    fixed_query=(("comp", "rollback"),),
    request_type="RollbackUpdateOrUpgrade",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Cancels an in-progress configuration change or upgrade.",
)

ROLLBACK_UPDATE_OR_UPGRADE_BY_DEPLOYMENT_SLOT = OperationSpec(
    name="rollback_update_or_upgrade_by_deployment_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("mode", "body", choices=("Auto", "Manual", "Simultaneous"), required=True),
        ParamSpec("force", "body", scalar="bool", required=True),
    ),
    fixed_query=(("comp", "rollback"),),
    request_type="RollbackUpdateOrUpgrade",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Cancels an in-progress configuration change or upgrade of the deployment in a slot.",
)

REBOOT_ROLE_INSTANCE = OperationSpec(
    name="reboot_role_instance",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_instance_name", "path", required=True),
    ),
    fixed_query=(("comp", "reboot"),),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Reboots a role instance.",
)

REBOOT_ROLE_INSTANCE_BY_DEPLOYMENT_SLOT = OperationSpec(
    name="reboot_role_instance_by_deployment_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("role_instance_name", "path", required=True),
    ),
    fixed_query=(("comp", "reboot"),),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Reboots a role instance of the deployment in a slot.",
)

REIMAGE_ROLE_INSTANCE = OperationSpec(
    name="reimage_role_instance",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_instance_name", "path", required=True),
    ),
    fixed_query=(("comp", "reimage"),),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Reinstalls the operating system of a web or worker role instance.",
)

REIMAGE_ROLE_INSTANCE_BY_DEPLOYMENT_SLOT = OperationSpec(
    name="reimage_role_instance_by_deployment_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("role_instance_name", "path", required=True),
    ),
    fixed_query=(("comp", "reimage"),),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Reinstalls the operating system of a web or worker role instance of the deployment in a slot.",
)

REBUILD_ROLE_INSTANCE = OperationSpec(
    name="rebuild_role_instance",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_instance_name", "path", required=True),
    ),
    fixed_query=(("comp", "rebuild"), ("resources", "allLocalDrives")),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Reinstalls the operating system of a role instance and wipes its local drives.",
)

REBUILD_ROLE_INSTANCE_BY_DEPLOYMENT_SLOT = OperationSpec(
    name="rebuild_role_instance_by_deployment_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("role_instance_name", "path", required=True),
    ),
    fixed_query=(("comp", "rebuild"), ("resources", "allLocalDrives")),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Reinstalls the operating system of a role instance of the deployment in a slot and wipes its local drives.",
)

DELETE_ROLE_INSTANCES = OperationSpec(
    name="delete_role_instances",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_instance_names", "body", type="list[string]", required=True),
    ),
    fixed_query=(("comp", "delete"),),
    request_type="RoleInstances",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes role instances of a deployment.",
)

DELETE_ROLE_INSTANCE_BY_DEPLOYMENT_SLOT = OperationSpec(
    name="delete_role_instance_by_deployment_slot",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/roleinstances/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_slot", "path", required=True),
        ParamSpec("role_instance_names", "body", type="list[string]", required=True),
    ),
    fixed_query=(("comp", "delete"),),
    request_type="RoleInstances",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes role instances of the deployment in a slot.",
)


class ServiceManagementServiceDeploymentsOperations(OperationsBase):
    """The deployments operations of ``ServiceManagementService``."""

    def get_deployment_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
    ) -> Deployment:
        """Returns the deployment in a slot of a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}``
        (GET, x-ms-version 2014-10-01).

        Args:
            deployment_slot: Production or Staging.
        """
        return self._call(
            GET_DEPLOYMENT_BY_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
            },
            None,
        )

    def get_deployment_by_name(
        self,
        service_name: str,
        deployment_name: str,
    ) -> Deployment:
        """Returns a deployment by its name.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_DEPLOYMENT_BY_NAME,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
            },
            None,
        )

    def get_deployment_package_by_name(
        self,
        service_name: str,
        deployment_name: str,
        container_uri: str,
        overwrite_existing: bool | None = None,
    ) -> AsynchronousOperationResult:
        """Copies a deployment's service package and configuration to a storage container.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/package``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            container_uri: The blob container URL the package and configuration are copied
                to.
            overwrite_existing: Replace blobs of the same names.
        """
        return self._call(
            GET_DEPLOYMENT_PACKAGE_BY_NAME,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "container_uri": container_uri,
                "overwrite_existing": overwrite_existing,
            },
            None,
        )

    def get_deployment_package_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        container_uri: str,
        overwrite_existing: bool | None = None,
    ) -> AsynchronousOperationResult:
        """Copies the service package and configuration of the deployment in a slot to a
        storage container.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/package``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
            container_uri: The blob container URL the package and configuration are copied
                to.
            overwrite_existing: Replace blobs of the same names.
        """
        return self._call(
            GET_DEPLOYMENT_PACKAGE_BY_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "container_uri": container_uri,
                "overwrite_existing": overwrite_existing,
            },
            None,
        )

    def list_deployment_events(
        self,
        service_name: str,
        deployment_name: str,
        start_time: str,
        end_time: str,
    ) -> DeploymentEventCollection:
        """Lists the reboots of a deployment's role instances (e.g. for maintenance) in a time
        window.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/events``
        (GET, x-ms-version 2014-10-01).

        Args:
            start_time: Start of the window (UTC, ISO 8601).
            end_time: End of the window (UTC, ISO 8601).
        """
        return self._call(
            LIST_DEPLOYMENT_EVENTS,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "start_time": start_time,
                "end_time": end_time,
            },
            None,
        )

    def list_deployment_events_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        start_time: str,
        end_time: str,
    ) -> DeploymentEventCollection:
        """Lists the reboots of the role instances of the deployment in a slot in a time
        window.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/events``
        (GET, x-ms-version 2014-10-01).

        Args:
            deployment_slot: Production or Staging.
            start_time: Start of the window (UTC, ISO 8601).
            end_time: End of the window (UTC, ISO 8601).
        """
        return self._call(
            LIST_DEPLOYMENT_EVENTS_BY_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "start_time": start_time,
                "end_time": end_time,
            },
            None,
        )

    def update_virtual_machine_load_balanced_endpoint_set(
        self,
        service_name: str,
        deployment_name: str,
        load_balanced_endpoints: list[LoadBalancedEndpoint],
    ) -> AsynchronousOperationResult:
        """Changes the load-balanced endpoint sets of a deployment's virtual machines at once.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            load_balanced_endpoints: The endpoints of the sets to change, each naming its
                load_balanced_endpoint_set_name.
        """
        from servicemanagement._generated.models_compute import LoadBalancedEndpointList

        return self._call(
            UPDATE_VIRTUAL_MACHINE_LOAD_BALANCED_ENDPOINT_SET,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "load_balanced_endpoints": load_balanced_endpoints,
            },
            LoadBalancedEndpointList(input_endpoints=load_balanced_endpoints),
        )

    def create_deployment(
        self,
        service_name: str,
        deployment_slot: str,
        name: str,
        package_url: str,
        label: str,
        configuration: str,
        start_deployment: bool = False,
        treat_warnings_as_error: bool = False,
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Uploads a service package and configuration as a new deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
            package_url: The blob URL of the service package (.cspkg).
            label: Sent base64-encoded.
            configuration: The service configuration (.cscfg) base64-encoded.
        """
        from servicemanagement._generated.models_compute import CreateDeployment

        return self._call(
            CREATE_DEPLOYMENT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "name": name,
                "package_url": package_url,
                "label": label,
                "configuration": configuration,
                "start_deployment": start_deployment,
                "treat_warnings_as_error": treat_warnings_as_error,
                "extended_properties": extended_properties,
            },
            CreateDeployment(
                name=name,
                package_url=package_url,
                label=label,
                configuration=configuration,
                start_deployment=start_deployment,
                treat_warnings_as_error=treat_warnings_as_error,
                extended_properties=extended_properties,
            ),
        )

    def delete_deployment(
        self,
        service_name: str,
        deployment_name: str,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Deletes a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).

        Args:
            delete_vhd: Also delete the disks of the deployment's virtual machines and their
                blobs.
        """
        return self._call(
            DELETE_DEPLOYMENT,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "delete_vhd": delete_vhd,
            },
            None,
        )

    def delete_deployment_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Deletes the deployment in a slot of a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
            delete_vhd: Also delete the disks of the deployment's virtual machines and their
                blobs.
        """
        return self._call(
            DELETE_DEPLOYMENT_BY_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "delete_vhd": delete_vhd,
            },
            None,
        )

    def swap_deployment(
        self,
        service_name: str,
        production: str,
        source_deployment: str,
    ) -> AsynchronousOperationResult:
        """Swaps the production and staging deployments (VIP swap).

        ``/{subscription_id}/services/hostedservices/{service_name}``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            production: The name of the deployment now in production.
            source_deployment: The name of the deployment to move to production.
        """
        from servicemanagement._generated.models_compute import Swap

        return self._call(
            SWAP_DEPLOYMENT,
            {
                "service_name": service_name,
                "production": production,
                "source_deployment": source_deployment,
            },
            Swap(production=production, source_deployment=source_deployment),
        )

    def change_deployment_configuration(
        self,
        service_name: str,
        deployment_name: str,
        configuration: str,
        treat_warnings_as_error: bool = False,
        mode: str = "Auto",
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Replaces the service configuration of a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            configuration: The new service configuration (base64-encoded).
            mode: Auto or Manual (upgrade domain by upgrade domain).
        """
        from servicemanagement._generated.models_compute import ChangeConfiguration

        return self._call(
            CHANGE_DEPLOYMENT_CONFIGURATION,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "configuration": configuration,
                "treat_warnings_as_error": treat_warnings_as_error,
                "mode": mode,
                "extended_properties": extended_properties,
            },
            ChangeConfiguration(
                configuration=configuration,
                treat_warnings_as_error=treat_warnings_as_error,
                mode=mode,
                extended_properties=extended_properties,
            ),
        )

    def change_deployment_configuration_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        configuration: str,
        treat_warnings_as_error: bool = False,
        mode: str = "Auto",
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Replaces the service configuration of the deployment in a slot.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
            configuration: The new service configuration (base64-encoded).
            mode: Auto or Manual (upgrade domain by upgrade domain).
        """
        from servicemanagement._generated.models_compute import ChangeConfiguration

        return self._call(
            CHANGE_DEPLOYMENT_CONFIGURATION_BY_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "configuration": configuration,
                "treat_warnings_as_error": treat_warnings_as_error,
                "mode": mode,
                "extended_properties": extended_properties,
            },
            ChangeConfiguration(
                configuration=configuration,
                treat_warnings_as_error=treat_warnings_as_error,
                mode=mode,
                extended_properties=extended_properties,
            ),
        )

    def update_deployment_status(
        self,
        service_name: str,
        deployment_name: str,
        status: str,
    ) -> AsynchronousOperationResult:
        """Starts (Running) or stops (Suspended) a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            status: Running or Suspended.
        """
        from servicemanagement._generated.models_compute import UpdateDeploymentStatus

        return self._call(
            UPDATE_DEPLOYMENT_STATUS,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "status": status,
            },
            UpdateDeploymentStatus(status=status),
        )

    def update_status_by_deployment_slot(
        self,
        service_name: str,
        deployment_slot: str,
        status: str,
    ) -> AsynchronousOperationResult:
        """Starts (Running) or stops (Suspended) the deployment in a slot.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
            status: Running or Suspended.
        """
        from servicemanagement._generated.models_compute import UpdateDeploymentStatus

        return self._call(
            UPDATE_STATUS_BY_DEPLOYMENT_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "status": status,
            },
            UpdateDeploymentStatus(status=status),
        )

    def upgrade_deployment(
        self,
        service_name: str,
        deployment_name: str,
        mode: str,
        package_url: str,
        configuration: str,
        label: str,
        force: bool,
        role_to_upgrade: str | None = None,
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Starts an in-place upgrade of a deployment to a new package and configuration.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            mode: Auto or Manual.
            package_url: The blob URL of the new service package.
            configuration: The new service configuration (base64-encoded).
            label: Sent base64-encoded.
            role_to_upgrade: Upgrade only this role.
        """
        from servicemanagement._generated.models_compute import UpgradeDeployment

        return self._call(
            UPGRADE_DEPLOYMENT,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "mode": mode,
                "package_url": package_url,
                "configuration": configuration,
                "label": label,
                "force": force,
                "role_to_upgrade": role_to_upgrade,
                "extended_properties": extended_properties,
            },
            UpgradeDeployment(
                mode=mode,
                package_url=package_url,
                configuration=configuration,
                label=label,
                role_to_upgrade=role_to_upgrade,
                force=force,
                extended_properties=extended_properties,
            ),
        )

    def upgrade_deployment_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
        mode: str,
        package_url: str,
        configuration: str,
        label: str,
        force: bool,
        role_to_upgrade: str | None = None,
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Starts an in-place upgrade of the deployment in a slot.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
            mode: Auto or Manual.
            package_url: The blob URL of the new service package.
            configuration: The new service configuration (base64-encoded).
            label: Sent base64-encoded.
            role_to_upgrade: Upgrade only this role.
        """
        from servicemanagement._generated.models_compute import UpgradeDeployment

        return self._call(
            UPGRADE_DEPLOYMENT_BY_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "mode": mode,
                "package_url": package_url,
                "configuration": configuration,
                "label": label,
                "force": force,
                "role_to_upgrade": role_to_upgrade,
                "extended_properties": extended_properties,
            },
            UpgradeDeployment(
                mode=mode,
                package_url=package_url,
                configuration=configuration,
                label=label,
                role_to_upgrade=role_to_upgrade,
                force=force,
                extended_properties=extended_properties,
            ),
        )

    def walk_upgrade_domain(
        self,
        service_name: str,
        deployment_name: str,
        upgrade_domain: int,
    ) -> AsynchronousOperationResult:
        """Upgrades the next upgrade domain of a manual in-place upgrade.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import WalkUpgradeDomain

        return self._call(
            WALK_UPGRADE_DOMAIN,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "upgrade_domain": upgrade_domain,
            },
            WalkUpgradeDomain(upgrade_domain=upgrade_domain),
        )

    def walk_upgrade_domain_by_deployment_slot(
        self,
        service_name: str,
        deployment_slot: str,
        upgrade_domain: int,
    ) -> AsynchronousOperationResult:
        """Upgrades the next upgrade domain of a manual in-place upgrade of the deployment in a
        slot.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
        """
        from servicemanagement._generated.models_compute import WalkUpgradeDomain

        return self._call(
            WALK_UPGRADE_DOMAIN_BY_DEPLOYMENT_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "upgrade_domain": upgrade_domain,
            },
            WalkUpgradeDomain(upgrade_domain=upgrade_domain),
        )

    def rollback_update_or_upgrade(
        self,
        service_name: str,
        deployment_name: str,
        mode: str,
        force: bool,
    ) -> AsynchronousOperationResult:
        """Cancels an in-progress configuration change or upgrade.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            mode: Auto or Manual.
        """
        from servicemanagement._generated.models_compute import RollbackUpdateOrUpgrade

        return self._call(
            ROLLBACK_UPDATE_OR_UPGRADE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "mode": mode,
                "force": force,
            },
            RollbackUpdateOrUpgrade(mode=mode, force=force),
        )

    def rollback_update_or_upgrade_by_deployment_slot(
        self,
        service_name: str,
        deployment_slot: str,
        mode: str,
        force: bool,
    ) -> AsynchronousOperationResult:
        """Cancels an in-progress configuration change or upgrade of the deployment in a slot.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
            mode: Auto or Manual.
        """
        from servicemanagement._generated.models_compute import RollbackUpdateOrUpgrade

        return self._call(
            ROLLBACK_UPDATE_OR_UPGRADE_BY_DEPLOYMENT_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "mode": mode,
                "force": force,
            },
            RollbackUpdateOrUpgrade(mode=mode, force=force),
        )

    def reboot_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reboots a role instance.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            REBOOT_ROLE_INSTANCE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_instance_name": role_instance_name,
            },
            None,
        )

    def reboot_role_instance_by_deployment_slot(
        self,
        service_name: str,
        deployment_slot: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reboots a role instance of the deployment in a slot.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
        """
        return self._call(
            REBOOT_ROLE_INSTANCE_BY_DEPLOYMENT_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "role_instance_name": role_instance_name,
            },
            None,
        )

    def reimage_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reinstalls the operating system of a web or worker role instance.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            REIMAGE_ROLE_INSTANCE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_instance_name": role_instance_name,
            },
            None,
        )

    def reimage_role_instance_by_deployment_slot(
        self,
        service_name: str,
        deployment_slot: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reinstalls the operating system of a web or worker role instance of the deployment
        in a slot.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
        """
        return self._call(
            REIMAGE_ROLE_INSTANCE_BY_DEPLOYMENT_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "role_instance_name": role_instance_name,
            },
            None,
        )

    def rebuild_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reinstalls the operating system of a role instance and wipes its local drives.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            REBUILD_ROLE_INSTANCE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_instance_name": role_instance_name,
            },
            None,
        )

    def rebuild_role_instance_by_deployment_slot(
        self,
        service_name: str,
        deployment_slot: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reinstalls the operating system of a role instance of the deployment in a slot and
        wipes its local drives.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/roleinstances/{role_instance_name}``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
        """
        return self._call(
            REBUILD_ROLE_INSTANCE_BY_DEPLOYMENT_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "role_instance_name": role_instance_name,
            },
            None,
        )

    def delete_role_instances(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_names: list[str],
    ) -> AsynchronousOperationResult:
        """Deletes role instances of a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import RoleInstances

        return self._call(
            DELETE_ROLE_INSTANCES,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_instance_names": role_instance_names,
            },
            RoleInstances(role_instance_names=role_instance_names),
        )

    def delete_role_instance_by_deployment_slot(
        self,
        service_name: str,
        deployment_slot: str,
        role_instance_names: list[str],
    ) -> AsynchronousOperationResult:
        """Deletes role instances of the deployment in a slot.

        ``/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/roleinstances/``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            deployment_slot: Production or Staging.
        """
        from servicemanagement._generated.models_compute import RoleInstances

        return self._call(
            DELETE_ROLE_INSTANCE_BY_DEPLOYMENT_SLOT,
            {
                "service_name": service_name,
                "deployment_slot": deployment_slot,
                "role_instance_names": role_instance_names,
            },
            RoleInstances(role_instance_names=role_instance_names),
        )
