"""Application gateways: the requests they build and the documents they read.

Wire facts: .NET ApplicationGatewayOperations (x-ms-version 2016-07-01 and
?api-version=2016-07-01, bodies as application/xml), the Node client agreeing; see
tests/wirecheck.py.
"""

from __future__ import annotations

from servicemanagement import (
    ApplicationGateway,
    ApplicationGatewayBackendAddressPool,
    ApplicationGatewayCertificates,
    ApplicationGatewayConfiguration,
    ApplicationGatewayFrontendPort,
)
from wirecheck import NETWORKING, Cases, Expected, document, read_back, request_tests

V = "2016-07-01"
API = (("api-version", V),)
GATEWAYS = f"{NETWORKING}/ApplicationGateways"
GATEWAY = f"{GATEWAYS}/agw1"
CONFIGURATION_XML = document(
    "ApplicationGatewayConfiguration",
    "<FrontendIPConfigurations><FrontendIPConfiguration><Name>fip</Name><Type>Private</Type>"
    "<StaticIPAddress>10.0.0.10</StaticIPAddress></FrontendIPConfiguration>"
    "</FrontendIPConfigurations>"
    "<FrontendPorts><FrontendPort><Name>port80</Name><Port>80</Port></FrontendPort>"
    "</FrontendPorts>"
    "<Probes><Probe><Name>probe</Name><Protocol>Http</Protocol><Host>web.contoso.com</Host>"
    "<Path>/health</Path><Interval>30</Interval><Timeout>120</Timeout>"
    "<UnhealthyThreshold>3</UnhealthyThreshold></Probe></Probes>"
    "<BackendAddressPools><BackendAddressPool><Name>pool</Name><IPAddresses>"
    "<IPAddress>10.0.1.4</IPAddress><IPAddress>10.0.1.5</IPAddress></IPAddresses>"
    "</BackendAddressPool></BackendAddressPools>"
    "<BackendHttpSettingsList><BackendHttpSettings><Name>settings</Name><Port>80</Port>"
    "<Protocol>Http</Protocol><CookieBasedAffinity>Enabled</CookieBasedAffinity>"
    "<RequestTimeout>30</RequestTimeout><Probe>probe</Probe></BackendHttpSettings>"
    "</BackendHttpSettingsList>"
    "<HttpListeners><HttpListener><Name>listener</Name><FrontendIP>fip</FrontendIP>"
    "<FrontendPort>port80</FrontendPort><Protocol>Http</Protocol></HttpListener>"
    "</HttpListeners>"
    "<HttpLoadBalancingRules><HttpLoadBalancingRule><Name>rule</Name><Type>basic</Type>"
    "<BackendHttpSettings>settings</BackendHttpSettings><Listener>listener</Listener>"
    "<BackendAddressPool>pool</BackendAddressPool></HttpLoadBalancingRule>"
    "</HttpLoadBalancingRules>",
)
CONFIGURATION = ApplicationGatewayConfiguration.from_xml(CONFIGURATION_XML.encode())

CASES: Cases = {
    "create_application_gateway": (
        lambda s: s.create_application_gateway(
            "agw1", "vnet1", ["front"], 2, "Medium", description="web front end"
        ),
        Expected(
            "POST",
            GATEWAYS,
            V,
            query=API,
            body=document(
                "CreateApplicationGatewayParameters",
                "<Description>web front end</Description><GatewaySize>Medium</GatewaySize>"
                "<InstanceCount>2</InstanceCount><Name>agw1</Name>"
                "<Subnets><Subnet>front</Subnet></Subnets><VnetName>vnet1</VnetName>",
            ),
        ),
    ),
    "get_application_gateway": (
        lambda s: s.get_application_gateway("agw1"),
        Expected("GET", GATEWAY, V, query=API),
    ),
    "list_application_gateway": (
        lambda s: s.list_application_gateway(),
        Expected("GET", GATEWAYS, V, query=API),
    ),
    "update_application_gateway": (
        lambda s: s.update_application_gateway("agw1", 3, "Large"),
        Expected(
            "PUT",
            GATEWAY,
            V,
            query=API,
            body=document(
                "UpdateApplicationGatewayParameters",
                "<GatewaySize>Large</GatewaySize><InstanceCount>3</InstanceCount>",
            ),
        ),
    ),
    "delete_application_gateway": (
        lambda s: s.delete_application_gateway("agw1"),
        Expected("DELETE", GATEWAY, V, query=API),
    ),
    "execute_application_gateway_operation": (
        lambda s: s.execute_application_gateway_operation("agw1", "Start"),
        Expected(
            "POST",
            f"{GATEWAY}/Operations",
            V,
            query=API,
            body=document("ApplicationGatewayOperation", "<OperationType>Start</OperationType>"),
        ),
    ),
    "get_application_gateway_config": (
        lambda s: s.get_application_gateway_config("agw1"),
        Expected("GET", f"{GATEWAY}/configuration", V, query=API),
    ),
    "set_application_gateway_config": (
        lambda s: s.set_application_gateway_config("agw1", CONFIGURATION),
        Expected("POST", f"{GATEWAY}/configuration", V, query=API, body=CONFIGURATION_XML),
    ),
    "add_application_gateway_certificate": (
        lambda s: s.add_application_gateway_certificate(
            "agw1", "web", "MIIKUQIBAzCC", password="pw"
        ),
        Expected(
            "PUT",
            f"{GATEWAY}/sslcertificates/web",
            V,
            query=API,
            body=document(
                "CertificateFile",
                "<Data>MIIKUQIBAzCC</Data><CertificateFormat>pfx</CertificateFormat>"
                "<Password>pw</Password>",
            ),
        ),
    ),
    "get_application_gateway_certificate": (
        lambda s: s.get_application_gateway_certificate("agw1", "web"),
        Expected("GET", f"{GATEWAY}/sslcertificates/web", V, query=API),
    ),
    "list_application_gateway_certificate": (
        lambda s: s.list_application_gateway_certificate("agw1"),
        Expected("GET", f"{GATEWAY}/sslcertificates", V, query=API),
    ),
    "delete_application_gateway_certificate": (
        lambda s: s.delete_application_gateway_certificate("agw1", "web"),
        Expected("DELETE", f"{GATEWAY}/sslcertificates/web", V, query=API),
    ),
}


test_request = request_tests(CASES, "application_gateways")


def test_a_configuration_reads_back_typed() -> None:
    configuration = read_back(ApplicationGatewayConfiguration, CONFIGURATION_XML)
    assert configuration.frontend_ports == [ApplicationGatewayFrontendPort(name="port80", port=80)]
    assert configuration.backend_address_pools == [
        ApplicationGatewayBackendAddressPool(name="pool", ip_addresses=["10.0.1.4", "10.0.1.5"])
    ]
    [probe] = configuration.probes or []
    assert (probe.interval, probe.timeout, probe.unhealthy_threshold) == (30, 120, 3)


def test_a_gateway_reads_back_in_recorded_order() -> None:
    gateway = read_back(
        ApplicationGateway,
        document(
            "ApplicationGateway",
            "<Description/><DnsName>agw1.cloudapp.net</DnsName><GatewaySize>Medium</GatewaySize>"
            "<InstanceCount>2</InstanceCount><Name>agw1</Name><State>Running</State>"
            "<Subnets><Subnet>front</Subnet></Subnets>"
            "<VirtualIPs><VirtualIP>10.0.0.10</VirtualIP></VirtualIPs><VnetName>vnet1</VnetName>",
        ),
    )
    assert (gateway.instance_count, gateway.virtual_ips) == (2, ["10.0.0.10"])


def test_the_certificate_list_iterates_its_certificates() -> None:
    certificates = read_back(
        ApplicationGatewayCertificates,
        document(
            "ApplicationGatewayCertificates",
            "<ApplicationGatewayCertificate><Name>web</Name><Data>MIIC</Data>"
            "<State>Provisioned</State></ApplicationGatewayCertificate>",
        ),
    )
    assert [(c.name, c.state) for c in certificates] == [("web", "Provisioned")]
