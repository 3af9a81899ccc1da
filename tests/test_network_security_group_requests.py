"""Network security groups: the requests they build and the documents they read.

Wire facts: .NET NetworkSecurityGroupOperations (x-ms-version 2016-07-01, bodies as
application/xml), the Node and Go clients agreeing; see tests/wirecheck.py.
"""

from __future__ import annotations

from servicemanagement import NetworkSecurityGroup, NetworkSecurityGroups
from servicemanagement.models import from_xml
from wirecheck import DEPLOYMENT, NETWORKING, Cases, Expected, document, read_back, request_tests

V = "2016-07-01"
GROUPS = f"{NETWORKING}/networksecuritygroups"
ROLE = f"{DEPLOYMENT}/roles/vm1"
NIC = f"{ROLE}/networkinterfaces/nic1"
SUBNET = f"{NETWORKING}/virtualnetwork/vnet1/subnets/front"
BY_NAME = document("NetworkSecurityGroup", "<Name>nsg1</Name>")

CASES: Cases = {
    "create_network_security_group": (
        lambda s: s.create_network_security_group("nsg1", "West US", label="front end"),
        Expected(
            "POST",
            GROUPS,
            V,
            body=document(
                "NetworkSecurityGroup",
                "<Name>nsg1</Name><Label>front end</Label><Location>West US</Location>",
            ),
        ),
    ),
    "delete_network_security_group": (
        lambda s: s.delete_network_security_group("nsg1"),
        Expected("DELETE", f"{GROUPS}/nsg1", V),
    ),
    "get_network_security_group": (
        lambda s: s.get_network_security_group("nsg1", detail_level="Full"),
        Expected("GET", f"{GROUPS}/nsg1", V, query=(("detaillevel", "Full"),)),
    ),
    "list_network_security_group": (
        lambda s: s.list_network_security_group(),
        Expected("GET", GROUPS, V),
    ),
    "set_network_security_group_rule": (
        lambda s: s.set_network_security_group_rule(
            "nsg1", "web", "Inbound", 100, "Allow", "INTERNET", "*", "10.0.0.0/24", "443", "TCP"
        ),
        Expected(
            "PUT",
            f"{GROUPS}/nsg1/rules/web",
            V,
            body=document(
                "Rule",
                "<Type>Inbound</Type><Priority>100</Priority><Action>Allow</Action>"
                "<SourceAddressPrefix>INTERNET</SourceAddressPrefix>"
                "<SourcePortRange>*</SourcePortRange>"
                "<DestinationAddressPrefix>10.0.0.0/24</DestinationAddressPrefix>"
                "<DestinationPortRange>443</DestinationPortRange><Protocol>TCP</Protocol>",
            ),
        ),
    ),
    "delete_network_security_group_rule": (
        lambda s: s.delete_network_security_group_rule("nsg1", "web"),
        Expected("DELETE", f"{GROUPS}/nsg1/rules/web", V),
    ),
    "add_network_security_group_to_role": (
        lambda s: s.add_network_security_group_to_role("svc", "dep", "vm1", "nsg1"),
        Expected("POST", f"{ROLE}/networksecuritygroups", V, body=BY_NAME),
    ),
    "get_network_security_group_for_role": (
        lambda s: s.get_network_security_group_for_role("svc", "dep", "vm1"),
        Expected("GET", f"{ROLE}/networksecuritygroups", V),
    ),
    "remove_network_security_group_from_role": (
        lambda s: s.remove_network_security_group_from_role("svc", "dep", "vm1", "nsg1"),
        Expected("DELETE", f"{ROLE}/networksecuritygroups/nsg1", V),
    ),
    "add_network_security_group_to_network_interface": (
        lambda s: s.add_network_security_group_to_network_interface(
            "svc", "dep", "vm1", "nic1", "nsg1"
        ),
        Expected("POST", f"{NIC}/networksecuritygroups", V, body=BY_NAME),
    ),
    "get_network_security_group_for_network_interface": (
        lambda s: s.get_network_security_group_for_network_interface("svc", "dep", "vm1", "nic1"),
        Expected("GET", f"{NIC}/networksecuritygroups", V),
    ),
    "remove_network_security_group_from_network_interface": (
        lambda s: s.remove_network_security_group_from_network_interface(
            "svc", "dep", "vm1", "nic1", "nsg1"
        ),
        Expected("DELETE", f"{NIC}/networksecuritygroups/nsg1", V),
    ),
    "add_network_security_group_to_subnet": (
        lambda s: s.add_network_security_group_to_subnet("vnet1", "front", "nsg1"),
        Expected("POST", f"{SUBNET}/networksecuritygroups", V, body=BY_NAME),
    ),
    "get_network_security_group_for_subnet": (
        lambda s: s.get_network_security_group_for_subnet("vnet1", "front"),
        Expected("GET", f"{SUBNET}/networksecuritygroups", V),
    ),
    "remove_network_security_group_from_subnet": (
        lambda s: s.remove_network_security_group_from_subnet("vnet1", "front", "nsg1"),
        Expected("DELETE", f"{SUBNET}/networksecuritygroups/nsg1", V),
    ),
}


test_request = request_tests(CASES, "network_security_groups")


RULE = (
    "<Rule><Name>ALLOW VNET INBOUND</Name><Type>Inbound</Type><Priority>65000</Priority>"
    "<Action>Allow</Action><SourceAddressPrefix>VIRTUAL_NETWORK</SourceAddressPrefix>"
    "<SourcePortRange>*</SourcePortRange>"
    "<DestinationAddressPrefix>VIRTUAL_NETWORK</DestinationAddressPrefix>"
    "<DestinationPortRange>*</DestinationPortRange><Protocol>*</Protocol>"
    "<State>Active</State><IsDefault>true</IsDefault></Rule>"
)


def test_a_group_with_its_rules_reads_back() -> None:
    group = read_back(
        NetworkSecurityGroup,
        document(
            "NetworkSecurityGroup",
            "<Name>nsg1</Name><Label>front end</Label><Location>West US</Location>"
            f"<State>Created</State><Rules>{RULE}</Rules>",
        ),
    )
    assert group.rules is not None
    [rule] = group.rules
    assert (rule.priority, rule.is_default, rule.state) == (65000, True, "Active")


def test_the_group_list_iterates_its_groups() -> None:
    groups = read_back(
        NetworkSecurityGroups,
        document(
            "NetworkSecurityGroups",
            "<NetworkSecurityGroup><Name>a</Name><Label>a</Label><Location>West US</Location>"
            "<State>Created</State></NetworkSecurityGroup>"
            "<NetworkSecurityGroup><Name>b</Name><Label>b</Label><Location>East US</Location>"
            "<State>Created</State></NetworkSecurityGroup>",
        ),
    )
    assert [(g.name, g.location) for g in groups] == [("a", "West US"), ("b", "East US")]


def test_a_rule_document_is_read_as_a_network_security_rule() -> None:
    rule = from_xml(document("Rule", RULE[len("<Rule>") : -len("</Rule>")]).encode())
    assert type(rule).__name__ == "NetworkSecurityRule"
