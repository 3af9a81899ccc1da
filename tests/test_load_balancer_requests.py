"""Internal load balancers, virtual IPs and IP forwarding: the requests they build.

Wire facts: .NET LoadBalancerOperations (x-ms-version 2017-01-01), VirtualIPOperations and
IPForwardingOperations (2016-07-01), bodies as application/xml; see tests/netwire.py.
"""

from __future__ import annotations

import pytest
from netwire import DEPLOYMENT, Expected, check_request, document, read_back, request_cases
from servicemanagement import IPForwarding, LoadBalancer

ROLE = f"{DEPLOYMENT}/roles/vm1"
NIC = f"{ROLE}/networkinterfaces/nic1"
LB_BODY = document(
    "LoadBalancer",
    "<Name>lb1</Name><FrontendIpConfiguration><Type>Private</Type>"
    "<SubnetName>front</SubnetName>"
    "<StaticVirtualNetworkIPAddress>10.0.0.4</StaticVirtualNetworkIPAddress>"
    "</FrontendIpConfiguration>",
)
ENABLED = document("IPForwarding", "<State>Enabled</State>")

EXPECTED = [
    Expected(
        "create_load_balancer",
        lambda s: s.create_load_balancer("svc", "dep", "lb1", "Private", "front", "10.0.0.4"),
        "POST",
        f"{DEPLOYMENT}/loadbalancers",
        "2017-01-01",
        body=LB_BODY,
    ),
    Expected(
        "update_load_balancer",
        lambda s: s.update_load_balancer(
            "svc", "dep", "lb1", "Private", "front", static_virtual_network_ip_address="10.0.0.4"
        ),
        "PUT",
        f"{DEPLOYMENT}/loadbalancers/lb1",
        "2017-01-01",
        body=LB_BODY,
    ),
    Expected(
        "delete_load_balancer",
        lambda s: s.delete_load_balancer("svc", "dep", "lb1"),
        "DELETE",
        f"{DEPLOYMENT}/loadbalancers/lb1",
        "2017-01-01",
    ),
    Expected(
        "add_virtual_ip",
        lambda s: s.add_virtual_ip("svc", "dep", "vip2"),
        "POST",
        f"{DEPLOYMENT}/vip2",
        "2016-07-01",
    ),
    Expected(
        "remove_virtual_ip",
        lambda s: s.remove_virtual_ip("svc", "dep", "vip2"),
        "DELETE",
        f"{DEPLOYMENT}/virtualIPs/vip2",
        "2016-07-01",
    ),
    Expected(
        "get_ip_forwarding_for_role",
        lambda s: s.get_ip_forwarding_for_role("svc", "dep", "vm1"),
        "GET",
        f"{ROLE}/ipforwarding",
        "2016-07-01",
    ),
    Expected(
        "get_ip_forwarding_for_network_interface",
        lambda s: s.get_ip_forwarding_for_network_interface("svc", "dep", "vm1", "nic1"),
        "GET",
        f"{NIC}/ipforwarding",
        "2016-07-01",
    ),
    Expected(
        "set_ip_forwarding_on_role",
        lambda s: s.set_ip_forwarding_on_role("svc", "dep", "vm1", "Enabled"),
        "POST",
        f"{ROLE}/ipforwarding",
        "2016-07-01",
        body=ENABLED,
    ),
    Expected(
        "set_ip_forwarding_on_network_interface",
        lambda s: s.set_ip_forwarding_on_network_interface("svc", "dep", "vm1", "nic1", "Enabled"),
        "POST",
        f"{NIC}/ipforwarding",
        "2016-07-01",
        body=ENABLED,
    ),
]


@pytest.mark.parametrize("expected", request_cases("load_balancers", EXPECTED), ids=str)
def test_request(expected: Expected) -> None:
    check_request(expected)


def test_a_load_balancer_is_private_unless_told_otherwise() -> None:
    check_request(
        Expected(
            "create_load_balancer",
            lambda s: s.create_load_balancer("svc", "dep", "lb1"),
            "POST",
            f"{DEPLOYMENT}/loadbalancers",
            "2017-01-01",
            body=document(
                "LoadBalancer",
                "<Name>lb1</Name><FrontendIpConfiguration><Type>Private</Type>"
                "</FrontendIpConfiguration>",
            ),
        )
    )


def test_documents_read_back() -> None:
    assert read_back(IPForwarding, ENABLED).state == "Enabled"
    balancer = read_back(LoadBalancer, LB_BODY)
    assert balancer.frontend_ip_configuration is not None
    assert balancer.frontend_ip_configuration.subnet_name == "front"
