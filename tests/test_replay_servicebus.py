"""Replay: ServiceBusManagementService, driven as the legacy tests drove it.

create_namespace writes the current time into the Atom entry's <updated>, as the
legacy client did; the recordings hold the times of the recording runs, so these
replays pin the client's clock to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fixturetypes import Replay
from narrow import present
from servicemanagement import (
    AzureForbiddenHttpError,
    AzureMissingResourceHttpError,
    ServiceBusManagementService,
    ServiceBusNamespace,
)

EXISTING = "fakesbnamespace"


def _bus(replay: Replay, name: str) -> ServiceBusManagementService:
    return replay(f"mgmt_servicebus.{name}", ServiceBusManagementService)


def _pin_clock(
    monkeypatch: pytest.MonkeyPatch, sbms: ServiceBusManagementService, *times: datetime
) -> None:
    recorded: Iterator[datetime] = iter(times)
    monkeypatch.setattr(sbms, "_now", lambda: next(recorded))


def _at(
    year: int, month: int, day: int, hour: int, minute: int, second: int, microsecond: int
) -> datetime:
    return datetime(year, month, day, hour, minute, second, microsecond, tzinfo=UTC)


def _wait_for_namespace_active(sbms: ServiceBusManagementService, name: str) -> int:
    """Poll as the legacy test did; the number of polls it took."""
    polls = 1
    while present(sbms.get_namespace(name)).status != "Active":
        polls += 1
    return polls


def test_list_namespaces(replay: Replay) -> None:
    sbms = _bus(replay, "test_list_namespaces")
    namespaces = sbms.list_namespaces()
    assert all(isinstance(ns, ServiceBusNamespace) for ns in namespaces)
    assert namespaces[0].name == "python-worker-role-demo"
    assert namespaces[0].region == "West US"
    assert namespaces[0].enabled is True
    assert namespaces[0].created_at == "2014-05-30T16:57:56.607Z"
    assert EXISTING in [ns.name for ns in namespaces]
    assert {ns.region for ns in namespaces} >= {"West US", "North Europe"}


def test_get_namespace(replay: Replay) -> None:
    sbms = _bus(replay, "test_get_namespace")
    namespace = sbms.get_namespace(EXISTING)
    assert namespace is not None
    assert namespace.name == EXISTING
    assert namespace.region == "West US"
    assert namespace.status == "Active"
    assert namespace.servicebus_endpoint == "https://fakesbnamespace.servicebus.windows.net/"
    assert namespace.subscription_id == "daa135f20a854d87bda57e765966cd64"
    assert namespace.enabled is True
    assert namespace.critical is False
    assert namespace.namespace_type == "Messaging"
    assert namespace.resource_group == ""
    # This namespace was recorded without a default key or ACS endpoint.
    assert namespace.default_key == ""  # the legacy defaults
    assert namespace.acs_management_endpoint == ""


def test_get_namespace_with_non_existing_namespace(replay: Replay) -> None:
    sbms = _bus(replay, "test_get_namespace_with_non_existing_namespace")
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sbms.get_namespace("uts779e1e77")
    assert caught.value.message == "Request to a downlevel service failed."


@pytest.mark.parametrize(
    ("cassette", "name", "available", "reason"),
    [
        ("test_check_namespace_availability_available", "someunusedname", True, False),
        (
            "test_check_namespace_availability_not_available",
            "fakesbnamespace",
            False,
            "The specified service namespace is not available.",
        ),
    ],
)
def test_check_namespace_availability(
    replay: Replay, cassette: str, name: str, available: bool, reason: str | bool
) -> None:
    sbms = _bus(replay, cassette)
    availability = sbms.check_namespace_availability(name)
    assert availability is not None
    assert availability.result is available
    assert availability.reason == reason


def test_create_namespace(replay: Replay, monkeypatch: pytest.MonkeyPatch) -> None:
    sbms = _bus(replay, "test_create_namespace")
    _pin_clock(monkeypatch, sbms, _at(2015, 7, 1, 0, 3, 21, 663340))
    created = sbms.create_namespace("utsf8e71410", "West US")  # type: ignore[func-returns-value]
    assert created is None  # as the legacy method returned
    assert _wait_for_namespace_active(sbms, "utsf8e71410") == 5
    active = present(sbms.get_namespace("utsf8e71410"))
    assert present(active.connection_string).startswith(
        "Endpoint=sb://utsf8e71410.servicebus.windows.net/"
    )


def test_create_namespace_with_existing_namespace(
    replay: Replay, monkeypatch: pytest.MonkeyPatch
) -> None:
    sbms = _bus(replay, "test_create_namespace_with_existing_namespace")
    _pin_clock(
        monkeypatch,
        sbms,
        _at(2015, 7, 1, 0, 2, 22, 940331),
        _at(2015, 7, 1, 0, 2, 40, 503291),
    )
    sbms.create_namespace("uts57c71e01", "West US")
    _wait_for_namespace_active(sbms, "uts57c71e01")
    with pytest.raises(AzureForbiddenHttpError) as caught:
        sbms.create_namespace("uts57c71e01", "West US")
    assert caught.value.status_code == 403


def test_delete_namespace(replay: Replay, monkeypatch: pytest.MonkeyPatch) -> None:
    sbms = _bus(replay, "test_delete_namespace")
    _pin_clock(monkeypatch, sbms, _at(2015, 7, 1, 0, 21, 39, 882960))
    sbms.create_namespace("utsf8ca140f", "West US")
    _wait_for_namespace_active(sbms, "utsf8ca140f")
    deleted = sbms.delete_namespace("utsf8ca140f")  # type: ignore[func-returns-value]
    assert deleted is None
    removing = sbms.get_namespace("utsf8ca140f")
    assert removing is not None
    assert removing.status == "Removing"
    assert removing.enabled is False


def test_delete_namespace_with_non_existing_namespace(replay: Replay) -> None:
    sbms = _bus(replay, "test_delete_namespace_with_non_existing_namespace")
    with pytest.raises(AzureMissingResourceHttpError):
        sbms.delete_namespace("utsd3ea1faa")


@pytest.mark.parametrize("kind", ["queues", "topics", "notification_hubs", "relays"])
def test_list_entities(replay: Replay, kind: str) -> None:
    # The recorded namespace held none of these: each answer is an empty feed.
    sbms = _bus(replay, f"test_list_{kind}")
    assert getattr(sbms, f"list_{kind}")(EXISTING) == []
