"""``make demo``: start the emulator, run the guide's walkthrough against it, stop it.

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
        if walkthrough.returncode != 0:
            print(f"The walkthrough failed (exit status {walkthrough.returncode}).")
            print(log.read_text(), end="")
        return walkthrough.returncode
    finally:
        if emulator is not None:
            stop_emulator(emulator)
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(*(Path(a) for a in sys.argv[1:2])))
