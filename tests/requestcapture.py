"""Requests built but not sent: for operations without a recording.

``RequestCapture`` is a ``ServiceManagementService`` whose generated methods return the
``Request`` they would send (method, path, query, headers, body) instead of sending it,
so a test can assert on the wire form without a socket::

    with RequestCapture(SUBSCRIPTION_ID, credential="not-used") as sms:
        request = sent(sms.reboot_role_instance("svc", "dep", "vm1"))
        assert request.path == ".../roleinstances/vm1" and request.query == (("comp", "reboot"),)

``capturing(WebsiteManagementService)`` makes the same kind of client of another class.
"""

from __future__ import annotations

from typing import Any, TypeVar

from servicemanagement import ServiceManagementClient, ServiceManagementService
from servicemanagement._model import Model
from servicemanagement._request import Request
from servicemanagement._schema import OperationSpec

Client = TypeVar("Client", bound=ServiceManagementClient)


class _Capture(ServiceManagementClient):
    """Returns the request an operation would send."""

    def _call(
        self, operation: OperationSpec, args: dict[str, Any], body: Model | bytes | None
    ) -> Any:
        return self.build_request(operation, args, body)


class RequestCapture(_Capture, ServiceManagementService):
    """A client whose operations return the request they would send."""


def capturing(client_class: type[Client]) -> type[Client]:
    """A subclass of ``client_class`` whose operations return the request they would send."""
    return type(f"Capturing{client_class.__name__}", (_Capture, client_class), {})


def sent(result: object) -> Request:
    """What an operation of ``RequestCapture`` returned: the request it built."""
    assert isinstance(result, Request)
    return result
