"""The request an operation builds, against what its wire facts say it must be.

For operations that no recording covers: each case names a call on a
``RequestCapture`` client (the generated method runs for real; only sending is
replaced by returning the built request) and the request expected, written by hand
from the operation's documented wire format (method, path, query, x-ms-version,
headers, body). ``request_tests(cases, area)`` refuses (at collection) a table that
leaves out an operation of the area's spec file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TypeVar

import pytest
from cassettes import SUBSCRIPTION_ID
from requestcapture import RequestCapture, sent
from servicemanagement._model import Model
from servicemanagement._request import Request
from servicemanagement._schema import OperationSpec
from xmlcompare import xml_difference

SUB = SUBSCRIPTION_ID
WA = "http://schemas.microsoft.com/windowsazure"
XML = "application/xml"
#: Path prefixes, relative to the subscription like ``Expected.path``.
DEPLOYMENT = "services/hostedservices/svc/deployments/dep"
NETWORKING = "services/networking"
M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Expected:
    """A request as the wire facts describe it; ``path`` is relative to the subscription."""

    method: str
    path: str
    version: str
    query: tuple[tuple[str, str], ...] = ()
    #: An XML document (compared as XML), JSON text (compared as JSON) or raw text.
    body: str | bytes | None = None
    content_type: str = XML
    #: Headers besides x-ms-version and Content-Type.
    headers: tuple[tuple[str, str], ...] = ()


Call = Callable[[RequestCapture], object]
Cases = dict[str, tuple[Call, Expected]]


def build(call: Call) -> Request:
    with RequestCapture(SUB, credential="not-used") as sms:
        return sent(call(sms))


def document(root: str, inner: str, namespace: str = WA) -> str:
    """A whole document: ``inner`` in the root element, in ``namespace``."""
    return f'<{root} xmlns="{namespace}">{inner}</{root}>'


def check(call: Call, expected: Expected) -> None:
    """Builds the request of ``call`` and compares it with ``expected`` field by field."""
    request = build(call)
    assert request.method == expected.method
    assert request.path == f"/{SUB}/{expected.path}"
    assert sorted(request.query) == sorted(expected.query)
    headers = dict(request.headers)
    assert headers.pop("x-ms-version") == expected.version
    content_type = headers.pop("Content-Type", None)
    assert headers == dict(expected.headers)
    if expected.body is None:
        assert request.body is None
        assert content_type is None
        return
    assert request.body is not None
    assert content_type == expected.content_type
    if isinstance(expected.body, bytes):
        assert request.body == expected.body
    elif expected.body.startswith("<"):
        difference = xml_difference(expected.body, request.body)
        assert difference is None, difference
    elif expected.content_type.startswith("application/json"):
        assert json.loads(request.body) == json.loads(expected.body)
    else:
        assert request.body == expected.body.encode("utf-8")


def area_operations(area: str) -> set[str]:
    """The names of the operations that spec/operations/<area>.yaml defines."""
    module = import_module(f"servicemanagement._generated.operations_{area}")
    return {v.name for v in vars(module).values() if isinstance(v, OperationSpec)}


def request_tests(cases: Cases, area: str) -> Callable[[str], None]:
    """A test, parametrized by operation name, checking each case's request.

    The cases must be exactly the operations of spec/operations/<area>.yaml: checked at
    collection, so an operation added to the area without an expected request fails.
    """
    wanted = area_operations(area)
    if set(cases) != wanted:
        raise AssertionError(
            f"{area}: no expected request for {sorted(wanted - set(cases))};"
            f" not operations of the area: {sorted(set(cases) - wanted)}"
        )

    @pytest.mark.parametrize("name", sorted(cases))
    def test_request(name: str) -> None:
        call, expected = cases[name]
        check(call, expected)

    return test_request


def read_back(model_type: type[M], xml: str) -> M:
    """``xml`` read as ``model_type``; it must write back element for element (wire order)."""
    model = model_type.from_xml(xml.encode("utf-8"))
    difference = xml_difference(xml, model.to_xml())
    assert difference is None, difference
    return model
