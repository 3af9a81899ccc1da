# Generated from spec/types/route_tables.yaml by `make generate`; do not edit.
"""Models of the route_tables area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
    "RouteTables",
    "RouteTable",
    "Route",
    "RouteNextHop",
    "RouteTableAssociation",
    "EffectiveRouteTable",
    "EffectiveRoute",
    "EffectiveNextHop",
]


class RouteTables(Model):
    """The response of list_route_tables; iterate it for RouteTable items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RouteTables",
            namespace=NS_WA,
            root="RouteTables",
            fields=(FieldSchema("route_tables", "flat", "RouteTable", NS_WA, model="RouteTable"),),
            items="route_tables",
        )
    )
    _: KW_ONLY
    route_tables: list[RouteTable] | None = None

    def __iter__(self) -> Iterator[RouteTable]:
        return iter(self.route_tables or ())

    def __len__(self) -> int:
        return len(self.route_tables or ())

    def __getitem__(self, index: int) -> RouteTable:
        return (self.route_tables or [])[index]


class RouteTable(Model):
    """A route table (user-defined routes) that subnets can use."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RouteTable",
            namespace=NS_WA,
            root="RouteTable",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("route_table_state", "element", "RouteTableState", NS_WA),
                FieldSchema("route_list", "list", "RouteList", NS_WA, model="Route", item="Route"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    label: str | None = None
    location: str | None = None
    #: Created, Creating, Updating, Deleting or Unavailable.
    route_table_state: str | None = None
    route_list: list[Route] | None = None


class Route(Model):
    """A route of a route table (the body of set_route)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Route",
            namespace=NS_WA,
            root="Route",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("address_prefix", "element", "AddressPrefix", NS_WA),
                FieldSchema("next_hop", "element", "NextHopType", NS_WA, model="RouteNextHop"),
                FieldSchema("metric", "element", "Metric", NS_WA, scalar="int"),
                FieldSchema("route_state", "element", "RouteState", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    address_prefix: str | None = None
    next_hop: RouteNextHop | None = None
    metric: int | None = None
    #: Created, Creating, Updating, Deleting or Unavailable.
    route_state: str | None = None


class RouteNextHop(Model):
    """Where a route sends its traffic."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RouteNextHop",
            namespace=NS_WA,
            root=None,
            element="NextHopType",
            fields=(
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("ip_address", "element", "IpAddress", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: e.g. VirtualAppliance, VPNGateway, Internet, VNETLocal, Null.
    type: str | None = None
    #: The virtual appliance's address.
    ip_address: str | None = None


class RouteTableAssociation(Model):
    """The route table a subnet uses."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RouteTableAssociation",
            namespace=NS_WA,
            root="RouteTableAssociation",
            fields=(FieldSchema("route_table_name", "element", "RouteTableName", NS_WA),),
        )
    )
    _: KW_ONLY
    route_table_name: str | None = None


class EffectiveRouteTable(Model):
    """The routes that apply to a role instance or network interface."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="EffectiveRouteTable",
            namespace=NS_WA,
            root="EffectiveRouteTable",
            fields=(
                FieldSchema(
                    "effective_routes",
                    "list",
                    "EffectiveRouteList",
                    NS_WA,
                    model="EffectiveRoute",
                    item="EffectiveRoute",
                ),
            ),
            items="effective_routes",
        )
    )
    _: KW_ONLY
    effective_routes: list[EffectiveRoute] | None = None

    def __iter__(self) -> Iterator[EffectiveRoute]:
        return iter(self.effective_routes or ())

    def __len__(self) -> int:
        return len(self.effective_routes or ())

    def __getitem__(self, index: int) -> EffectiveRoute:
        return (self.effective_routes or [])[index]


class EffectiveRoute(Model):
    """A route in effect, and where it comes from."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="EffectiveRoute",
            namespace=NS_WA,
            root=None,
            element="EffectiveRoute",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("source", "element", "Source", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema(
                    "address_prefixes", "list", "AddressPrefixes", NS_WA, item="AddressPrefix"
                ),
                FieldSchema(
                    "effective_next_hop",
                    "element",
                    "EffectiveNextHop",
                    NS_WA,
                    model="EffectiveNextHop",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    source: str | None = None
    status: str | None = None
    address_prefixes: list[str] | None = None
    effective_next_hop: EffectiveNextHop | None = None


class EffectiveNextHop(Model):
    """Where an effective route sends its traffic."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="EffectiveNextHop",
            namespace=NS_WA,
            root=None,
            element="EffectiveNextHop",
            fields=(
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("ip_addresses", "list", "IpAddresses", NS_WA, item="IpAddress"),
            ),
        )
    )
    _: KW_ONLY
    type: str | None = None
    ip_addresses: list[str] | None = None
