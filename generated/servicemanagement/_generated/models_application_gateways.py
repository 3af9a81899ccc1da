# Generated from spec/types/application_gateways.yaml by `make generate`; do not edit.
"""Models of the application_gateways area."""

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
    "CreateApplicationGatewayParameters",
    "UpdateApplicationGatewayParameters",
    "ApplicationGateways",
    "ApplicationGateway",
    "ApplicationGatewayOperation",
    "ApplicationGatewayCertificates",
    "ApplicationGatewayCertificate",
    "ApplicationGatewayConfiguration",
    "ApplicationGatewayFrontendIPConfiguration",
    "ApplicationGatewayFrontendPort",
    "ApplicationGatewayProbe",
    "ApplicationGatewayBackendAddressPool",
    "ApplicationGatewayBackendHttpSettings",
    "ApplicationGatewayHttpListener",
    "ApplicationGatewayHttpLoadBalancingRule",
]


class CreateApplicationGatewayParameters(Model):
    """The request body of create_application_gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateApplicationGatewayParameters",
            namespace=NS_WA,
            root="CreateApplicationGatewayParameters",
            fields=(
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("gateway_size", "element", "GatewaySize", NS_WA),
                FieldSchema("instance_count", "element", "InstanceCount", NS_WA, scalar="int"),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("subnets", "list", "Subnets", NS_WA, item="Subnet"),
                FieldSchema("vnet_name", "element", "VnetName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    #: Small, Medium, Large, ExtraLarge.
    gateway_size: str | None = None
    instance_count: int | None = None
    name: str | None = None
    #: Subnet names of the virtual network.
    subnets: list[str] | None = None
    vnet_name: str | None = None


class UpdateApplicationGatewayParameters(Model):
    """The request body of update_application_gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateApplicationGatewayParameters",
            namespace=NS_WA,
            root="UpdateApplicationGatewayParameters",
            fields=(
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("gateway_size", "element", "GatewaySize", NS_WA),
                FieldSchema("instance_count", "element", "InstanceCount", NS_WA, scalar="int"),
                FieldSchema("subnets", "list", "Subnets", NS_WA, item="Subnet"),
                FieldSchema("vnet_name", "element", "VnetName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    gateway_size: str | None = None
    instance_count: int | None = None
    subnets: list[str] | None = None
    vnet_name: str | None = None


class ApplicationGateways(Model):
    """The response of list_application_gateway; iterate it for ApplicationGateway items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGateways",
            namespace=NS_WA,
            root="ApplicationGateways",
            fields=(
                FieldSchema(
                    "application_gateways",
                    "flat",
                    "ApplicationGateway",
                    NS_WA,
                    model="ApplicationGateway",
                ),
            ),
            items="application_gateways",
        )
    )
    _: KW_ONLY
    application_gateways: list[ApplicationGateway] | None = None

    def __iter__(self) -> Iterator[ApplicationGateway]:
        return iter(self.application_gateways or ())

    def __len__(self) -> int:
        return len(self.application_gateways or ())

    def __getitem__(self, index: int) -> ApplicationGateway:
        return (self.application_gateways or [])[index]


class ApplicationGateway(Model):
    """An application gateway (layer-7 load balancer) in a virtual network."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGateway",
            namespace=NS_WA,
            root="ApplicationGateway",
            fields=(
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("dns_name", "element", "DnsName", NS_WA),
                FieldSchema("gateway_size", "element", "GatewaySize", NS_WA),
                FieldSchema("instance_count", "element", "InstanceCount", NS_WA, scalar="int"),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("subnets", "list", "Subnets", NS_WA, item="Subnet"),
                FieldSchema("virtual_ips", "list", "VirtualIPs", NS_WA, item="VirtualIP"),
                FieldSchema("vnet_name", "element", "VnetName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    dns_name: str | None = None
    gateway_size: str | None = None
    instance_count: int | None = None
    name: str | None = None
    state: str | None = None
    subnets: list[str] | None = None
    virtual_ips: list[str] | None = None
    vnet_name: str | None = None


class ApplicationGatewayOperation(Model):
    """The request body of execute_application_gateway_operation."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayOperation",
            namespace=NS_WA,
            root="ApplicationGatewayOperation",
            fields=(FieldSchema("operation_type", "element", "OperationType", NS_WA),),
        )
    )
    _: KW_ONLY
    #: Start or Stop.
    operation_type: str | None = None


class ApplicationGatewayCertificates(Model):
    """The SSL certificates of an application gateway; iterate it for items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayCertificates",
            namespace=NS_WA,
            root="ApplicationGatewayCertificates",
            fields=(
                FieldSchema(
                    "application_gateway_certificates",
                    "flat",
                    "ApplicationGatewayCertificate",
                    NS_WA,
                    model="ApplicationGatewayCertificate",
                ),
            ),
            items="application_gateway_certificates",
        )
    )
    _: KW_ONLY
    application_gateway_certificates: list[ApplicationGatewayCertificate] | None = None

    def __iter__(self) -> Iterator[ApplicationGatewayCertificate]:
        return iter(self.application_gateway_certificates or ())

    def __len__(self) -> int:
        return len(self.application_gateway_certificates or ())

    def __getitem__(self, index: int) -> ApplicationGatewayCertificate:
        return (self.application_gateway_certificates or [])[index]


class ApplicationGatewayCertificate(Model):
    """An SSL certificate of an application gateway (its public part)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayCertificate",
            namespace=NS_WA,
            root="ApplicationGatewayCertificate",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("data", "element", "Data", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    data: str | None = None
    state: str | None = None


class ApplicationGatewayConfiguration(Model):
    """What an application gateway listens on and where it sends the traffic."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayConfiguration",
            namespace=NS_WA,
            root="ApplicationGatewayConfiguration",
            fields=(
                FieldSchema(
                    "frontend_ip_configurations",
                    "list",
                    "FrontendIPConfigurations",
                    NS_WA,
                    model="ApplicationGatewayFrontendIPConfiguration",
                    item="FrontendIPConfiguration",
                ),
                FieldSchema(
                    "frontend_ports",
                    "list",
                    "FrontendPorts",
                    NS_WA,
                    model="ApplicationGatewayFrontendPort",
                    item="FrontendPort",
                ),
                FieldSchema(
                    "probes", "list", "Probes", NS_WA, model="ApplicationGatewayProbe", item="Probe"
                ),
                FieldSchema(
                    "backend_address_pools",
                    "list",
                    "BackendAddressPools",
                    NS_WA,
                    model="ApplicationGatewayBackendAddressPool",
                    item="BackendAddressPool",
                ),
                FieldSchema(
                    "backend_http_settings_list",
                    "list",
                    "BackendHttpSettingsList",
                    NS_WA,
                    model="ApplicationGatewayBackendHttpSettings",
                    item="BackendHttpSettings",
                ),
                FieldSchema(
                    "http_listeners",
                    "list",
                    "HttpListeners",
                    NS_WA,
                    model="ApplicationGatewayHttpListener",
                    item="HttpListener",
                ),
                FieldSchema(
                    "http_load_balancing_rules",
                    "list",
                    "HttpLoadBalancingRules",
                    NS_WA,
                    model="ApplicationGatewayHttpLoadBalancingRule",
                    item="HttpLoadBalancingRule",
                ),
            ),
        )
    )
    _: KW_ONLY
    frontend_ip_configurations: list[ApplicationGatewayFrontendIPConfiguration] | None = None
    frontend_ports: list[ApplicationGatewayFrontendPort] | None = None
    probes: list[ApplicationGatewayProbe] | None = None
    backend_address_pools: list[ApplicationGatewayBackendAddressPool] | None = None
    backend_http_settings_list: list[ApplicationGatewayBackendHttpSettings] | None = None
    http_listeners: list[ApplicationGatewayHttpListener] | None = None
    http_load_balancing_rules: list[ApplicationGatewayHttpLoadBalancingRule] | None = None


class ApplicationGatewayFrontendIPConfiguration(Model):
    """A front-end IP address of an application gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayFrontendIPConfiguration",
            namespace=NS_WA,
            root=None,
            element="FrontendIPConfiguration",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("static_ip_address", "element", "StaticIPAddress", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    #: Private.
    type: str | None = None
    static_ip_address: str | None = None


class ApplicationGatewayFrontendPort(Model):
    """A front-end port of an application gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayFrontendPort",
            namespace=NS_WA,
            root=None,
            element="FrontendPort",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("port", "element", "Port", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    port: int | None = None


class ApplicationGatewayProbe(Model):
    """A custom health probe of an application gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayProbe",
            namespace=NS_WA,
            root=None,
            element="Probe",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("host", "element", "Host", NS_WA),
                FieldSchema("path", "element", "Path", NS_WA),
                FieldSchema("interval", "element", "Interval", NS_WA, scalar="int"),
                FieldSchema("timeout", "element", "Timeout", NS_WA, scalar="int"),
                FieldSchema(
                    "unhealthy_threshold", "element", "UnhealthyThreshold", NS_WA, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    protocol: str | None = None
    host: str | None = None
    path: str | None = None
    interval: int | None = None
    timeout: int | None = None
    unhealthy_threshold: int | None = None


class ApplicationGatewayBackendAddressPool(Model):
    """A pool of back-end addresses of an application gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayBackendAddressPool",
            namespace=NS_WA,
            root=None,
            element="BackendAddressPool",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("ip_addresses", "list", "IPAddresses", NS_WA, item="IPAddress"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    ip_addresses: list[str] | None = None


class ApplicationGatewayBackendHttpSettings(Model):
    """How an application gateway talks to its back end."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayBackendHttpSettings",
            namespace=NS_WA,
            root=None,
            element="BackendHttpSettings",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("port", "element", "Port", NS_WA, scalar="int"),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("cookie_based_affinity", "element", "CookieBasedAffinity", NS_WA),
                FieldSchema("request_timeout", "element", "RequestTimeout", NS_WA, scalar="int"),
                FieldSchema("probe", "element", "Probe", NS_WA),
                FieldSchema(
                    "authentication_certificates", "element", "AuthenticationCertificates", NS_WA
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    port: int | None = None
    #: Http or Https.
    protocol: str | None = None
    #: Enabled or Disabled.
    cookie_based_affinity: str | None = None
    request_timeout: int | None = None
    probe: str | None = None
    authentication_certificates: str | None = None


class ApplicationGatewayHttpListener(Model):
    """A listener of an application gateway (front-end IP + port + protocol)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayHttpListener",
            namespace=NS_WA,
            root=None,
            element="HttpListener",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("frontend_ip", "element", "FrontendIP", NS_WA),
                FieldSchema("frontend_port", "element", "FrontendPort", NS_WA),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("ssl_cert", "element", "SslCert", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    frontend_ip: str | None = None
    frontend_port: str | None = None
    #: Http or Https.
    protocol: str | None = None
    ssl_cert: str | None = None


class ApplicationGatewayHttpLoadBalancingRule(Model):
    """A rule binding a listener to a back-end pool and settings."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ApplicationGatewayHttpLoadBalancingRule",
            namespace=NS_WA,
            root=None,
            element="HttpLoadBalancingRule",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("backend_http_settings", "element", "BackendHttpSettings", NS_WA),
                FieldSchema("listener", "element", "Listener", NS_WA),
                FieldSchema("backend_address_pool", "element", "BackendAddressPool", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    #: basic.
    type: str | None = None
    backend_http_settings: str | None = None
    listener: str | None = None
    backend_address_pool: str | None = None
