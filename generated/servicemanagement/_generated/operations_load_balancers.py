# Generated from spec/operations/load_balancers.yaml by `make generate`; do not edit.
"""Operations of the load_balancers area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_load_balancers import IPForwarding
    from servicemanagement.results import AsynchronousOperationResult

CREATE_LOAD_BALANCER = OperationSpec(
    name="create_load_balancer",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/loadbalancers",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("load_balancer_name", "body", required=True),
        ParamSpec("frontend_ip_type", "body"),
        ParamSpec("subnet_name", "body"),
        ParamSpec("static_virtual_network_ip_address", "body"),
    ),
    fixed_query=(),
    request_type="LoadBalancer",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Adds an internal load balancer to a deployment.",
)

UPDATE_LOAD_BALANCER = OperationSpec(
    name="update_load_balancer",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/loadbalancers/{load_balancer_name}",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("load_balancer_name", "path", required=True),
        ParamSpec("frontend_ip_type", "body"),
        ParamSpec("subnet_name", "body"),
        ParamSpec("static_virtual_network_ip_address", "body"),
    ),
    fixed_query=(),
    request_type="LoadBalancer",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Changes the front-end IP configuration of an internal load balancer.",
)

DELETE_LOAD_BALANCER = OperationSpec(
    name="delete_load_balancer",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/loadbalancers/{load_balancer_name}",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("load_balancer_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes an internal load balancer from a deployment.",
)

ADD_VIRTUAL_IP = OperationSpec(
    name="add_virtual_ip",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/{virtual_ip_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("virtual_ip_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Adds a further public virtual IP address to a deployment.",
)

REMOVE_VIRTUAL_IP = OperationSpec(
    name="remove_virtual_ip",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/virtualIPs/{virtual_ip_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("virtual_ip_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes an additional public virtual IP address from a deployment.",
)

GET_IP_FORWARDING_FOR_ROLE = OperationSpec(
    name="get_ip_forwarding_for_role",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/ipforwarding",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="IPForwarding",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns whether a role forwards IP traffic.",
)

GET_IP_FORWARDING_FOR_NETWORK_INTERFACE = OperationSpec(
    name="get_ip_forwarding_for_network_interface",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/ipforwarding",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("network_interface_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="IPForwarding",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns whether a network interface of a role forwards IP traffic.",
)

SET_IP_FORWARDING_ON_ROLE = OperationSpec(
    name="set_ip_forwarding_on_role",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/ipforwarding",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("state", "body", required=True),
    ),
    fixed_query=(),
    request_type="IPForwarding",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Turns IP forwarding of a role on or off.",
)

SET_IP_FORWARDING_ON_NETWORK_INTERFACE = OperationSpec(
    name="set_ip_forwarding_on_network_interface",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/ipforwarding",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("network_interface_name", "path", required=True),
        ParamSpec("state", "body", required=True),
    ),
    fixed_query=(),
    request_type="IPForwarding",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Turns IP forwarding of a network interface of a role on or off.",
)


class ServiceManagementServiceLoadBalancersOperations(OperationsBase):
    """The load_balancers operations of ``ServiceManagementService``."""

    def create_load_balancer(
        self,
        service_name: str,
        deployment_name: str,
        load_balancer_name: str,
        frontend_ip_type: str = "Private",
        subnet_name: str | None = None,
        static_virtual_network_ip_address: str | None = None,
    ) -> AsynchronousOperationResult:
        """Adds an internal load balancer to a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/loadbalancers``
        (POST, x-ms-version 2017-01-01, asynchronous).

        Args:
            frontend_ip_type: Private, the only type internal load balancers have.
            subnet_name: The subnet of the deployment's virtual network.
            static_virtual_network_ip_address: A fixed address in that subnet.
        """
        from servicemanagement._generated.models_compute import (
            FrontendIpConfiguration,
            LoadBalancer,
        )

        return self._call(
            CREATE_LOAD_BALANCER,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "load_balancer_name": load_balancer_name,
                "frontend_ip_type": frontend_ip_type,
                "subnet_name": subnet_name,
                "static_virtual_network_ip_address": static_virtual_network_ip_address,
            },
            LoadBalancer(
                name=load_balancer_name,
                frontend_ip_configuration=FrontendIpConfiguration(
                    type=frontend_ip_type,
                    subnet_name=subnet_name,
                    static_virtual_network_ip_address=static_virtual_network_ip_address,
                ),
            ),
        )

    def update_load_balancer(
        self,
        service_name: str,
        deployment_name: str,
        load_balancer_name: str,
        frontend_ip_type: str = "Private",
        subnet_name: str | None = None,
        static_virtual_network_ip_address: str | None = None,
    ) -> AsynchronousOperationResult:
        """Changes the front-end IP configuration of an internal load balancer.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/loadbalancers/{load_balancer_name}``
        (PUT, x-ms-version 2017-01-01, asynchronous).

        Args:
            frontend_ip_type: Private, the only type internal load balancers have.
        """
        from servicemanagement._generated.models_compute import (
            FrontendIpConfiguration,
            LoadBalancer,
        )

        return self._call(
            UPDATE_LOAD_BALANCER,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "load_balancer_name": load_balancer_name,
                "frontend_ip_type": frontend_ip_type,
                "subnet_name": subnet_name,
                "static_virtual_network_ip_address": static_virtual_network_ip_address,
            },
            LoadBalancer(
                name=load_balancer_name,
                frontend_ip_configuration=FrontendIpConfiguration(
                    type=frontend_ip_type,
                    subnet_name=subnet_name,
                    static_virtual_network_ip_address=static_virtual_network_ip_address,
                ),
            ),
        )

    def delete_load_balancer(
        self,
        service_name: str,
        deployment_name: str,
        load_balancer_name: str,
    ) -> AsynchronousOperationResult:
        """Removes an internal load balancer from a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/loadbalancers/{load_balancer_name}``
        (DELETE, x-ms-version 2017-01-01, asynchronous).
        """
        return self._call(
            DELETE_LOAD_BALANCER,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "load_balancer_name": load_balancer_name,
            },
            None,
        )

    def add_virtual_ip(
        self,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str,
    ) -> AsynchronousOperationResult:
        """Adds a further public virtual IP address to a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/{virtual_ip_name}``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            ADD_VIRTUAL_IP,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "virtual_ip_name": virtual_ip_name,
            },
            None,
        )

    def remove_virtual_ip(
        self,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str,
    ) -> AsynchronousOperationResult:
        """Removes an additional public virtual IP address from a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/virtualIPs/{virtual_ip_name}``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            REMOVE_VIRTUAL_IP,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "virtual_ip_name": virtual_ip_name,
            },
            None,
        )

    def get_ip_forwarding_for_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> IPForwarding:
        """Returns whether a role forwards IP traffic.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/ipforwarding``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_IP_FORWARDING_FOR_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
            },
            None,
        )

    def get_ip_forwarding_for_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
    ) -> IPForwarding:
        """Returns whether a network interface of a role forwards IP traffic.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/ipforwarding``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_IP_FORWARDING_FOR_NETWORK_INTERFACE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "network_interface_name": network_interface_name,
            },
            None,
        )

    def set_ip_forwarding_on_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        state: str,
    ) -> AsynchronousOperationResult:
        """Turns IP forwarding of a role on or off.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/ipforwarding``
        (POST, x-ms-version 2016-07-01, asynchronous).

        Args:
            state: Enabled or Disabled.
        """
        from servicemanagement._generated.models_load_balancers import IPForwarding

        return self._call(
            SET_IP_FORWARDING_ON_ROLE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "state": state,
            },
            IPForwarding(state=state),
        )

    def set_ip_forwarding_on_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        network_interface_name: str,
        state: str,
    ) -> AsynchronousOperationResult:
        """Turns IP forwarding of a network interface of a role on or off.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/networkinterfaces/{network_interface_name}/ipforwarding``
        (POST, x-ms-version 2016-07-01, asynchronous).

        Args:
            state: Enabled or Disabled.
        """
        from servicemanagement._generated.models_load_balancers import IPForwarding

        return self._call(
            SET_IP_FORWARDING_ON_NETWORK_INTERFACE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "network_interface_name": network_interface_name,
                "state": state,
            },
            IPForwarding(state=state),
        )
