# Generated from spec/operations/network_security_groups.yaml by `make generate`; do not edit.
"""Operations of the network_security_groups area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_network_security_groups import (
        NetworkSecurityGroup,
        NetworkSecurityGroups,
    )
    from servicemanagement.results import AsynchronousOperationResult

CREATE_NETWORK_SECURITY_GROUP = OperationSpec(
    name="create_network_security_group",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/networksecuritygroups",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_security_group_name", "body", required=True),
        ParamSpec("location", "body", required=True),
        ParamSpec("label", "body"),
    ),
    fixed_query=(),
    request_type="NetworkSecurityGroup",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Creates a network security group (with the default rules) in a location.",
)

DELETE_NETWORK_SECURITY_GROUP = OperationSpec(
    name="delete_network_security_group",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_security_group_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a network security group that nothing uses.",
)

GET_NETWORK_SECURITY_GROUP = OperationSpec(
    name="get_network_security_group",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_security_group_name", "path", required=True),
        ParamSpec("detail_level", "query", wire="detaillevel"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="NetworkSecurityGroup",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a network security group (with its rules when detail_level is Full).",
)

LIST_NETWORK_SECURITY_GROUP = OperationSpec(
    name="list_network_security_group",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/networksecuritygroups",
    x_ms_version="2016-07-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="NetworkSecurityGroups",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the network security groups of the subscription.",
)

SET_NETWORK_SECURITY_GROUP_RULE = OperationSpec(
    name="set_network_security_group_rule",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/rules/{rule_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_security_group_name", "path", required=True),
        ParamSpec("rule_name", "path", required=True),
        ParamSpec("rule_type", "body", required=True),
        ParamSpec("priority", "body", scalar="int", required=True),
        ParamSpec("action", "body", required=True),
        ParamSpec("source_address_prefix", "body", required=True),
        ParamSpec("source_port_range", "body", required=True),
        ParamSpec("destination_address_prefix", "body", required=True),
        ParamSpec("destination_port_range", "body", required=True),
        ParamSpec("protocol", "body", required=True),
    ),
    fixed_query=(),
    request_type="NetworkSecurityRule",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Adds a rule to a network security group or replaces the rule of that name.",
)

DELETE_NETWORK_SECURITY_GROUP_RULE = OperationSpec(
    name="delete_network_security_group_rule",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/rules/{rule_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_security_group_name", "path", required=True),
        ParamSpec("rule_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a rule of a network security group.",
)

ADD_NETWORK_SECURITY_GROUP_TO_ROLE = OperationSpec(
    name="add_network_security_group_to_role",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networksecuritygroups",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("network_security_group_name", "body", required=True),
    ),
    fixed_query=(),
    request_type="NetworkSecurityGroup",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Applies a network security group to a role.",
)

GET_NETWORK_SECURITY_GROUP_FOR_ROLE = OperationSpec(
    name="get_network_security_group_for_role",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networksecuritygroups",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="NetworkSecurityGroup",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the network security group applied to a role (its Name and State).",
)

REMOVE_NETWORK_SECURITY_GROUP_FROM_ROLE = OperationSpec(
    name="remove_network_security_group_from_role",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networksecuritygroups/{network_security_group_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("network_security_group_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes a network security group from a role.",
)

ADD_NETWORK_SECURITY_GROUP_TO_NETWORK_INTERFACE = OperationSpec(
    name="add_network_security_group_to_network_interface",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/networksecuritygroups",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("network_interface_name", "path", required=True),
        ParamSpec("network_security_group_name", "body", required=True),
    ),
    fixed_query=(),
    request_type="NetworkSecurityGroup",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Applies a network security group to a network interface of a role.",
)

GET_NETWORK_SECURITY_GROUP_FOR_NETWORK_INTERFACE = OperationSpec(
    name="get_network_security_group_for_network_interface",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/networksecuritygroups",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("network_interface_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="NetworkSecurityGroup",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the network security group applied to a network interface of a role (its Name and State).",
)

REMOVE_NETWORK_SECURITY_GROUP_FROM_NETWORK_INTERFACE = OperationSpec(
    name="remove_network_security_group_from_network_interface",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/networksecuritygroups/{network_security_group_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("network_interface_name", "path", required=True),
        ParamSpec("network_security_group_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes a network security group from a network interface of a role.",
)

ADD_NETWORK_SECURITY_GROUP_TO_SUBNET = OperationSpec(
    name="add_network_security_group_to_subnet",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/subnets/{subnet_name}/networksecuritygroups",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("virtual_network_name", "path", required=True),
        ParamSpec("subnet_name", "path", required=True),
        ParamSpec("network_security_group_name", "body", required=True),
    ),
    fixed_query=(),
    request_type="NetworkSecurityGroup",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Applies a network security group to a subnet of a virtual network.",
)

GET_NETWORK_SECURITY_GROUP_FOR_SUBNET = OperationSpec(
    name="get_network_security_group_for_subnet",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/subnets/{subnet_name}/networksecuritygroups",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("virtual_network_name", "path", required=True),
        ParamSpec("subnet_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="NetworkSecurityGroup",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the network security group applied to a subnet of a virtual network (its Name and State).",
)

REMOVE_NETWORK_SECURITY_GROUP_FROM_SUBNET = OperationSpec(
    name="remove_network_security_group_from_subnet",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/subnets/{subnet_name}/networksecuritygroups/{network_security_group_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("virtual_network_name", "path", required=True),
        ParamSpec("subnet_name", "path", required=True),
        ParamSpec("network_security_group_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes a network security group from a subnet of a virtual network.",
)


class ServiceManagementServiceNetworkSecurityGroupsOperations(OperationsBase):
    """The network_security_groups operations of ``ServiceManagementService``."""

    def create_network_security_group(
        self,
        network_security_group_name: str,
        location: str,
        label: str | None = None,
    ) -> AsynchronousOperationResult:
        """Creates a network security group (with the default rules) in a location.

        ``/{subscription_id}/services/networking/networksecuritygroups``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        from servicemanagement._generated.models_network_security_groups import NetworkSecurityGroup

        return self._call(
            CREATE_NETWORK_SECURITY_GROUP,
            {
                "network_security_group_name": network_security_group_name,
                "location": location,
                "label": label,
            },
            NetworkSecurityGroup(name=network_security_group_name, label=label, location=location),
        )

    def delete_network_security_group(
        self,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Deletes a network security group that nothing uses.

        ``/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            DELETE_NETWORK_SECURITY_GROUP,
            {
                "network_security_group_name": network_security_group_name,
            },
            None,
        )

    def get_network_security_group(
        self,
        network_security_group_name: str,
        detail_level: str | None = None,
    ) -> NetworkSecurityGroup:
        """Returns a network security group (with its rules when detail_level is Full).

        ``/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}``
        (GET, x-ms-version 2016-07-01).

        Args:
            detail_level: Full: include the rules.
        """
        return self._call(
            GET_NETWORK_SECURITY_GROUP,
            {
                "network_security_group_name": network_security_group_name,
                "detail_level": detail_level,
            },
            None,
        )

    def list_network_security_group(
        self,
    ) -> NetworkSecurityGroups:
        """Lists the network security groups of the subscription.

        ``/{subscription_id}/services/networking/networksecuritygroups``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_NETWORK_SECURITY_GROUP,
            {},
            None,
        )

    def set_network_security_group_rule(
        self,
        network_security_group_name: str,
        rule_name: str,
        rule_type: str,
        priority: int,
        action: str,
        source_address_prefix: str,
        source_port_range: str,
        destination_address_prefix: str,
        destination_port_range: str,
        protocol: str,
    ) -> AsynchronousOperationResult:
        """Adds a rule to a network security group or replaces the rule of that name.

        ``/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/rules/{rule_name}``
        (PUT, x-ms-version 2016-07-01, asynchronous).

        Args:
            rule_type: Inbound or Outbound.
            priority: 100-4096; lower numbers are applied first.
            action: Allow or Deny.
            source_address_prefix: A CIDR prefix, * or a tag (INTERNET, VIRTUAL_NETWORK,
                AZURE_LOADBALANCER).
            source_port_range: A port, a range (1000-2000) or *.
            protocol: TCP, UDP or *.
        """
        from servicemanagement._generated.models_network_security_groups import NetworkSecurityRule

        return self._call(
            SET_NETWORK_SECURITY_GROUP_RULE,
            {
                "network_security_group_name": network_security_group_name,
                "rule_name": rule_name,
                "rule_type": rule_type,
                "priority": priority,
                "action": action,
                "source_address_prefix": source_address_prefix,
                "source_port_range": source_port_range,
                "destination_address_prefix": destination_address_prefix,
                "destination_port_range": destination_port_range,
                "protocol": protocol,
            },
            NetworkSecurityRule(
                type=rule_type,
                priority=priority,
                action=action,
                source_address_prefix=source_address_prefix,
                source_port_range=source_port_range,
                destination_address_prefix=destination_address_prefix,
                destination_port_range=destination_port_range,
                protocol=protocol,
            ),
        )

    def delete_network_security_group_rule(
        self,
        network_security_group_name: str,
        rule_name: str,
    ) -> AsynchronousOperationResult:
        """Deletes a rule of a network security group.

        ``/{subscription_id}/services/networking/networksecuritygroups/{network_security_group_name}/rules/{rule_name}``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            DELETE_NETWORK_SECURITY_GROUP_RULE,
            {
                "network_security_group_name": network_security_group_name,
                "rule_name": rule_name,
            },
            None,
        )

    def add_network_security_group_to_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Applies a network security group to a role.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networksecuritygroups``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        from servicemanagement._generated.models_network_security_groups import NetworkSecurityGroup

        return self._call(
            ADD_NETWORK_SECURITY_GROUP_TO_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "network_security_group_name": network_security_group_name,
            },
            NetworkSecurityGroup(name=network_security_group_name),
        )

    def get_network_security_group_for_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> NetworkSecurityGroup:
        """Returns the network security group applied to a role (its Name and State).

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networksecuritygroups``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_NETWORK_SECURITY_GROUP_FOR_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
            },
            None,
        )

    def remove_network_security_group_from_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Removes a network security group from a role.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networksecuritygroups/{network_security_group_name}``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            REMOVE_NETWORK_SECURITY_GROUP_FROM_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "network_security_group_name": network_security_group_name,
            },
            None,
        )

    def add_network_security_group_to_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Applies a network security group to a network interface of a role.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/networksecuritygroups``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        from servicemanagement._generated.models_network_security_groups import NetworkSecurityGroup

        return self._call(
            ADD_NETWORK_SECURITY_GROUP_TO_NETWORK_INTERFACE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "network_interface_name": network_interface_name,
                "network_security_group_name": network_security_group_name,
            },
            NetworkSecurityGroup(name=network_security_group_name),
        )

    def get_network_security_group_for_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
    ) -> NetworkSecurityGroup:
        """Returns the network security group applied to a network interface of a role (its
        Name and State).

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/networksecuritygroups``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_NETWORK_SECURITY_GROUP_FOR_NETWORK_INTERFACE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "network_interface_name": network_interface_name,
            },
            None,
        )

    def remove_network_security_group_from_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Removes a network security group from a network interface of a role.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/networksecuritygroups/{network_security_group_name}``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            REMOVE_NETWORK_SECURITY_GROUP_FROM_NETWORK_INTERFACE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "network_interface_name": network_interface_name,
                "network_security_group_name": network_security_group_name,
            },
            None,
        )

    def add_network_security_group_to_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Applies a network security group to a subnet of a virtual network.

        ``/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/subnets/{subnet_name}/networksecuritygroups``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        from servicemanagement._generated.models_network_security_groups import NetworkSecurityGroup

        return self._call(
            ADD_NETWORK_SECURITY_GROUP_TO_SUBNET,
            {
                "virtual_network_name": virtual_network_name,
                "subnet_name": subnet_name,
                "network_security_group_name": network_security_group_name,
            },
            NetworkSecurityGroup(name=network_security_group_name),
        )

    def get_network_security_group_for_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
    ) -> NetworkSecurityGroup:
        """Returns the network security group applied to a subnet of a virtual network (its
        Name and State).

        ``/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/subnets/{subnet_name}/networksecuritygroups``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_NETWORK_SECURITY_GROUP_FOR_SUBNET,
            {
                "virtual_network_name": virtual_network_name,
                "subnet_name": subnet_name,
            },
            None,
        )

    def remove_network_security_group_from_subnet(
        self,
        virtual_network_name: str,
        subnet_name: str,
        network_security_group_name: str,
    ) -> AsynchronousOperationResult:
        """Removes a network security group from a subnet of a virtual network.

        ``/{subscription_id}/services/networking/virtualnetwork/{virtual_network_name}/subnets/{subnet_name}/networksecuritygroups/{network_security_group_name}``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            REMOVE_NETWORK_SECURITY_GROUP_FROM_SUBNET,
            {
                "virtual_network_name": virtual_network_name,
                "subnet_name": subnet_name,
                "network_security_group_name": network_security_group_name,
            },
            None,
        )
