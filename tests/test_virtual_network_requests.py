"""Virtual networks: the static IP check and the network configuration document.

Wire facts: .NET StaticIPOperations and NetworkOperations (x-ms-version 2016-07-01); the
configuration PUT as text/plain, as the REST reference requires. The document's structure
is the published network configuration schema (the Go classic SDK's structs hold a
subset). See tests/wirecheck.py.
"""

from __future__ import annotations

from exchanges import exchange
from fixturetypes import Serve
from servicemanagement import (
    AddressAvailabilityResponse,
    NetworkConfiguration,
    NetworkConfigurationAddressSpace,
    NetworkConfigurationSubnet,
)
from wirecheck import NETWORKING, SUB, Cases, Expected, document, read_back, request_tests

V = "2016-07-01"
NC = "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration"
CONFIGURATION_XML = document(
    "NetworkConfiguration",
    "<VirtualNetworkConfiguration>"
    '<Dns><DnsServers><DnsServer name="dns1" IPAddress="10.0.0.4"/></DnsServers></Dns>'
    '<LocalNetworkSites><LocalNetworkSite name="site1">'
    "<AddressSpace><AddressPrefix>192.168.0.0/24</AddressPrefix></AddressSpace>"
    "<VPNGatewayAddress>203.0.113.10</VPNGatewayAddress></LocalNetworkSite></LocalNetworkSites>"
    '<VirtualNetworkSites><VirtualNetworkSite name="vnet1" Location="West US">'
    "<AddressSpace><AddressPrefix>10.0.0.0/16</AddressPrefix></AddressSpace>"
    '<Subnets><Subnet name="front"><AddressPrefix>10.0.0.0/24</AddressPrefix></Subnet>'
    '<Subnet name="GatewaySubnet"><AddressPrefix>10.0.255.0/29</AddressPrefix></Subnet>'
    '</Subnets><DnsServersRef><DnsServerRef name="dns1"/></DnsServersRef>'
    "<Gateway><VPNClientAddressPool><AddressPrefix>172.16.0.0/24</AddressPrefix>"
    '</VPNClientAddressPool><ConnectionsToLocalNetwork><LocalNetworkSiteRef name="site1">'
    '<Connection type="IPsec"/></LocalNetworkSiteRef></ConnectionsToLocalNetwork></Gateway>'
    "</VirtualNetworkSite></VirtualNetworkSites></VirtualNetworkConfiguration>",
    NC,
)
CONFIGURATION = NetworkConfiguration.from_xml(CONFIGURATION_XML.encode())

CASES: Cases = {
    "list_virtual_network_sites": (
        lambda s: s.list_virtual_network_sites(),
        Expected(
            "GET",
            f"{NETWORKING}/virtualnetwork",
            "2014-10-01",  # the legacy package had it, with its default version
        ),
    ),
    "check_static_ip": (
        lambda s: s.check_static_ip("vnet1", "10.0.0.9"),
        Expected(
            "GET",
            f"{NETWORKING}/vnet1",
            V,
            query=(("op", "checkavailability"), ("address", "10.0.0.9")),
        ),
    ),
    "get_virtual_network_configuration": (
        lambda s: s.get_virtual_network_configuration(),
        Expected("GET", f"{NETWORKING}/media", V),
    ),
    "set_virtual_network_configuration": (
        lambda s: s.set_virtual_network_configuration(CONFIGURATION),
        Expected(
            "PUT", f"{NETWORKING}/media", V, body=CONFIGURATION_XML, content_type="text/plain"
        ),
    ),
}


test_request = request_tests(CASES, "networks")


def test_the_availability_answer_lists_free_addresses() -> None:
    answer = read_back(
        AddressAvailabilityResponse,
        document(
            "AddressAvailabilityResponse",
            "<IsAvailable>false</IsAvailable><AvailableAddresses>"
            "<AvailableAddress>10.0.0.10</AvailableAddress>"
            "<AvailableAddress>10.0.0.11</AvailableAddress></AvailableAddresses>",
        ),
    )
    assert (answer.is_available, answer.available_addresses) == (False, ["10.0.0.10", "10.0.0.11"])


def test_the_configuration_reads_back_with_attributes_and_flat_prefixes() -> None:
    configuration = read_back(NetworkConfiguration, CONFIGURATION_XML)
    networks = configuration.virtual_network_configuration
    assert networks is not None and networks.virtual_network_sites is not None
    [site] = networks.virtual_network_sites
    assert (site.name, site.location, site.affinity_group) == ("vnet1", "West US", None)
    assert site.address_space == NetworkConfigurationAddressSpace(address_prefixes=["10.0.0.0/16"])
    assert [s.name for s in site.subnets or []] == ["front", "GatewaySubnet"]
    assert site.gateway is not None and site.gateway.connections_to_local_network is not None
    [reference] = site.gateway.connections_to_local_network
    assert reference.connection is not None
    assert (reference.name, reference.connection.type) == ("site1", "IPsec")


def test_a_configuration_is_read_changed_and_written_back(serve: Serve) -> None:
    changed = CONFIGURATION_XML.replace(
        "</Subnets>",
        '<Subnet name="back"><AddressPrefix>10.0.1.0/24</AddressPrefix></Subnet></Subnets>',
    )
    media = f"/{SUB}/services/networking/media"
    sms = serve(
        [
            exchange("GET", media, version=V, response=CONFIGURATION_XML),
            exchange(
                "PUT",
                media,
                version=V,
                status=202,
                body=changed,
                content_type="text/plain",
                request_id="request-202",
            ),
        ]
    )

    configuration = sms.get_virtual_network_configuration()
    networks = configuration.virtual_network_configuration
    assert networks is not None and networks.virtual_network_sites is not None
    subnets = networks.virtual_network_sites[0].subnets
    assert subnets is not None
    subnets.append(NetworkConfigurationSubnet(name="back", address_prefix="10.0.1.0/24"))
    result = sms.set_virtual_network_configuration(configuration)

    assert result.request_id == "request-202"
