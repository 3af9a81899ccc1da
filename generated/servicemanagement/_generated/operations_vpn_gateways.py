# Generated from spec/operations/vpn_gateways.yaml by `make generate`; do not edit.
"""Operations of the vpn_gateways area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_gateway_operations import (
        GatewayOperation,
        GatewayOperationAsyncResponse,
    )
    from servicemanagement._generated.models_vpn_gateways import (
        BgpSettings,
        ClientRootCertificates,
        GatewayConnection,
        GatewayConnections,
        GatewayPublicDiagnosticsStatus,
        IPsecParameters,
        LocalNetworkConnections,
        LocalNetworkGateway,
        LocalNetworkGateways,
        NetworkGateway,
        SharedKey,
        VirtualNetworkGateway,
        VirtualNetworkGateways,
        VpnDeviceList,
    )

CREATE_GATEWAY = OperationSpec(
    name="create_gateway",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/{network_name}/gateway",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("gateway_size", "body"),
        ParamSpec("gateway_type", "body"),
    ),
    fixed_query=(),
    request_type="CreateGatewayParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Starts creating the gateway of a virtual network.",
)

GET_GATEWAY = OperationSpec(
    name="get_gateway",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}/gateway",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="NetworkGateway",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the gateway of a virtual network.",
)

DELETE_GATEWAY = OperationSpec(
    name="delete_gateway",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/{network_name}/gateway",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Starts deleting the gateway of a virtual network.",
)

FAILOVER_GATEWAY = OperationSpec(
    name="failover_gateway",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/{network_name}/gateway",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_name", "path", required=True),),
    fixed_query=(),
    request_type="UpdateGateway",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts a failover of the gateway of a virtual network to its standby instance.",
)

RESET_GATEWAY = OperationSpec(
    name="reset_gateway",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/{network_name}/gateway",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("operation", "body"),
    ),
    fixed_query=(),
    request_type="UpdateGatewayParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts resetting (restarting) the gateway of a virtual network.",
)

RESIZE_GATEWAY = OperationSpec(
    name="resize_gateway",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/{network_name}/gateway",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("gateway_size", "body", required=True),
        ParamSpec("operation", "body"),
    ),
    fixed_query=(),
    request_type="UpdateGatewayParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts changing the size (SKU) of the gateway of a virtual network.",
)

CONNECT_GATEWAY_DISCONNECT_OR_TESTING = OperationSpec(
    name="connect_gateway_disconnect_or_testing",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_site_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("local_network_site_name", "path", required=True),
        ParamSpec("operation", "body", choices=("Connect", "Disconnect", "Test"), required=True),
        ParamSpec("ip_address", "body"),
    ),
    fixed_query=(),
    request_type="GatewayConnectionUpdate",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Connects, disconnects or tests the gateway's connection to a local network site.",
)

LIST_GATEWAY_CONNECTIONS = OperationSpec(
    name="list_gateway_connections",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}/gateway/connections",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="LocalNetworkConnections",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the gateway's connections to local network sites, with their state and traffic.",
)

GET_GATEWAY_DEVICE_CONFIGURATION_SCRIPT = OperationSpec(
    name="get_gateway_device_configuration_script",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}/gateway/vpndeviceconfigurationscript",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("vendor", "query"),
        ParamSpec("platform", "query"),
        ParamSpec("os_family", "query", wire="OSfamily"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="text",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the configuration script of an on-premises VPN device for this gateway.",
)

LIST_GATEWAY_SUPPORTED_DEVICES = OperationSpec(
    name="list_gateway_supported_devices",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/supporteddevices",
    x_ms_version="2016-07-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="VpnDeviceList",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the VPN devices that configuration scripts exist for.",
)

GENERATE_GATEWAY_VPN_CLIENT_PACKAGE = OperationSpec(
    name="generate_gateway_vpn_client_package",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/{network_name}/gateway/vpnclientpackage",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("processor_architecture", "body", choices=("Amd64", "X86"), required=True),
    ),
    fixed_query=(),
    request_type="VpnClientParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts building the point-to-site VPN client package (its URL is the operation's Data).",
)

SET_GATEWAY_DEFAULT_SITES = OperationSpec(
    name="set_gateway_default_sites",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/{network_name}/gateway/defaultsites",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("default_site", "body", required=True),
    ),
    fixed_query=(),
    request_type="DefaultSiteList",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Sets the default site (forced tunnelling) of the gateway.",
)

REMOVE_GATEWAY_DEFAULT_SITES = OperationSpec(
    name="remove_gateway_default_sites",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/{network_name}/gateway/defaultsites",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Removes the default site (forced tunnelling) of the gateway.",
)

GET_GATEWAY_SHARED_KEY = OperationSpec(
    name="get_gateway_shared_key",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/sharedkey",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("local_network_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="SharedKey",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the pre-shared key of the gateway's connection to a local network site.",
)

SET_GATEWAY_SHARED_KEY = OperationSpec(
    name="set_gateway_shared_key",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/sharedkey",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("local_network_name", "path", required=True),
        ParamSpec("value", "body", required=True),
    ),
    fixed_query=(),
    request_type="SharedKey",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Sets the pre-shared key of the gateway's connection to a local network site.",
)

RESET_GATEWAY_SHARED_KEY = OperationSpec(
    name="reset_gateway_shared_key",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/sharedkey",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("local_network_name", "path", required=True),
        ParamSpec("key_length", "body", scalar="int", required=True),
    ),
    fixed_query=(),
    request_type="ResetSharedKey",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Replaces the pre-shared key of a connection with a new random one.",
)

GET_GATEWAY_I_PSEC_PARAMETERS = OperationSpec(
    name="get_gateway_i_psec_parameters",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/ipsecparameters",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("local_network_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="IPsecParameters",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the IPsec policy of the gateway's connection to a local network site.",
)

SET_GATEWAY_I_PSEC_PARAMETERS = OperationSpec(
    name="set_gateway_i_psec_parameters",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/ipsecparameters",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("local_network_name", "path", required=True),
        ParamSpec("parameters", "body", type="IPsecParameters", required=True),
    ),
    fixed_query=(),
    request_type="IPsecParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Sets the IPsec policy of the gateway's connection to a local network site.",
)

GET_GATEWAY_DIAGNOSTICS = OperationSpec(
    name="get_gateway_diagnostics",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}/gateway/publicdiagnostics",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="GatewayPublicDiagnosticsStatus",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the state of the gateway's diagnostics capture.",
)

START_GATEWAY_DIAGNOSTICS = OperationSpec(
    name="start_gateway_diagnostics",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/{network_name}/gateway/publicdiagnostics",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("capture_duration_in_seconds", "body"),
        ParamSpec("container_name", "body"),
        ParamSpec("customer_storage_key", "body"),
        ParamSpec("customer_storage_name", "body"),
        ParamSpec("operation", "body"),
    ),
    fixed_query=(),
    request_type="UpdateGatewayPublicDiagnostics",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts a diagnostics capture of the gateway into a storage container.",
)

STOP_GATEWAY_DIAGNOSTICS = OperationSpec(
    name="stop_gateway_diagnostics",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/{network_name}/gateway/publicdiagnostics",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("operation", "body"),
    ),
    fixed_query=(),
    request_type="UpdateGatewayPublicDiagnostics",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Stops the gateway's diagnostics capture.",
)

CREATE_CLIENT_ROOT_CERTIFICATE = OperationSpec(
    name="create_client_root_certificate",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/{network_name}/gateway/clientrootcertificates",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("certificate", "body", required=True),
    ),
    fixed_query=(),
    request_type="text",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Uploads a root certificate that point-to-site VPN clients' certificates chain to.",
)

GET_CLIENT_ROOT_CERTIFICATE = OperationSpec(
    name="get_client_root_certificate",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}/gateway/clientrootcertificates/{certificate_thumbprint}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("certificate_thumbprint", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="text",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a point-to-site root certificate (its public data, as text).",
)

LIST_CLIENT_ROOT_CERTIFICATE = OperationSpec(
    name="list_client_root_certificate",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}/gateway/clientrootcertificates",
    x_ms_version="2016-07-01",
    params=(ParamSpec("network_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="ClientRootCertificates",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the point-to-site root certificates of the gateway.",
)

DELETE_CLIENT_ROOT_CERTIFICATE = OperationSpec(
    name="delete_client_root_certificate",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/{network_name}/gateway/clientrootcertificates/{certificate_thumbprint}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("certificate_thumbprint", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a point-to-site root certificate of the gateway.",
)

CREATE_VIRTUAL_NETWORK_GATEWAY = OperationSpec(
    name="create_virtual_network_gateway",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/{network_name}/virtualnetworkgateways",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("gateway_name", "body"),
        ParamSpec("gateway_size", "body"),
        ParamSpec("gateway_type", "body"),
        ParamSpec("location", "body"),
        ParamSpec("vnet_id", "body"),
        ParamSpec("bgp_settings", "body", type="BgpSettings"),
    ),
    fixed_query=(),
    request_type="CreateVirtualNetworkGatewayParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Starts creating a virtual network gateway.",
)

GET_VIRTUAL_NETWORK_GATEWAY = OperationSpec(
    name="get_virtual_network_gateway",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="VirtualNetworkGateway",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a virtual network gateway.",
)

LIST_VIRTUAL_NETWORK_GATEWAYS = OperationSpec(
    name="list_virtual_network_gateways",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/virtualnetworkgateways",
    x_ms_version="2016-07-01",
    params=(),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="VirtualNetworkGateways",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the virtual network gateways of the subscription.",
)

DELETE_VIRTUAL_NETWORK_GATEWAY = OperationSpec(
    name="delete_virtual_network_gateway",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Starts deleting a virtual network gateway.",
)

RESET_VIRTUAL_NETWORK_GATEWAY = OperationSpec(
    name="reset_virtual_network_gateway",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("operation", "body"),
    ),
    fixed_query=(),
    request_type="UpdateGatewayParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts resetting (restarting) a virtual network gateway.",
)

RESIZE_VIRTUAL_NETWORK_GATEWAY = OperationSpec(
    name="resize_virtual_network_gateway",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("gateway_size", "body", required=True),
        ParamSpec("operation", "body"),
    ),
    fixed_query=(),
    request_type="UpdateGatewayParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts changing the size (SKU) of a virtual network gateway.",
)

GET_GATEWAY_DIAGNOSTICS_V2 = OperationSpec(
    name="get_gateway_diagnostics_v2",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/publicdiagnostics",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="GatewayPublicDiagnosticsStatus",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the state of a virtual network gateway's diagnostics capture.",
)

START_GATEWAY_DIAGNOSTICS_V2 = OperationSpec(
    name="start_gateway_diagnostics_v2",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/publicdiagnostics",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("capture_duration_in_seconds", "body"),
        ParamSpec("container_name", "body"),
        ParamSpec("customer_storage_key", "body"),
        ParamSpec("customer_storage_name", "body"),
        ParamSpec("operation", "body"),
    ),
    fixed_query=(),
    request_type="UpdateGatewayPublicDiagnostics",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts a diagnostics capture of a virtual network gateway into a storage container.",
)

STOP_GATEWAY_DIAGNOSTICS_V2 = OperationSpec(
    name="stop_gateway_diagnostics_v2",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/publicdiagnostics",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("operation", "body"),
    ),
    fixed_query=(),
    request_type="UpdateGatewayPublicDiagnostics",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Stops a virtual network gateway's diagnostics capture.",
)

GET_GATEWAY_SHARED_KEY_V2 = OperationSpec(
    name="get_gateway_shared_key_v2",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/sharedkey",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("connectedentity_id", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="SharedKey",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the pre-shared key of a virtual network gateway's connection.",
)

SET_GATEWAY_SHARED_KEY_V2 = OperationSpec(
    name="set_gateway_shared_key_v2",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/sharedkey",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("connectedentity_id", "path", required=True),
        ParamSpec("value", "body", required=True),
    ),
    fixed_query=(),
    request_type="SharedKey",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Sets the pre-shared key of a virtual network gateway's connection.",
)

RESET_GATEWAY_SHARED_KEY_V2 = OperationSpec(
    name="reset_gateway_shared_key_v2",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/sharedkey",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("connectedentity_id", "path", required=True),
        ParamSpec("key_length", "body", scalar="int", required=True),
    ),
    fixed_query=(),
    request_type="ResetSharedKey",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Replaces the pre-shared key of a virtual network gateway's connection with a random one.",
)

GET_GATEWAY_I_PSEC_PARAMETERS_V2 = OperationSpec(
    name="get_gateway_i_psec_parameters_v2",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/ipsecparameters",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("connectedentity_id", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="IPsecParameters",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the IPsec policy of a virtual network gateway's connection.",
)

SET_GATEWAY_I_PSEC_PARAMETERS_V2 = OperationSpec(
    name="set_gateway_i_psec_parameters_v2",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/ipsecparameters",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("connectedentity_id", "path", required=True),
        ParamSpec("parameters", "body", type="IPsecParameters", required=True),
    ),
    fixed_query=(),
    request_type="IPsecParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Sets the IPsec policy of a virtual network gateway's connection.",
)

CREATE_LOCAL_NETWORK_GATEWAY = OperationSpec(
    name="create_local_network_gateway",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/localnetworkgateways",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_name", "body"),
        ParamSpec("ip_address", "body"),
        ParamSpec("address_space", "body", type="list[string]"),
        ParamSpec("bgp_settings", "body", type="BgpSettings"),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="CreateLocalNetworkGatewayParameters",
    response_type="text",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Creates a local network gateway (an on-premises network) and returns what the service answers.",
)

GET_LOCAL_NETWORK_GATEWAY = OperationSpec(
    name="get_local_network_gateway",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/localnetworkgateways/{gateway_id}",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_id", "path", required=True),),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="LocalNetworkGateway",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a local network gateway.",
)

LIST_LOCAL_NETWORK_GATEWAYS = OperationSpec(
    name="list_local_network_gateways",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/localnetworkgateways",
    x_ms_version="2016-07-01",
    params=(),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="LocalNetworkGateways",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the local network gateways of the subscription.",
)

UPDATE_LOCAL_NETWORK_GATEWAY = OperationSpec(
    name="update_local_network_gateway",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/localnetworkgateways/{gateway_id}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("address_space", "body", type="list[string]"),
        ParamSpec("bgp_settings", "body", type="BgpSettings"),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="UpdateLocalNetworkGatewayParameters",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Changes the address space or BGP settings of a local network gateway.",
)

DELETE_LOCAL_NETWORK_GATEWAY = OperationSpec(
    name="delete_local_network_gateway",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/localnetworkgateways/{gateway_id}",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_id", "path", required=True),),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a local network gateway.",
)

CREATE_GATEWAY_CONNECTION = OperationSpec(
    name="create_gateway_connection",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/gatewayconnections",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("virtual_network_gateway_id", "body", required=True),
        ParamSpec("connected_entity_id", "body"),
        ParamSpec("gateway_connection_name", "body"),
        ParamSpec("gateway_connection_type", "body"),
        ParamSpec("routing_weight", "body", scalar="int"),
        ParamSpec("shared_key", "body"),
        ParamSpec("enable_bgp", "body", scalar="bool"),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="CreateGatewayConnectionParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts connecting a virtual network gateway to a local network gateway (or another entity).",
)

GET_GATEWAY_CONNECTION = OperationSpec(
    name="get_gateway_connection",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/gatewayconnections/virtualnetworkgateway/{gateway_id}/connectedentity/{connectedentity_id}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("connectedentity_id", "path", required=True),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="GatewayConnection",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a connection of a virtual network gateway.",
)

LIST_VIRTUAL_NETWORK_GATEWAY_CONNECTIONS = OperationSpec(
    name="list_virtual_network_gateway_connections",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/gatewayconnections",
    x_ms_version="2016-07-01",
    params=(),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="GatewayConnections",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the virtual network gateway connections of the subscription.",
)

UPDATE_GATEWAY_CONNECTION = OperationSpec(
    name="update_gateway_connection",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/gatewayconnections/virtualnetworkgateway/{gateway_id}/connectedentity/{connectedentity_id}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("connectedentity_id", "path", required=True),
        ParamSpec("routing_weight", "body", scalar="int"),
        ParamSpec("shared_key", "body"),
        ParamSpec("enable_bgp", "body", scalar="bool"),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="UpdateGatewayConnectionParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts changing the routing weight, shared key or BGP of a gateway connection.",
)

DELETE_GATEWAY_CONNECTION = OperationSpec(
    name="delete_gateway_connection",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/gatewayconnections/virtualnetworkgateway/{gateway_id}/connectedentity/{connectedentity_id}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_id", "path", required=True),
        ParamSpec("connectedentity_id", "path", required=True),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Starts deleting a connection of a virtual network gateway.",
)

GET_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING_OPERATION_STATUS = OperationSpec(
    name="get_expressroute_border_gateway_protocol_peering_operation_status",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/operation/{operation_id}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("operation_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="GatewayOperation",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the status of a networking gateway operation.",
)


class ServiceManagementServiceVpnGatewaysOperations(OperationsBase):
    """The vpn_gateways operations of ``ServiceManagementService``."""

    def create_gateway(
        self,
        network_name: str,
        gateway_size: str | None = None,
        gateway_type: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Starts creating the gateway of a virtual network.

        ``/{subscription_id}/services/networking/{network_name}/gateway``
        (POST, x-ms-version 2016-07-01).

        Args:
            gateway_size: Default, HighPerformance or Standard.
            gateway_type: StaticRouting or DynamicRouting.
        """
        from servicemanagement._generated.models_vpn_gateways import CreateGatewayParameters

        return self._call(
            CREATE_GATEWAY,
            {
                "network_name": network_name,
                "gateway_size": gateway_size,
                "gateway_type": gateway_type,
            },
            CreateGatewayParameters(gateway_size=gateway_size, gateway_type=gateway_type),
        )

    def get_gateway(
        self,
        network_name: str,
    ) -> NetworkGateway:
        """Returns the gateway of a virtual network.

        ``/{subscription_id}/services/networking/{network_name}/gateway``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_GATEWAY,
            {
                "network_name": network_name,
            },
            None,
        )

    def delete_gateway(
        self,
        network_name: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts deleting the gateway of a virtual network.

        ``/{subscription_id}/services/networking/{network_name}/gateway``
        (DELETE, x-ms-version 2016-07-01).
        """
        return self._call(
            DELETE_GATEWAY,
            {
                "network_name": network_name,
            },
            None,
        )

    def failover_gateway(
        self,
        network_name: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts a failover of the gateway of a virtual network to its standby instance.

        ``/{subscription_id}/services/networking/{network_name}/gateway``
        (DELETE, x-ms-version 2016-07-01).
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGateway

        return self._call(
            FAILOVER_GATEWAY,
            {
                "network_name": network_name,
            },
            UpdateGateway(update_gateway_operation="Failover"),
        )

    def reset_gateway(
        self,
        network_name: str,
        operation: str = "Reset",
    ) -> GatewayOperationAsyncResponse:
        """Starts resetting (restarting) the gateway of a virtual network.

        ``/{subscription_id}/services/networking/{network_name}/gateway``
        (PATCH, x-ms-version 2016-07-01).

        Args:
            operation: The UpdateGatewayParameters operation.
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGatewayParameters

        return self._call(
            RESET_GATEWAY,
            {
                "network_name": network_name,
                "operation": operation,
            },
            UpdateGatewayParameters(operation=operation),
        )

    def resize_gateway(
        self,
        network_name: str,
        gateway_size: str,
        operation: str = "Resize",
    ) -> GatewayOperationAsyncResponse:
        """Starts changing the size (SKU) of the gateway of a virtual network.

        ``/{subscription_id}/services/networking/{network_name}/gateway``
        (PATCH, x-ms-version 2016-07-01).

        Args:
            gateway_size: Default, HighPerformance or Standard.
            operation: The UpdateGatewayParameters operation.
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGatewayParameters

        return self._call(
            RESIZE_GATEWAY,
            {
                "network_name": network_name,
                "gateway_size": gateway_size,
                "operation": operation,
            },
            UpdateGatewayParameters(gateway_size=gateway_size, operation=operation),
        )

    def connect_gateway_disconnect_or_testing(
        self,
        network_name: str,
        local_network_site_name: str,
        operation: str,
        ip_address: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Connects, disconnects or tests the gateway's connection to a local network site.

        ``/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_site_name}``
        (PUT, x-ms-version 2016-07-01).

        Args:
            ip_address: The address to test (Test only).
        """
        from servicemanagement._generated.models_vpn_gateways import GatewayConnectionUpdate

        return self._call(
            CONNECT_GATEWAY_DISCONNECT_OR_TESTING,
            {
                "network_name": network_name,
                "local_network_site_name": local_network_site_name,
                "operation": operation,
                "ip_address": ip_address,
            },
            GatewayConnectionUpdate(operation=operation, ip_address=ip_address),
        )

    def list_gateway_connections(
        self,
        network_name: str,
    ) -> LocalNetworkConnections:
        """Lists the gateway's connections to local network sites, with their state and
        traffic.

        ``/{subscription_id}/services/networking/{network_name}/gateway/connections``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_GATEWAY_CONNECTIONS,
            {
                "network_name": network_name,
            },
            None,
        )

    def get_gateway_device_configuration_script(
        self,
        network_name: str,
        vendor: str | None = None,
        platform: str | None = None,
        os_family: str | None = None,
    ) -> str:
        """Returns the configuration script of an on-premises VPN device for this gateway.

        ``/{subscription_id}/services/networking/{network_name}/gateway/vpndeviceconfigurationscript``
        (GET, x-ms-version 2016-07-01).

        Args:
            vendor: A vendor of list_gateway_supported_devices.
        """
        return self._call(
            GET_GATEWAY_DEVICE_CONFIGURATION_SCRIPT,
            {
                "network_name": network_name,
                "vendor": vendor,
                "platform": platform,
                "os_family": os_family,
            },
            None,
        )

    def list_gateway_supported_devices(
        self,
    ) -> VpnDeviceList:
        """Lists the VPN devices that configuration scripts exist for.

        ``/{subscription_id}/services/networking/supporteddevices``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_GATEWAY_SUPPORTED_DEVICES,
            {},
            None,
        )

    def generate_gateway_vpn_client_package(
        self,
        network_name: str,
        processor_architecture: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts building the point-to-site VPN client package (its URL is the operation's
        Data).

        ``/{subscription_id}/services/networking/{network_name}/gateway/vpnclientpackage``
        (POST, x-ms-version 2016-07-01).
        """
        from servicemanagement._generated.models_vpn_gateways import VpnClientParameters

        return self._call(
            GENERATE_GATEWAY_VPN_CLIENT_PACKAGE,
            {
                "network_name": network_name,
                "processor_architecture": processor_architecture,
            },
            VpnClientParameters(processor_architecture=processor_architecture),
        )

    def set_gateway_default_sites(
        self,
        network_name: str,
        default_site: str,
    ) -> GatewayOperationAsyncResponse:
        """Sets the default site (forced tunnelling) of the gateway.

        ``/{subscription_id}/services/networking/{network_name}/gateway/defaultsites``
        (POST, x-ms-version 2016-07-01).

        Args:
            default_site: The local network site for forced tunnelling.
        """
        from servicemanagement._generated.models_vpn_gateways import DefaultSiteList

        return self._call(
            SET_GATEWAY_DEFAULT_SITES,
            {
                "network_name": network_name,
                "default_site": default_site,
            },
            DefaultSiteList(default_site=default_site),
        )

    def remove_gateway_default_sites(
        self,
        network_name: str,
    ) -> GatewayOperationAsyncResponse:
        """Removes the default site (forced tunnelling) of the gateway.

        ``/{subscription_id}/services/networking/{network_name}/gateway/defaultsites``
        (DELETE, x-ms-version 2016-07-01).
        """
        return self._call(
            REMOVE_GATEWAY_DEFAULT_SITES,
            {
                "network_name": network_name,
            },
            None,
        )

    def get_gateway_shared_key(
        self,
        network_name: str,
        local_network_name: str,
    ) -> SharedKey:
        """Returns the pre-shared key of the gateway's connection to a local network site.

        ``/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/sharedkey``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_GATEWAY_SHARED_KEY,
            {
                "network_name": network_name,
                "local_network_name": local_network_name,
            },
            None,
        )

    def set_gateway_shared_key(
        self,
        network_name: str,
        local_network_name: str,
        value: str,
    ) -> GatewayOperationAsyncResponse:
        """Sets the pre-shared key of the gateway's connection to a local network site.

        ``/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/sharedkey``
        (POST, x-ms-version 2016-07-01).

        Args:
            value: The new pre-shared key.
        """
        from servicemanagement._generated.models_vpn_gateways import SharedKey

        return self._call(
            SET_GATEWAY_SHARED_KEY,
            {
                "network_name": network_name,
                "local_network_name": local_network_name,
                "value": value,
            },
            SharedKey(value=value),
        )

    def reset_gateway_shared_key(
        self,
        network_name: str,
        local_network_name: str,
        key_length: int,
    ) -> GatewayOperationAsyncResponse:
        """Replaces the pre-shared key of a connection with a new random one.

        ``/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/sharedkey``
        (PUT, x-ms-version 2016-07-01).

        Args:
            key_length: The length of the new random key.
        """
        from servicemanagement._generated.models_vpn_gateways import ResetSharedKey

        return self._call(
            RESET_GATEWAY_SHARED_KEY,
            {
                "network_name": network_name,
                "local_network_name": local_network_name,
                "key_length": key_length,
            },
            ResetSharedKey(key_length=key_length),
        )

    def get_gateway_i_psec_parameters(
        self,
        network_name: str,
        local_network_name: str,
    ) -> IPsecParameters:
        """Returns the IPsec policy of the gateway's connection to a local network site.

        ``/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/ipsecparameters``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_GATEWAY_I_PSEC_PARAMETERS,
            {
                "network_name": network_name,
                "local_network_name": local_network_name,
            },
            None,
        )

    def set_gateway_i_psec_parameters(
        self,
        network_name: str,
        local_network_name: str,
        parameters: IPsecParameters,
    ) -> GatewayOperationAsyncResponse:
        """Sets the IPsec policy of the gateway's connection to a local network site.

        ``/{subscription_id}/services/networking/{network_name}/gateway/connection/{local_network_name}/ipsecparameters``
        (PATCH, x-ms-version 2016-07-01).
        """
        return self._call(
            SET_GATEWAY_I_PSEC_PARAMETERS,
            {
                "network_name": network_name,
                "local_network_name": local_network_name,
                "parameters": parameters,
            },
            parameters,
        )

    def get_gateway_diagnostics(
        self,
        network_name: str,
    ) -> GatewayPublicDiagnosticsStatus:
        """Returns the state of the gateway's diagnostics capture.

        ``/{subscription_id}/services/networking/{network_name}/gateway/publicdiagnostics``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_GATEWAY_DIAGNOSTICS,
            {
                "network_name": network_name,
            },
            None,
        )

    def start_gateway_diagnostics(
        self,
        network_name: str,
        capture_duration_in_seconds: str | None = None,
        container_name: str | None = None,
        customer_storage_key: str | None = None,
        customer_storage_name: str | None = None,
        operation: str = "StartDiagnostics",
    ) -> GatewayOperationAsyncResponse:
        """Starts a diagnostics capture of the gateway into a storage container.

        ``/{subscription_id}/services/networking/{network_name}/gateway/publicdiagnostics``
        (PUT, x-ms-version 2016-07-01).

        Args:
            container_name: The blob container the capture goes to.
            customer_storage_name: The storage account of that container.
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGatewayPublicDiagnostics

        return self._call(
            START_GATEWAY_DIAGNOSTICS,
            {
                "network_name": network_name,
                "capture_duration_in_seconds": capture_duration_in_seconds,
                "container_name": container_name,
                "customer_storage_key": customer_storage_key,
                "customer_storage_name": customer_storage_name,
                "operation": operation,
            },
            UpdateGatewayPublicDiagnostics(
                capture_duration_in_seconds=capture_duration_in_seconds,
                container_name=container_name,
                customer_storage_key=customer_storage_key,
                customer_storage_name=customer_storage_name,
                operation=operation,
            ),
        )

    def stop_gateway_diagnostics(
        self,
        network_name: str,
        operation: str = "StopDiagnostics",
    ) -> GatewayOperationAsyncResponse:
        """Stops the gateway's diagnostics capture.

        ``/{subscription_id}/services/networking/{network_name}/gateway/publicdiagnostics``
        (PUT, x-ms-version 2016-07-01).
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGatewayPublicDiagnostics

        return self._call(
            STOP_GATEWAY_DIAGNOSTICS,
            {
                "network_name": network_name,
                "operation": operation,
            },
            UpdateGatewayPublicDiagnostics(operation=operation),
        )

    def create_client_root_certificate(
        self,
        network_name: str,
        certificate: str,
    ) -> GatewayOperationAsyncResponse:
        """Uploads a root certificate that point-to-site VPN clients' certificates chain to.

        ``/{subscription_id}/services/networking/{network_name}/gateway/clientrootcertificates``
        (POST, x-ms-version 2016-07-01).

        Args:
            certificate: The root certificate, base64 (.cer) text, sent as it is.
        """
        return self._call(
            CREATE_CLIENT_ROOT_CERTIFICATE,
            {
                "network_name": network_name,
                "certificate": certificate,
            },
            certificate.encode("utf-8"),
        )

    def get_client_root_certificate(
        self,
        network_name: str,
        certificate_thumbprint: str,
    ) -> str:
        """Returns a point-to-site root certificate (its public data, as text).

        ``/{subscription_id}/services/networking/{network_name}/gateway/clientrootcertificates/{certificate_thumbprint}``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_CLIENT_ROOT_CERTIFICATE,
            {
                "network_name": network_name,
                "certificate_thumbprint": certificate_thumbprint,
            },
            None,
        )

    def list_client_root_certificate(
        self,
        network_name: str,
    ) -> ClientRootCertificates:
        """Lists the point-to-site root certificates of the gateway.

        ``/{subscription_id}/services/networking/{network_name}/gateway/clientrootcertificates``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_CLIENT_ROOT_CERTIFICATE,
            {
                "network_name": network_name,
            },
            None,
        )

    def delete_client_root_certificate(
        self,
        network_name: str,
        certificate_thumbprint: str,
    ) -> GatewayOperationAsyncResponse:
        """Deletes a point-to-site root certificate of the gateway.

        ``/{subscription_id}/services/networking/{network_name}/gateway/clientrootcertificates/{certificate_thumbprint}``
        (DELETE, x-ms-version 2016-07-01).
        """
        return self._call(
            DELETE_CLIENT_ROOT_CERTIFICATE,
            {
                "network_name": network_name,
                "certificate_thumbprint": certificate_thumbprint,
            },
            None,
        )

    def create_virtual_network_gateway(
        self,
        network_name: str,
        gateway_name: str | None = None,
        gateway_size: str | None = None,
        gateway_type: str | None = None,
        location: str | None = None,
        vnet_id: str | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Starts creating a virtual network gateway.

        ``/{subscription_id}/services/networking/{network_name}/virtualnetworkgateways``
        (POST, x-ms-version 2016-07-01).

        Args:
            gateway_type: StaticRouting or DynamicRouting.
        """
        from servicemanagement._generated.models_vpn_gateways import (
            CreateVirtualNetworkGatewayParameters,
        )

        return self._call(
            CREATE_VIRTUAL_NETWORK_GATEWAY,
            {
                "network_name": network_name,
                "gateway_name": gateway_name,
                "gateway_size": gateway_size,
                "gateway_type": gateway_type,
                "location": location,
                "vnet_id": vnet_id,
                "bgp_settings": bgp_settings,
            },
            CreateVirtualNetworkGatewayParameters(
                gateway_name=gateway_name,
                gateway_size=gateway_size,
                gateway_type=gateway_type,
                location=location,
                vnet_id=vnet_id,
                bgp_settings=bgp_settings,
            ),
        )

    def get_virtual_network_gateway(
        self,
        gateway_id: str,
    ) -> VirtualNetworkGateway:
        """Returns a virtual network gateway.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_VIRTUAL_NETWORK_GATEWAY,
            {
                "gateway_id": gateway_id,
            },
            None,
        )

    def list_virtual_network_gateways(
        self,
    ) -> VirtualNetworkGateways:
        """Lists the virtual network gateways of the subscription.

        ``/{subscription_id}/services/networking/virtualnetworkgateways``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_VIRTUAL_NETWORK_GATEWAYS,
            {},
            None,
        )

    def delete_virtual_network_gateway(
        self,
        gateway_id: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts deleting a virtual network gateway.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}``
        (DELETE, x-ms-version 2016-07-01).
        """
        return self._call(
            DELETE_VIRTUAL_NETWORK_GATEWAY,
            {
                "gateway_id": gateway_id,
            },
            None,
        )

    def reset_virtual_network_gateway(
        self,
        gateway_id: str,
        operation: str = "Reset",
    ) -> GatewayOperationAsyncResponse:
        """Starts resetting (restarting) a virtual network gateway.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}``
        (PATCH, x-ms-version 2016-07-01).

        Args:
            operation: The UpdateGatewayParameters operation.
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGatewayParameters

        return self._call(
            RESET_VIRTUAL_NETWORK_GATEWAY,
            {
                "gateway_id": gateway_id,
                "operation": operation,
            },
            UpdateGatewayParameters(operation=operation),
        )

    def resize_virtual_network_gateway(
        self,
        gateway_id: str,
        gateway_size: str,
        operation: str = "Resize",
    ) -> GatewayOperationAsyncResponse:
        """Starts changing the size (SKU) of a virtual network gateway.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}``
        (PATCH, x-ms-version 2016-07-01).

        Args:
            operation: The UpdateGatewayParameters operation.
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGatewayParameters

        return self._call(
            RESIZE_VIRTUAL_NETWORK_GATEWAY,
            {
                "gateway_id": gateway_id,
                "gateway_size": gateway_size,
                "operation": operation,
            },
            UpdateGatewayParameters(gateway_size=gateway_size, operation=operation),
        )

    def get_gateway_diagnostics_v2(
        self,
        gateway_id: str,
    ) -> GatewayPublicDiagnosticsStatus:
        """Returns the state of a virtual network gateway's diagnostics capture.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/publicdiagnostics``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_GATEWAY_DIAGNOSTICS_V2,
            {
                "gateway_id": gateway_id,
            },
            None,
        )

    def start_gateway_diagnostics_v2(
        self,
        gateway_id: str,
        capture_duration_in_seconds: str | None = None,
        container_name: str | None = None,
        customer_storage_key: str | None = None,
        customer_storage_name: str | None = None,
        operation: str = "StartDiagnostics",
    ) -> GatewayOperationAsyncResponse:
        """Starts a diagnostics capture of a virtual network gateway into a storage container.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/publicdiagnostics``
        (PUT, x-ms-version 2016-07-01).

        Args:
            container_name: The blob container the capture goes to.
            customer_storage_name: The storage account of that container.
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGatewayPublicDiagnostics

        return self._call(
            START_GATEWAY_DIAGNOSTICS_V2,
            {
                "gateway_id": gateway_id,
                "capture_duration_in_seconds": capture_duration_in_seconds,
                "container_name": container_name,
                "customer_storage_key": customer_storage_key,
                "customer_storage_name": customer_storage_name,
                "operation": operation,
            },
            UpdateGatewayPublicDiagnostics(
                capture_duration_in_seconds=capture_duration_in_seconds,
                container_name=container_name,
                customer_storage_key=customer_storage_key,
                customer_storage_name=customer_storage_name,
                operation=operation,
            ),
        )

    def stop_gateway_diagnostics_v2(
        self,
        gateway_id: str,
        operation: str = "StopDiagnostics",
    ) -> GatewayOperationAsyncResponse:
        """Stops a virtual network gateway's diagnostics capture.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/publicdiagnostics``
        (PUT, x-ms-version 2016-07-01).
        """
        from servicemanagement._generated.models_vpn_gateways import UpdateGatewayPublicDiagnostics

        return self._call(
            STOP_GATEWAY_DIAGNOSTICS_V2,
            {
                "gateway_id": gateway_id,
                "operation": operation,
            },
            UpdateGatewayPublicDiagnostics(operation=operation),
        )

    def get_gateway_shared_key_v2(
        self,
        gateway_id: str,
        connectedentity_id: str,
    ) -> SharedKey:
        """Returns the pre-shared key of a virtual network gateway's connection.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/sharedkey``
        (GET, x-ms-version 2016-07-01).

        Args:
            connectedentity_id: The local network gateway (or other entity) connected.
        """
        return self._call(
            GET_GATEWAY_SHARED_KEY_V2,
            {
                "gateway_id": gateway_id,
                "connectedentity_id": connectedentity_id,
            },
            None,
        )

    def set_gateway_shared_key_v2(
        self,
        gateway_id: str,
        connectedentity_id: str,
        value: str,
    ) -> GatewayOperationAsyncResponse:
        """Sets the pre-shared key of a virtual network gateway's connection.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/sharedkey``
        (POST, x-ms-version 2016-07-01).

        Args:
            value: The new pre-shared key.
        """
        from servicemanagement._generated.models_vpn_gateways import SharedKey

        return self._call(
            SET_GATEWAY_SHARED_KEY_V2,
            {
                "gateway_id": gateway_id,
                "connectedentity_id": connectedentity_id,
                "value": value,
            },
            SharedKey(value=value),
        )

    def reset_gateway_shared_key_v2(
        self,
        gateway_id: str,
        connectedentity_id: str,
        key_length: int,
    ) -> GatewayOperationAsyncResponse:
        """Replaces the pre-shared key of a virtual network gateway's connection with a random
        one.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/sharedkey``
        (PATCH, x-ms-version 2016-07-01).

        Args:
            key_length: The length of the new random key.
        """
        from servicemanagement._generated.models_vpn_gateways import ResetSharedKey

        return self._call(
            RESET_GATEWAY_SHARED_KEY_V2,
            {
                "gateway_id": gateway_id,
                "connectedentity_id": connectedentity_id,
                "key_length": key_length,
            },
            ResetSharedKey(key_length=key_length),
        )

    def get_gateway_i_psec_parameters_v2(
        self,
        gateway_id: str,
        connectedentity_id: str,
    ) -> IPsecParameters:
        """Returns the IPsec policy of a virtual network gateway's connection.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/ipsecparameters``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_GATEWAY_I_PSEC_PARAMETERS_V2,
            {
                "gateway_id": gateway_id,
                "connectedentity_id": connectedentity_id,
            },
            None,
        )

    def set_gateway_i_psec_parameters_v2(
        self,
        gateway_id: str,
        connectedentity_id: str,
        parameters: IPsecParameters,
    ) -> GatewayOperationAsyncResponse:
        """Sets the IPsec policy of a virtual network gateway's connection.

        ``/{subscription_id}/services/networking/virtualnetworkgateways/{gateway_id}/connectedentity/{connectedentity_id}/ipsecparameters``
        (PATCH, x-ms-version 2016-07-01).
        """
        return self._call(
            SET_GATEWAY_I_PSEC_PARAMETERS_V2,
            {
                "gateway_id": gateway_id,
                "connectedentity_id": connectedentity_id,
                "parameters": parameters,
            },
            parameters,
        )

    def create_local_network_gateway(
        self,
        gateway_name: str | None = None,
        ip_address: str | None = None,
        address_space: list[str] | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> str:
        """Creates a local network gateway (an on-premises network) and returns what the
        service answers.

        ``/{subscription_id}/services/networking/localnetworkgateways``
        (POST, x-ms-version 2016-07-01).

        Args:
            ip_address: The public address of the on-premises VPN device.
            address_space: CIDR prefixes of the on-premises network.
        """
        from servicemanagement._generated.models_vpn_gateways import (
            CreateLocalNetworkGatewayParameters,
        )

        return self._call(
            CREATE_LOCAL_NETWORK_GATEWAY,
            {
                "gateway_name": gateway_name,
                "ip_address": ip_address,
                "address_space": address_space,
                "bgp_settings": bgp_settings,
            },
            CreateLocalNetworkGatewayParameters(
                address_space=address_space,
                gateway_name=gateway_name,
                ip_address=ip_address,
                bgp_settings=bgp_settings,
            ),
        )

    def get_local_network_gateway(
        self,
        gateway_id: str,
    ) -> LocalNetworkGateway:
        """Returns a local network gateway.

        ``/{subscription_id}/services/networking/localnetworkgateways/{gateway_id}``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_LOCAL_NETWORK_GATEWAY,
            {
                "gateway_id": gateway_id,
            },
            None,
        )

    def list_local_network_gateways(
        self,
    ) -> LocalNetworkGateways:
        """Lists the local network gateways of the subscription.

        ``/{subscription_id}/services/networking/localnetworkgateways``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_LOCAL_NETWORK_GATEWAYS,
            {},
            None,
        )

    def update_local_network_gateway(
        self,
        gateway_id: str,
        address_space: list[str] | None = None,
        bgp_settings: BgpSettings | None = None,
    ) -> None:
        """Changes the address space or BGP settings of a local network gateway.

        ``/{subscription_id}/services/networking/localnetworkgateways/{gateway_id}``
        (PATCH, x-ms-version 2016-07-01).

        Args:
            address_space: CIDR prefixes of the on-premises network.
        """
        from servicemanagement._generated.models_vpn_gateways import (
            UpdateLocalNetworkGatewayParameters,
        )

        return self._call(
            UPDATE_LOCAL_NETWORK_GATEWAY,
            {
                "gateway_id": gateway_id,
                "address_space": address_space,
                "bgp_settings": bgp_settings,
            },
            UpdateLocalNetworkGatewayParameters(
                address_space=address_space, bgp_settings=bgp_settings
            ),
        )

    def delete_local_network_gateway(
        self,
        gateway_id: str,
    ) -> None:
        """Deletes a local network gateway.

        ``/{subscription_id}/services/networking/localnetworkgateways/{gateway_id}``
        (DELETE, x-ms-version 2016-07-01).
        """
        return self._call(
            DELETE_LOCAL_NETWORK_GATEWAY,
            {
                "gateway_id": gateway_id,
            },
            None,
        )

    def create_gateway_connection(
        self,
        virtual_network_gateway_id: str,
        connected_entity_id: str | None = None,
        gateway_connection_name: str | None = None,
        gateway_connection_type: str | None = None,
        routing_weight: int = 0,
        shared_key: str | None = None,
        enable_bgp: bool = False,
    ) -> GatewayOperationAsyncResponse:
        """Starts connecting a virtual network gateway to a local network gateway (or another
        entity).

        ``/{subscription_id}/services/networking/gatewayconnections``
        (POST, x-ms-version 2016-07-01).

        Args:
            connected_entity_id: The local network gateway to connect to.
            gateway_connection_type: IPsec, Dedicated, Vnet2Vnet, ...
        """
        from servicemanagement._generated.models_vpn_gateways import (
            CreateGatewayConnectionParameters,
        )

        return self._call(
            CREATE_GATEWAY_CONNECTION,
            {
                "virtual_network_gateway_id": virtual_network_gateway_id,
                "connected_entity_id": connected_entity_id,
                "gateway_connection_name": gateway_connection_name,
                "gateway_connection_type": gateway_connection_type,
                "routing_weight": routing_weight,
                "shared_key": shared_key,
                "enable_bgp": enable_bgp,
            },
            CreateGatewayConnectionParameters(
                connected_entity_id=connected_entity_id,
                gateway_connection_name=gateway_connection_name,
                gateway_connection_type=gateway_connection_type,
                virtual_network_gateway_id=virtual_network_gateway_id,
                routing_weight=routing_weight,
                shared_key=shared_key,
                enable_bgp=enable_bgp,
            ),
        )

    def get_gateway_connection(
        self,
        gateway_id: str,
        connectedentity_id: str,
    ) -> GatewayConnection:
        """Returns a connection of a virtual network gateway.

        ``/{subscription_id}/services/networking/gatewayconnections/virtualnetworkgateway/{gateway_id}/connectedentity/{connectedentity_id}``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_GATEWAY_CONNECTION,
            {
                "gateway_id": gateway_id,
                "connectedentity_id": connectedentity_id,
            },
            None,
        )

    def list_virtual_network_gateway_connections(
        self,
    ) -> GatewayConnections:
        """Lists the virtual network gateway connections of the subscription.

        ``/{subscription_id}/services/networking/gatewayconnections``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_VIRTUAL_NETWORK_GATEWAY_CONNECTIONS,
            {},
            None,
        )

    def update_gateway_connection(
        self,
        gateway_id: str,
        connectedentity_id: str,
        routing_weight: int = 0,
        shared_key: str | None = None,
        enable_bgp: bool = False,
    ) -> GatewayOperationAsyncResponse:
        """Starts changing the routing weight, shared key or BGP of a gateway connection.

        ``/{subscription_id}/services/networking/gatewayconnections/virtualnetworkgateway/{gateway_id}/connectedentity/{connectedentity_id}``
        (PATCH, x-ms-version 2016-07-01).
        """
        from servicemanagement._generated.models_vpn_gateways import (
            UpdateGatewayConnectionParameters,
        )

        return self._call(
            UPDATE_GATEWAY_CONNECTION,
            {
                "gateway_id": gateway_id,
                "connectedentity_id": connectedentity_id,
                "routing_weight": routing_weight,
                "shared_key": shared_key,
                "enable_bgp": enable_bgp,
            },
            UpdateGatewayConnectionParameters(
                routing_weight=routing_weight, shared_key=shared_key, enable_bgp=enable_bgp
            ),
        )

    def delete_gateway_connection(
        self,
        gateway_id: str,
        connectedentity_id: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts deleting a connection of a virtual network gateway.

        ``/{subscription_id}/services/networking/gatewayconnections/virtualnetworkgateway/{gateway_id}/connectedentity/{connectedentity_id}``
        (DELETE, x-ms-version 2016-07-01).
        """
        return self._call(
            DELETE_GATEWAY_CONNECTION,
            {
                "gateway_id": gateway_id,
                "connectedentity_id": connectedentity_id,
            },
            None,
        )

    def get_expressroute_border_gateway_protocol_peering_operation_status(
        self,
        operation_id: str,
    ) -> GatewayOperation:
        """Returns the status of a networking gateway operation.

        ``/{subscription_id}/services/networking/operation/{operation_id}``
        (GET, x-ms-version 2011-10-01).

        Args:
            operation_id: The ID of a GatewayOperationAsyncResponse.
        """
        return self._call(
            GET_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING_OPERATION_STATUS,
            {
                "operation_id": operation_id,
            },
            None,
        )
