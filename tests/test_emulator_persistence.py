"""State that survives restarts, atomic writes under kills, and concurrent writers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from emulator_support import FakeClock
from narrow import present
from servicemanagement import ServiceManagementService
from servicemanagement.emulator import Emulator
from servicemanagement.emulator.store import STATE_FILE, Store
from test_emulator_cli import cli


def test_state_survives_a_restart_with_operations_in_flight(tmp_path: Path) -> None:
    clock = FakeClock()
    state = tmp_path / "state"
    with Emulator(state, operation_delay=30, clock=clock) as first:
        sms = first.client()
        sms.create_affinity_group("mygroup", "my group", "West US")
        pending = sms.create_storage_account("mystorage", "d", "l", location="West US")
        request_id = present(pending.request_id)
        subscription = first.connection.subscription_id
        assert sms.get_operation_status(request_id).status == "InProgress"
    with Emulator(state, operation_delay=30, clock=clock) as second:
        assert second.connection.subscription_id == subscription
        sms = second.client()
        assert sms.get_affinity_group_properties("mygroup").label == "my group"
        assert sms.get_operation_status(request_id).status == "InProgress"
        clock.advance(30)
        assert sms.get_operation_status(request_id).status == "Succeeded"
        account = sms.get_storage_account_properties("mystorage")
        assert present(account.storage_service_properties).status == "Created"


def test_without_a_state_directory_nothing_is_kept(tmp_path: Path) -> None:
    with Emulator() as first:
        first.client().create_affinity_group("mygroup", "label", "West US")
        directory = Path(first.connection.certificate_path).parent
    assert not directory.exists()
    with Emulator() as second:
        assert len(second.client().list_affinity_groups()) == 0


def test_a_kill_during_a_write_leaves_the_previous_state(tmp_path: Path) -> None:
    # The child saves once, then dies (as if killed) after writing the new state to its
    # temporary file but before the atomic rename.
    child = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from servicemanagement.emulator.store import Store
        store = Store(Path({str(tmp_path)!r}))
        store.data["kept"] = "yes"
        store.save()
        store.data["kept"] = "no"
        os.replace = lambda *args: os._exit(9)
        store.save()
        """
    )
    result = subprocess.run([sys.executable, "-c", child], check=False, timeout=60)
    assert result.returncode == 9
    assert list(tmp_path.glob(f".{STATE_FILE}.*.tmp"))  # the interrupted write
    store = Store(tmp_path)
    assert store.data["kept"] == "yes"
    assert not list(tmp_path.glob(f".{STATE_FILE}.*.tmp"))


def test_sigkill_under_load_never_corrupts_the_state(tmp_path: Path) -> None:
    state = tmp_path / "state"
    acknowledged: list[str] = []
    with cli("--state-dir", str(state), "--operation-delay", "0") as (process, connection):
        sms = ServiceManagementService(
            connection["subscription_id"],
            connection["certificate_path"],
            host=connection["host"],
            ca_certs=connection["ca_certs"],
        )
        stop = threading.Event()

        def writer(prefix: str) -> None:
            index = 0
            while not stop.is_set():
                name = f"{prefix}{index}"
                try:
                    sms.create_affinity_group(name, name, "West US")
                except Exception:
                    return  # the server died under us
                acknowledged.append(name)
                index += 1

        threads = [threading.Thread(target=writer, args=(p,)) for p in "abcd"]
        for thread in threads:
            thread.start()
        while len(acknowledged) < 40:
            threading.Event().wait(0.01)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    data = json.loads((state / STATE_FILE).read_text())
    assert set(acknowledged) <= set(data["affinity_groups"])
    with cli("--state-dir", str(state)) as (process, connection):
        sms = ServiceManagementService(
            connection["subscription_id"],
            connection["certificate_path"],
            host=connection["host"],
            ca_certs=connection["ca_certs"],
        )
        names = {group.name for group in sms.list_affinity_groups()}
        assert set(acknowledged) <= names


def test_concurrent_writers_all_land(tmp_path: Path) -> None:
    with Emulator(tmp_path / "state") as emulator:
        sms = emulator.client()
        errors: list[BaseException] = []

        def create(prefix: str) -> None:
            try:
                for index in range(5):
                    sms.create_affinity_group(f"{prefix}{index}", "label", "West US")
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=create, args=(f"g{n}x",)) for n in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        assert len(sms.list_affinity_groups()) == 60
    assert len(Store(tmp_path / "state").data["affinity_groups"]) == 60
