"""From an HTTP request to an HTTP answer, independent of sockets.

The order is Azure's: authenticate the client certificate (403), check the
``x-ms-version`` header (400), find the operation (404), read the body (400),
then run the handler. Every answer carries ``x-ms-request-id``; every request
that changes something is remembered for ``get_operation_status``.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, tostring

from servicemanagement._generated import OPERATIONS, ROOTS
from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._schema import OperationSpec
from servicemanagement.emulator import engine
from servicemanagement.emulator.core import (
    HANDLERS,
    ApiError,
    Call,
    Handler,
    Reply,
    Settings,
    advance,
    new_request_id,
    not_found,
    record_operation,
)
from servicemanagement.emulator.faults import FaultPlan
from servicemanagement.emulator.routing import Match, RouteError, Router, arguments, query_pairs
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import (
    BodyError,
    Wire,
    document,
    is_json_type,
    model_type,
    parse_body,
    parse_xml,
    to_wire,
)
from servicemanagement.errors import XmlError

#: x-ms-version values the Service Management API has answered to.
KNOWN_VERSIONS = frozenset(
    {
        "2009-10-01", "2010-04-01", "2010-10-28", "2011-02-25", "2011-06-01", "2011-08-01",
        "2011-10-01", "2012-03-01", "2012-08-01", "2013-03-01", "2013-06-01", "2013-08-01",
        "2013-10-01", "2013-11-01", "2014-02-01", "2014-02-14", "2014-04-01", "2014-05-01",
        "2014-06-01", "2014-07-01", "2014-10-01", "2015-02-01", "2015-04-01",
    }
    | {op.x_ms_version for op in OPERATIONS.values()}
)  # fmt: skip
FORBIDDEN_MESSAGE = (
    "The server failed to authenticate the request. Verify that the certificate is valid"
    " and is associated with this subscription."
)
XML_CONTENT_TYPE = "application/xml; charset=utf-8"
JSON_CONTENT_TYPE = "application/json; charset=utf-8"
TEXT_CONTENT_TYPE = "text/plain; charset=utf-8"

Action = Literal["reset", "truncate"] | None


@dataclass(frozen=True)
class Incoming:
    method: str
    target: str
    headers: Mapping[str, str]
    body: bytes
    #: SHA-1 thumbprint of the client certificate, if one was presented
    thumbprint: str | None
    #: when that certificate expires (epoch seconds)
    certificate_expires: float | None = None


@dataclass
class Outgoing:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    #: a connection-level fault to apply when sending
    action: Action = None


#: The spec type of Azure's ``<Error>`` document.
ERROR_TYPE = ROOTS[f"{{{NS_WA}}}Error"][0]


#: Service Bus answers errors as a serialized .NET string, and refuses what exists
#: with 403 (the recordings: "Request to a downlevel service failed.").
SERVICE_BUS = "ServiceBusManagementService"
_SERIALIZATION_NS = "http://schemas.microsoft.com/2003/10/Serialization/"


def error_document(error: ApiError, client: str | None = None) -> bytes:
    """Azure's ``<Error>`` document (Service Bus: its ``<string>`` one)."""
    if client == SERVICE_BUS:
        element = Element(f"{{{_SERIALIZATION_NS}}}string")
        element.text = error.message
        return tostring(element, default_namespace=_SERIALIZATION_NS)
    return document(ERROR_TYPE, error.to_wire())


def _error(error: ApiError, request_id: str, client: str | None = None) -> Outgoing:
    status = 403 if client == SERVICE_BUS and error.status == 409 else error.status
    return Outgoing(
        status,
        error_document(error, client),
        [("x-ms-request-id", request_id), ("Content-Type", XML_CONTENT_TYPE)],
    )


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lowered), None)


class Dispatcher:
    """Answers requests for one subscription's state; thread-safe (one lock for state)."""

    def __init__(
        self,
        store: Store,
        settings: Callable[[], Settings],
        faults: FaultPlan,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.settings = settings
        self.faults = faults
        self.clock = clock
        self.sleep = sleep
        self.router = Router(OPERATIONS.values())

    @property
    def subscription_id(self) -> str:
        return str(self.store.data["subscription_id"])

    def handle(self, request: Incoming) -> Outgoing:
        request_id = new_request_id()
        url = urlsplit(request.target)
        query = query_pairs(url.query)
        element: Element | None = None
        body_error: BodyError | None = None
        if request.body.strip():
            try:
                element = parse_xml(request.body)
            except BodyError as exc:
                body_error = exc
        match: Match | RouteError
        try:
            match = self.router.resolve(
                request.method,
                url.path,
                query,
                element.tag if element is not None else None,
                request.headers,
            )
        except RouteError as exc:
            match = exc
        action: Action = None
        for fault in self.faults.take(match.operation.name if isinstance(match, Match) else None):
            if fault.kind == "latency":
                self.sleep(fault.seconds)
            elif fault.kind == "unavailable":
                answer = _error(
                    ApiError(
                        503,
                        "ServerBusy",
                        "The server (or an internal component) is currently unavailable to"
                        " receive requests. Please retry your request.",
                    ),
                    request_id,
                )
                answer.headers.append(("Retry-After", str(fault.retry_after)))
                return answer
            else:
                action = fault.kind
        with self.store.lock:
            answer = self._process(request, url.path, query, match, element, body_error, request_id)
        answer.action = action
        return answer

    def _authenticate(self, request: Incoming, path: str, match: Match | RouteError) -> None:
        # Azure took any certificate at the handshake and refused here an unknown or
        # expired one, with one message for every case.
        registered = self.store.table("management_certificates")
        if request.thumbprint is None or request.thumbprint.upper() not in registered:
            raise ApiError(403, "ForbiddenError", FORBIDDEN_MESSAGE)
        expires = request.certificate_expires
        if expires is not None and expires < self.clock():
            raise ApiError(403, "ForbiddenError", FORBIDDEN_MESSAGE)
        if isinstance(match, Match):
            subscription = match.path_values.get("subscription_id", self.subscription_id)
        else:
            subscription = path.strip("/").split("/", 1)[0]
        if subscription.lower() != self.subscription_id.lower():
            raise ApiError(403, "ForbiddenError", FORBIDDEN_MESSAGE)

    def _process(
        self,
        request: Incoming,
        path: str,
        query: dict[str, str],
        match: Match | RouteError,
        element: Element | None,
        body_error: BodyError | None,
        request_id: str,
    ) -> Outgoing:
        now = self.clock()
        changed = advance(self.store, now)
        try:
            try:
                self._authenticate(request, path, match)
                version = _header(request.headers, "x-ms-version")
                if version is None or version.strip() not in KNOWN_VERSIONS:
                    raise ApiError(
                        400,
                        "MissingOrIncorrectVersionHeader",
                        "The versioning header is not specified or was specified incorrectly.",
                    )
                if isinstance(match, RouteError):
                    if match.status == 405:
                        raise ApiError(400, "InvalidHttpVerb", match.message)
                    raise not_found(match.message)
            except ApiError as error:
                return _error(error, request_id)
            operation = match.operation
            mutating = request.method != "GET"
            # A refused or failed call changes nothing: handlers may check as they go.
            snapshot = copy.deepcopy(self.store.data) if mutating else None
            try:
                answer = self._run(match, query, request.body, element, body_error, request_id, now)
            except BaseException as error:
                if snapshot is not None:
                    self.store.data = snapshot
                if not isinstance(error, ApiError):
                    raise
                if mutating:
                    record_operation(self.store, request_id, operation.name, now, error=error)
                    changed = True
                return _error(error, request_id, operation.client)
            changed = changed or mutating
            return answer
        finally:
            if changed:
                self.store.save()

    def _run(
        self,
        match: Match,
        query: dict[str, str],
        raw_body: bytes,
        element: Element | None,
        body_error: BodyError | None,
        request_id: str,
        now: float,
    ) -> Outgoing:
        operation = match.operation
        body: Wire | None = None
        decoded: Any = None
        request_type = operation.request_type
        if request_type == "json":
            decoded = _json_body(raw_body)
        elif request_type == "text":
            decoded = _text_body(raw_body)
        elif request_type is not None and is_json_type(request_type):
            body = _json_model_body(request_type, raw_body)
        elif request_type is not None:
            body = _xml_body(request_type, element, body_error)
        try:
            args = arguments(match, query)
        except BodyError as exc:
            raise ApiError(400, "MissingOrInvalidRequiredQueryParameter", str(exc)) from exc
        settings = self.settings()
        call = Call(
            operation,
            args,
            body,
            self.store,
            now,
            self.subscription_id,
            request_id,
            settings,
            content=decoded,
        )
        return self._answer(call, handler_of(operation)(call))

    def _answer(self, call: Call, reply: Reply) -> Outgoing:
        operation = call.operation
        status = reply.status or (202 if operation.is_async else 200)
        if operation.statuses and status not in operation.statuses:
            # Azure answered some calls with another 2xx than the spec lists; the spec wins.
            status = operation.statuses[0]
        if operation.method != "GET":
            # A synchronous call whose effect comes later (a namespace Removing) too.
            if operation.is_async or reply.effect is not None:
                record_operation(
                    self.store,
                    call.request_id,
                    operation.name,
                    call.now,
                    due=call.now + call.delay,
                    reply=reply,
                )
                if call.delay <= 0:
                    advance(self.store, call.now)
            else:
                record_operation(self.store, call.request_id, operation.name, call.now)
        headers = [("x-ms-request-id", call.request_id), *reply.headers.items()]
        body = b""
        if reply.body is not None:
            body_type = reply.body_type or operation.response_type
            if body_type is None:
                raise RuntimeError(f"the reply of {operation.name} has a body but no type")
            body, content_type = _encode(body_type, reply.body)
            headers.append(("Content-Type", content_type))
        return Outgoing(status, body, headers)


def handler_of(operation: OperationSpec) -> Handler:
    """Hand-written behaviour (named by the spec's ``handler:``, else registered under the
    operation's name), or the generic engine."""
    hint = operation.emulator
    if hint is not None and hint.handler is not None:
        return HANDLERS[hint.handler]
    return HANDLERS.get(operation.name, engine.serve)


def _json_body(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8")) if raw.strip() else None
    except (UnicodeError, ValueError) as exc:
        raise ApiError(400, "InvalidRequest", f"The request body is not valid JSON: {exc}") from exc


def _text_body(raw: bytes) -> str:
    """A text body (a certificate, a cluster's configuration), kept as sent."""
    try:
        return raw.decode("utf-8")
    except UnicodeError as exc:
        raise ApiError(400, "InvalidRequest", f"The request body is not UTF-8 text: {exc}") from exc


def _json_model_body(type_name: str, raw: bytes) -> Wire:
    """A JSON body of a spec type marked ``json``, as wire data."""
    try:
        return to_wire(model_type(type_name).from_json(raw))
    except (UnicodeError, ValueError, TypeError, XmlError) as exc:
        raise ApiError(
            400, "InvalidRequest", f"The request body is not a valid {type_name}: {exc}"
        ) from exc


def _xml_body(type_name: str, element: Element | None, error: BodyError | None) -> Wire:
    if error is not None:
        raise ApiError(400, "InvalidXmlRequest", str(error))
    if element is None:
        raise ApiError(
            400,
            "InvalidXmlRequest",
            f"The request body is missing; expected a {type_name} document.",
        )
    try:
        return parse_body(type_name, element)
    except BodyError as exc:
        raise ApiError(400, "InvalidXmlRequest", str(exc)) from exc


def _encode(body_type: str, value: Any) -> tuple[bytes, str]:
    """A reply body on the wire, and its content type."""
    if body_type == "json":
        return json.dumps(value).encode("utf-8"), JSON_CONTENT_TYPE
    if body_type == "text":
        return str(value).encode("utf-8"), TEXT_CONTENT_TYPE
    content_type = JSON_CONTENT_TYPE if is_json_type(body_type) else XML_CONTENT_TYPE
    return document(body_type, value), content_type
