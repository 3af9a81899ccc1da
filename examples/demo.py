"""``make demo``: start the emulator, run the guide's walkthrough against it, then a few
commands of the command line (``asm``), and stop it.

``python examples/demo.py [WALKTHROUGH]`` runs another script in place of the walkthrough.
The emulator runs as its own process (``python -m servicemanagement.emulator``) with a
fresh state directory; the walkthrough reads the ``connection.json`` it writes. The
emulator is stopped, and the directory removed, however the walkthrough ends; the exit
status is the walkthrough's.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Long enough to watch an operation go from InProgress to Succeeded, short for a demo.
OPERATION_DELAY = "0.5"


def start_emulator(state: Path, log: Path) -> subprocess.Popen[str]:
    with log.open("w") as errors:
        emulator = subprocess.Popen(
            [
                sys.executable, "-m", "servicemanagement.emulator",
                "--state-dir", str(state), "--operation-delay", OPERATION_DELAY,
            ],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )  # fmt: skip
    assert emulator.stdout is not None
    printed = ""
    while not printed.rstrip().endswith("}"):
        line = emulator.stdout.readline()
        if not line:
            emulator.wait()
            raise RuntimeError(f"the emulator did not start:\n{log.read_text()}")
        printed += line
    connection = json.loads(printed)
    print(f"Emulator listening on https://{connection['host']}")
    print(f"  subscription {connection['subscription_id']}")
    print(f"  management certificate {connection['certificate_path']}")
    return emulator


def stop_emulator(emulator: subprocess.Popen[str]) -> None:
    if emulator.poll() is None:
        emulator.terminate()
        try:
            emulator.wait(timeout=10)
        except subprocess.TimeoutExpired:
            emulator.kill()
            emulator.wait()
    print(f"Emulator stopped (exit status {emulator.returncode}).")


#: The command line tour: the arguments after ``asm --profile connection.json``, and the
#: exit status each should end with (the last one fails on purpose: 1, a service error).
CLI_TOUR: tuple[tuple[tuple[str, ...], int], ...] = (
    (("list-locations", "--output", "table"), 0),
    (("create-storage-account", "--service-name", "clidemo", "--description", "From the CLI",
      "--label", "clidemo", "--location", "West US", "--wait"), 0),
    (("get-storage-account-properties", "--service-name", "clidemo", "--output", "table"), 0),
    (("delete-storage-account", "--service-name", "clidemo", "--wait", "--output", "table"), 0),
    (("get-storage-account-properties", "--service-name", "clidemo"), 1),
)  # fmt: skip


def cli_tour(connection: Path) -> int:
    """Run the tour's commands, showing each; 0 if each ended as expected."""
    print("\nThe same from the command line (asm = python -m servicemanagement):")
    for args, expected in CLI_TOUR:
        print(f"$ asm {' '.join(a if ' ' not in a else repr(a) for a in args)}", flush=True)
        command = [sys.executable, "-m", "servicemanagement", "--profile", str(connection)]
        status = subprocess.run([*command, *args], check=False).returncode
        if status != expected:
            print(f"The command ended with exit status {status}, not {expected}.")
            return status or 1
        if status:
            print(f"(exit status {status}, as expected)")
    return 0


def main(walkthrough_script: Path = HERE / "walkthrough.py") -> int:
    state = Path(tempfile.mkdtemp(prefix="servicemanagement-demo-"))
    log = state / "emulator.log"
    emulator = None
    try:
        emulator = start_emulator(state, log)
        walkthrough = subprocess.run(
            [sys.executable, str(walkthrough_script), str(state / "connection.json")],
            check=False,
        )
        status = walkthrough.returncode or cli_tour(state / "connection.json")
        if walkthrough.returncode != 0:
            print(f"The walkthrough failed (exit status {walkthrough.returncode}).")
        if status != 0:
            print(log.read_text(), end="")
        return status
    finally:
        if emulator is not None:
            stop_emulator(emulator)
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(*(Path(a) for a in sys.argv[1:2])))
