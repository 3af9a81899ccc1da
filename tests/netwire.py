"""The networking areas without a socket: expected requests, and documents read back.

No recording covers these operations (the legacy package had none of them), so each
area's tests state the wire form the .NET and Node clients send (method, path, query,
x-ms-version, body elements in order, content type) as ``Expected`` requests, and run
them through ``RequestCapture``. ``area_operations`` lists the operations an area's spec
file defines; ``request_cases`` refuses (at collection) a list of expected requests
that leaves one out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any, TypeVar

from cassettes import Interaction
from requestcapture import RequestCapture, sent
from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec
from xmlcompare import xml_difference

SUB = "00000000-0000-0000-0000-000000000000"
DEPLOYMENT = f"/{SUB}/services/hostedservices/svc/deployments/dep"
NETWORKING = f"/{SUB}/services/networking"
WA = "http://schemas.microsoft.com/windowsazure"
M = TypeVar("M", bound=Model)


def document(root: str, inner: str, namespace: str = WA) -> str:
    """A whole document: ``inner`` in the root element, in ``namespace``."""
    return f'<{root} xmlns="{namespace}">{inner}</{root}>'


@dataclass(frozen=True)
class Expected:
    """What ``call`` must send: the operation it exercises and its wire form."""

    operation: str
    call: Callable[[RequestCapture], Any]
    method: str
    path: str
    version: str
    query: tuple[tuple[str, str], ...] = ()
    body: str | bytes | None = None
    content_type: str = "application/xml"

    def __str__(self) -> str:
        return self.operation


def exchange(
    method: str,
    path: str,
    version: str,
    status: int,
    response: str = "",
    body: str = "",
    content_type: str = "application/xml",
) -> Interaction:
    """A hand-written exchange for the ``serve`` fixture: the request and its answer."""
    headers = {"x-ms-version": version}
    if body:
        headers["Content-Type"] = content_type
    return Interaction(
        method=method,
        uri=f"https://management.core.windows.net{path}",
        request_headers=headers,
        request_body=body.encode(),
        status=status,
        reason="OK",
        response_headers=[("x-ms-request-id", f"request-{status}")],
        response_body=response.encode(),
    )


def check_request(expected: Expected) -> None:
    """Builds the request of ``expected.call`` and compares it field by field."""
    with RequestCapture(SUB, credential="not-used") as client:
        request = sent(expected.call(client))
    assert (request.method, request.path) == (expected.method, expected.path)
    assert sorted(request.query) == sorted(expected.query)
    headers = dict(request.headers)
    assert headers["x-ms-version"] == expected.version
    if expected.body is None:
        assert request.body is None
        assert "Content-Type" not in headers
        return
    assert request.body is not None
    assert headers["Content-Type"] == expected.content_type
    if isinstance(expected.body, bytes):
        assert request.body == expected.body
    else:
        difference = xml_difference(expected.body, request.body)
        assert difference is None, difference


def area_operations(area: str) -> set[str]:
    """The names of the operations that spec/operations/<area>.yaml defines."""
    module = import_module(f"servicemanagement._generated.operations_{area}")
    return {v.name for v in vars(module).values() if isinstance(v, OperationSpec)}


def request_cases(area: str, expected: list[Expected]) -> list[Expected]:
    """``expected``, once it is known to hold a request for every operation of ``area``."""
    covered = {e.operation for e in expected}
    wanted = area_operations(area)
    if covered != wanted:
        raise AssertionError(
            f"{area}: no expected request for {sorted(wanted - covered)};"
            f" not operations of the area: {sorted(covered - wanted)}"
        )
    return expected


def read_back(model_type: type[M], xml: str) -> M:
    """``xml`` read as ``model_type``; it must write back element for element (wire order)."""
    model = model_type.from_xml(xml.encode("utf-8"))
    difference = xml_difference(xml, model.to_xml())
    assert difference is None, difference
    return model
