"""The emulator: a mutual-TLS HTTPS server on loopback in front of the dispatcher."""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import logging
import socket
import struct
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from servicemanagement.credentials import write_private
from servicemanagement.emulator import (
    handlers as _handlers,  # noqa: F401 - registers handlers
    pki,
)
from servicemanagement.emulator.core import ApiError, Settings, new_request_id
from servicemanagement.emulator.dispatch import Dispatcher, Incoming, Outgoing, error_document
from servicemanagement.emulator.faults import Fault, FaultPlan
from servicemanagement.emulator.provision import (
    Connection,
    ensure_pki,
    is_loopback,
    write_connection,
)
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.tlsserver import (
    TLSServer,
    peer_certificate,
    running,
    server_context,
)
from servicemanagement.emulator.wire import format_time

if TYPE_CHECKING:
    from servicemanagement.client import ServiceManagementService

log = logging.getLogger("servicemanagement.emulator")
_Service = TypeVar("_Service")


@functools.lru_cache(maxsize=256)
def _certificate_facts(der: bytes) -> tuple[str, float]:
    """Thumbprint and expiry (epoch seconds) of a client certificate, parsed once."""
    certificate = x509.load_der_x509_certificate(der)
    thumbprint = hashlib.sha1(der).hexdigest().upper()  # noqa: S324 - Azure's thumbprint
    return thumbprint, certificate.not_valid_after_utc.timestamp()


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "servicemanagement-emulator/1.0"
    sys_version = ""
    server: _Server
    # Buffered: the status line, headers and body leave in one write (the server
    # flushes after each request), not one segment each.
    wbufsize = 64 * 1024

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("%s " + format, self.address_string(), *args)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        der = peer_certificate(self.connection)
        thumbprint, expires = _certificate_facts(der) if der else (None, None)
        request = Incoming(
            self.command, self.path, dict(self.headers.items()), body, thumbprint, expires
        )
        try:
            answer = self.server.dispatcher.handle(request)
        except Exception:
            log.exception("internal error on %s %s", self.command, self.path)
            error = ApiError(
                500,
                "InternalError",
                "The server encountered an internal error. Please retry the request.",
            )
            answer = Outgoing(
                500,
                error_document(error),
                [("x-ms-request-id", new_request_id())],
            )
        if answer.action == "reset":
            self._reset()
            return
        self.send_response(answer.status)
        for key, value in answer.headers:
            self.send_header(key, value)
        self.send_header("Cache-Control", "no-cache")
        if answer.action == "truncate":
            # Announce the whole body, send half of it, and drop the connection.
            self.send_header("Content-Length", str(max(len(answer.body), 1)))
            self.end_headers()
            self.wfile.write(answer.body[: len(answer.body) // 2])
            self.wfile.flush()
            self._reset()
            return
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _reset(self) -> None:
        """Close with a TCP reset (SO_LINGER 0), as a dropped connection looks."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = do_MERGE = do_PATCH = _handle


class _Server(TLSServer):
    dispatcher: Dispatcher


class Emulator:
    """A local Service Management endpoint over mutual TLS.

    ``state_dir`` keeps the PKI, ``connection.json`` and the state (which then
    survives restarts); without it everything lives in a temporary directory
    removed at ``stop()``. ``operation_delay`` is how long asynchronous operations
    stay InProgress. Only loopback addresses are served unless ``allow_remote``.

    Use it as a context manager (``with Emulator() as emulator: ...``) or call
    ``start()`` and ``stop()``.
    """

    def __init__(
        self,
        state_dir: str | Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        operation_delay: float = 0.0,
        faults: Iterable[Fault] = (),
        allow_remote: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not allow_remote and not is_loopback(host):
            raise ValueError(
                f"refusing to serve on {host}: the emulator listens on loopback only"
                " (pass allow_remote=True / --allow-remote to override)"
            )
        self.state_dir = Path(state_dir) if state_dir is not None else None
        self.bind_host = host
        self.port = port
        self.operation_delay = operation_delay
        self.faults = FaultPlan(list(faults))
        self.clock = clock
        self._stack: contextlib.ExitStack | None = None
        self._connection: Connection | None = None

    # ---- lifecycle ------------------------------------------------------------

    def start(self) -> Connection:
        if self._stack is not None:
            raise RuntimeError("the emulator is already running")
        stack = contextlib.ExitStack()
        try:
            self._connection = self._start(stack)
        except BaseException:
            stack.close()
            raise
        self._stack = stack
        return self._connection

    def _start(self, stack: contextlib.ExitStack) -> Connection:
        if self.state_dir is not None:
            directory = self.state_dir
            store = Store(directory)
        else:
            directory = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="smemu-")))
            store = Store(None)
        files = ensure_pki(directory, self.bind_host)
        with store.lock:
            if "subscription_id" not in store.data:
                store.data["subscription_id"] = str(uuid.uuid4())
                store.data["tenant_id"] = str(uuid.uuid4())
                store.data["created"] = self.clock()
            certificates = store.table("management_certificates")
            if files.client_thumbprint not in certificates:
                certificates[files.client_thumbprint] = _certificate_record(
                    files.client, self.clock()
                )
            store.save()
        # Any client certificate gets through the handshake; the dispatcher answers an
        # unknown or expired one with 403, as Azure did.
        context = server_context(files.server_cert, files.server_key, None)
        server = _Server((self.bind_host, self.port), _RequestHandler, context)
        address = str(server.server_address[0])
        host = f"[{address}]" if ":" in address else address
        base = f"{host}:{server.server_address[1]}"
        server.dispatcher = Dispatcher(
            store,
            lambda: Settings(self.operation_delay, f"https://{base}"),
            self.faults,
            clock=self.clock,
        )
        stack.enter_context(running(server))
        subscription_id = str(store.data["subscription_id"])
        write_private(  # it carries the client's private key
            files.publishsettings,
            pki.publish_settings(files.client, subscription_id, f"https://{base}"),
        )
        connection = Connection(
            host=base,
            subscription_id=subscription_id,
            certificate_path=str(files.client_pem),
            ca_certs=str(files.ca_pem),
            pfx_path=str(files.client_pfx),
            publishsettings_path=str(files.publishsettings),
        )
        write_connection(directory, connection)
        log.info("emulator listening on https://%s", base)
        return connection

    def stop(self) -> None:
        """Stop serving (waits for the serve loop) and release the temporary files."""
        stack, self._stack = self._stack, None
        if stack is not None:
            stack.close()

    def __enter__(self) -> Emulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- use ------------------------------------------------------------------

    @property
    def connection(self) -> Connection:
        if self._connection is None or self._stack is None:
            raise RuntimeError("the emulator is not running")
        return self._connection

    @overload
    def client(self, **kwargs: Any) -> ServiceManagementService: ...
    @overload
    def client(self, service: type[_Service], **kwargs: Any) -> _Service: ...
    def client(self, service: Any = None, **kwargs: Any) -> Any:
        """A client connected to this emulator over mutual TLS: a
        ``ServiceManagementService``, or an instance of ``service`` (another service
        class: ``SqlDatabaseManagementService``, ...). ``kwargs`` go to its constructor."""
        if service is None:
            from servicemanagement.client import ServiceManagementService as service

        connection = self.connection
        return service(
            connection.subscription_id,
            connection.certificate_path,
            host=connection.host,
            ca_certs=connection.ca_certs,
            **kwargs,
        )


def _certificate_record(issued: pki.Issued, now: float) -> dict[str, Any]:
    """The ``SubscriptionCertificate`` data Azure lists for a management certificate."""
    public_key = issued.certificate.public_key().public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo
    )
    return {
        "SubscriptionCertificatePublicKey": base64.b64encode(public_key).decode(),
        "SubscriptionCertificateThumbprint": issued.thumbprint,
        "SubscriptionCertificateData": base64.b64encode(
            issued.certificate.public_bytes(Encoding.DER)
        ).decode(),
        "Created": format_time(now),
    }
