# Generated from spec/operations/migration.yaml by `make generate`; do not edit.
"""Operations of the migration area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_migration import (
        MigrationValidationMessages,
    )
    from servicemanagement.results import AsynchronousOperationResult

VALIDATE_DEPLOYMENT_MIGRATION = OperationSpec(
    name="validate_deployment_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/migration",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("resource_group_name", "body", required=True),
        ParamSpec("virtual_network_name", "body", required=True),
        ParamSpec("subnet_name", "body", required=True),
        ParamSpec("destination_virtual_network", "body", required=True),
    ),
    fixed_query=(("comp", "validate"),),
    request_type="DeploymentNetworkResource",
    response_type="MigrationValidationMessages",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Validates the migration of a deployment (its virtual machines, cloud service and storage) to Azure Resource Manager.",
)

PREPARE_DEPLOYMENT_MIGRATION = OperationSpec(
    name="prepare_deployment_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/migration",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("resource_group_name", "body", required=True),
        ParamSpec("virtual_network_name", "body", required=True),
        ParamSpec("subnet_name", "body", required=True),
        ParamSpec("destination_virtual_network", "body", required=True),
    ),
    fixed_query=(("comp", "prepare"),),
    request_type="DeploymentNetworkResource",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type="application/xml",
    doc="Prepares the migration of a deployment (its virtual machines, cloud service and storage) to Azure Resource Manager.",
)

COMMIT_DEPLOYMENT_MIGRATION = OperationSpec(
    name="commit_deployment_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/migration",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
    ),
    fixed_query=(("comp", "commit"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Commits a prepared migration of a deployment (its virtual machines, cloud service and storage) to Azure Resource Manager.",
)

ABORT_DEPLOYMENT_MIGRATION = OperationSpec(
    name="abort_deployment_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/migration",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
    ),
    fixed_query=(("comp", "abort"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Aborts a prepared migration of a deployment (its virtual machines, cloud service and storage), leaving it classic.",
)

VALIDATE_NETWORK_SECURITY_GROUP_MIGRATION = OperationSpec(
    name="validate_network_security_group_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_security_group_name", "path", required=True),),
    fixed_query=(("comp", "validate"),),
    request_type=None,
    response_type="MigrationValidationMessages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Validates the migration of a network security group to Azure Resource Manager.",
)

PREPARE_NETWORK_SECURITY_GROUP_MIGRATION = OperationSpec(
    name="prepare_network_security_group_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_security_group_name", "path", required=True),),
    fixed_query=(("comp", "prepare"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Prepares the migration of a network security group to Azure Resource Manager.",
)

COMMIT_NETWORK_SECURITY_GROUP_MIGRATION = OperationSpec(
    name="commit_network_security_group_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_security_group_name", "path", required=True),),
    fixed_query=(("comp", "commit"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Commits a prepared migration of a network security group to Azure Resource Manager.",
)

ABORT_NETWORK_SECURITY_GROUP_MIGRATION = OperationSpec(
    name="abort_network_security_group_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_security_group_name", "path", required=True),),
    fixed_query=(("comp", "abort"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Aborts a prepared migration of a network security group, leaving it classic.",
)

VALIDATE_RESERVED_IP_MIGRATION = OperationSpec(
    name="validate_reserved_ip_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/reservedips/{ip_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("ip_name", "path", required=True),),
    fixed_query=(("comp", "validate"),),
    request_type=None,
    response_type="MigrationValidationMessages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Validates the migration of a reserved IP address to Azure Resource Manager.",
)

PREPARE_RESERVED_IP_MIGRATION = OperationSpec(
    name="prepare_reserved_ip_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/reservedips/{ip_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("ip_name", "path", required=True),),
    fixed_query=(("comp", "prepare"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Prepares the migration of a reserved IP address to Azure Resource Manager.",
)

COMMIT_RESERVED_IP_MIGRATION = OperationSpec(
    name="commit_reserved_ip_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/reservedips/{ip_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("ip_name", "path", required=True),),
    fixed_query=(("comp", "commit"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Commits a prepared migration of a reserved IP address to Azure Resource Manager.",
)

ABORT_RESERVED_IP_MIGRATION = OperationSpec(
    name="abort_reserved_ip_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/reservedips/{ip_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("ip_name", "path", required=True),),
    fixed_query=(("comp", "abort"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Aborts a prepared migration of a reserved IP address, leaving it classic.",
)

VALIDATE_ROUTE_MIGRATION = OperationSpec(
    name="validate_route_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/routetables/{route_table_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("route_table_name", "path", required=True),),
    fixed_query=(("comp", "validate"),),
    request_type=None,
    response_type="MigrationValidationMessages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Validates the migration of a route table to Azure Resource Manager.",
)

PREPARE_ROUTE_MIGRATION = OperationSpec(
    name="prepare_route_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/routetables/{route_table_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("route_table_name", "path", required=True),),
    fixed_query=(("comp", "prepare"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Prepares the migration of a route table to Azure Resource Manager.",
)

COMMIT_ROUTE_MIGRATION = OperationSpec(
    name="commit_route_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/routetables/{route_table_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("route_table_name", "path", required=True),),
    fixed_query=(("comp", "commit"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Commits a prepared migration of a route table to Azure Resource Manager.",
)

ABORT_ROUTE_MIGRATION = OperationSpec(
    name="abort_route_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/routetables/{route_table_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("route_table_name", "path", required=True),),
    fixed_query=(("comp", "abort"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Aborts a prepared migration of a route table, leaving it classic.",
)

VALIDATE_VIRTUAL_NETWORK_MIGRATION = OperationSpec(
    name="validate_virtual_network_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("virtual_network_name", "path", required=True),),
    fixed_query=(("comp", "validate"),),
    request_type=None,
    response_type="MigrationValidationMessages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Validates the migration of a virtual network to Azure Resource Manager.",
)

PREPARE_VIRTUAL_NETWORK_MIGRATION = OperationSpec(
    name="prepare_virtual_network_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("virtual_network_name", "path", required=True),),
    fixed_query=(("comp", "prepare"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Prepares the migration of a virtual network to Azure Resource Manager.",
)

COMMIT_VIRTUAL_NETWORK_MIGRATION = OperationSpec(
    name="commit_virtual_network_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("virtual_network_name", "path", required=True),),
    fixed_query=(("comp", "commit"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Commits a prepared migration of a virtual network to Azure Resource Manager.",
)

ABORT_VIRTUAL_NETWORK_MIGRATION = OperationSpec(
    name="abort_virtual_network_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/migration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("virtual_network_name", "path", required=True),),
    fixed_query=(("comp", "abort"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Aborts a prepared migration of a virtual network, leaving it classic.",
)


class ServiceManagementServiceMigrationOperations(OperationsBase):
    """The migration operations of ``ServiceManagementService``."""

    def validate_deployment_migration(
        self,
        service_name: str,
        deployment_name: str,
        resource_group_name: str,
        virtual_network_name: str,
        subnet_name: str,
        destination_virtual_network: str,
    ) -> MigrationValidationMessages:
        """Validates the migration of a deployment (its virtual machines, cloud service and
        storage) to Azure Resource Manager.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/migration``
        (POST, x-ms-version 2017-01-01).

        Args:
            resource_group_name: The Resource Manager resource group to migrate into.
            virtual_network_name: The Resource Manager virtual network to migrate into.
            subnet_name: The subnet of that virtual network.
            destination_virtual_network: Which network the deployment joins (e.g. New or
                Existing).
        """
        from servicemanagement._generated.models_migration import DeploymentNetworkResource

        return self._call(
            VALIDATE_DEPLOYMENT_MIGRATION,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "resource_group_name": resource_group_name,
                "virtual_network_name": virtual_network_name,
                "subnet_name": subnet_name,
                "destination_virtual_network": destination_virtual_network,
            },
            DeploymentNetworkResource(
                resource_group_name=resource_group_name,
                virtual_network_name=virtual_network_name,
                subnet_name=subnet_name,
                destination_virtual_network=destination_virtual_network,
            ),
        )

    def prepare_deployment_migration(
        self,
        service_name: str,
        deployment_name: str,
        resource_group_name: str,
        virtual_network_name: str,
        subnet_name: str,
        destination_virtual_network: str,
    ) -> AsynchronousOperationResult:
        """Prepares the migration of a deployment (its virtual machines, cloud service and
        storage) to Azure Resource Manager.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/migration``
        (POST, x-ms-version 2017-01-01, asynchronous).

        Args:
            resource_group_name: The Resource Manager resource group to migrate into.
            virtual_network_name: The Resource Manager virtual network to migrate into.
            subnet_name: The subnet of that virtual network.
            destination_virtual_network: Which network the deployment joins (e.g. New or
                Existing).
        """
        from servicemanagement._generated.models_migration import DeploymentNetworkResource

        return self._call(
            PREPARE_DEPLOYMENT_MIGRATION,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "resource_group_name": resource_group_name,
                "virtual_network_name": virtual_network_name,
                "subnet_name": subnet_name,
                "destination_virtual_network": destination_virtual_network,
            },
            DeploymentNetworkResource(
                resource_group_name=resource_group_name,
                virtual_network_name=virtual_network_name,
                subnet_name=subnet_name,
                destination_virtual_network=destination_virtual_network,
            ),
        )

    def commit_deployment_migration(
        self,
        service_name: str,
        deployment_name: str,
    ) -> AsynchronousOperationResult:
        """Commits a prepared migration of a deployment (its virtual machines, cloud service
        and storage) to Azure Resource Manager.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/migration``
        (POST, x-ms-version 2017-01-01, asynchronous).
        """
        return self._call(
            COMMIT_DEPLOYMENT_MIGRATION,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
            },
            None,
        )

    def abort_deployment_migration(
        self,
        service_name: str,
        deployment_name: str,
    ) -> AsynchronousOperationResult:
        """Aborts a prepared migration of a deployment (its virtual machines, cloud service and
        storage), leaving it classic.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/migration``
        (POST, x-ms-version 2017-01-01, asynchronous).
        """
        return self._call(
            ABORT_DEPLOYMENT_MIGRATION,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
            },
            None,
        )

    def validate_network_security_group_migration(
        self,
        network_security_group_name: str,
    ) -> MigrationValidationMessages:
        """Validates the migration of a network security group to Azure Resource Manager.

        ``/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/migration``
        (POST, x-ms-version 2016-07-01).
        """
        return self._call(
            VALIDATE_NETWORK_SECURITY_GROUP_MIGRATION,
            {
                "network_security_group_name": network_security_group_name,
            },
            None,
        )

    def prepare_network_security_group_migration(
        self,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Prepares the migration of a network security group to Azure Resource Manager.

        ``/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            PREPARE_NETWORK_SECURITY_GROUP_MIGRATION,
            {
                "network_security_group_name": network_security_group_name,
            },
            None,
        )

    def commit_network_security_group_migration(
        self,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Commits a prepared migration of a network security group to Azure Resource Manager.

        ``/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            COMMIT_NETWORK_SECURITY_GROUP_MIGRATION,
            {
                "network_security_group_name": network_security_group_name,
            },
            None,
        )

    def abort_network_security_group_migration(
        self,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Aborts a prepared migration of a network security group, leaving it classic.

        ``/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            ABORT_NETWORK_SECURITY_GROUP_MIGRATION,
            {
                "network_security_group_name": network_security_group_name,
            },
            None,
        )

    def validate_reserved_ip_migration(
        self,
        ip_name: str,
    ) -> MigrationValidationMessages:
        """Validates the migration of a reserved IP address to Azure Resource Manager.

        ``/{subscription_id}/services/networking/reservedips/{ip_name}/migration``
        (POST, x-ms-version 2016-07-01).
        """
        return self._call(
            VALIDATE_RESERVED_IP_MIGRATION,
            {
                "ip_name": ip_name,
            },
            None,
        )

    def prepare_reserved_ip_migration(
        self,
        ip_name: str,
    ) -> AsynchronousOperationResult:
        """Prepares the migration of a reserved IP address to Azure Resource Manager.

        ``/{subscription_id}/services/networking/reservedips/{ip_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            PREPARE_RESERVED_IP_MIGRATION,
            {
                "ip_name": ip_name,
            },
            None,
        )

    def commit_reserved_ip_migration(
        self,
        ip_name: str,
    ) -> AsynchronousOperationResult:
        """Commits a prepared migration of a reserved IP address to Azure Resource Manager.

        ``/{subscription_id}/services/networking/reservedips/{ip_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            COMMIT_RESERVED_IP_MIGRATION,
            {
                "ip_name": ip_name,
            },
            None,
        )

    def abort_reserved_ip_migration(
        self,
        ip_name: str,
    ) -> AsynchronousOperationResult:
        """Aborts a prepared migration of a reserved IP address, leaving it classic.

        ``/{subscription_id}/services/networking/reservedips/{ip_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            ABORT_RESERVED_IP_MIGRATION,
            {
                "ip_name": ip_name,
            },
            None,
        )

    def validate_route_migration(
        self,
        route_table_name: str,
    ) -> MigrationValidationMessages:
        """Validates the migration of a route table to Azure Resource Manager.

        ``/{subscription_id}/services/networking/routetables/{route_table_name}/migration``
        (POST, x-ms-version 2016-07-01).
        """
        return self._call(
            VALIDATE_ROUTE_MIGRATION,
            {
                "route_table_name": route_table_name,
            },
            None,
        )

    def prepare_route_migration(
        self,
        route_table_name: str,
    ) -> AsynchronousOperationResult:
        """Prepares the migration of a route table to Azure Resource Manager.

        ``/{subscription_id}/services/networking/routetables/{route_table_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            PREPARE_ROUTE_MIGRATION,
            {
                "route_table_name": route_table_name,
            },
            None,
        )

    def commit_route_migration(
        self,
        route_table_name: str,
    ) -> AsynchronousOperationResult:
        """Commits a prepared migration of a route table to Azure Resource Manager.

        ``/{subscription_id}/services/networking/routetables/{route_table_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            COMMIT_ROUTE_MIGRATION,
            {
                "route_table_name": route_table_name,
            },
            None,
        )

    def abort_route_migration(
        self,
        route_table_name: str,
    ) -> AsynchronousOperationResult:
        """Aborts a prepared migration of a route table, leaving it classic.

        ``/{subscription_id}/services/networking/routetables/{route_table_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            ABORT_ROUTE_MIGRATION,
            {
                "route_table_name": route_table_name,
            },
            None,
        )

    def validate_virtual_network_migration(
        self,
        virtual_network_name: str,
    ) -> MigrationValidationMessages:
        """Validates the migration of a virtual network to Azure Resource Manager.

        ``/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/migration``
        (POST, x-ms-version 2016-07-01).
        """
        return self._call(
            VALIDATE_VIRTUAL_NETWORK_MIGRATION,
            {
                "virtual_network_name": virtual_network_name,
            },
            None,
        )

    def prepare_virtual_network_migration(
        self,
        virtual_network_name: str,
    ) -> AsynchronousOperationResult:
        """Prepares the migration of a virtual network to Azure Resource Manager.

        ``/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            PREPARE_VIRTUAL_NETWORK_MIGRATION,
            {
                "virtual_network_name": virtual_network_name,
            },
            None,
        )

    def commit_virtual_network_migration(
        self,
        virtual_network_name: str,
    ) -> AsynchronousOperationResult:
        """Commits a prepared migration of a virtual network to Azure Resource Manager.

        ``/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            COMMIT_VIRTUAL_NETWORK_MIGRATION,
            {
                "virtual_network_name": virtual_network_name,
            },
            None,
        )

    def abort_virtual_network_migration(
        self,
        virtual_network_name: str,
    ) -> AsynchronousOperationResult:
        """Aborts a prepared migration of a virtual network, leaving it classic.

        ``/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/migration``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            ABORT_VIRTUAL_NETWORK_MIGRATION,
            {
                "virtual_network_name": virtual_network_name,
            },
            None,
        )
