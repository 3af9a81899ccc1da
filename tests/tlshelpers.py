"""Real local HTTPS servers for the runtime tests, and clients bound to them.

A test writes a small ``Handler`` subclass whose ``respond`` answers each request;
``serve`` runs it on loopback over TLS (client certificates optional, as Azure's
endpoint); every request is recorded on the server with the TLS connection it
came on and the client certificate's thumbprint.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from cassettes import SUBSCRIPTION_ID
from emulator_support import NO_RETRIES
from fixturetypes import Pki
from servicemanagement import AsynchronousOperationResult, Model, ServiceManagementService
from servicemanagement._schema import OperationSpec, ParamSpec
from servicemanagement.emulator.tlsserver import TLSServer, peer_thumbprint, running, server_context

NS = "http://schemas.microsoft.com/windowsazure"


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    connection: int  # which accepted TLS connection carried it (1, 2, ...)
    thumbprint: str | None


class TestServer(TLSServer):
    """Records requests and counts TLS connections; ``state`` is the handler's scratchpad."""

    __test__ = False  # not a pytest class

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.Lock()
        self.requests: list[Seen] = []
        self.connections = 0
        self.state: dict[str, Any] = {}
        self.release = threading.Event()  # set at shutdown: handlers that stall stop

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # handlers that abort connections on purpose make the server's writes fail

    def paths(self) -> list[str]:
        return [f"{seen.method} {seen.path}" for seen in self.requests]


class Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive, quiet; subclasses implement ``respond(seen)``."""

    server: TestServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.connections += 1
            self.connection_number = self.server.connections

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        seen = Seen(
            self.command,
            self.path,
            dict(self.headers),
            self.rfile.read(length) if length else b"",
            self.connection_number,
            peer_thumbprint(self.connection),
        )
        with self.server.lock:
            self.server.requests.append(seen)
        self.respond(seen)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _dispatch

    def respond(self, seen: Seen) -> None:
        raise NotImplementedError

    def reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if body and "Content-Type" not in (headers or {}):
            self.send_header("Content-Type", "application/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def reset(self) -> None:
        """Abort the TCP connection (RST) instead of closing it cleanly."""
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


@contextmanager
def serve(test_pki: Pki, handler: type[Handler]) -> Iterator[TestServer]:
    """``handler`` served over TLS on loopback with the test PKI's server certificate."""
    context = server_context(test_pki.server_cert, test_pki.server_key, test_pki.ca_pem)
    server = TestServer(("127.0.0.1", 0), handler, context)
    with running(server):
        try:
            yield server
        finally:
            server.release.set()


def client_for(server: TLSServer | str, test_pki: Pki, **kwargs: Any) -> ServiceManagementService:
    """A client of ``server`` (or of a ``host:port``) trusting the test CA, with the
    registered PEM certificate and no retries unless ``kwargs`` say otherwise."""
    options: dict[str, Any] = {
        "cert_file": str(test_pki.client_pem),
        "host": server if isinstance(server, str) else server.host,
        "ca_certs": str(test_pki.ca_pem),
        "retry": NO_RETRIES,
    }
    options.update(kwargs)
    subscription = options.pop("subscription_id", SUBSCRIPTION_ID)
    return ServiceManagementService(subscription, **options)


def error_xml(code: str, message: str) -> bytes:
    """An Azure ``<Error>`` document."""
    return (
        f'<Error xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
        f"<Code>{escape(code)}</Code><Message>{escape(message)}</Message></Error>"
    ).encode()


def operation_xml(
    request_id: str,
    status: str,
    http_status: int | None = None,
    code: str | None = None,
    message: str | None = None,
) -> bytes:
    """An ``<Operation>`` status document as ``GET operations/{id}`` returns it."""
    parts = [f"<ID>{request_id}</ID><Status>{status}</Status>"]
    if http_status is not None:
        parts.append(f"<HttpStatusCode>{http_status}</HttpStatusCode>")
    if code is not None:
        parts.append(
            f"<Error><Code>{escape(code)}</Code><Message>{escape(message or '')}</Message></Error>"
        )
    return f'<Operation xmlns="{NS}">{"".join(parts)}</Operation>'.encode()


#: An asynchronous POST, declared exactly as generated operations are: the pipeline
#: (``_call``) treats it like any spec operation.
START_THING = OperationSpec(
    name="start_thing",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/things/{name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(("comp", "start"),),
    request_type="Operation",
    response_type=None,
    statuses=(200, 202),
    is_async=True,
    content_type=None,
    doc="A POST that answers 202 and an x-ms-request-id.",
)


def start_thing(
    client: ServiceManagementService, name: str, body: Model | None = None
) -> AsynchronousOperationResult:
    """What a generated ``start_thing(name)`` method does."""
    return client._call(START_THING, {"name": name}, body)


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)
