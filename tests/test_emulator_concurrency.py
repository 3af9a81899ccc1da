"""One client shared by many threads, and racing writers, against the emulator."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from servicemanagement import AzureConflictHttpError
from servicemanagement.emulator import Emulator

THREADS = 16


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator() as running:
        yield running


def test_sixteen_threads_share_one_client_without_errors_or_pool_warnings(
    emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    sms = emulator.client()
    expected = len(sms.list_locations())

    def work(_: int) -> int:
        return sum(len(sms.list_locations()) == expected for _ in range(125))

    with ThreadPoolExecutor(THREADS) as pool:
        assert sum(pool.map(work, range(THREADS))) == THREADS * 125
    assert not [r for r in caplog.records if "pool is full" in r.getMessage()]


def test_racing_creates_of_one_name_let_exactly_one_win(emulator: Emulator) -> None:
    sms = emulator.client()

    def create(_: int) -> bool:
        try:
            sms.create_affinity_group("racedgroup", "label", "West US")
        except AzureConflictHttpError:
            return False
        return True

    with ThreadPoolExecutor(THREADS) as pool:
        assert sum(pool.map(create, range(THREADS))) == 1
    assert [g.name for g in sms.list_affinity_groups()].count("racedgroup") == 1
    sms.delete_affinity_group("racedgroup")


def test_parallel_creates_and_deletes_leave_consistent_state(emulator: Emulator) -> None:
    sms = emulator.client()

    def churn(index: int) -> None:
        name = f"churn{index}"
        for _ in range(5):
            sms.create_hosted_service(name, "label", location="West US")
            sms.delete_hosted_service(name)
        sms.create_hosted_service(name, "label", location="West US")

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(churn, range(8)))
    names = sorted(s.service_name or "" for s in sms.list_hosted_services())
    assert [n for n in names if n.startswith("churn")] == sorted(f"churn{i}" for i in range(8))
