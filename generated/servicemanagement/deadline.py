"""One deadline per call, enforced on every socket read and write.

A socket timeout bounds each read: a server that sends one byte a second never
trips it. The transport's SSL context makes its sockets ``DeadlineSocket``s, which
wait at most until the calling thread's deadline (``within``), so a call ends on
time however slowly the headers or the body drip in.
"""

from __future__ import annotations

import socket
import ssl
import time
from contextvars import ContextVar
from typing import Any

_DEADLINE: ContextVar[float | None] = ContextVar("servicemanagement_deadline", default=None)


class DeadlineExceeded(socket.timeout):
    """The call's deadline passed during a socket operation (a ``TimeoutError``)."""


class within:  # lower case: used like a function, ``with within(deadline):``
    """Socket operations of this thread end by ``deadline`` (``time.monotonic()``).

    A class rather than a generator-based context manager: it is entered on every call.
    """

    __slots__ = ("_deadline", "_token")

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        self._token = _DEADLINE.set(self._deadline)

    def __exit__(self, *exc: object) -> None:
        _DEADLINE.reset(self._token)


def remaining() -> float | None:
    """Seconds left before this thread's deadline (None: no deadline)."""
    deadline = _DEADLINE.get()
    return None if deadline is None else deadline - time.monotonic()


class DeadlineSocket(ssl.SSLSocket):
    """An ``SSLSocket`` whose reads and writes wait no longer than the deadline."""

    _io_timeout: float | None = None

    def settimeout(self, value: float | None) -> None:
        self._io_timeout = value  # what the caller asked for each operation
        super().settimeout(value)

    def _arm(self) -> None:
        left = remaining()
        if left is None:
            return
        if left <= 0:
            raise DeadlineExceeded("the call's deadline passed")
        io = self._io_timeout
        super().settimeout(left if io is None else min(io, left))

    def recv(self, buflen: int = 1024, flags: int = 0) -> bytes:
        self._arm()
        return super().recv(buflen, flags)

    def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
        self._arm()
        return super().recv_into(buffer, nbytes, flags)

    def send(self, data: Any, flags: int = 0) -> int:
        self._arm()
        return super().send(data, flags)
