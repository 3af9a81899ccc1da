"""The classic VPN gateway of a virtual network: one per network, provisioned over time.

``get_gateway`` answers ``NotProvisioned`` until ``create_gateway``'s operation has
succeeded (``Provisioning`` meanwhile), then ``Provisioned`` with a public VIP;
``delete_gateway`` deprovisions it the same way (``Deprovisioning``). Reset, resize and
failover need a provisioned gateway. Every change answers the id of its networking
operation (``GatewayOperationAsyncResponse``), which
``get_expressroute_border_gateway_protocol_peering_operation_status`` follows; one
change at a time (409 meanwhile).
"""

from __future__ import annotations

import uuid
from typing import Any

from servicemanagement.emulator.core import (
    Call,
    Reply,
    bad_request,
    conflict,
    effect,
    handles,
    not_found,
)
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.store import Store

TABLE = "gateways"
NOT_PROVISIONED = {"State": "NotProvisioned"}


def _change(call: Call, network: str, step: str | None = None) -> Reply:
    """The receipt of a gateway change; ``step`` names its effect, if any."""
    done = (f"gateway.{step}", {"network": network}) if step else None
    return Reply(body={"ID": call.request_id}, effect=done, lock=f"gateway/{network}")


def _provisioned(call: Call) -> tuple[str, dict[str, Any]]:
    network = str(call.args["network_name"])
    call.exclusive(f"gateway/{network}", "gateway")
    record = call.table(TABLE).get(network)
    if record is None:
        raise not_found(f"The virtual network {network} has no gateway.")
    if record["State"] != "Provisioned":
        raise bad_request(f"The gateway of {network} is {record['State']}, not Provisioned.")
    return network, record


@handles("create_gateway")
def create_gateway(call: Call) -> Reply:
    network = str(call.args["network_name"])
    call.exclusive(f"gateway/{network}", "gateway")
    gateways = call.table(TABLE)
    if network in gateways:
        raise conflict(f"The virtual network {network} already has a gateway.")
    data = common.body(call)
    gateways[network] = {
        "GatewayType": data.get("gatewayType") or "StaticRouting",
        "State": "Provisioning",
        "GatewaySize": data.get("GatewaySize") or "Default",
        "GatewayId": str(uuid.uuid4()),
    }
    return _change(call, network, "provisioned")


@effect("gateway.provisioned")
def _now_provisioned(store: Store, args: dict[str, Any], when: float) -> None:
    record = store.table(TABLE).get(args["network"])
    if record is not None:
        record.update(State="Provisioned", VIPAddress=common.public_ip())


@handles("get_gateway")
def get_gateway(call: Call) -> Reply:
    return Reply(body=dict(call.table(TABLE).get(str(call.args["network_name"]), NOT_PROVISIONED)))


@handles("delete_gateway")
def delete_gateway(call: Call) -> Reply:
    network, record = _provisioned(call)
    record["State"] = "Deprovisioning"
    return _change(call, network, "deprovisioned")


@effect("gateway.deprovisioned")
def _now_deprovisioned(store: Store, args: dict[str, Any], when: float) -> None:
    store.table(TABLE).pop(args["network"], None)


@handles("reset_gateway", "resize_gateway", "failover_gateway")
def change_gateway(call: Call) -> Reply:
    network, record = _provisioned(call)
    size = common.body(call).get("GatewaySize")
    if size:
        record["GatewaySize"] = size
    return _change(call, network)
