"""ExpressRoute: requests and documents.

No recording covers it; expected requests and documents are written from the .NET
ExpressRoute client's wire format (x-ms-version 2011-10-01, api-version=1.0 on every
call, application/xml bodies, changes answered 202 with a networking operation id).
"""

from __future__ import annotations

import pytest
from servicemanagement import OPERATIONS
from servicemanagement.models import (
    ExpressRouteBandwidth,
    ExpressRouteDedicatedCircuits,
    ExpressRouteServiceProviders,
    GatewayOperationAsyncResponse,
    from_xml,
)
from wirecheck import Cases, Expected, build, document, request_tests
from xmlcompare import xml_difference

VERSION = "2011-10-01"
API = (("api-version", "1.0"),)
CIRCUITS = "services/networking/dedicatedcircuits"
CIRCUIT = f"{CIRCUITS}/key-1"
PEERING = f"{CIRCUIT}/bgppeerings/Private"
AUTHORIZATION = f"{CIRCUIT}/authorizations/auth-1"


def get(path: str) -> Expected:
    return Expected("GET", path, VERSION, API)


def change(method: str, path: str, body: str | None = None) -> Expected:
    return Expected(method, path, VERSION, API, body)


CASES: Cases = {
    "list_expressroute_dedicated_circuit_service_provider": (
        lambda sms: sms.list_expressroute_dedicated_circuit_service_provider(),
        get(f"{CIRCUITS}/serviceproviders"),
    ),
    "new_expressroute_dedicated_circuit": (
        lambda sms: sms.new_expressroute_dedicated_circuit(
            "c1", 200, "Silicon Valley", "Equinix", "MeteredData", "Standard"
        ),
        change(
            "POST",
            CIRCUITS,
            document(
                "CreateDedicatedCircuit",
                "<Bandwidth>200</Bandwidth><BillingType>MeteredData</BillingType>"
                "<CircuitName>c1</CircuitName><Location>Silicon Valley</Location>"
                "<ServiceProviderName>Equinix</ServiceProviderName><Sku>Standard</Sku>",
            ),
        ),
    ),
    "get_expressroute_dedicated_circuit": (
        lambda sms: sms.get_expressroute_dedicated_circuit("key-1"),
        get(CIRCUIT),
    ),
    "list_expressroute_dedicated_circuit": (
        lambda sms: sms.list_expressroute_dedicated_circuit(),
        get(CIRCUITS),
    ),
    "update_expressroute_dedicated_circuit": (
        lambda sms: sms.update_expressroute_dedicated_circuit(
            "key-1", "UnlimitedData", sku="Premium"
        ),
        change(
            "PUT",
            CIRCUIT,
            document(
                "UpdateDedicatedCircuit",
                "<BillingType>UnlimitedData</BillingType><Sku>Premium</Sku>",
            ),
        ),
    ),
    "remove_expressroute_dedicated_circuit": (
        lambda sms: sms.remove_expressroute_dedicated_circuit("key-1"),
        change("DELETE", CIRCUIT),
    ),
    "get_expressroute_authorized_dedicated_circuit": (
        lambda sms: sms.get_expressroute_authorized_dedicated_circuit("key-1"),
        get("services/networking/authorizeddedicatedcircuits/key-1"),
    ),
    "list_expressroute_authorized_dedicated_circuit": (
        lambda sms: sms.list_expressroute_authorized_dedicated_circuit(),
        get("services/networking/authorizeddedicatedcircuits"),
    ),
    "new_expressroute_border_gateway_protocol_peering": (
        lambda sms: sms.new_expressroute_border_gateway_protocol_peering(
            "key-1", "Private", 65001, 65002, "10.0.0.0/30", "10.0.0.4/30", 100, shared_key="s&k"
        ),
        change(
            "POST",
            PEERING,
            document(
                "CreateBgpPeering",
                "<CustomerAsn>65001</CustomerAsn><PeerAsn>65002</PeerAsn>"
                "<PrimaryPeerSubnet>10.0.0.0/30</PrimaryPeerSubnet>"
                "<SecondaryPeerSubnet>10.0.0.4/30</SecondaryPeerSubnet>"
                "<SharedKey>s&amp;k</SharedKey><VlanId>100</VlanId>",
            ),
        ),
    ),
    "get_expressroute_border_gateway_protocol_peering": (
        lambda sms: sms.get_expressroute_border_gateway_protocol_peering("key-1", "Private"),
        get(PEERING),
    ),
    "update_expressroute_border_gateway_protocol_peering": (
        lambda sms: sms.update_expressroute_border_gateway_protocol_peering(
            "key-1", "Private", 65001, 65002, 101, advertised_public_prefixes="1.2.3.0/24"
        ),
        change(
            "PUT",
            PEERING,
            document(
                "UpdateBgpPeering",
                "<AdvertisedPublicPrefixes>1.2.3.0/24</AdvertisedPublicPrefixes>"
                "<CustomerAsn>65001</CustomerAsn><PeerAsn>65002</PeerAsn><VlanId>101</VlanId>",
            ),
        ),
    ),
    "remove_expressroute_border_gateway_protocol_peering": (
        lambda sms: sms.remove_expressroute_border_gateway_protocol_peering("key-1", "Private"),
        change("DELETE", PEERING),
    ),
    "get_expressroute_dedicated_circuit_peering_arp_info": (
        lambda sms: sms.get_expressroute_dedicated_circuit_peering_arp_info(
            "key-1", "Private", "Primary"
        ),
        get(f"{PEERING}/arpInfo/Primary"),
    ),
    "get_expressroute_dedicated_circuit_peering_route_table_info": (
        lambda sms: sms.get_expressroute_dedicated_circuit_peering_route_table_info(
            "key-1", "Private", "Secondary"
        ),
        get(f"{PEERING}/routeTable/Secondary"),
    ),
    "get_expressroute_dedicated_circuit_peering_stats": (
        lambda sms: sms.get_expressroute_dedicated_circuit_peering_stats("key-1", "Private"),
        get(f"{PEERING}/stats"),
    ),
    "new_expressroute_cross_connection": (
        lambda sms: sms.new_expressroute_cross_connection("key-1"),
        change("POST", f"{CIRCUIT}/crossconnection"),
    ),
    "get_expressroute_cross_connection": (
        lambda sms: sms.get_expressroute_cross_connection("key-1"),
        get(f"{CIRCUIT}/crossconnection"),
    ),
    "list_expressroute_cross_connection": (
        lambda sms: sms.list_expressroute_cross_connection(),
        get("services/networking/crossconnections"),
    ),
    "update_expressroute_cross_connection": (
        lambda sms: sms.update_expressroute_cross_connection(
            "key-1", "NotifyCrossConnectionNotProvisioned", provisioning_error="no port"
        ),
        change(
            "PUT",
            f"{CIRCUIT}/crossconnection",
            document(
                "UpdateCrossConnection",
                "<Operation>NotifyCrossConnectionNotProvisioned</Operation>"
                "<ProvisioningError>no port</ProvisioningError>",
            ),
        ),
    ),
    "new_expressroute_dedicated_circuit_link": (
        lambda sms: sms.new_expressroute_dedicated_circuit_link("key-1", "vnet1"),
        change("POST", f"{CIRCUIT}/vnets/vnet1"),
    ),
    "get_expressroute_dedicated_circuit_link": (
        lambda sms: sms.get_expressroute_dedicated_circuit_link("key-1", "vnet1"),
        get(f"{CIRCUIT}/vnets/vnet1"),
    ),
    "list_expressroute_dedicated_circuit_link": (
        lambda sms: sms.list_expressroute_dedicated_circuit_link("key-1"),
        get(f"{CIRCUIT}/vnets"),
    ),
    "remove_expressroute_dedicated_circuit_link": (
        lambda sms: sms.remove_expressroute_dedicated_circuit_link("key-1", "vnet1"),
        change("DELETE", f"{CIRCUIT}/vnets/vnet1"),
    ),
    "new_expressroute_dedicated_circuit_link_authorization": (
        lambda sms: sms.new_expressroute_dedicated_circuit_link_authorization(
            "key-1", 2, description="team", microsoft_ids="a@example.com"
        ),
        change(
            "POST",
            f"{CIRCUIT}/authorizations",
            document(
                "CreateDedicatedCircuitLinkAuthorization",
                "<Description>team</Description><Limit>2</Limit>"
                "<MicrosoftIds>a@example.com</MicrosoftIds>",
            ),
        ),
    ),
    "get_expressroute_dedicated_circuit_link_authorization": (
        lambda sms: sms.get_expressroute_dedicated_circuit_link_authorization("key-1", "auth-1"),
        get(AUTHORIZATION),
    ),
    "list_expressroute_dedicated_circuit_link_authorization": (
        lambda sms: sms.list_expressroute_dedicated_circuit_link_authorization("key-1"),
        get(f"{CIRCUIT}/authorizations"),
    ),
    "update_expressroute_dedicated_circuit_link_authorization": (
        lambda sms: sms.update_expressroute_dedicated_circuit_link_authorization(
            "key-1", "auth-1", 3
        ),
        change(
            "PATCH",
            AUTHORIZATION,
            document("UpdateDedicatedCircuitLinkAuthorization", "<Limit>3</Limit>"),
        ),
    ),
    "remove_expressroute_dedicated_circuit_link_authorization": (
        lambda sms: sms.remove_expressroute_dedicated_circuit_link_authorization("key-1", "auth-1"),
        change("DELETE", AUTHORIZATION),
    ),
    "new_expressroute_dedicated_circuit_link_authorization_microsoft_id": (
        lambda sms: sms.new_expressroute_dedicated_circuit_link_authorization_microsoft_id(
            "key-1", "auth-1", "a@example.com,b@example.com"
        ),
        change(
            "POST",
            f"{AUTHORIZATION}/microsoftids",
            document(
                "DedicatedCircuitLinkAuthorizationMicrosoftIds",
                "<MicrosoftIds>a@example.com,b@example.com</MicrosoftIds>",
            ),
        ),
    ),
    "remove_expressroute_dedicated_circuit_link_authorization_microsoft_id": (
        lambda sms: sms.remove_expressroute_dedicated_circuit_link_authorization_microsoft_id(
            "key-1", "auth-1", "b@example.com"
        ),
        change(
            "DELETE",
            f"{AUTHORIZATION}/microsoftids",
            document(
                "DedicatedCircuitLinkAuthorizationMicrosoftIds",
                "<MicrosoftIds>b@example.com</MicrosoftIds>",
            ),
        ),
    ),
}


test_request = request_tests(CASES, "expressroute")


@pytest.mark.parametrize("name", sorted(CASES))
def test_accepted_changes_return_the_networking_operation_id(name: str) -> None:
    operation = OPERATIONS[name]
    assert not operation.is_async  # polled by its body's ID, not by x-ms-request-id
    if operation.statuses == (202,):
        assert operation.response_type == "GatewayOperationAsyncResponse"


def test_peering_access_type_and_device_path_are_checked() -> None:
    with pytest.raises(ValueError, match="access_type"):
        build(lambda sms: sms.get_expressroute_border_gateway_protocol_peering("key-1", "Shared"))
    with pytest.raises(ValueError, match="device_path"):
        build(
            lambda sms: sms.get_expressroute_dedicated_circuit_peering_arp_info(
                "key-1", "Public", "Third"
            )
        )


def test_operation_id_and_circuits_read_back() -> None:
    accepted = from_xml(
        document("GatewayOperationAsyncResponse", "<ID>op-42</ID>"),
        type=GatewayOperationAsyncResponse,
    )
    assert accepted.id == "op-42"
    body = document(
        "DedicatedCircuits",
        "<DedicatedCircuit><Bandwidth>200</Bandwidth><BillingType>MeteredData</BillingType>"
        "<CircuitName>c1</CircuitName><Location>Silicon Valley</Location>"
        "<ServiceKey>key-1</ServiceKey>"
        "<ServiceProviderName>Equinix</ServiceProviderName>"
        "<ServiceProviderProvisioningState>Provisioned</ServiceProviderProvisioningState>"
        "<Sku>Premium</Sku><Status>Enabled</Status></DedicatedCircuit>",
    )
    circuits = ExpressRouteDedicatedCircuits.from_xml(body)
    assert [(c.service_key, c.bandwidth, c.sku) for c in circuits] == [("key-1", 200, "Premium")]
    assert xml_difference(body, circuits.to_xml()) is None


def test_service_providers_read_their_bandwidths() -> None:
    body = document(
        "DedicatedCircuitServiceProviders",
        "<DedicatedCircuitServiceProvider><Name>Equinix</Name><Type>IXP</Type>"
        "<DedicatedCircuitLocations>Silicon Valley,Washington DC</DedicatedCircuitLocations>"
        "<DedicatedCircuitBandwidths><DedicatedCircuitBandwidth><Bandwidth>200</Bandwidth>"
        "<Label>200Mbps</Label></DedicatedCircuitBandwidth></DedicatedCircuitBandwidths>"
        "</DedicatedCircuitServiceProvider>",
    )
    providers = ExpressRouteServiceProviders.from_xml(body)
    assert providers[0].dedicated_circuit_bandwidths == [
        ExpressRouteBandwidth(bandwidth=200, label="200Mbps")
    ]
    assert xml_difference(body, providers.to_xml()) is None
