"""Route tables: the requests they build and the documents they read.

Wire facts: .NET RouteOperations (x-ms-version 2016-07-01, bodies as application/xml) and,
for the route table summary of an ExpressRoute peering, the .NET ExpressRoute client
(2011-10-01, ?api-version=1.0); see tests/wirecheck.py.
"""

from __future__ import annotations

from servicemanagement import EffectiveRouteTable, RouteTableAssociation, RouteTables
from wirecheck import DEPLOYMENT, NETWORKING, Cases, Expected, document, read_back, request_tests

V = "2016-07-01"
TABLES = f"{NETWORKING}/routetables"
SUBNET = f"{NETWORKING}/virtualnetwork/vnet1/subnets/front"
INSTANCE = f"{DEPLOYMENT}/roleinstances/vm1"

CASES: Cases = {
    "create_route_table": (
        lambda s: s.create_route_table("rt1", "West US", label="to the firewall"),
        Expected(
            "POST",
            TABLES,
            V,
            body=document(
                "RouteTable",
                "<Name>rt1</Name><Label>to the firewall</Label><Location>West US</Location>",
            ),
        ),
    ),
    "delete_route_table": (
        lambda s: s.delete_route_table("rt1"),
        Expected("DELETE", f"{TABLES}/rt1", V),
    ),
    "get_route_table": (
        lambda s: s.get_route_table("rt1", detail_level="Full"),
        Expected("GET", f"{TABLES}/rt1", V, query=(("detailLevel", "Full"),)),
    ),
    "list_route_tables": (lambda s: s.list_route_tables(), Expected("GET", TABLES, V)),
    "set_route": (
        lambda s: s.set_route("rt1", "all", "0.0.0.0/0", "VirtualAppliance", "10.0.1.4"),
        Expected(
            "PUT",
            f"{TABLES}/rt1/routes/all",
            V,
            body=document(
                "Route",
                "<Name>all</Name><AddressPrefix>0.0.0.0/0</AddressPrefix>"
                "<NextHopType><Type>VirtualAppliance</Type><IpAddress>10.0.1.4</IpAddress>"
                "</NextHopType>",
            ),
        ),
    ),
    "delete_route": (
        lambda s: s.delete_route("rt1", "all"),
        Expected("DELETE", f"{TABLES}/rt1/routes/all", V),
    ),
    "add_route_table_to_subnet": (
        lambda s: s.add_route_table_to_subnet("vnet1", "front", "rt1"),
        Expected(
            "POST",
            f"{SUBNET}/routetables",
            V,
            body=document("RouteTableAssociation", "<RouteTableName>rt1</RouteTableName>"),
        ),
    ),
    "get_route_table_for_subnet": (
        lambda s: s.get_route_table_for_subnet("vnet1", "front"),
        Expected("GET", f"{SUBNET}/routetables", V),
    ),
    "remove_route_table_from_subnet": (
        lambda s: s.remove_route_table_from_subnet("vnet1", "front"),
        Expected("DELETE", f"{SUBNET}/routetables", V),
    ),
    "get_effective_route_table_for_role_instance": (
        lambda s: s.get_effective_route_table_for_role_instance("svc", "dep", "vm1"),
        Expected("GET", f"{INSTANCE}/effectiveroutetable", V),
    ),
    "get_effective_route_table_for_network_interface": (
        lambda s: s.get_effective_route_table_for_network_interface("svc", "dep", "vm1", "nic1"),
        Expected("GET", f"{INSTANCE}/networkinterfaces/nic1/effectiveroutetable", V),
    ),
    "get_expressroute_dedicated_circuit_peering_route_table_summary": (
        lambda s: s.get_expressroute_dedicated_circuit_peering_route_table_summary(
            "key1", "Private", "Primary"
        ),
        Expected(
            "GET",
            f"{NETWORKING}/dedicatedcircuits/key1/bgppeerings/Private/routeTableSummary/Primary",
            "2011-10-01",
            query=(("api-version", "1.0"),),
        ),
    ),
}


test_request = request_tests(CASES, "route_tables")


def test_route_tables_read_back_with_their_routes() -> None:
    tables = read_back(
        RouteTables,
        document(
            "RouteTables",
            "<RouteTable><Name>rt1</Name><Label>fw</Label><Location>West US</Location>"
            "<RouteTableState>Created</RouteTableState><RouteList><Route><Name>all</Name>"
            "<AddressPrefix>0.0.0.0/0</AddressPrefix><NextHopType><Type>VirtualAppliance</Type>"
            "<IpAddress>10.0.1.4</IpAddress></NextHopType><Metric>0</Metric>"
            "<RouteState>Created</RouteState></Route></RouteList></RouteTable>",
        ),
    )
    [table] = tables
    assert table.route_list is not None
    [route] = table.route_list
    assert route.next_hop is not None
    assert (route.metric, route.next_hop.ip_address) == (0, "10.0.1.4")


def test_an_effective_route_table_iterates_its_routes() -> None:
    table = read_back(
        EffectiveRouteTable,
        document(
            "EffectiveRouteTable",
            "<EffectiveRouteList><EffectiveRoute><Name>default</Name><Source>Default</Source>"
            "<Status>Active</Status><AddressPrefixes><AddressPrefix>10.0.0.0/16</AddressPrefix>"
            "</AddressPrefixes><EffectiveNextHop><Type>VNETLocal</Type><IpAddresses/>"
            "</EffectiveNextHop></EffectiveRoute></EffectiveRouteList>",
        ),
    )
    [route] = table
    assert route.effective_next_hop is not None
    assert route.address_prefixes == ["10.0.0.0/16"]
    assert route.effective_next_hop.ip_addresses == []


def test_a_subnet_association_reads_back() -> None:
    association = document("RouteTableAssociation", "<RouteTableName>rt1</RouteTableName>")
    assert read_back(RouteTableAssociation, association).route_table_name == "rt1"
