"""Asynchronous operation status: Azure's, and the networking gateways' own."""

from __future__ import annotations

from http import HTTPStatus

from servicemanagement.emulator.core import Call, Reply, handles, not_found, operation_status


@handles("get_operation_status")
def get_operation_status(call: Call) -> Reply:
    request_id = str(call.args["request_id"])
    status = operation_status(call.store, request_id)
    if status is None:
        raise not_found(f"The operation request ID '{request_id}' was not found.")
    return Reply(body=status)


#: The gateway status document's words for the request outcomes.
_GATEWAY_STATUS = {"InProgress": "InProgress", "Succeeded": "Successful", "Failed": "Failed"}


@handles("get_expressroute_border_gateway_protocol_peering_operation_status")
def get_gateway_operation_status(call: Call) -> Reply:
    # A gateway or ExpressRoute change answers the id of its request
    # (GatewayOperationAsyncResponse, see engine.GATEWAY_RECEIPT): its outcome is here.
    operation_id = str(call.args["operation_id"])
    status = operation_status(call.store, operation_id)
    if status is None:
        raise not_found(f"The networking operation '{operation_id}' was not found.")
    data = {**status, "Status": _GATEWAY_STATUS[status["Status"]]}
    if "HttpStatusCode" in data:
        data["HttpStatusCode"] = HTTPStatus(data["HttpStatusCode"]).phrase.replace(" ", "")
    return Reply(body=data)
