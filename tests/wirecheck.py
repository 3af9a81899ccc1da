"""The request an operation builds, against what its wire facts say it must be.

For operations that no recording covers: each case names a call on a
``RequestCapture`` client (the generated method runs for real; only sending is
replaced by returning the built request) and the request expected, written by hand
from the operation's documented wire format (method, path, query, x-ms-version,
headers, body).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from requestcapture import RequestCapture, sent
from servicemanagement._request import Request
from xmlcompare import xml_difference

SUB = "00000000-0000-0000-0000-000000000000"
WA = "http://schemas.microsoft.com/windowsazure"


@dataclass(frozen=True)
class Expected:
    """A request as the wire facts describe it; ``path`` is relative to the subscription."""

    method: str
    path: str
    version: str
    query: tuple[tuple[str, str], ...] = ()
    #: An XML document (compared as XML), JSON text (compared as JSON) or raw text.
    body: str | None = None
    content_type: str = "application/xml"
    #: Headers besides x-ms-version and Content-Type.
    headers: tuple[tuple[str, str], ...] = ()


Call = Callable[[RequestCapture], object]
Cases = dict[str, tuple[Call, Expected]]


def build(call: Call) -> Request:
    with RequestCapture(SUB, credential="not-used") as sms:
        return sent(call(sms))


def document(root: str, inner: str, namespace: str = WA) -> str:
    return f'<{root} xmlns="{namespace}">{inner}</{root}>'


def check(call: Call, expected: Expected) -> None:
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
    if expected.body.startswith("<"):
        difference = xml_difference(expected.body, request.body)
        assert difference is None, difference
    elif expected.content_type.startswith("application/json"):
        assert json.loads(request.body) == json.loads(expected.body)
    else:
        assert request.body == expected.body.encode("utf-8")


def request_tests(cases: Cases) -> Callable[[str], None]:
    """A test, parametrized by operation name, checking each case's request."""

    @pytest.mark.parametrize("name", sorted(cases))
    def test_request(name: str) -> None:
        call, expected = cases[name]
        check(call, expected)

    return test_request
