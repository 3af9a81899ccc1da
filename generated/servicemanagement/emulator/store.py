"""The emulator's state: one JSON document, written atomically after every change.

A write goes to a temporary file in the same directory, is flushed and fsynced,
then renamed over the old file (``os.replace`` is atomic), and the directory is
fsynced. A kill at any moment leaves either the old or the new state, never a
mix. One re-entrant lock serializes every request that reads or changes state.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

#: 2: the engine keeps each collection in a table named by its path (``/services/disks``).
FORMAT = 2
STATE_FILE = "state.json"


class StateError(Exception):
    """The state file cannot be used (unreadable, or written by another format)."""


class Store:
    def __init__(self, directory: Path | None) -> None:
        self.path = directory / STATE_FILE if directory is not None else None
        self.lock = threading.RLock()
        self.data: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        if self.path is None:
            return {"format": FORMAT}
        for stale in self.path.parent.glob(f".{STATE_FILE}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a write that was killed mid-way
        if not self.path.exists():
            return {"format": FORMAT}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StateError(f"cannot read emulator state {self.path}: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise StateError(f"{self.path} is not emulator state of format {FORMAT}")
        return data

    def table(self, name: str) -> dict[str, Any]:
        """A named collection of records (created empty on first use)."""
        table = self.data.setdefault(name, {})
        assert isinstance(table, dict)
        return table

    def save(self) -> None:
        """Write the state atomically (a no-op without a state directory)."""
        if self.path is None:
            return
        with self.lock:
            payload = json.dumps(self.data, sort_keys=True, separators=(",", ":")).encode()
            temporary = self.path.with_name(
                f".{STATE_FILE}.{os.getpid()}.{threading.get_ident()}.tmp"
            )
            with open(temporary, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
            directory = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
