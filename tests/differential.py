"""The differential suite: every operation call a replay makes runs through the legacy
package too, over the same recorded responses, and both must agree.

conftest ``install``s it around ``ServiceManagementClient._call`` (where every generated
method arrives with its operation and its arguments by legacy name), and its ``serve``
marks the clients it makes (``Differential.wrap``; copies such as ``with_filter``'s
stay marked). For each call of a marked client to an operation the
legacy class had, the same call goes to the legacy method (tests/legacy_oracle.py),
whose ``requests`` session is a fake that serves the interactions our call consumed.
Compared: (1) the request each sent (method, path, query, x-ms-version, body as XML),
(2) what each returned, recursively over the legacy public attributes, value and type,
or the error each raised (ours must be caught by the legacy ``except`` clause). What
differs on purpose is listed in legacy_differences.py (and in the README).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import legacy_differences
import legacy_oracle
from cassettes import SUBSCRIPTION_ID, Interaction
from replayserver import request_differences
from servicemanagement import ServiceManagementClient
from servicemanagement._model import Model
from servicemanagement._request import Request
from servicemanagement._schema import OperationSpec
from servicemanagement.errors import ArgumentTypeError, InvalidArgumentError

#: Legacy methods compared at least once this session (``Class.method``); the coverage
#: test reads it.
COMPARED: set[str] = set()

_UPDATED = re.compile(rb"<updated>[^<]*</updated>")


class _Headers(dict[str, str]):
    """A response's headers as ``requests`` gives them (only ``items`` is read)."""


@dataclass
class _Response:
    status_code: int
    reason: str
    content: bytes
    headers: _Headers


@dataclass
class FakeSession:
    """A ``requests.Session`` stand-in that answers with recorded interactions, in order,
    and keeps what it was asked."""

    interactions: list[Interaction]
    sent: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    proxies: dict[str, str] = field(default_factory=dict)

    def request(
        self, method: str, url: str, data: Any = None, headers: Any = None, timeout: Any = None
    ) -> _Response:
        body = data.encode("utf-8") if isinstance(data, str) else bytes(data or b"")
        self.sent.append((method, url, dict(headers or {}), body))
        if len(self.sent) > len(self.interactions):
            return _Response(599, "Not recorded", b"", _Headers())
        answer = self.interactions[len(self.sent) - 1]
        return _Response(
            answer.status, answer.reason, answer.response_body, _Headers(answer.response_headers)
        )


def to_legacy(legacy: Any, value: Any) -> Any:
    """An argument of ours as the legacy caller would have built it: a model becomes the
    legacy class of the same name, made with no arguments, given our set attributes."""
    if isinstance(value, Model):
        cls = getattr(legacy, type(value).__name__)
        instance = cls.__new__(cls)
        try:
            instance.__init__()
        except TypeError:  # required constructor arguments: they are set below anyway
            pass
        for schema_field in type(value).__schema__.fields:
            item = getattr(value, schema_field.attr)
            if item is not None:
                setattr(instance, schema_field.attr, to_legacy(legacy, item))
        return instance
    if isinstance(value, list):
        return [to_legacy(legacy, item) for item in value]
    return value


def _request_problems(ours: Request, sent: tuple[str, str, dict[str, str], bytes]) -> list[str]:
    method, url, headers, body = sent
    recorded = Interaction(
        method=ours.method,
        uri=f"https://management.core.windows.net{ours.url_path}",
        request_headers=dict(ours.headers),
        request_body=_UPDATED.sub(b"<updated/>", ours.body or b""),
        status=0,
        reason="",
        response_headers=[],
        response_body=b"",
    )
    # The Atom <updated> of a Service Bus entry is the clock's, not the caller's.
    target = urlsplit(url)
    path = target.path + (f"?{target.query}" if target.query else "")
    return request_differences(recorded, method, path, headers, _UPDATED.sub(b"<updated/>", body))


def value_differences(legacy: Any, ours: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """``(path, how)`` for every way ``ours`` differs from the legacy value, recursively
    over the legacy object's public attributes."""
    oracle = legacy_oracle.load()
    if isinstance(legacy, oracle.models._xml_attribute):
        return  # a legacy placeholder for an attribute the document did not have
    if isinstance(legacy, oracle.models.WindowsAzureData):
        if ours is None:
            yield path, f"None where legacy has a {type(legacy).__name__}"
            return
        for name, item in vars(legacy).items():
            if name.startswith("_"):
                continue
            if not hasattr(ours, name):
                yield f"{path}.{name}", "missing attribute"
                continue
            yield from value_differences(item, getattr(ours, name), f"{path}.{name}")
        return
    if isinstance(legacy, list):
        if not isinstance(ours, list):
            yield path, f"{type(ours).__name__} where legacy has a list"
            ours = list(ours) if ours is not None and hasattr(ours, "__iter__") else []
        if len(ours) != len(legacy):
            yield path, f"{len(ours)} items where legacy has {len(legacy)}"
        for index, (a, b) in enumerate(zip(legacy, ours, strict=False)):
            yield from value_differences(a, b, f"{path}[{index}]")
        return
    if isinstance(legacy, dict):
        if not isinstance(ours, dict) or dict(ours) != dict(legacy):
            yield path, f"{ours!r} where legacy has {dict(legacy)!r}"
        return
    if legacy is None:
        if ours is not None:
            yield path, f"{ours!r} where legacy has None"
        return
    expected = bool if isinstance(legacy, bool) else str if isinstance(legacy, str) else None
    expected = expected or type(legacy)
    if not isinstance(ours, expected) or (expected is int and isinstance(ours, bool)):
        yield path, f"{type(ours).__name__} {ours!r} where legacy has {type(legacy).__name__}"
    elif ours != legacy:
        yield path, f"{ours!r} where legacy has {legacy!r}"


def _error_problems(legacy: BaseException | None, ours: BaseException | None) -> list[str]:
    if legacy is None and ours is None:
        return []
    if legacy is None:
        return [f"raised {ours!r} where legacy returned"]
    if ours is None:
        return [f"returned where legacy raised {legacy!r}"]
    if not isinstance(ours, type(legacy)):
        return [f"raised {type(ours).__name__}, which `except {type(legacy).__name__}` misses"]
    status = getattr(legacy, "status_code", None)
    if status is not None and getattr(ours, "status_code", None) != status:
        return [f"status {getattr(ours, 'status_code', None)} where legacy had {status}"]
    return []


@dataclass
class Differential:
    """Runs each call of one client through the legacy package too; keeps the problems."""

    consumed: Callable[[], list[Interaction]]
    problems: list[str] = field(default_factory=list)
    #: The requests the call being compared built.
    built: list[Request] = field(default_factory=list)

    def wrap(self, client: ServiceManagementClient) -> None:
        """Route ``client``'s operation calls (and its copies', ``with_filter``) through
        ``compare``."""
        client._differential = self  # type: ignore[attr-defined]

    def call(
        self,
        call: Callable[..., Any],
        client: ServiceManagementClient,
        operation: OperationSpec,
        args: dict[str, Any],
        body: Any,
    ) -> Any:
        self.built.clear()
        before = len(self.consumed())
        try:
            result = call(client, operation, args, body)
        except Exception as exc:
            built, consumed = list(self.built), self.consumed()[before:]
            self.compare(operation, args, built, consumed, None, exc)
            raise
        self.compare(operation, args, list(self.built), self.consumed()[before:], result, None)
        return result

    def compare(
        self,
        operation: OperationSpec,
        args: dict[str, Any],
        built: list[Request],
        interactions: list[Interaction],
        result: Any,
        error: BaseException | None,
    ) -> None:
        oracle = legacy_oracle.load()
        method = getattr(getattr(oracle, operation.client), operation.name, None)
        if method is None:
            return  # an operation the legacy package did not have
        key = f"{operation.client}.{operation.name}"
        session = FakeSession(interactions)
        legacy_client = getattr(oracle, operation.client)(SUBSCRIPTION_ID, request_session=session)
        legacy_args = {name: to_legacy(oracle, value) for name, value in args.items()}
        legacy_result: Any = None
        legacy_error: BaseException | None = None
        try:
            legacy_result = getattr(legacy_client, operation.name)(**legacy_args)
        except Exception as exc:
            legacy_error = exc
        COMPARED.add(key)
        if isinstance(error, (InvalidArgumentError, ArgumentTypeError)) and not built:
            # Refused before sending: legacy raised the same ValueError (TypeError), or
            # sent the request for Azure to answer 400 (which the error also is).
            builtin = TypeError if isinstance(error, TypeError) else ValueError
            if not isinstance(legacy_error, builtin):
                self.note(key, f"refused before sending: {error}")
            return
        found = [f"{how} (error)" for how in _error_problems(legacy_error, error)]
        for ours, sent in zip(built, session.sent, strict=False):
            found += [f"request: {how}" for how in _request_problems(ours, sent)]
        if len(built) != len(session.sent):
            found.append(f"request: {len(built)} sent where legacy sent {len(session.sent)}")
        if legacy_error is None and error is None:
            found += [
                f"returns{where}: {how}" for where, how in value_differences(legacy_result, result)
            ]
        for problem in found:
            self.note(key, problem)

    def note(self, key: str, problem: str) -> None:
        if not legacy_differences.documented(key, problem):
            self.problems.append(f"{key}: {problem}")


def install() -> None:
    """Make every client that ``Differential.wrap`` marked run its calls through it; other
    clients (the emulator's, the transport tests') are left alone."""
    original_call = ServiceManagementClient._call
    original_build = ServiceManagementClient.build_request

    def build_request(self: ServiceManagementClient, *args: Any, **kwargs: Any) -> Request:
        request = original_build(self, *args, **kwargs)
        differential = self.__dict__.get("_differential")
        if differential is not None:
            differential.built.append(request)
        return request

    def call(
        self: ServiceManagementClient, operation: OperationSpec, args: dict[str, Any], body: Any
    ) -> Any:
        differential = self.__dict__.get("_differential")
        if differential is None:
            return original_call(self, operation, args, body)
        return differential.call(original_call, self, operation, args, body)

    ServiceManagementClient.build_request = build_request  # type: ignore[method-assign]
    ServiceManagementClient._call = call  # type: ignore[method-assign]
