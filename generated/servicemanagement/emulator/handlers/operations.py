"""Asynchronous operation status."""

from __future__ import annotations

from servicemanagement.emulator.core import Call, Reply, handles, not_found, operation_status


@handles("get_operation_status")
def get_operation_status(call: Call) -> Reply:
    request_id = str(call.args["request_id"])
    status = operation_status(call.store, request_id)
    if status is None:
        raise not_found(f"The operation request ID '{request_id}' was not found.")
    return Reply(body=status)
