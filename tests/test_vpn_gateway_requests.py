"""VPN gateways, local network gateways and gateway connections: requests and documents.

Wire facts: .NET GatewayOperations and ClientRootCertificateOperations (x-ms-version
2016-07-01, bodies as application/xml), the Node client agreeing; the operation status
call as the .NET ExpressRoute client sends it (2011-10-01). See tests/wirecheck.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from exchanges import exchange
from fixturetypes import Serve
from servicemanagement import (
    AzureHttpError,
    BgpSettings,
    GatewayOperation,
    GatewayOperationAsyncResponse,
    IPsecParameters,
    LocalNetworkConnections,
    LocalNetworkGateway,
    NetworkGateway,
    VirtualNetworkGateways,
    VpnDeviceList,
)
from wirecheck import NETWORKING, SUB, XML, Cases, Expected, document, read_back, request_tests

V = "2016-07-01"
API = (("api-version", V),)
GATEWAY = f"{NETWORKING}/vnet1/gateway"
CONNECTION = f"{GATEWAY}/connection/site1"
V2 = f"{NETWORKING}/virtualnetworkgateways/gw-1"
ENTITY = f"{V2}/connectedentity/lng-1"
LOCAL = f"{NETWORKING}/localnetworkgateways"
CONNECTIONS = f"{NETWORKING}/gatewayconnections"
V2_CONNECTION = f"{CONNECTIONS}/virtualnetworkgateway/gw-1/connectedentity/lng-1"
BGP = BgpSettings(asn=65010, bgp_peering_address="10.1.0.254", peer_weight=0)
BGP_XML = (
    "<BgpSettings><Asn>65010</Asn><BgpPeeringAddress>10.1.0.254</BgpPeeringAddress>"
    "<PeerWeight>0</PeerWeight></BgpSettings>"
)
ARRAYS = 'xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays"'
IPSEC = IPsecParameters(
    encryption_type="AES256",
    pfs_group="PFS2048",
    sa_data_size_kilobytes=102400000,
    sa_life_time_seconds=27000,
    hash_algorithm="SHA256",
)
IPSEC_XML = document(
    "IPsecParameters",
    "<EncryptionType>AES256</EncryptionType><PfsGroup>PFS2048</PfsGroup>"
    "<SADataSizeKilobytes>102400000</SADataSizeKilobytes>"
    "<SALifeTimeSeconds>27000</SALifeTimeSeconds><HashAlgorithm>SHA256</HashAlgorithm>",
)
START_DIAGNOSTICS = document(
    "UpdateGatewayPublicDiagnostics",
    "<CaptureDurationInSeconds>300</CaptureDurationInSeconds>"
    "<ContainerName>captures</ContainerName><CustomerStorageKey>a2V5</CustomerStorageKey>"
    "<CustomerStorageName>store1</CustomerStorageName><Operation>StartDiagnostics</Operation>",
)
STOP_DIAGNOSTICS = document(
    "UpdateGatewayPublicDiagnostics", "<Operation>StopDiagnostics</Operation>"
)
RESET = document("UpdateGatewayParameters", "<Operation>Reset</Operation>")
RESIZE = document(
    "UpdateGatewayParameters",
    "<GatewaySize>HighPerformance</GatewaySize><Operation>Resize</Operation>",
)
CERTIFICATE = "MIIC5zCCAc+gAwIBAgIQ"  # the start of a base64 .cer, sent as it is

CASES: Cases = {
    # ---- classic gateway of a virtual network
    "create_gateway": (
        lambda s: s.create_gateway("vnet1", "Default", "DynamicRouting"),
        Expected(
            "POST",
            GATEWAY,
            V,
            body=document(
                "CreateGatewayParameters",
                "<GatewaySize>Default</GatewaySize><gatewayType>DynamicRouting</gatewayType>",
            ),
        ),
    ),
    "get_gateway": (lambda s: s.get_gateway("vnet1"), Expected("GET", GATEWAY, V)),
    "delete_gateway": (lambda s: s.delete_gateway("vnet1"), Expected("DELETE", GATEWAY, V)),
    "failover_gateway": (
        lambda s: s.failover_gateway("vnet1"),
        Expected(
            "DELETE",
            GATEWAY,
            V,
            body=document(
                "UpdateGateway", "<UpdateGatewayOperation>Failover</UpdateGatewayOperation>"
            ),
        ),
    ),
    "reset_gateway": (
        lambda s: s.reset_gateway("vnet1"),
        Expected("PATCH", GATEWAY, V, body=RESET),
    ),
    "resize_gateway": (
        lambda s: s.resize_gateway("vnet1", "HighPerformance"),
        Expected("PATCH", GATEWAY, V, body=RESIZE),
    ),
    "connect_gateway_disconnect_or_testing": (
        lambda s: s.connect_gateway_disconnect_or_testing("vnet1", "site1", "Test", "10.1.0.4"),
        Expected(
            "PUT",
            CONNECTION,
            V,
            body=document(
                "UpdateConnection", "<Operation>Test</Operation><IPAddress>10.1.0.4</IPAddress>"
            ),
        ),
    ),
    "list_gateway_connections": (
        lambda s: s.list_gateway_connections("vnet1"),
        Expected("GET", f"{GATEWAY}/connections", V),
    ),
    "get_gateway_device_configuration_script": (
        lambda s: s.get_gateway_device_configuration_script(
            "vnet1", "Cisco Systems, Inc.", "ASA 5500 Series", "ASA Software 8.3"
        ),
        Expected(
            "GET",
            f"{GATEWAY}/vpndeviceconfigurationscript",
            V,
            query=(
                ("vendor", "Cisco Systems, Inc."),
                ("platform", "ASA 5500 Series"),
                ("OSfamily", "ASA Software 8.3"),
            ),
        ),
    ),
    "list_gateway_supported_devices": (
        lambda s: s.list_gateway_supported_devices(),
        Expected("GET", f"{NETWORKING}/supporteddevices", V),
    ),
    "generate_gateway_vpn_client_package": (
        lambda s: s.generate_gateway_vpn_client_package("vnet1", "Amd64"),
        Expected(
            "POST",
            f"{GATEWAY}/vpnclientpackage",
            V,
            body=document(
                "VpnClientParameters", "<ProcessorArchitecture>Amd64</ProcessorArchitecture>"
            ),
        ),
    ),
    "set_gateway_default_sites": (
        lambda s: s.set_gateway_default_sites("vnet1", "site1"),
        Expected(
            "POST",
            f"{GATEWAY}/defaultsites",
            V,
            body=document("DefaultSiteList", "<string>site1</string>"),
        ),
    ),
    "remove_gateway_default_sites": (
        lambda s: s.remove_gateway_default_sites("vnet1"),
        Expected("DELETE", f"{GATEWAY}/defaultsites", V),
    ),
    "get_gateway_shared_key": (
        lambda s: s.get_gateway_shared_key("vnet1", "site1"),
        Expected("GET", f"{CONNECTION}/sharedkey", V),
    ),
    "set_gateway_shared_key": (
        lambda s: s.set_gateway_shared_key("vnet1", "site1", "s3cret"),
        Expected(
            "POST",
            f"{CONNECTION}/sharedkey",
            V,
            body=document("SharedKey", "<Value>s3cret</Value>"),
        ),
    ),
    "reset_gateway_shared_key": (
        lambda s: s.reset_gateway_shared_key("vnet1", "site1", 32),
        Expected(
            "PUT",
            f"{CONNECTION}/sharedkey",
            V,
            body=document("ResetSharedKey", "<KeyLength>32</KeyLength>"),
        ),
    ),
    "get_gateway_i_psec_parameters": (
        lambda s: s.get_gateway_i_psec_parameters("vnet1", "site1"),
        Expected("GET", f"{CONNECTION}/ipsecparameters", V),
    ),
    "set_gateway_i_psec_parameters": (
        lambda s: s.set_gateway_i_psec_parameters("vnet1", "site1", IPSEC),
        Expected("PATCH", f"{CONNECTION}/ipsecparameters", V, body=IPSEC_XML),
    ),
    "get_gateway_diagnostics": (
        lambda s: s.get_gateway_diagnostics("vnet1"),
        Expected("GET", f"{GATEWAY}/publicdiagnostics", V),
    ),
    "start_gateway_diagnostics": (
        lambda s: s.start_gateway_diagnostics("vnet1", "300", "captures", "a2V5", "store1"),
        Expected("PUT", f"{GATEWAY}/publicdiagnostics", V, body=START_DIAGNOSTICS),
    ),
    "stop_gateway_diagnostics": (
        lambda s: s.stop_gateway_diagnostics("vnet1"),
        Expected("PUT", f"{GATEWAY}/publicdiagnostics", V, body=STOP_DIAGNOSTICS),
    ),
    "create_client_root_certificate": (
        lambda s: s.create_client_root_certificate("vnet1", CERTIFICATE),
        Expected("POST", f"{GATEWAY}/clientrootcertificates", V, body=CERTIFICATE.encode()),
    ),
    "get_client_root_certificate": (
        lambda s: s.get_client_root_certificate("vnet1", "AB12"),
        Expected("GET", f"{GATEWAY}/clientrootcertificates/AB12", V),
    ),
    "list_client_root_certificate": (
        lambda s: s.list_client_root_certificate("vnet1"),
        Expected("GET", f"{GATEWAY}/clientrootcertificates", V),
    ),
    "delete_client_root_certificate": (
        lambda s: s.delete_client_root_certificate("vnet1", "AB12"),
        Expected("DELETE", f"{GATEWAY}/clientrootcertificates/AB12", V),
    ),
    # ---- v2: virtual network gateways
    "create_virtual_network_gateway": (
        lambda s: s.create_virtual_network_gateway(
            "vnet1", "gw", "Standard", "DynamicRouting", "West US", "vnet-id-1", BGP
        ),
        Expected(
            "POST",
            f"{NETWORKING}/vnet1/virtualnetworkgateways",
            V,
            body=document(
                "CreateVirtualNetworkGatewayParameters",
                "<GatewayName>gw</GatewayName><GatewaySize>Standard</GatewaySize>"
                "<GatewayType>DynamicRouting</GatewayType><Location>West US</Location>"
                f"<VnetId>vnet-id-1</VnetId>{BGP_XML}",
            ),
        ),
    ),
    "get_virtual_network_gateway": (
        lambda s: s.get_virtual_network_gateway("gw-1"),
        Expected("GET", V2, V),
    ),
    "list_virtual_network_gateways": (
        lambda s: s.list_virtual_network_gateways(),
        Expected("GET", f"{NETWORKING}/virtualnetworkgateways", V, query=API),
    ),
    "delete_virtual_network_gateway": (
        lambda s: s.delete_virtual_network_gateway("gw-1"),
        Expected("DELETE", V2, V),
    ),
    "reset_virtual_network_gateway": (
        lambda s: s.reset_virtual_network_gateway("gw-1"),
        Expected("PATCH", V2, V, body=RESET),
    ),
    "resize_virtual_network_gateway": (
        lambda s: s.resize_virtual_network_gateway("gw-1", "HighPerformance"),
        Expected("PATCH", V2, V, body=RESIZE),
    ),
    "get_gateway_diagnostics_v2": (
        lambda s: s.get_gateway_diagnostics_v2("gw-1"),
        Expected("GET", f"{V2}/publicdiagnostics", V),
    ),
    "start_gateway_diagnostics_v2": (
        lambda s: s.start_gateway_diagnostics_v2(
            "gw-1",
            capture_duration_in_seconds="300",
            container_name="captures",
            customer_storage_key="a2V5",
            customer_storage_name="store1",
        ),
        Expected("PUT", f"{V2}/publicdiagnostics", V, body=START_DIAGNOSTICS),
    ),
    "stop_gateway_diagnostics_v2": (
        lambda s: s.stop_gateway_diagnostics_v2("gw-1"),
        Expected("PUT", f"{V2}/publicdiagnostics", V, body=STOP_DIAGNOSTICS),
    ),
    "get_gateway_shared_key_v2": (
        lambda s: s.get_gateway_shared_key_v2("gw-1", "lng-1"),
        Expected("GET", f"{ENTITY}/sharedkey", V),
    ),
    "set_gateway_shared_key_v2": (
        lambda s: s.set_gateway_shared_key_v2("gw-1", "lng-1", "s3cret"),
        Expected(
            "POST", f"{ENTITY}/sharedkey", V, body=document("SharedKey", "<Value>s3cret</Value>")
        ),
    ),
    "reset_gateway_shared_key_v2": (
        lambda s: s.reset_gateway_shared_key_v2("gw-1", "lng-1", 64),
        Expected(
            "PATCH",
            f"{ENTITY}/sharedkey",
            V,
            body=document("ResetSharedKey", "<KeyLength>64</KeyLength>"),
        ),
    ),
    "get_gateway_i_psec_parameters_v2": (
        lambda s: s.get_gateway_i_psec_parameters_v2("gw-1", "lng-1"),
        Expected("GET", f"{ENTITY}/ipsecparameters", V),
    ),
    "set_gateway_i_psec_parameters_v2": (
        lambda s: s.set_gateway_i_psec_parameters_v2("gw-1", "lng-1", IPSEC),
        Expected("PATCH", f"{ENTITY}/ipsecparameters", V, body=IPSEC_XML),
    ),
    # ---- local network gateways
    "create_local_network_gateway": (
        lambda s: s.create_local_network_gateway(
            "onprem", "203.0.113.10", ["10.1.0.0/16", "10.2.0.0/16"], BGP
        ),
        Expected(
            "POST",
            LOCAL,
            V,
            query=API,
            body=document(
                "CreateLocalNetworkGatewayParameters",
                f"<AddressSpace {ARRAYS}><a:string>10.1.0.0/16</a:string>"
                "<a:string>10.2.0.0/16</a:string></AddressSpace><GatewayName>onprem</GatewayName>"
                f"<IpAddress>203.0.113.10</IpAddress>{BGP_XML}",
            ),
        ),
    ),
    "get_local_network_gateway": (
        lambda s: s.get_local_network_gateway("lng-1"),
        Expected("GET", f"{LOCAL}/lng-1", V, query=API),
    ),
    "list_local_network_gateways": (
        lambda s: s.list_local_network_gateways(),
        Expected("GET", LOCAL, V, query=API),
    ),
    "update_local_network_gateway": (
        lambda s: s.update_local_network_gateway("lng-1", ["10.1.0.0/16"]),
        Expected(
            "PATCH",
            f"{LOCAL}/lng-1",
            V,
            query=API,
            body=document(
                "UpdateLocalNetworkGatewayParameters",
                f"<AddressSpace {ARRAYS}><a:string>10.1.0.0/16</a:string></AddressSpace>",
            ),
        ),
    ),
    "delete_local_network_gateway": (
        lambda s: s.delete_local_network_gateway("lng-1"),
        Expected("DELETE", f"{LOCAL}/lng-1", V, query=API),
    ),
    # ---- gateway connections
    "create_gateway_connection": (
        lambda s: s.create_gateway_connection(
            "gw-1", "lng-1", "to-onprem", "IPsec", 10, "s3cret", enable_bgp=True
        ),
        Expected(
            "POST",
            CONNECTIONS,
            V,
            query=API,
            body=document(
                "CreateGatewayConnectionParameters",
                "<ConnectedEntityId>lng-1</ConnectedEntityId>"
                "<GatewayConnectionName>to-onprem</GatewayConnectionName>"
                "<GatewayConnectionType>IPsec</GatewayConnectionType>"
                "<VirtualNetworkGatewayId>gw-1</VirtualNetworkGatewayId>"
                "<RoutingWeight>10</RoutingWeight><SharedKey>s3cret</SharedKey>"
                "<EnableBgp>true</EnableBgp>",
            ),
        ),
    ),
    "get_gateway_connection": (
        lambda s: s.get_gateway_connection("gw-1", "lng-1"),
        Expected("GET", V2_CONNECTION, V, query=API),
    ),
    "list_virtual_network_gateway_connections": (
        lambda s: s.list_virtual_network_gateway_connections(),
        Expected("GET", CONNECTIONS, V, query=API),
    ),
    "update_gateway_connection": (
        lambda s: s.update_gateway_connection("gw-1", "lng-1", 5),
        Expected(
            "PATCH",
            V2_CONNECTION,
            V,
            query=API,
            # RoutingWeight and EnableBgp are always sent, as the .NET builder does.
            body=document(
                "UpdateGatewayConnectionParameters",
                "<RoutingWeight>5</RoutingWeight><EnableBgp>false</EnableBgp>",
            ),
        ),
    ),
    "delete_gateway_connection": (
        lambda s: s.delete_gateway_connection("gw-1", "lng-1"),
        Expected("DELETE", V2_CONNECTION, V, query=API),
    ),
    # ---- status of gateway operations
    "get_expressroute_border_gateway_protocol_peering_operation_status": (
        lambda s: s.get_expressroute_border_gateway_protocol_peering_operation_status("op-1"),
        Expected("GET", f"{NETWORKING}/operation/op-1", "2011-10-01"),
    ),
}


test_request = request_tests(CASES, "vpn_gateways")


# ---- documents --------------------------------------------------------------------

EVENT = (
    "<LastEvent><Id>23005</Id><Message>The connection was established.</Message>"
    "<Data>site1</Data><Timestamp>2015-07-01T10:00:00Z</Timestamp></LastEvent>"
)


def test_a_classic_gateway_reads_back_in_recorded_order() -> None:
    gateway = read_back(
        NetworkGateway,
        document(
            "Gateway",
            f"<GatewayType>DynamicRouting</GatewayType>{EVENT}<State>Provisioned</State>"
            "<VIPAddress>203.0.113.1</VIPAddress><DefaultSites><string>site1</string>"
            "</DefaultSites><GatewaySize>Default</GatewaySize>"
            "<GatewayId>0f6a5c7e-0000-0000-0000-000000000001</GatewayId>",
        ),
    )
    assert gateway.last_event is not None
    assert gateway.last_event.timestamp == datetime(2015, 7, 1, 10, tzinfo=UTC)
    assert (gateway.state, gateway.default_sites) == ("Provisioned", ["site1"])


def test_classic_gateway_connections_read_back_with_their_counters() -> None:
    connections = read_back(
        LocalNetworkConnections,
        document(
            "Connections",
            "<Connection><AllocatedIPAddresses><string>172.16.0.2</string>"
            "</AllocatedIPAddresses><ConnectivityState>Connected</ConnectivityState>"
            "<EgressBytesTransferred>4096</EgressBytesTransferred>"
            "<EgressPacketsTransferred>40</EgressPacketsTransferred>"
            "<IngressBytesTransferred>8192</IngressBytesTransferred>"
            "<IngressPacketsTransferred>80</IngressPacketsTransferred>"
            "<LastConnectionEstablished>2015-07-01T10:00:00Z</LastConnectionEstablished>"
            f"{EVENT}<LocalNetworkSiteName>site1</LocalNetworkSiteName></Connection>",
        ),
    )
    [connection] = connections
    assert connection.allocated_ip_addresses == ["172.16.0.2"]
    assert (connection.ingress_bytes_transferred, connection.egress_packets_transferred) == (
        8192,
        40,
    )


def test_a_local_network_gateway_reads_its_address_space_in_the_arrays_namespace() -> None:
    gateway = read_back(
        LocalNetworkGateway,
        document(
            "LocalNetworkGateway",
            f"<AddressSpace {ARRAYS}><a:string>10.1.0.0/16</a:string></AddressSpace>"
            "<Id>lng-1</Id><GatewayName>onprem</GatewayName><IpAddress>203.0.113.10</IpAddress>"
            f"{BGP_XML}",
        ),
    )
    assert gateway.address_space == ["10.1.0.0/16"]
    assert gateway.bgp_settings == BGP


def test_virtual_network_gateways_read_back() -> None:
    gateways = read_back(
        VirtualNetworkGateways,
        document(
            "VirtualNetworkGateways",
            f"<VirtualNetworkGateway><GatewayId>gw-1</GatewayId>{EVENT}"
            "<GatewayName>gw</GatewayName><GatewayType>DynamicRouting</GatewayType>"
            "<GatewaySize>Standard</GatewaySize><State>Provisioned</State>"
            "<VIPAddress>203.0.113.2</VIPAddress><Location>West US</Location>"
            "<VnetId>vnet-id-1</VnetId><SubnetId>subnet-id-1</SubnetId><DefaultSites/>"
            f"<EnableBgp>true</EnableBgp>{BGP_XML}</VirtualNetworkGateway>",
        ),
    )
    [gateway] = gateways
    assert (gateway.enable_bgp, gateway.default_sites, gateway.bgp_settings) == (True, [], BGP)


def test_the_supported_devices_list_is_in_no_namespace() -> None:
    devices = read_back(
        VpnDeviceList,
        '<VpnDeviceList version="1.0"><Vendor name="Cisco Systems, Inc.">'
        '<Platform name="ASA 5500 Series"><OSFamily name="ASA Software 8.3">8.3</OSFamily>'
        "</Platform></Vendor></VpnDeviceList>",
    )
    [vendor] = devices
    [platform] = vendor.platforms or []
    [family] = platform.os_families or []
    assert (devices.version, vendor.name, family.name, family.value) == (
        "1.0",
        "Cisco Systems, Inc.",
        "ASA Software 8.3",
        "8.3",
    )


# ---- a gateway call answered with an operation ID, then polled ---------------------


def test_a_gateway_call_returns_its_operation_id_and_the_status_call_polls_it(
    serve: Serve,
) -> None:
    started = document("GatewayOperationAsyncResponse", "<ID>op-1</ID>")
    status = document(
        "GatewayOperation",
        "<Data>https://example.blob.core.windows.net/vpn/client.zip</Data>"
        "<HealthStatus/><HttpStatusCode>OK</HttpStatusCode><ID>op-1</ID>"
        "<OperationCompletedTime>2015-07-01T10:05:00Z</OperationCompletedTime>"
        "<OperationName>GenerateVpnClientPackage</OperationName>"
        "<OperationStartedTime>2015-07-01T10:00:00Z</OperationStartedTime>"
        "<Status>Successful</Status>",
    )
    sms = serve(
        [
            exchange(
                "POST",
                f"/{SUB}/services/networking/vnet1/gateway/vpnclientpackage",
                version=V,
                status=202,
                response=started,
                content_type=XML,
                body=document(
                    "VpnClientParameters", "<ProcessorArchitecture>X86</ProcessorArchitecture>"
                ),
            ),
            exchange(
                "GET",
                f"/{SUB}/services/networking/operation/op-1",
                version="2011-10-01",
                response=status,
            ),
        ]
    )

    answer = sms.generate_gateway_vpn_client_package("vnet1", "X86")
    assert isinstance(answer, GatewayOperationAsyncResponse)
    assert answer.id is not None
    outcome = sms.get_expressroute_border_gateway_protocol_peering_operation_status(answer.id)

    assert isinstance(outcome, GatewayOperation)
    assert (outcome.status, outcome.data) == (
        "Successful",
        "https://example.blob.core.windows.net/vpn/client.zip",
    )
    assert outcome.operation_completed_time == datetime(2015, 7, 1, 10, 5, tzinfo=UTC)
    assert read_back(GatewayOperation, status) == outcome


def test_a_client_root_certificate_is_returned_as_text(serve: Serve) -> None:
    sms = serve(
        [
            exchange(
                "GET",
                f"/{SUB}/services/networking/vnet1/gateway/clientrootcertificates/AB12",
                version=V,
                response=CERTIFICATE,
            )
        ]
    )

    assert sms.get_client_root_certificate("vnet1", "AB12") == CERTIFICATE


def test_a_gateway_call_with_another_status_is_an_error(serve: Serve) -> None:
    sms = serve(
        [
            exchange(
                "POST",
                f"/{SUB}/services/networking/vnet1/gateway",
                version=V,
                response=document("GatewayOperationAsyncResponse", "<ID>op-2</ID>"),
                content_type=XML,
                body=document(
                    "CreateGatewayParameters", "<gatewayType>StaticRouting</gatewayType>"
                ),
            )
        ]
    )

    with pytest.raises(AzureHttpError) as raised:  # create_gateway answers 201 Created
        sms.create_gateway("vnet1", gateway_type="StaticRouting")
    assert raised.value.status_code == 200
