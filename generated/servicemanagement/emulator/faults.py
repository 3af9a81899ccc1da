"""Fault injection for reliability tests: latency, 503 + Retry-After, resets, truncation.

``reset`` and ``truncate`` apply after the handler ran: the request was carried out and
the caller never hears so, as when a connection breaks after Azure accepted a call.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from typing import Literal

FaultKind = Literal["latency", "unavailable", "reset", "truncate"]
KINDS: tuple[FaultKind, ...] = ("latency", "unavailable", "reset", "truncate")


@dataclass(frozen=True, slots=True)
class Fault:
    """One fault rule.

    ``times`` is how many matching requests it hits (``None``: every one);
    ``operation`` limits it to one spec operation name (``None``: any request).
    ``seconds`` is the added latency; ``retry_after`` the 503's Retry-After.
    """

    kind: FaultKind
    times: int | None = 1
    operation: str | None = None
    seconds: float = 0.0
    retry_after: int = 1

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(KINDS)}")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")

    @classmethod
    def parse(cls, text: str) -> Fault:
        """``KIND[:TIMES][,seconds=S][,retry_after=N][,operation=NAME]``; TIMES may be ``*``.

        e.g. ``unavailable:2,retry_after=0`` or ``latency:*,seconds=0.2``.
        """
        head, *options = text.split(",")
        kind, _, times = head.partition(":")
        fault = cls(kind.strip(), None if times.strip() == "*" else int(times or 1))  # type: ignore[arg-type]
        for option in options:
            key, _, value = option.partition("=")
            key = key.strip()
            if key == "seconds":
                fault = replace(fault, seconds=float(value))
            elif key == "retry_after":
                fault = replace(fault, retry_after=int(value))
            elif key == "operation":
                fault = replace(fault, operation=value.strip())
            else:
                raise ValueError(f"unknown fault option {key!r} in {text!r}")
        return fault


@dataclass(slots=True)
class _Rule:
    fault: Fault
    left: int | None


class FaultPlan:
    """The active fault rules; each request takes the faults that match it (thread-safe)."""

    def __init__(self, faults: tuple[Fault, ...] | list[Fault] = ()) -> None:
        self._lock = threading.Lock()
        self._rules: list[_Rule] = [_Rule(f, f.times) for f in faults]

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._rules.append(_Rule(fault, fault.times))

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, operation: str | None) -> list[Fault]:
        """The faults that apply to one request, consuming one use of each."""
        taken: list[Fault] = []
        with self._lock:
            for rule in self._rules:
                if rule.fault.operation not in (None, operation):
                    continue
                taken.append(rule.fault)
                if rule.left is not None:
                    rule.left -= 1
            self._rules = [r for r in self._rules if r.left is None or r.left > 0]
        return taken
