"""The exceptions this package raises: one small static hierarchy.

Legacy code catches ``azure.common``'s ``AzureHttpError``,
``AzureMissingResourceHttpError`` and ``AzureConflictHttpError``: the classes here of
those names derive from them, so those ``except`` clauses keep working, and the finer
classes (400, 401/403, 5xx, a failed asynchronous operation) sit below.
``AzureHttpError(message, 404)`` still creates the most specific class, as
``azure.common``'s did.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import azure.common as common

#: How much of a body that is not an ``<Error>`` document goes into the message.
_RAW_BODY_CHARS = 500
#: How much of an ``<Error>`` message goes into the exception (a hostile server may
#: send megabytes; the whole body stays on ``.body``).
MAX_MESSAGE_CHARS = 2000


class AzureException(common.AzureException):
    """Base of every error raised by this package (an ``azure.common.AzureException``)."""


class XmlError(AzureException, ValueError):
    """A document could not be turned into a model (malformed, unexpected root, bad value)."""


class UnsafeXmlError(XmlError):
    """A document used a DTD, an entity or an external reference; nothing of it was read."""


class TransportError(AzureException):
    """The request did not complete at the network level.

    ``__cause__`` is the underlying standard-library error: ``ssl.SSLError`` for
    TLS failures, ``TimeoutError``, ``ConnectionError``, ``http.client.IncompleteRead``...
    """


class RequestTimeoutError(TransportError, TimeoutError):
    """A call did not complete within its ``timeout``: the whole call (connecting,
    sending, the headers and body however slowly they arrive, and the waits between
    retries), not each socket read."""


class ResponseTooLargeError(TransportError):
    """A response body was larger than the client's ``max_body_size``; ``limit`` is it."""

    limit: int


class OutcomeUnknownError(TransportError):
    """The connection broke after a request that changes something was sent: it may or
    may not have been carried out, so it was not sent again. Read the resource (or
    ``list_subscription_operations``) to learn what happened."""


class CertificateError(AzureException, ValueError):
    """A client certificate or credential could not be loaded."""


class AzureHttpError(AzureException, common.AzureHttpError):
    """The service answered with an unexpected HTTP status (an ``azure.common.AzureHttpError``).

    ``code`` and ``message`` come from the service's ``<Error>`` document when it sent
    one; ``request_id`` is its ``x-ms-request-id`` header.
    """

    def __new__(cls, message: str, status_code: int, *args: Any, **kwargs: Any) -> AzureHttpError:
        if cls is AzureHttpError and isinstance(status_code, int):
            cls = http_error_class(status_code)
        # Not azure.common's __new__: it would pick its own classes for 404 and 409.
        return Exception.__new__(cls, message)

    def __init__(
        self,
        message: str,
        status_code: int,
        *,
        code: str | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(message, status_code)  # azure.common's sets status_code
        self.message = message
        self.code = code
        self.request_id = request_id
        self.headers = dict(headers or {})
        self.body = body

    def __reduce__(self) -> tuple[Any, ...]:
        # The default (type, args) would call __init__ without status_code: pickling,
        # and so multiprocessing, would fail.
        return (_rebuild, (type(self), self.__dict__))

    def __str__(self) -> str:
        text = f"{self.status_code} {self.code}" if self.code else f"{self.status_code}"
        text += f": {self.message}"
        if self.request_id:
            text += f" (x-ms-request-id: {self.request_id})"
        return text


def _rebuild(cls: type[Exception], state: dict[str, Any]) -> Exception:
    # Bypass the subclasses' signatures: build through the built-in base (Exception,
    # or OSError for the TimeoutError subclass), then restore the attributes.
    builtin = next(base for base in cls.__mro__ if base.__module__ == "builtins")
    error: Exception = builtin.__new__(cls)  # type: ignore[call-overload]
    error.args = (state.get("message", ""),)
    error.__dict__.update(state)
    return error


class AzureBadRequestHttpError(AzureHttpError):
    """400: the request was malformed or invalid."""


class AzureForbiddenHttpError(AzureHttpError):
    """401/403: the credential was missing, unknown or not allowed."""


class _RefusedArgument(AzureBadRequestHttpError):
    """An argument was refused before anything was sent: a 400 ``AzureHttpError``
    (what legacy code caught when Azure refused the argument)."""

    def __new__(cls, message: str, *args: Any, **kwargs: Any) -> _RefusedArgument:
        return Exception.__new__(cls, message)

    def __init__(self, message: str) -> None:
        super().__init__(message, 400)

    def __str__(self) -> str:
        return self.message  # the legacy ValueError's text, word for word


class InvalidArgumentError(_RefusedArgument, ValueError):
    """An argument broke the API's documented rules (range, choices, pattern, shape);
    nothing was sent. Every such check raises this class.

    A ``ValueError`` (what the legacy package raised for the checks it made itself) and
    an ``AzureHttpError`` with status 400.
    """


class ArgumentTypeError(_RefusedArgument, TypeError):
    """An argument had a type the spec does not allow (bytes, a dict or a list where
    text belongs...); nothing was sent. A ``TypeError`` and a 400 ``AzureHttpError``."""


class AzureMissingResourceHttpError(AzureHttpError, common.AzureMissingResourceHttpError):
    """404: the resource does not exist."""


class AzureConflictHttpError(AzureHttpError, common.AzureConflictHttpError):
    """409: the resource exists already or is busy."""


class AzureServerHttpError(AzureHttpError):
    """5xx: the service failed or is unavailable."""


class AzureAsyncOperationHttpError(AzureHttpError):
    """An asynchronous operation finished with status ``Failed``.

    ``result`` is the last ``Operation`` read (the legacy attribute); ``code`` and
    ``message`` are its ``<Error>``; ``status_code`` its ``HttpStatusCode``.
    """

    def __init__(
        self,
        message: str,
        status_code: int,
        result: Any,
        *,
        code: str | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(
            message, status_code, code=code, request_id=request_id, headers=headers, body=body
        )
        self.result = result


class RetryAfterError(AzureHttpError):
    """The service answered 429/503 with a ``Retry-After`` beyond this call's remaining
    time budget. ``retry_after`` is the seconds it asked for; ``retry_at`` when that is
    (a UTC ``datetime``). Nothing was retried."""

    retry_after: float
    retry_at: datetime.datetime


class OperationTimeoutError(AzureException, TimeoutError):
    """Waiting for an asynchronous operation ran out of time."""

    def __init__(self, message: str, request_id: str, last_status: str | None) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id
        self.last_status = last_status

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.__dict__))


__all__ = [
    "ArgumentTypeError",
    "AzureAsyncOperationHttpError",
    "AzureBadRequestHttpError",
    "AzureConflictHttpError",
    "AzureException",
    "AzureForbiddenHttpError",
    "AzureHttpError",
    "AzureMissingResourceHttpError",
    "AzureServerHttpError",
    "CertificateError",
    "InvalidArgumentError",
    "OperationTimeoutError",
    "OutcomeUnknownError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "RetryAfterError",
    "TransportError",
    "UnsafeXmlError",
    "XmlError",
]

_BY_STATUS: dict[int, type[AzureHttpError]] = {
    400: AzureBadRequestHttpError,
    401: AzureForbiddenHttpError,
    403: AzureForbiddenHttpError,
    404: AzureMissingResourceHttpError,
    409: AzureConflictHttpError,
}


def http_error_class(status: int) -> type[AzureHttpError]:
    """The most specific error class for an HTTP status."""
    if 500 <= status < 600:
        return AzureServerHttpError
    return _BY_STATUS.get(status, AzureHttpError)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def parse_error_body(body: bytes) -> tuple[str | None, str | None]:
    """``(code, message)`` from an error response body, whatever the service sent.

    ``<Error><Code/><Message/></Error>`` in any namespace (Service Bus writes
    ``<Detail>`` instead of ``<Message>``); a serialized ``<string>``; otherwise the
    start of the raw text. Hostile XML is never expanded: it is shown as raw text.
    """
    from servicemanagement._xml import parse_document  # _xml imports this module

    if not body.strip():
        return None, None
    try:
        root = parse_document(body)
    except XmlError:
        return None, _raw_text(body)
    if _local(root.tag) == "Error":
        fields = {_local(child.tag): (child.text or "").strip() for child in root}
        message = fields.get("Message") or fields.get("Detail")
        return fields.get("Code") or None, _capped(message) if message else None
    if _local(root.tag) == "string" and len(root) == 0:
        return None, _capped((root.text or "").strip()) or None
    return None, _raw_text(body)


def _raw_text(body: bytes) -> str:
    # Decode no more than can be shown (a character is at most 4 bytes).
    return _capped(
        body[: _RAW_BODY_CHARS * 4 + 4].decode("utf-8", "replace").strip(), _RAW_BODY_CHARS
    )


def _capped(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + "..."


def http_error(status: int, reason: str, headers: Mapping[str, str], body: bytes) -> AzureHttpError:
    """The typed error for a failed response, with the ``<Error>`` code and message."""
    code, message = parse_error_body(body)
    request_id = next((v for k, v in headers.items() if k.lower() == "x-ms-request-id"), None)
    return http_error_class(status)(
        message or _capped(reason) or "request failed",
        status,
        code=code,
        request_id=request_id,
        headers=headers,
        body=body,
    )
