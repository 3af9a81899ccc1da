"""Requests built but not sent: for operations without a recording.

``RequestCapture`` is a ``ServiceManagementService`` whose generated methods return the
``Request`` they would send (method, path, query, headers, body) instead of sending it,
so a test can assert on the wire form without a socket::

    with RequestCapture(SUBSCRIPTION_ID, credential="not-used") as sms:
        request = sent(sms.reboot_role_instance("svc", "dep", "vm1"))
        assert request.path == ".../roleinstances/vm1" and request.query == (("comp", "reboot"),)
"""

from __future__ import annotations

from typing import Any

from servicemanagement import ServiceManagementService
from servicemanagement._model import Model
from servicemanagement._request import Request
from servicemanagement._schema import OperationSpec


class RequestCapture(ServiceManagementService):
    """A client whose operations return the request they would send."""

    def _call(
        self, operation: OperationSpec, args: dict[str, Any], body: Model | bytes | None
    ) -> Any:
        return self.build_request(operation, args, body)


def sent(result: object) -> Request:
    """What an operation of ``RequestCapture`` returned: the request it built."""
    assert isinstance(result, Request)
    return result
