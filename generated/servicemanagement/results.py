"""Results that are not XML documents: raw responses and asynchronous operation handles."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from servicemanagement._dataclass import dataclass, field
from servicemanagement.errors import InvalidArgumentError

if TYPE_CHECKING:
    from servicemanagement._generated.models_operations import Operation


@dataclass(slots=True)
class HTTPResponse:
    """A raw response, as the legacy ``perform_*`` helpers returned it."""

    status: int
    message: str
    headers: list[tuple[str, str]]
    body: bytes
    #: True when an earlier attempt of this request may have been carried out (the
    #: connection broke after it was sent): the answer is to this re-sent copy.
    resent: bool = field(default=False, repr=False, compare=False)

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or None."""
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)


@dataclass(slots=True)
class HTTPRequest:
    """A request as ``with_filter`` filters see it, like the legacy ``HTTPRequest``:
    filters may change it (``request.headers.append(...)``) before passing it on."""

    method: str
    host: str
    path: str
    query: list[tuple[str, str]]
    headers: list[tuple[str, str]]
    body: bytes | None


@dataclass(frozen=True, slots=True)
class OperationProgress:
    """One poll of an asynchronous operation, as ``wait_for_operation_status(progress=)``
    reports it: the status just read and the seconds since the wait began."""

    request_id: str
    status: str | None
    elapsed: float


@dataclass(slots=True)
class AsynchronousOperationResult:
    """The handle of an accepted asynchronous operation (202 + ``x-ms-request-id``).

    ``completed`` marks an operation known to have succeeded whose request id is not
    (a DELETE whose connection broke and whose re-sent copy found the resource gone:
    see ``servicemanagement.outcomes``); ``status()`` and ``wait()`` then report
    ``Succeeded`` without asking the service.
    """

    request_id: str | None = None
    _client: Any = field(default=None, repr=False, compare=False, kw_only=True)
    completed: bool = field(default=False, kw_only=True)

    def status(self) -> Operation:
        """The operation's current status (``GET operations/{request_id}``)."""
        if self.completed:
            return _succeeded()
        return self._require_client().get_operation_status(self.request_id)

    def wait(
        self,
        timeout: float = 600,
        sleep_interval: float = 1,
        *,
        progress: Callable[[OperationProgress], None] | None = None,
    ) -> Operation:
        """Block until the operation succeeds; raise on failure or time-out.
        ``progress`` is called after every poll."""
        if self.completed:
            return _succeeded()
        result: Operation = self._require_client().wait_for_operation_status(
            self.request_id, timeout=timeout, sleep_interval=sleep_interval, progress=progress
        )
        return result

    def _require_client(self) -> Any:
        if self._client is None or self.request_id is None:
            raise InvalidArgumentError("this result is not bound to a client and a request id")
        return self._client


def _succeeded() -> Operation:
    from servicemanagement._generated.models_operations import Operation

    return Operation(status="Succeeded", http_status_code="200")
