"""A threaded HTTPS server on loopback that asks for client certificates (mutual TLS)."""

from __future__ import annotations

import hashlib
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def server_context(cert_pem: Path, key_pem: Path, client_ca: Path) -> ssl.SSLContext:
    """TLS 1.2+ server context; a client certificate, if sent, must chain to ``client_ca``.

    Clients without a certificate still connect, so the HTTP layer can answer them
    with a proper 403 error document, as Azure did.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert_pem, key_pem)
    context.load_verify_locations(cafile=client_ca)
    context.verify_mode = ssl.CERT_OPTIONAL
    # Azure accepted the management certificates its guide made (1024-bit RSA, SHA-1
    # from makecert), which OpenSSL 3's default security level refuses to verify.
    context.set_ciphers("DEFAULT:@SECLEVEL=1")
    return context


class TLSServer(ThreadingHTTPServer):
    """Each connection's TLS handshake runs in its own thread, so a slow or hostile
    client cannot stall the accept loop."""

    daemon_threads = True
    block_on_close = False

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        context: ssl.SSLContext,
    ) -> None:
        self.context = context
        super().__init__(address, handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(30)
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return  # refused handshake: no certificate we trust, or not TLS at all
        try:
            self.RequestHandlerClass(tls, client_address, self)  # type: ignore[arg-type]
        finally:
            try:
                tls.close()
            except OSError:
                pass

    @property
    def host(self) -> str:
        address, port = self.server_address[:2]
        return f"{address!s}:{port}"


def peer_thumbprint(connection: socket.socket) -> str | None:
    """SHA-1 thumbprint of the client certificate on a TLS connection, if any."""
    if not isinstance(connection, ssl.SSLSocket):
        return None
    der = connection.getpeercert(binary_form=True)
    return hashlib.sha1(der).hexdigest().upper() if der else None  # noqa: S324


@contextmanager
def running(server: TLSServer) -> Iterator[TLSServer]:
    """Serve in a background thread; shut down and close on exit."""
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
