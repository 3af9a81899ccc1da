"""Asynchronous operations: polling ``GET operations/{id}`` on a real HTTPS server that
serves an InProgress-then-Succeeded/Failed sequence of ``<Operation>`` documents."""

from __future__ import annotations

import logging
import time

import pytest
from fixturetypes import Pki
from servicemanagement import (
    AsynchronousOperationResult,
    AzureAsyncOperationHttpError,
    AzureException,
    Operation,
    OperationProgress,
    OperationTimeoutError,
)
from tlshelpers import (
    SUBSCRIPTION_ID,
    Handler,
    Seen,
    TestServer,
    client_for,
    operation_xml,
    serve,
    start_thing,
)

FAILED = ("Failed", 400, "InvalidXmlRequest", "The request body's XML was invalid.")


class Operations(Handler):
    """``POST .../things/{name}`` starts operation ``op-{name}``; its status requests walk
    through ``server.state["script"]``, the last entry repeating."""

    def respond(self, seen: Seen) -> None:
        if seen.method == "POST":
            name = seen.path.split("?")[0].rsplit("/", 1)[-1]
            self.reply(202, headers={"x-ms-request-id": f"op-{name}"})
            return
        request_id = seen.path.rsplit("/", 1)[-1]
        with self.server.lock:
            script = self.server.state["script"]
            step = script.pop(0) if len(script) > 1 else script[0]
        status, http_status, code, message = (*step, None, None, None)[:4]
        self.reply(200, operation_xml(request_id, status, http_status, code, message))


def polls(server: TestServer) -> int:
    return sum(seen.method == "GET" for seen in server.requests)


def test_wait_until_succeeded(test_pki: Pki) -> None:
    progress: list[float] = []
    success: list[float] = []
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",), ("InProgress",), ("Succeeded", 200)]
        result = client_for(server, test_pki).wait_for_operation_status(
            "op-1",
            sleep_interval=0.01,
            progress_callback=progress.append,
            success_callback=success.append,
        )
    assert isinstance(result, Operation)
    assert (result.id, result.status, result.http_status_code) == ("op-1", "Succeeded", "200")
    assert server.paths() == [f"GET /{SUBSCRIPTION_ID}/operations/op-1"] * 3
    # Legacy callback signature: the seconds elapsed since the wait began.
    assert len(progress) == 2 and progress == sorted(progress)
    assert len(success) == 1 and success[0] >= progress[-1] + 0.01


def test_failed_operation_raises_with_its_error(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",), FAILED]
        with pytest.raises(AzureAsyncOperationHttpError) as caught:
            client_for(server, test_pki).wait_for_operation_status("op-2", sleep_interval=0)
    error = caught.value
    assert (error.status_code, error.code) == (400, "InvalidXmlRequest")
    assert error.message == "The request body's XML was invalid."
    assert error.request_id == "op-2"
    assert error.result.status == "Failed"
    assert str(error) == (
        "400 InvalidXmlRequest: The request body's XML was invalid. (x-ms-request-id: op-2)"
    )
    assert polls(server) == 2


def test_a_failure_callback_that_returns_gets_the_last_status_back(test_pki: Pki) -> None:
    """As in the legacy package: only the default failure callback raises."""
    failures: list[tuple[float, AzureException]] = []
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",), FAILED, ("Failed",)]
        client = client_for(server, test_pki)
        result = client.wait_for_operation_status(
            "op-2",
            sleep_interval=0,
            failure_callback=lambda elapsed, error: failures.append((elapsed, error)),
        )
        assert result.status == "Failed"
        [(_, error)] = failures
        assert isinstance(error, AzureAsyncOperationHttpError)
        assert (error.code, error.result.status) == ("InvalidXmlRequest", "Failed")
        assert client.wait_for_operation_status("op-5", failure_callback=None).status == "Failed"


def test_failed_without_error_details(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("Failed",)]
        with pytest.raises(AzureAsyncOperationHttpError) as caught:
            client_for(server, test_pki).wait_for_operation_status("op-3", sleep_interval=0)
    assert caught.value.code is None
    assert caught.value.message == "operation op-3 Failed"


def test_time_out(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",)]
        started = time.monotonic()
        with pytest.raises(OperationTimeoutError) as caught:
            client_for(server, test_pki).wait_for_operation_status(
                "op-4", timeout=0.5, sleep_interval=0.1
            )
        elapsed = time.monotonic() - started
    assert 0.3 < elapsed < 2
    error = caught.value
    assert (error.request_id, error.last_status) == ("op-4", "InProgress")
    assert "op-4" in str(error) and "InProgress" in str(error)
    assert isinstance(error, TimeoutError)
    assert 2 <= polls(server) <= 6  # polled until the next sleep would overrun


def test_waiting_logs_and_never_prints(
    test_pki: Pki, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",), ("Succeeded", 200)]
        with caplog.at_level(logging.DEBUG, logger="servicemanagement"):
            client_for(server, test_pki).wait_for_operation_status("op-5", sleep_interval=0)
    messages = [r.getMessage() for r in caplog.records if r.name == "servicemanagement"]
    assert any("op-5" in m and "InProgress" in m for m in messages)
    assert any("op-5" in m and "Succeeded" in m for m in messages)
    assert capsys.readouterr() == ("", "")


def test_failure_is_logged_not_printed(
    test_pki: Pki, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve(test_pki, Operations) as server:
        server.state["script"] = [FAILED]
        with caplog.at_level(logging.INFO, logger="servicemanagement"):
            with pytest.raises(AzureAsyncOperationHttpError):
                client_for(server, test_pki).wait_for_operation_status("op-6", sleep_interval=0)
    assert any("InvalidXmlRequest" in r.getMessage() for r in caplog.records)
    assert capsys.readouterr() == ("", "")


def test_async_result_handle_status_and_wait(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",), ("InProgress",), ("Succeeded", 200)]
        client = client_for(server, test_pki)
        result = start_thing(client, "alpha")
        assert isinstance(result, AsynchronousOperationResult)
        assert result.request_id == "op-alpha"
        assert result.status().status == "InProgress"
        done = result.wait(timeout=5, sleep_interval=0)
    assert (done.id, done.status) == ("op-alpha", "Succeeded")
    assert server.paths()[0] == f"POST /{SUBSCRIPTION_ID}/things/alpha?comp=start"
    assert server.paths()[1:] == [f"GET /{SUBSCRIPTION_ID}/operations/op-alpha"] * 3


def test_async_result_wait_raises_on_failure(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server:
        server.state["script"] = [FAILED]
        result = start_thing(client_for(server, test_pki), "beta")
        with pytest.raises(AzureAsyncOperationHttpError, match="InvalidXmlRequest"):
            result.wait(sleep_interval=0)


def test_unbound_result_cannot_wait() -> None:
    with pytest.raises(ValueError, match="not bound"):
        AsynchronousOperationResult("some-id").wait()
    with pytest.raises(ValueError, match="not bound"):
        AsynchronousOperationResult().status()
    assert AsynchronousOperationResult("x") == AsynchronousOperationResult("x")


def test_progress_callback_sees_every_poll(test_pki: Pki) -> None:
    """``progress=`` gets the request id, the status just read and the elapsed time."""
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",), ("InProgress",), ("Succeeded", 200)]
        seen: list[OperationProgress] = []
        done = client_for(server, test_pki).wait_for_operation_status(
            "op-7", sleep_interval=0, progress=seen.append
        )
    assert isinstance(done, Operation)
    assert [(p.request_id, p.status) for p in seen] == [
        ("op-7", "InProgress"),
        ("op-7", "InProgress"),
        ("op-7", "Succeeded"),
    ]
    assert [p.elapsed for p in seen] == sorted(p.elapsed for p in seen)


def test_long_waits_are_logged_at_info(
    test_pki: Pki, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("servicemanagement.client.LONG_WAIT", 0.0)
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",), ("Succeeded", 200)]
        with caplog.at_level(logging.INFO, logger="servicemanagement"):
            client_for(server, test_pki).wait_for_operation_status("op-8", sleep_interval=0)
    progress = [r for r in caplog.records if "in progress" in r.getMessage()]
    assert [r.levelno for r in progress] == [logging.INFO]


def test_async_result_wait_reports_progress(test_pki: Pki) -> None:
    with serve(test_pki, Operations) as server:
        server.state["script"] = [("InProgress",), ("Succeeded", 200)]
        result = start_thing(client_for(server, test_pki), "gamma")
        seen: list[OperationProgress] = []
        result.wait(timeout=5, sleep_interval=0, progress=seen.append)
    assert [(p.request_id, p.status) for p in seen] == [
        ("op-gamma", "InProgress"),
        ("op-gamma", "Succeeded"),
    ]
