"""Fault injection, observed through the SDK's transport over real mutual TLS."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from emulator_support import NO_RETRIES, raw_request
from servicemanagement import AzureServerHttpError, RetryPolicy
from servicemanagement.emulator import Emulator, Fault
from servicemanagement.emulator.faults import FaultKind
from servicemanagement.errors import RequestTimeoutError, TransportError


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as running:
        yield running


#: Retries at once (the Retry-After of 0 the faults below announce is honoured).
FAST_RETRY = RetryPolicy(max_attempts=3, backoff=0.0)


def test_added_latency(emulator: Emulator) -> None:
    emulator.faults.add(Fault("latency", seconds=0.3))
    sms = emulator.client()
    started = time.monotonic()
    sms.list_locations()
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    sms.list_locations()  # the fault was used up
    assert time.monotonic() - started < 0.3


def test_latency_beyond_the_timeout_ends_the_call_on_time(emulator: Emulator) -> None:
    emulator.faults.add(Fault("latency", seconds=2.0))
    sms = emulator.client(timeout=0.5, retry=FAST_RETRY)
    with pytest.raises(RequestTimeoutError) as caught:
        sms.list_locations()
    assert isinstance(caught.value, TimeoutError)


def test_unavailable_answers_503_with_retry_after(emulator: Emulator) -> None:
    emulator.faults.add(Fault("unavailable", retry_after=7))
    answer = raw_request(emulator.connection, "GET", "/{sub}/locations")
    assert answer.status == 503
    assert answer.headers["retry-after"] == "7"
    assert answer.error()[0] == "ServerBusy"
    assert raw_request(emulator.connection, "GET", "/{sub}/locations").status == 200


def test_the_sdk_raises_on_503_without_retries_and_recovers_with_them(emulator: Emulator) -> None:
    emulator.faults.add(Fault("unavailable", times=2, retry_after=0))
    with pytest.raises(AzureServerHttpError) as caught:
        emulator.client(retry=NO_RETRIES).list_locations()
    assert caught.value.status_code == 503
    assert caught.value.headers["Retry-After"] == "0"
    # One 503 left: a retrying client gets through on its second attempt.
    assert len(emulator.client(retry=FAST_RETRY).list_locations()) == 18


@pytest.mark.parametrize("kind", ["reset", "truncate"])
def test_broken_connections_are_transport_errors_and_retried(
    emulator: Emulator, kind: FaultKind
) -> None:
    emulator.faults.add(Fault(kind))
    with pytest.raises(TransportError):
        emulator.client(retry=NO_RETRIES).list_locations()
    emulator.faults.add(Fault(kind))
    assert len(emulator.client(retry=FAST_RETRY).list_locations()) == 18


def test_a_fault_can_target_one_operation(emulator: Emulator) -> None:
    emulator.faults.add(Fault("unavailable", times=None, operation="get_operation_status"))
    sms = emulator.client(retry=NO_RETRIES)
    assert len(sms.list_locations()) == 18
    for _ in range(3):
        with pytest.raises(AzureServerHttpError):
            sms.get_operation_status("0" * 32)
    emulator.faults.clear()
    assert raw_request(emulator.connection, "GET", "/{sub}/operations/" + "0" * 32).status == 404


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reset", Fault("reset")),
        ("unavailable:3,retry_after=0", Fault("unavailable", times=3, retry_after=0)),
        ("latency:*,seconds=0.5", Fault("latency", times=None, seconds=0.5)),
        (
            "truncate:2,operation=list_locations",
            Fault("truncate", times=2, operation="list_locations"),
        ),
    ],
)
def test_fault_specs_parse(text: str, expected: Fault) -> None:
    assert Fault.parse(text) == expected


@pytest.mark.parametrize("text", ["explode", "reset:0", "latency,speed=3"])
def test_bad_fault_specs_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Fault.parse(text)
