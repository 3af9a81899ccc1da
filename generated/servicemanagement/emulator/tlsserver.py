"""A threaded HTTPS server on loopback that asks for client certificates (mutual TLS)."""

from __future__ import annotations

import _ssl
import ctypes
import hashlib
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

_VerifyCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
#: OpenSSL's verify callback that accepts every certificate (kept alive here).
_ACCEPT_EVERY_CERTIFICATE = _VerifyCallback(lambda preverified, store: 1)
_SSL_VERIFY_PEER = 1


def server_context(cert_pem: Path, key_pem: Path, client_ca: Path | None) -> ssl.SSLContext:
    """TLS 1.2+ server context that asks for a client certificate.

    With ``client_ca``, a certificate sent must chain to it (else the handshake fails);
    with None, any certificate is taken, self-signed or expired, as Azure's front end
    did: the HTTP layer then answers an unknown or expired one with 403. Clients
    without a certificate connect either way, to get that 403 too.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert_pem, key_pem)
    if client_ca is not None:
        context.load_verify_locations(cafile=client_ca)
    context.verify_mode = ssl.CERT_OPTIONAL
    if client_ca is None:
        _accept_every_certificate(context)
    # Azure accepted the management certificates its guide made (1024-bit RSA, SHA-1
    # from makecert), which OpenSSL 3's default security level refuses to verify.
    context.set_ciphers("DEFAULT:@SECLEVEL=1")
    return context


def _accept_every_certificate(context: ssl.SSLContext) -> None:
    """Install a verify callback that accepts every client certificate.

    Python's ``ssl`` has no verify callback, and without one OpenSSL ends the
    handshake for any certificate it cannot verify. ``SSL_CTX_set_verify`` is called
    through ctypes, from the OpenSSL ``_ssl`` itself is linked to; the ``SSL_CTX *``
    is the first member of CPython's ``PySSLContext``, right after the object header.
    """
    set_verify = ctypes.CDLL(_ssl.__file__).SSL_CTX_set_verify
    set_verify.argtypes = [ctypes.c_void_p, ctypes.c_int, _VerifyCallback]
    set_verify.restype = None
    ssl_ctx = ctypes.c_void_p.from_address(id(context) + object.__basicsize__).value
    set_verify(ssl_ctx, _SSL_VERIFY_PEER, _ACCEPT_EVERY_CERTIFICATE)


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
        # Small answers leave at once, not after the client's delayed ACK (Nagle).
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        tls = self.context.wrap_socket(request, server_side=True, do_handshake_on_connect=False)
        try:
            tls.do_handshake()
        except (ssl.SSLError, OSError):
            # Refused handshake (a certificate we do not trust, or not TLS at all).
            # Closing with the client's request unread would send a reset that
            # overtakes the TLS alert: read it first, so the client learns why.
            _drain(tls)
            tls.close()
            return
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


def _drain(tls: ssl.SSLSocket) -> None:
    """Read what the peer sent, below TLS, until it closes (one second at most)."""
    try:
        socket.socket.shutdown(tls, socket.SHUT_WR)
        tls.settimeout(1)
        while socket.socket.recv(tls, 65536):
            pass
    except OSError:
        pass


def peer_certificate(connection: socket.socket) -> bytes | None:
    """The client certificate (DER) on a TLS connection, if one was sent."""
    if not isinstance(connection, ssl.SSLSocket):
        return None
    return connection.getpeercert(binary_form=True) or None


def peer_thumbprint(connection: socket.socket) -> str | None:
    """SHA-1 thumbprint of the client certificate on a TLS connection, if any."""
    der = peer_certificate(connection)
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
