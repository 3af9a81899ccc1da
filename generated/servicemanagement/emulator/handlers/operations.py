"""Asynchronous operation status: Azure's, and the networking gateways' own."""

from __future__ import annotations

from http import HTTPStatus

from servicemanagement.emulator.core import Call, Reply, handles, not_found, operation_status
from servicemanagement.emulator.wire import Wire


def _recorded(call: Call, request_id: str, what: str) -> Wire:
    status = operation_status(call.store, request_id)
    if status is None:
        raise not_found(f"The {what} '{request_id}' was not found.")
    return status


@handles("get_operation_status")
def get_operation_status(call: Call) -> Reply:
    return Reply(body=_recorded(call, str(call.args["request_id"]), "operation request ID"))


#: The gateway status document's words for the request outcomes.
_GATEWAY_STATUS = {"InProgress": "InProgress", "Succeeded": "Successful", "Failed": "Failed"}


@handles("get_expressroute_border_gateway_protocol_peering_operation_status")
def get_gateway_operation_status(call: Call) -> Reply:
    # A gateway or ExpressRoute change answers the id of its request
    # (GatewayOperationAsyncResponse, see engine.GATEWAY_RECEIPT): its outcome is here.
    status = _recorded(call, str(call.args["operation_id"]), "networking operation")
    data = {**status, "Status": _GATEWAY_STATUS[status["Status"]]}
    if "HttpStatusCode" in data:
        data["HttpStatusCode"] = HTTPStatus(data["HttpStatusCode"]).phrase.replace(" ", "")
    return Reply(body=data)
