"""``python -m servicemanagement.emulator`` as a real process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from emulator_support import raw_request
from servicemanagement import ServiceManagementService
from servicemanagement.emulator import Connection


@contextmanager
def cli(*args: str) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    """Run the emulator; yield the process and the connection JSON it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "servicemanagement.emulator", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while not lines or lines[-1] != "}\n":
            line = process.stdout.readline()
            assert line, f"the emulator exited: {process.communicate()[1]}"
            lines.append(line)
        yield process, json.loads("".join(lines))
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def test_the_cli_prints_the_connection_serves_and_stops_on_sigterm(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with cli("--state-dir", str(state), "--operation-delay", "0") as (process, printed):
        assert Connection.load(state / "connection.json") == Connection(**printed)
        sms = ServiceManagementService(
            printed["subscription_id"],
            printed["certificate_path"],
            host=printed["host"],
            ca_certs=printed["ca_certs"],
        )
        assert len(sms.list_locations()) == 18
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def test_the_cli_keeps_its_identity_across_restarts(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with cli("--state-dir", str(state)) as (process, first):
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    with cli("--state-dir", str(state)) as (process, second):
        assert second["subscription_id"] == first["subscription_id"]
        assert second["certificate_path"] == first["certificate_path"]
        sms = ServiceManagementService(
            second["subscription_id"],
            second["certificate_path"],
            host=second["host"],
            ca_certs=second["ca_certs"],
        )
        assert len(sms.list_locations()) == 18


def test_the_cli_refuses_a_non_loopback_address() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "servicemanagement.emulator", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "loopback" in result.stderr


def test_the_cli_injects_faults(tmp_path: Path) -> None:
    arguments = ("--state-dir", str(tmp_path), "--fault", "unavailable:1,retry_after=0")
    with cli(*arguments) as (_, printed):
        connection = Connection(**printed)
        first = raw_request(connection, "GET", "/{sub}/locations")
        assert (first.status, first.headers["retry-after"]) == (503, "0")
        assert raw_request(connection, "GET", "/{sub}/locations").status == 200
