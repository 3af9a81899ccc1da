# Generated from spec/types/traffic_manager.yaml by `make generate`; do not edit.
"""Models of the traffic_manager area."""

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
    "TrafficManagerProfiles",
    "TrafficManagerProfile",
    "TrafficManagerProfileStatusDetails",
    "TrafficManagerDefinitionVersion",
    "TrafficManagerDefinitions",
    "TrafficManagerDefinition",
    "TrafficManagerDnsOptions",
    "TrafficManagerMonitor",
    "TrafficManagerHttpOptions",
    "TrafficManagerPolicy",
    "TrafficManagerEndpoint",
]


class TrafficManagerProfiles(Model):
    """The subscription's Traffic Manager profiles; iterate it for TrafficManagerProfile items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerProfiles",
            namespace=NS_WA,
            root="Profiles",
            fields=(
                FieldSchema("profiles", "flat", "Profile", NS_WA, model="TrafficManagerProfile"),
            ),
            items="profiles",
        )
    )
    _: KW_ONLY
    profiles: list[TrafficManagerProfile] | None = None

    def __iter__(self) -> Iterator[TrafficManagerProfile]:
        return iter(self.profiles or ())

    def __len__(self) -> int:
        return len(self.profiles or ())

    def __getitem__(self, index: int) -> TrafficManagerProfile:
        return (self.profiles or [])[index]


class TrafficManagerProfile(Model):
    """A Traffic Manager profile (a DNS name under trafficmanager.net) and its definitions."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerProfile",
            namespace=NS_WA,
            root="Profile",
            fields=(
                FieldSchema("domain_name", "element", "DomainName", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema(
                    "status_details",
                    "element",
                    "StatusDetails",
                    NS_WA,
                    model="TrafficManagerProfileStatusDetails",
                ),
                FieldSchema(
                    "definitions",
                    "list",
                    "Definitions",
                    NS_WA,
                    model="TrafficManagerDefinitionVersion",
                    item="Definition",
                ),
            ),
        )
    )
    _: KW_ONLY
    domain_name: str | None = None
    name: str | None = None
    #: Enabled or Disabled.
    status: str | None = None
    status_details: TrafficManagerProfileStatusDetails | None = None
    definitions: list[TrafficManagerDefinitionVersion] | None = None


class TrafficManagerProfileStatusDetails(Model):
    """Which definition version of a profile is in force."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerProfileStatusDetails",
            namespace=NS_WA,
            root=None,
            element="StatusDetails",
            fields=(
                FieldSchema("enabled_version", "element", "EnabledVersion", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    enabled_version: int | None = None


class TrafficManagerDefinitionVersion(Model):
    """A definition of a profile, as the profile lists it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerDefinitionVersion",
            namespace=NS_WA,
            root=None,
            element="Definition",
            fields=(
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("version", "element", "Version", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    status: str | None = None
    version: int | None = None


class TrafficManagerDefinitions(Model):
    """The definitions of a profile; iterate it for TrafficManagerDefinition items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerDefinitions",
            namespace=NS_WA,
            root="Definitions",
            fields=(
                FieldSchema(
                    "definitions", "flat", "Definition", NS_WA, model="TrafficManagerDefinition"
                ),
            ),
            items="definitions",
        )
    )
    _: KW_ONLY
    definitions: list[TrafficManagerDefinition] | None = None

    def __iter__(self) -> Iterator[TrafficManagerDefinition]:
        return iter(self.definitions or ())

    def __len__(self) -> int:
        return len(self.definitions or ())

    def __getitem__(self, index: int) -> TrafficManagerDefinition:
        return (self.definitions or [])[index]


class TrafficManagerDefinition(Model):
    """How a profile answers DNS queries: TTL, endpoint monitors and the load-balancing policy.
    Status, Version and the MonitorStatus elements are set by the service."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerDefinition",
            namespace=NS_WA,
            root="Definition",
            fields=(
                FieldSchema(
                    "dns_options", "element", "DnsOptions", NS_WA, model="TrafficManagerDnsOptions"
                ),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("version", "element", "Version", NS_WA, scalar="int"),
                FieldSchema(
                    "monitors",
                    "list",
                    "Monitors",
                    NS_WA,
                    model="TrafficManagerMonitor",
                    item="Monitor",
                ),
                FieldSchema("policy", "element", "Policy", NS_WA, model="TrafficManagerPolicy"),
            ),
        )
    )
    _: KW_ONLY
    dns_options: TrafficManagerDnsOptions | None = None
    status: str | None = None
    version: int | None = None
    monitors: list[TrafficManagerMonitor] | None = None
    policy: TrafficManagerPolicy | None = None


class TrafficManagerDnsOptions(Model):
    """DNS settings of a definition."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerDnsOptions",
            namespace=NS_WA,
            root=None,
            element="DnsOptions",
            fields=(
                FieldSchema(
                    "time_to_live_in_seconds", "element", "TimeToLiveInSeconds", NS_WA, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    time_to_live_in_seconds: int | None = None


class TrafficManagerMonitor(Model):
    """How Traffic Manager probes the endpoints."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerMonitor",
            namespace=NS_WA,
            root=None,
            element="Monitor",
            fields=(
                FieldSchema(
                    "interval_in_seconds", "element", "IntervalInSeconds", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "timeout_in_seconds", "element", "TimeoutInSeconds", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "tolerated_number_of_failures",
                    "element",
                    "ToleratedNumberOfFailures",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("port", "element", "Port", NS_WA, scalar="int"),
                FieldSchema(
                    "http_options",
                    "element",
                    "HttpOptions",
                    NS_WA,
                    model="TrafficManagerHttpOptions",
                ),
            ),
        )
    )
    _: KW_ONLY
    interval_in_seconds: int | None = None
    timeout_in_seconds: int | None = None
    tolerated_number_of_failures: int | None = None
    #: Http or Https.
    protocol: str | None = None
    port: int | None = None
    http_options: TrafficManagerHttpOptions | None = None


class TrafficManagerHttpOptions(Model):
    """The HTTP request of a monitor and the status code that means healthy."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerHttpOptions",
            namespace=NS_WA,
            root=None,
            element="HttpOptions",
            fields=(
                FieldSchema("verb", "element", "Verb", NS_WA),
                FieldSchema("relative_path", "element", "RelativePath", NS_WA),
                FieldSchema(
                    "expected_status_code", "element", "ExpectedStatusCode", NS_WA, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    verb: str | None = None
    relative_path: str | None = None
    expected_status_code: int | None = None


class TrafficManagerPolicy(Model):
    """The load-balancing method and the endpoints it chooses from."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerPolicy",
            namespace=NS_WA,
            root=None,
            element="Policy",
            fields=(
                FieldSchema("load_balancing_method", "element", "LoadBalancingMethod", NS_WA),
                FieldSchema(
                    "endpoints",
                    "list",
                    "Endpoints",
                    NS_WA,
                    model="TrafficManagerEndpoint",
                    item="Endpoint",
                ),
                FieldSchema("monitor_status", "element", "MonitorStatus", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: Performance, Failover or RoundRobin.
    load_balancing_method: str | None = None
    endpoints: list[TrafficManagerEndpoint] | None = None
    #: Set by the service: Online, Degraded, Inactive, ...
    monitor_status: str | None = None


class TrafficManagerEndpoint(Model):
    """An endpoint of a policy (a cloud service, web site, any DNS name or another profile)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TrafficManagerEndpoint",
            namespace=NS_WA,
            root=None,
            element="Endpoint",
            fields=(
                FieldSchema("domain_name", "element", "DomainName", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("monitor_status", "element", "MonitorStatus", NS_WA),
                FieldSchema("weight", "element", "Weight", NS_WA, scalar="int"),
                FieldSchema(
                    "min_child_endpoints", "element", "MinChildEndpoints", NS_WA, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    domain_name: str | None = None
    #: Enabled or Disabled.
    status: str | None = None
    #: CloudService, AzureWebsite, Any or TrafficManager.
    type: str | None = None
    #: The endpoint's region (for Type Any with Performance).
    location: str | None = None
    #: Set by the service: Online, Degraded, Stopped, ...
    monitor_status: str | None = None
    weight: int | None = None
    min_child_endpoints: int | None = None
