"""The client against servers that misbehave on purpose: slow drips, huge or compressed
bodies it never asked for, megabyte error messages, long Retry-After answers, and
authentication refusals that no retry can fix."""

from __future__ import annotations

import datetime
import gzip
import pickle
import time
from pathlib import Path

import pytest
from fixturetypes import Pki
from servicemanagement import (
    AzureBadRequestHttpError,
    AzureForbiddenHttpError,
    Operation,
    RequestTimeoutError,
    ResponseTooLargeError,
    RetryAfterError,
    RetryPolicy,
    TransportError,
)
from servicemanagement.emulator import pki
from tlshelpers import Handler, Seen, client_for, error_xml, operation_xml, serve, start_thing

#: A drip longer than any test: a call that waited for all of it would never end.
DRIP = b"HTTP/1.1 200 OK\r\nX-Drip: " + b"a" * 600


class DripHeaders(Handler):
    """Sends the status line and headers one byte every 0.1 s."""

    def respond(self, seen: Seen) -> None:
        for byte in DRIP:
            if self.server.release.wait(0.1):
                return
            self.wfile.write(bytes([byte]))


class DripBody(Handler):
    """Sends the headers at once, then the body one byte every 0.1 s."""

    def respond(self, seen: Seen) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 600\r\n\r\n")
        for _ in range(600):
            if self.server.release.wait(0.1):
                return
            self.wfile.write(b" ")


@pytest.mark.parametrize("handler", [DripHeaders, DripBody])
def test_a_dripping_server_cannot_hold_a_call_past_its_timeout(
    test_pki: Pki, handler: type[Handler]
) -> None:
    with serve(test_pki, handler) as server:
        client = client_for(server, test_pki, timeout=1)
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError) as caught:
            client.get_operation_status("x")
        waited = time.monotonic() - started
    assert isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value, TransportError)
    assert type(pickle.loads(pickle.dumps(caught.value))) is RequestTimeoutError
    assert waited < 10  # the drip alone lasts 60 s
    assert len(server.requests) == 1


def test_retries_share_the_call_timeout(test_pki: Pki) -> None:
    """Each attempt is cut short by what is left of the call's timeout, and no retry
    starts after it: the whole call ends on time."""
    sleeps: list[float] = []
    with serve(test_pki, DripBody) as server:
        retrying = RetryPolicy(max_attempts=10, backoff=0.0, sleep=sleeps.append)
        client = client_for(server, test_pki, timeout=1, retry=retrying)
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError):
            client.get_operation_status("x")
        waited = time.monotonic() - started
    assert waited < 10
    assert len(server.requests) == 1  # the first attempt used the whole budget


def test_a_timed_out_post_says_it_may_have_run(test_pki: Pki) -> None:
    with serve(test_pki, DripHeaders) as server:
        client = client_for(server, test_pki, timeout=1, retry=RetryPolicy(sleep=lambda s: None))
        with pytest.raises(RequestTimeoutError, match="may have been carried out"):
            start_thing(client, "svc")
    assert len(server.requests) == 1


# ---- bounded bodies --------------------------------------------------------


class Sized(Handler):
    """A 200 whose body is ``state["size"]`` bytes, declared or chunked (with a lying
    ``Content-Length`` too when ``state["declared"]``)."""

    def respond(self, seen: Seen) -> None:
        size = int(self.server.state["size"])
        if self.server.state.get("chunked"):
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            if self.server.state.get("declared"):
                self.send_header("Content-Length", str(self.server.state["declared"]))
            self.end_headers()
            for _ in range(size // 1000):
                self.wfile.write(b"3e8\r\n" + b"a" * 1000 + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.reply(200, b"a" * size)


@pytest.mark.parametrize(
    ("chunked", "declared"),
    [(False, None), (True, None), (True, 10)],
    ids=["length", "chunked", "both"],
)
def test_a_body_above_max_body_size_is_a_typed_error(
    test_pki: Pki, chunked: bool, declared: int | None
) -> None:
    with serve(test_pki, Sized) as server:
        server.state.update(size=50_000, chunked=chunked, declared=declared)
        client = client_for(server, test_pki, max_body_size=10_000)
        with pytest.raises(ResponseTooLargeError) as caught:
            client.get_operation_status("x")
        assert caught.value.limit == 10_000
        assert pickle.loads(pickle.dumps(caught.value)).limit == 10_000
        # Below the limit, the same client reads bodies as usual (a fresh connection).
        server.state.update(size=0, chunked=False)
        assert client.perform_get(f"/{client.subscription_id}/operations/x").status == 200


class OddLength(Handler):
    """A body whose ``Content-Length`` is digits, but not ASCII ones; then it closes."""

    def respond(self, seen: Seen) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "\u00b2")  # a superscript two
        self.end_headers()
        self.wfile.write(operation_xml("x", "Succeeded", 200))
        self.close_connection = True


def test_a_content_length_in_other_digits_is_no_length(test_pki: Pki) -> None:
    with serve(test_pki, OddLength) as server:
        assert client_for(server, test_pki).get_operation_status("x").id == "x"


class GzipBomb(Handler):
    """A gzip body the client never asked for: 200 KB that would inflate to 200 MB."""

    def respond(self, seen: Seen) -> None:
        self.server.state["accept_encoding"] = seen.headers.get("Accept-Encoding")
        body = gzip.compress(b"<" * 200_000_000, compresslevel=9)
        self.reply(200, body, {"Content-Encoding": "gzip"})


def test_an_encoding_the_client_did_not_ask_for_is_refused_not_inflated(test_pki: Pki) -> None:
    with serve(test_pki, GzipBomb) as server:
        with pytest.raises(TransportError, match="gzip-encoded, which the client did not ask"):
            client_for(server, test_pki).get_operation_status("x")
    assert server.state["accept_encoding"] == "identity"


class HugeErrorMessage(Handler):
    def respond(self, seen: Seen) -> None:
        self.reply(400, error_xml("BadRequest", "x" * 2_000_000))


def test_a_huge_error_message_is_capped_in_the_exception(test_pki: Pki) -> None:
    with serve(test_pki, HugeErrorMessage) as server:
        with pytest.raises(AzureBadRequestHttpError) as caught:
            client_for(server, test_pki).get_operation_status("x")
    assert len(str(caught.value)) < 3_000
    assert caught.value.message.startswith("xxx") and caught.value.message.endswith("...")
    assert len(caught.value.body) > 2_000_000  # the whole answer stays available


# ---- Retry-After -----------------------------------------------------------


class BusyOnce(Handler):
    """503 with ``Retry-After: state["retry_after"]``, then success."""

    def respond(self, seen: Seen) -> None:
        if len(self.server.requests) == 1:
            retry_after = str(self.server.state["retry_after"])
            body = error_xml("ServerBusy", "The server is busy.")
            self.reply(503, body, {"Retry-After": retry_after, "x-ms-request-id": "busy-1"})
        else:
            self.reply(200, operation_xml("op-1", "Succeeded", 200))


def test_a_retry_after_above_the_backoff_cap_is_honoured(test_pki: Pki) -> None:
    sleeps: list[float] = []
    with serve(test_pki, BusyOnce) as server:
        server.state["retry_after"] = 45
        client = client_for(server, test_pki, retry=RetryPolicy(sleep=sleeps.append))
        assert isinstance(client.get_operation_status("op-1"), Operation)
    assert RetryPolicy().max_backoff < 45
    assert sleeps == [45.0]


def test_a_retry_after_beyond_the_timeout_says_when_to_retry(test_pki: Pki) -> None:
    sleeps: list[float] = []
    with serve(test_pki, BusyOnce) as server:
        server.state["retry_after"] = 3600
        client = client_for(server, test_pki, timeout=20, retry=RetryPolicy(sleep=sleeps.append))
        before = datetime.datetime.now(datetime.UTC)
        with pytest.raises(RetryAfterError) as caught:
            client.get_operation_status("op-1")
    error = caught.value
    assert (error.status_code, error.code, error.request_id) == (503, "ServerBusy", "busy-1")
    assert error.retry_after == 3600
    assert datetime.timedelta(seconds=3590) < error.retry_at - before < datetime.timedelta(hours=2)
    assert "retry after 3600s" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.retry_at, str(copy)) == (RetryAfterError, error.retry_at, str(error))
    assert sleeps == [] and len(server.requests) == 1


# ---- authentication refusals are final -------------------------------------


class Forbidden(Handler):
    def respond(self, seen: Seen) -> None:
        self.reply(403, error_xml("ForbiddenError", "The server failed to authenticate."))


def test_a_403_is_not_retried(test_pki: Pki) -> None:
    sleeps: list[float] = []
    with serve(test_pki, Forbidden) as server:
        client = client_for(server, test_pki, retry=RetryPolicy(sleep=sleeps.append))
        with pytest.raises(AzureForbiddenHttpError):
            client.get_operation_status("x")
    assert len(server.requests) == 1 and sleeps == []


def test_a_tls_authentication_alert_is_not_retried(test_pki: Pki, tmp_path: Path) -> None:
    """The test server takes only certificates of its CA: another one ends the handshake
    with an alert, which no retry can change."""
    stranger = pki.write_pem(tmp_path / "stranger.pem", pki.new_client(pki.new_ca("other CA")))
    sleeps: list[float] = []
    with serve(test_pki, Forbidden) as server:
        client = client_for(
            server, test_pki, cert_file=str(stranger), retry=RetryPolicy(sleep=sleeps.append)
        )
        with pytest.raises(TransportError) as caught:
            client.get_operation_status("x")
    assert "ALERT_UNKNOWN_CA" in str(caught.value.__cause__)
    assert sleeps == [] and server.requests == []
