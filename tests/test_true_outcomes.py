"""The caller learns the true outcome of a call whose connection broke after the
emulator carried it out (its ``reset`` fault runs the handler, then drops the
connection): a DELETE is re-sent and its answer reconciled; a PUT or POST is never
sent twice and says that its outcome is unknown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from emulator_support import FakeClock
from servicemanagement import (
    AzureConflictHttpError,
    AzureMissingResourceHttpError,
    OutcomeUnknownError,
    RetryPolicy,
    ServiceManagementService,
)
from servicemanagement.emulator import Emulator, Fault

DELAY = 30.0


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """Asynchronous operations run DELAY seconds on a clock the tests move."""
    with Emulator(operation_delay=DELAY, clock=FakeClock()) as running:
        yield running


@pytest.fixture
def clock(emulator: Emulator) -> FakeClock:
    assert isinstance(emulator.clock, FakeClock)
    return emulator.clock


@pytest.fixture
def sms(emulator: Emulator) -> ServiceManagementService:
    """A client that retries at once, without sleeping."""
    return emulator.client(retry=RetryPolicy(backoff=0.0, sleep=lambda seconds: None))


def _storage_account(sms: ServiceManagementService, clock: FakeClock, name: str) -> None:
    sms.create_storage_account(name, "description", "label", location="West US")
    clock.advance(DELAY + 1)
    assert sms.get_storage_account_properties(name).storage_service_properties is not None


def test_a_reset_delete_that_is_still_running_returns_that_operation(
    emulator: Emulator, sms: ServiceManagementService, clock: FakeClock
) -> None:
    """Azure accepted the DELETE, the connection reset, the re-sent DELETE got 409
    "performing an operation with x-ms-requestid ...": the caller gets that operation,
    not a false conflict."""
    _storage_account(sms, clock, "resetdelete")
    emulator.faults.add(Fault("reset", operation="delete_storage_account"))
    result = sms.delete_storage_account("resetdelete")
    assert result.request_id is not None and not result.completed
    assert _runs(sms, "delete_storage_account") == 2  # the first, and the refused copy
    assert sms.get_operation_status(result.request_id).status == "InProgress"
    clock.advance(DELAY + 1)
    assert result.wait(sleep_interval=0).status == "Succeeded"
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_storage_account_properties("resetdelete")


def test_without_the_reset_a_second_delete_is_a_true_conflict(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    """The reconciliation is for re-sent copies only: a caller's own second DELETE
    while the first runs still gets the service's 409."""
    _storage_account(sms, clock, "twodeletes")
    sms.delete_storage_account("twodeletes")
    with pytest.raises(AzureConflictHttpError, match="x-ms-requestid"):
        sms.delete_storage_account("twodeletes")


def test_a_reset_delete_that_already_finished_is_done(
    emulator: Emulator, sms: ServiceManagementService, clock: FakeClock
) -> None:
    """The re-sent DELETE finds the resource gone (404): the first one did it."""
    _storage_account(sms, clock, "gonealready")
    emulator.operation_delay = 0
    emulator.faults.add(Fault("reset", operation="delete_storage_account"))
    result = sms.delete_storage_account("gonealready")
    assert result.completed and result.request_id is None
    assert result.status().status == "Succeeded"
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_storage_account_properties("gonealready")


def test_a_reset_synchronous_delete_is_done(
    emulator: Emulator, sms: ServiceManagementService
) -> None:
    sms.create_affinity_group("resetgroup", "label", "West US")
    emulator.faults.add(Fault("reset", operation="delete_affinity_group"))
    sms.delete_affinity_group("resetgroup")  # no error: the re-sent copy's 404 means done
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_affinity_group_properties("resetgroup")


def test_a_reset_put_is_not_run_twice(
    emulator: Emulator, sms: ServiceManagementService, clock: FakeClock
) -> None:
    """The PUT ran; sending it again could run it twice. The caller is told that the
    outcome is unknown, and reading the resource shows it."""
    _storage_account(sms, clock, "resetput")
    emulator.faults.add(Fault("reset", operation="update_storage_account"))
    with pytest.raises(OutcomeUnknownError, match="may have been carried out"):
        sms.update_storage_account("resetput", label="relabelled")
    properties = sms.get_storage_account_properties("resetput").storage_service_properties
    assert properties is not None and properties.label == "relabelled"
    assert _runs(sms, "update_storage_account") == 1


def _runs(sms: ServiceManagementService, operation: str) -> int:
    """How many requests for ``operation`` reached the emulator (its operation log)."""
    return sum(
        1 for entry in sms.iter_subscription_operations() if entry.operation_name == operation
    )


def test_a_reset_post_is_not_sent_twice(emulator: Emulator, sms: ServiceManagementService) -> None:
    """Re-sending a create would fail falsely (409: it exists); it is not re-sent."""
    emulator.faults.add(Fault("reset", operation="create_hosted_service"))
    with pytest.raises(OutcomeUnknownError):
        sms.create_hosted_service("resetpost", "label", location="West US")
    assert sms.get_hosted_service_properties("resetpost").service_name == "resetpost"
    assert _runs(sms, "create_hosted_service") == 1
