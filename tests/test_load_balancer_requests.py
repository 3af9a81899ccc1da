"""Internal load balancers, virtual IPs and IP forwarding: the requests they build.

Wire facts: .NET LoadBalancerOperations (x-ms-version 2017-01-01), VirtualIPOperations and
IPForwardingOperations (2016-07-01), bodies as application/xml; see tests/wirecheck.py.
"""

from __future__ import annotations

from servicemanagement import IPForwarding, LoadBalancer
from wirecheck import DEPLOYMENT, Cases, Expected, check, document, read_back, request_tests

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

CASES: Cases = {
    "create_load_balancer": (
        lambda s: s.create_load_balancer("svc", "dep", "lb1", "Private", "front", "10.0.0.4"),
        Expected("POST", f"{DEPLOYMENT}/loadbalancers", "2017-01-01", body=LB_BODY),
    ),
    "update_load_balancer": (
        lambda s: s.update_load_balancer(
            "svc", "dep", "lb1", "Private", "front", static_virtual_network_ip_address="10.0.0.4"
        ),
        Expected("PUT", f"{DEPLOYMENT}/loadbalancers/lb1", "2017-01-01", body=LB_BODY),
    ),
    "delete_load_balancer": (
        lambda s: s.delete_load_balancer("svc", "dep", "lb1"),
        Expected("DELETE", f"{DEPLOYMENT}/loadbalancers/lb1", "2017-01-01"),
    ),
    "add_virtual_ip": (
        lambda s: s.add_virtual_ip("svc", "dep", "vip2"),
        Expected("POST", f"{DEPLOYMENT}/vip2", "2016-07-01"),
    ),
    "remove_virtual_ip": (
        lambda s: s.remove_virtual_ip("svc", "dep", "vip2"),
        Expected("DELETE", f"{DEPLOYMENT}/virtualIPs/vip2", "2016-07-01"),
    ),
    "get_ip_forwarding_for_role": (
        lambda s: s.get_ip_forwarding_for_role("svc", "dep", "vm1"),
        Expected("GET", f"{ROLE}/ipforwarding", "2016-07-01"),
    ),
    "get_ip_forwarding_for_network_interface": (
        lambda s: s.get_ip_forwarding_for_network_interface("svc", "dep", "vm1", "nic1"),
        Expected("GET", f"{NIC}/ipforwarding", "2016-07-01"),
    ),
    "set_ip_forwarding_on_role": (
        lambda s: s.set_ip_forwarding_on_role("svc", "dep", "vm1", "Enabled"),
        Expected("POST", f"{ROLE}/ipforwarding", "2016-07-01", body=ENABLED),
    ),
    "set_ip_forwarding_on_network_interface": (
        lambda s: s.set_ip_forwarding_on_network_interface("svc", "dep", "vm1", "nic1", "Enabled"),
        Expected("POST", f"{NIC}/ipforwarding", "2016-07-01", body=ENABLED),
    ),
}


test_request = request_tests(CASES, "load_balancers")


def test_a_load_balancer_is_private_unless_told_otherwise() -> None:
    check(
        lambda s: s.create_load_balancer("svc", "dep", "lb1"),
        Expected(
            "POST",
            f"{DEPLOYMENT}/loadbalancers",
            "2017-01-01",
            body=document(
                "LoadBalancer",
                "<Name>lb1</Name><FrontendIpConfiguration><Type>Private</Type>"
                "</FrontendIpConfiguration>",
            ),
        ),
    )


def test_documents_read_back() -> None:
    assert read_back(IPForwarding, ENABLED).state == "Enabled"
    balancer = read_back(LoadBalancer, LB_BODY)
    assert balancer.frontend_ip_configuration is not None
    assert balancer.frontend_ip_configuration.subnet_name == "front"
