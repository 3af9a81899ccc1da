"""The guide's walkthrough (examples/walkthrough.py) against the emulator, and the
``make demo`` driver (examples/demo.py)."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

from servicemanagement.emulator import Emulator

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_the_guides_walkthrough_runs_to_the_end(tmp_path: Path) -> None:
    with Emulator(tmp_path / "state", operation_delay=0) as emulator:
        result = subprocess.run(
            [
                sys.executable,
                str(EXAMPLES / "walkthrough.py"),
                str(tmp_path / "state" / "connection.json"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        output = result.stdout
        assert "West US\n" in output
        assert "Service name: myhostedservice\nManagement URL: https://" in output
        assert "Service name: mystorageaccount\nLocation: West US" in output
        assert "Name: mycentos\nLabel: mycentos\nOS: Linux\nCategory: User" in output
        assert "Media link: \n" in output  # platform images have no VHD of the subscription
        assert "VM image: myvmimage (User)" in output
        assert "Role instance: myvm (ReadyRole, Started)" in output
        assert output.rstrip().endswith("The guide's walkthrough ran to the end.")
        # The walkthrough cleans up after itself.
        sms = emulator.client()
        assert len(sms.list_hosted_services()) == len(sms.list_disks()) == 0
        assert [i.category for i in sms.list_vm_images()] == ["Public"] * 4


def run_demo(walkthrough: Path, code: str) -> subprocess.CompletedProcess[str]:
    """``make demo`` with ``code`` in place of the guide's walkthrough."""
    walkthrough.write_text(code)
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "demo.py"), str(walkthrough)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_demo_stops_the_emulator_even_when_the_walkthrough_fails(tmp_path: Path) -> None:
    result = run_demo(tmp_path / "failing.py", "raise SystemExit(3)\n")
    assert result.returncode == 3
    assert "The walkthrough failed (exit status 3)." in result.stdout
    assert "Emulator stopped" in result.stdout
    address = re.search(r"Emulator listening on https://([\d.]+):(\d+)", result.stdout)
    assert address is not None
    with socket.socket() as probe:
        assert probe.connect_ex((address.group(1), int(address.group(2)))) != 0


def test_the_demo_ends_with_the_command_line_tour(tmp_path: Path) -> None:
    result = run_demo(tmp_path / "passing.py", "")
    assert result.returncode == 0, result.stdout + result.stderr
    shown = [line for line in result.stdout.splitlines() if line.startswith("$ asm ")]
    assert shown and shown[0].startswith("$ asm list-locations")
    assert re.search(r"\nstorage_service_properties\.description +From the CLI\n", result.stdout)
    assert "ResourceNotFound" in result.stderr
    assert "(exit status 1, as expected)" in result.stdout
