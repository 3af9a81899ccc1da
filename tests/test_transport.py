"""The transport against real local TLS servers: pooling, TLS trust, mutual TLS,
timeouts, redirects and the retry policy."""

from __future__ import annotations

import base64
import contextlib
import email.utils
import http.client
import re
import socket
import socketserver
import ssl
import threading
import time
from pathlib import Path
from typing import TypedDict, Unpack

import pytest
from fixturetypes import Pki
from servicemanagement import (
    AzureForbiddenHttpError,
    AzureHttpError,
    AzureServerHttpError,
    CertificateError,
    Operation,
    RequestTimeoutError,
    RetryPolicy,
    TransportError,
)
from servicemanagement.emulator import pki
from servicemanagement.emulator.tlsserver import running, server_context
from servicemanagement.transport import MAX_REDIRECTS, parse_retry_after
from tlshelpers import (
    SUBSCRIPTION_ID,
    Handler,
    Seen,
    TestServer,
    client_for,
    error_xml,
    operation_xml,
    serve,
    start_thing,
)
from urllib3 import HTTPConnectionPool
from urllib3.connection import HTTPConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

OPERATIONS = f"/{SUBSCRIPTION_ID}/operations"


class Operations(Handler):
    """Answers every operation-status request with ``Succeeded``."""

    def respond(self, seen: Seen) -> None:
        request_id = seen.path.rsplit("/", 1)[-1]
        self.reply(200, operation_xml(request_id, "Succeeded", 200))


class Stall(Handler):
    """Reads the request, then never answers (until the test ends)."""

    def respond(self, seen: Seen) -> None:
        self.server.release.wait(30)


class PolicyOptions(TypedDict, total=False):
    max_attempts: int
    backoff: float


def recording_policy(sleeps: list[float], **options: Unpack[PolicyOptions]) -> RetryPolicy:
    """The default policy, except that it notes its delays instead of sleeping."""
    return RetryPolicy(sleep=sleeps.append, **options)


def free_port() -> int:
    """A loopback port nothing listens on (connections to it are refused)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


# ---- pooling ---------------------------------------------------------------


def test_calls_reuse_one_keep_alive_connection(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server, client_for(server, test_pki) as client:
        ids = [client.get_operation_status(f"req-{n}").id for n in range(5)]
    assert ids == [f"req-{n}" for n in range(5)]
    assert server.paths() == [f"GET {OPERATIONS}/req-{n}" for n in range(5)]
    assert server.connections == 1
    assert {seen.connection for seen in server.requests} == {1}
    assert all(seen.headers["x-ms-version"] == "2014-10-01" for seen in server.requests)


def test_each_client_has_its_own_pool(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server:
        for _ in range(2):
            with client_for(server, test_pki) as client:
                client.get_operation_status("a")
                client.get_operation_status("b")
    assert server.connections == 2
    assert [seen.connection for seen in server.requests] == [1, 1, 2, 2]


def test_a_closed_client_connects_again(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server, client_for(server, test_pki) as client:
        client.get_operation_status("a")
        client.close()
        assert client.get_operation_status("b").id == "b"
    assert server.connections == 2
    assert [seen.connection for seen in server.requests] == [1, 2]


def test_dot_segments_of_a_raw_path_are_resolved_before_sending(test_pki: Pki) -> None:
    # As the legacy client (requests, through urllib3) resolved them.
    with serve(test_pki, Operations) as server, client_for(server, test_pki) as client:
        client.perform_get(f"{OPERATIONS}/x/../y/./z")
        client.perform_get(f"{OPERATIONS}/plain")
    assert server.paths() == [f"GET {OPERATIONS}/y/z", f"GET {OPERATIONS}/plain"]
    assert server.connections == 1


# ---- server certificate ----------------------------------------------------


def test_untrusted_server_is_refused_by_default(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server:
        client = client_for(server, test_pki, ca_certs=None)
        with pytest.raises(TransportError) as caught:
            client.get_operation_status("x")
    assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert server.requests == []


def test_server_certificate_for_another_host_is_refused(test_pki: Pki, tmp_path: Path) -> None:
    other = pki.new_server(test_pki.ca, hosts=("elsewhere.example",))
    (tmp_path / "s.crt").write_bytes(other.cert_pem)
    (tmp_path / "s.key").write_bytes(other.key_pem)
    context = server_context(tmp_path / "s.crt", tmp_path / "s.key", test_pki.ca_pem)
    server = TestServer(("127.0.0.1", 0), Operations, context)
    with running(server):
        client = client_for(server, test_pki)
        with pytest.raises(TransportError) as caught:
            client.get_operation_status("x")
    assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)
    assert "mismatch" in str(caught.value.__cause__).lower()


def test_missing_ca_bundle_is_a_certificate_error(test_pki: Pki, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-ca.pem"
    with pytest.raises(CertificateError, match=re.escape(str(missing))):
        client_for("localhost:1", test_pki, ca_certs=str(missing))


# ---- mutual TLS ------------------------------------------------------------


class RegisteredOnly(Handler):
    """Azure's check: the client certificate must be one registered for the subscription."""

    def respond(self, seen: Seen) -> None:
        if seen.thumbprint != self.server.state["registered"]:
            self.reply(
                403,
                error_xml(
                    "ForbiddenError",
                    "The server failed to authenticate the request. Verify that the"
                    " certificate is valid and is associated with this subscription.",
                ),
                {"x-ms-request-id": "denied-1"},
            )
            return
        self.reply(200, operation_xml("ok", "Succeeded", 200))


def test_registered_client_certificate_is_accepted(test_pki: Pki) -> None:
    with serve(test_pki, RegisteredOnly) as server:
        server.state["registered"] = test_pki.client.thumbprint
        assert client_for(server, test_pki).get_operation_status("ok").status == "Succeeded"
    assert [seen.thumbprint for seen in server.requests] == [test_pki.client.thumbprint]


def test_no_client_certificate_gets_403_forbidden(test_pki: Pki) -> None:
    with serve(test_pki, RegisteredOnly) as server:
        server.state["registered"] = test_pki.client.thumbprint
        client = client_for(server, test_pki, cert_file=None, credential="not-a-cert")
        with pytest.raises(AzureForbiddenHttpError) as caught:
            client.get_operation_status("ok")
    error = caught.value
    assert (error.status_code, error.code, error.request_id) == (403, "ForbiddenError", "denied-1")
    assert error.message.startswith("The server failed to authenticate the request.")
    assert str(error).startswith("403 ForbiddenError: The server failed to authenticate")
    assert server.requests[0].thumbprint is None


def test_client_certificate_from_another_ca_is_refused_at_tls(
    test_pki: Pki, tmp_path: Path
) -> None:
    stranger = pki.new_client(pki.new_ca("some other CA"))
    pem = pki.write_pem(tmp_path / "stranger.pem", stranger)
    with serve(test_pki, RegisteredOnly) as server:
        server.state["registered"] = stranger.thumbprint
        client = client_for(server, test_pki, cert_file=str(pem))
        with pytest.raises(TransportError) as caught:
            client.get_operation_status("ok")
    assert isinstance(caught.value.__cause__, ssl.SSLError)
    assert server.requests == []


# ---- timeouts --------------------------------------------------------------


def test_server_that_never_answers_times_out(test_pki: Pki) -> None:
    with serve(test_pki, Stall) as server:
        client = client_for(server, test_pki, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError, match="timed out") as caught:
            client.get_operation_status("x")
        elapsed = time.monotonic() - started
    assert 0.4 < elapsed < 3
    assert isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value.__cause__, TimeoutError)
    assert len(server.requests) == 1


def test_timeout_is_settable_like_the_legacy_property(test_pki: Pki) -> None:
    with serve(test_pki, Stall) as server:
        client = client_for(server, test_pki)
        assert client.timeout == 65
        client.timeout = (5, 0.3)
        started = time.monotonic()
        with pytest.raises(TransportError):
            client.get_operation_status("x")
    assert client.timeout == (5, 0.3)
    assert time.monotonic() - started < 3


def test_tls_handshake_that_never_completes_times_out(test_pki: Pki) -> None:
    """A listener that accepts TCP but never speaks TLS: the connect timeout bounds it."""
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        client = client_for(f"127.0.0.1:{port}", test_pki, timeout=(0.5, 30))
        started = time.monotonic()
        with pytest.raises(TransportError):
            client.get_operation_status("x")
        assert time.monotonic() - started < 3


# ---- proxy -----------------------------------------------------------------


class ConnectProxy(socketserver.ThreadingTCPServer):
    """A minimal HTTP CONNECT proxy that notes each tunnel it opens."""

    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ConnectTunnel)
        self.tunnels: list[tuple[str, str | None]] = []


class ConnectTunnel(socketserver.StreamRequestHandler):
    server: ConnectProxy

    def handle(self) -> None:
        method, target, _ = self.rfile.readline().decode().split()
        headers = {}
        while (line := self.rfile.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            headers[name.strip().lower()] = value.strip()
        self.server.tunnels.append((f"{method} {target}", headers.get("proxy-authorization")))
        host, port = target.rsplit(":", 1)
        with socket.create_connection((host, int(port))) as upstream:
            self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            pump = threading.Thread(target=_pipe, args=(upstream, self.connection), daemon=True)
            pump.start()
            _pipe(self.connection, upstream)
            pump.join(5)


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
        sink.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def test_requests_tunnel_through_a_proxy(test_pki: Pki) -> None:
    proxy = ConnectProxy()
    proxy_thread = threading.Thread(target=proxy.serve_forever, kwargs={"poll_interval": 0.05})
    proxy_thread.start()
    try:
        with serve(test_pki, Operations) as server, client_for(server, test_pki) as client:
            client.set_proxy("127.0.0.1", proxy.server_address[1], "user", "pa:ss")
            assert client.get_operation_status("via-proxy").id == "via-proxy"
            assert client.get_operation_status("again").id == "again"
    finally:
        proxy.shutdown()
        proxy.server_close()
        proxy_thread.join()
    credentials = base64.b64encode(b"user:pa:ss").decode()
    assert proxy.tunnels == [(f"CONNECT {server.host}", f"Basic {credentials}")]
    assert [seen.thumbprint for seen in server.requests] == [test_pki.client.thumbprint] * 2


# ---- redirects -------------------------------------------------------------


class Accepted(Handler):
    def respond(self, seen: Seen) -> None:
        self.reply(202, headers={"x-ms-request-id": "moved-op"})


def test_307_to_another_host_keeps_method_and_body(test_pki: Pki) -> None:
    with serve(test_pki, Accepted) as target:

        class Moved(Handler):
            def respond(self, seen: Seen) -> None:
                self.reply(307, headers={"Location": f"https://{target.host}{seen.path}"})

        with serve(test_pki, Moved) as origin:
            client = client_for(origin, test_pki)
            result = start_thing(client, "svc", Operation(id="payload & <more>"))
    assert result.request_id == "moved-op"
    [first], [second] = origin.requests, target.requests
    path = f"/{SUBSCRIPTION_ID}/things/svc?comp=start"
    assert (first.method, first.path) == (second.method, second.path) == ("POST", path)
    assert second.body == first.body
    assert b"<ID>payload &amp; &lt;more&gt;</ID>" in second.body
    assert second.headers["x-ms-version"] == "2014-10-01"
    assert second.headers["Content-Type"] == first.headers["Content-Type"]
    assert second.thumbprint == test_pki.client.thumbprint


def test_a_bearer_token_is_not_handed_to_another_host(test_pki: Pki) -> None:
    with serve(test_pki, Accepted) as target:

        class Moved(Handler):
            def respond(self, seen: Seen) -> None:
                self.reply(307, headers={"Location": f"https://{target.host}{seen.path}"})

        with serve(test_pki, Moved) as origin:
            client = client_for(origin, test_pki, cert_file=None, credential="SECRET-TOKEN")
            result = start_thing(client, "svc", Operation(id="x"))
    assert result.request_id == "moved-op"
    [first], [second] = origin.requests, target.requests
    assert first.headers["Authorization"] == "Bearer SECRET-TOKEN"
    assert "Authorization" not in second.headers
    assert second.body == first.body


class RelativeMove(Handler):
    def respond(self, seen: Seen) -> None:
        if seen.path.endswith("/old"):
            self.reply(307, headers={"Location": f"{OPERATIONS}/new"})
        else:
            self.reply(200, operation_xml("new", "Succeeded"))


def test_relative_307_location(test_pki: Pki) -> None:
    with serve(test_pki, RelativeMove) as server:
        assert client_for(server, test_pki).get_operation_status("old").id == "new"
    assert server.paths() == [f"GET {OPERATIONS}/old", f"GET {OPERATIONS}/new"]
    assert server.connections == 1  # a redirect within the host keeps the connection


class Loop(Handler):
    def respond(self, seen: Seen) -> None:
        self.reply(307, headers={"Location": seen.path})


def test_redirect_loop_stops(test_pki: Pki) -> None:
    with serve(test_pki, Loop) as server:
        with pytest.raises(AzureHttpError) as caught:
            client_for(server, test_pki).get_operation_status("x")
    assert caught.value.status_code == 307
    assert len(server.requests) == MAX_REDIRECTS + 1


class Downgrade(Handler):
    def respond(self, seen: Seen) -> None:
        self.reply(307, headers={"Location": f"http://{self.server.host}{seen.path}"})


def test_redirect_to_plain_http_is_not_followed(test_pki: Pki) -> None:
    with serve(test_pki, Downgrade) as server:
        client = client_for(server, test_pki, cert_file=None, credential="secret-token")
        with pytest.raises(AzureHttpError) as caught:
            client.get_operation_status("x")
    assert caught.value.status_code == 307
    assert caught.value.headers["Location"].startswith("http://")
    assert len(server.requests) == 1


# ---- retries against real servers ------------------------------------------


class BusyTwice(Handler):
    """503 + ``Retry-After`` for the first two requests, then success."""

    def respond(self, seen: Seen) -> None:
        if len(self.server.requests) <= 2:
            retry_after = self.server.state.get("retry_after", "0")
            self.reply(
                503,
                error_xml("ServerBusy", "The server is busy."),
                {"Retry-After": retry_after},
            )
        elif seen.method == "POST":
            self.reply(202, headers={"x-ms-request-id": "op-1"})
        else:
            self.reply(200, operation_xml("op-1", "Succeeded", 200))


def test_get_is_retried_after_503_retry_after(test_pki: Pki) -> None:
    sleeps: list[float] = []
    with serve(test_pki, BusyTwice) as server:
        client = client_for(server, test_pki, retry=recording_policy(sleeps))
        assert client.get_operation_status("op-1").status == "Succeeded"
    assert len(server.requests) == 3
    assert sleeps == [0.0, 0.0]


def test_post_is_not_retried_after_a_status(test_pki: Pki) -> None:
    sleeps: list[float] = []
    with serve(test_pki, BusyTwice) as server:
        client = client_for(server, test_pki, retry=recording_policy(sleeps))
        with pytest.raises(AzureServerHttpError) as caught:
            start_thing(client, "svc")
    assert (caught.value.status_code, caught.value.code) == (503, "ServerBusy")
    assert len(server.requests) == 1
    assert sleeps == []


def test_retry_after_as_http_date(test_pki: Pki) -> None:
    sleeps: list[float] = []
    with serve(test_pki, BusyTwice) as server:
        server.state["retry_after"] = email.utils.formatdate(time.time() + 20, usegmt=True)
        client = client_for(server, test_pki, retry=recording_policy(sleeps))
        client.get_operation_status("op-1")
    assert len(sleeps) == 2
    assert all(17 <= s <= 20 for s in sleeps)


class AlwaysFailing(Handler):
    def respond(self, seen: Seen) -> None:
        status = int(self.server.state["status"])
        self.reply(status, error_xml("Nope", f"status {status}"))


@pytest.mark.parametrize(
    ("status", "requests"),
    [(500, 4), (503, 4), (502, 4), (504, 4), (408, 4), (429, 4), (501, 1), (400, 1), (404, 1)],
)
def test_which_statuses_are_retried_for_get(test_pki: Pki, status: int, requests: int) -> None:
    sleeps: list[float] = []
    policy = recording_policy(sleeps, backoff=0.1)
    with serve(test_pki, AlwaysFailing) as server:
        server.state["status"] = status
        with pytest.raises(AzureHttpError) as caught:
            client_for(server, test_pki, retry=policy).get_operation_status("x")
    assert caught.value.status_code == status
    assert len(server.requests) == requests
    assert len(sleeps) == requests - 1
    # Exponential backoff with full jitter: attempt n waits at most 0.1 * 2**(n-1).
    for n, slept in enumerate(sleeps, start=1):
        assert 0 <= slept <= 0.1 * 2 ** (n - 1)


class ResetMidResponse(Handler):
    def respond(self, seen: Seen) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n<Operation xmlns=")
        self.wfile.flush()
        time.sleep(0.1)  # let the client read the head, then abort mid-body
        self.reset()


class ResetBeforeAnswer(Handler):
    def respond(self, seen: Seen) -> None:
        self.reset()


class Truncated(Handler):
    def respond(self, seen: Seen) -> None:
        body = operation_xml("x", "Succeeded")
        self.send_response(200)
        self.send_header("Content-Length", str(len(body) + 100))
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True


@pytest.mark.parametrize("handler", [ResetBeforeAnswer, ResetMidResponse, Truncated])
def test_broken_responses_retry_get_then_fail(test_pki: Pki, handler: type[Handler]) -> None:
    sleeps: list[float] = []
    with serve(test_pki, handler) as server:
        client = client_for(server, test_pki, retry=recording_policy(sleeps, max_attempts=3))
        with pytest.raises(TransportError) as caught:
            client.get_operation_status("x")
    assert len(server.requests) == 3
    assert len(sleeps) == 2
    assert isinstance(caught.value.__cause__, (ConnectionError, http.client.IncompleteRead))


@pytest.mark.parametrize("handler", [ResetBeforeAnswer, ResetMidResponse, Truncated])
def test_broken_responses_never_retry_post(test_pki: Pki, handler: type[Handler]) -> None:
    sleeps: list[float] = []
    with serve(test_pki, handler) as server:
        client = client_for(server, test_pki, retry=recording_policy(sleeps))
        with pytest.raises(TransportError):
            start_thing(client, "svc")
    assert len(server.requests) == 1
    assert sleeps == []


def test_truncated_body_cause_is_incomplete_read(test_pki: Pki) -> None:
    with serve(test_pki, Truncated) as server:
        with pytest.raises(TransportError) as caught:
            client_for(server, test_pki).get_operation_status("x")
    assert isinstance(caught.value.__cause__, http.client.IncompleteRead)


def test_post_that_never_reached_the_server_is_retried(test_pki: Pki) -> None:
    """Connection refused: nothing was sent, so even a POST may go again. The server
    comes up on that port during the first back-off, and the retry succeeds."""
    port = free_port()
    context = server_context(test_pki.server_cert, test_pki.server_key, test_pki.ca_pem)
    with contextlib.ExitStack() as stack:
        started: list[TestServer] = []

        def sleep(seconds: float) -> None:
            server = TestServer(("127.0.0.1", port), Accepted, context)
            stack.enter_context(running(server))
            started.append(server)

        client = client_for(f"127.0.0.1:{port}", test_pki, retry=RetryPolicy(sleep=sleep))
        assert start_thing(client, "svc").request_id == "moved-op"
    assert len(started) == 1
    assert [seen.method for seen in started[0].requests] == ["POST"]


def test_connection_refused_post_is_retried_then_fails(test_pki: Pki) -> None:
    sleeps: list[float] = []
    client = client_for(
        f"127.0.0.1:{free_port()}", test_pki, retry=recording_policy(sleeps, max_attempts=3)
    )
    with pytest.raises(TransportError) as caught:
        start_thing(client, "svc")
    assert len(sleeps) == 2
    assert isinstance(caught.value.__cause__, ConnectionRefusedError)


# ---- the policy as data ----------------------------------------------------


#: urllib3's errors name a pool or connection; these never connect (the retry predicate
#: reads only the error's class).
UNUSED_POOL = HTTPConnectionPool("127.0.0.1")


def _new_connection_error() -> NewConnectionError:
    return NewConnectionError(HTTPConnection("127.0.0.1"), "refused")


@pytest.mark.parametrize(
    ("method", "error", "retried"),
    [
        ("GET", ProtocolError("reset"), True),
        ("PUT", ReadTimeoutError(UNUSED_POOL, "/", "slow"), False),
        ("PUT", ProtocolError("reset"), False),
        ("PUT", _new_connection_error(), True),
        ("DELETE", ProtocolError("reset"), True),
        ("POST", ProtocolError("reset"), False),
        ("POST", ReadTimeoutError(UNUSED_POOL, "/", "slow"), False),
        ("POST", _new_connection_error(), True),
        ("POST", ConnectTimeoutError("connect timed out"), True),
        ("GET", SSLError("certificate verify failed"), False),
        ("POST", SSLError("certificate verify failed"), False),
    ],
)
def test_retry_predicate_for_errors(method: str, error: Exception, retried: bool) -> None:
    assert RetryPolicy().should_retry(method, 1, error=error) is retried
    assert RetryPolicy(max_attempts=1).should_retry(method, 1, error=error) is False


def test_backoff_grows_exponentially_to_the_cap() -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=3.0, jitter=lambda low, high: high)
    assert [policy.delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    lowest = RetryPolicy(jitter=lambda low, high: low)
    assert lowest.delay(3) == 0


def test_jitter_spreads_delays() -> None:
    delays = {RetryPolicy(backoff=1.0).delay(4) for _ in range(50)}
    assert len(delays) > 40
    assert all(0 <= d <= 8 for d in delays)


def test_retry_after_wins_over_backoff_and_is_not_capped() -> None:
    policy = RetryPolicy(max_backoff=10.0, jitter=lambda low, high: high)
    assert policy.delay(1, "3") == 3.0
    assert policy.delay(1, "3600") == 3600.0  # the transport raises when it ends too late
    assert policy.delay(2, "soon") == 1.0  # unparseable: back to backoff


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(date, now=lambda: now) == 30
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=lambda: now) == 0
    assert parse_retry_after("0") == 0
    assert parse_retry_after(" 120 ") == 120
    assert parse_retry_after("-5") is None
    assert parse_retry_after("") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("not a date") is None


def test_a_retry_after_that_is_no_ascii_number_is_ignored() -> None:
    assert parse_retry_after("\u00b2") is None  # str.isdigit() is true for "²"
    assert parse_retry_after("7") == 7.0


def test_a_dropped_tls_connection_is_a_network_error_not_a_tls_failure() -> None:
    from servicemanagement.transport import is_retryable_error

    assert is_retryable_error("GET", ssl.SSLEOFError(8, "EOF occurred in violation of protocol"))
    assert not is_retryable_error("GET", ssl.SSLCertVerificationError(1, "bad certificate"))
