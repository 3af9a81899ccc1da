"""The exceptions this package raises: one small static hierarchy.

Names follow the legacy ``azure.common`` ones (``AzureHttpError``,
``AzureMissingResourceHttpError``, ``AzureConflictHttpError``) so existing
``except`` clauses keep working.
"""

from __future__ import annotations

from collections.abc import Mapping


class AzureException(Exception):
    """Base of every error raised by this package."""


class XmlError(AzureException, ValueError):
    """A document could not be turned into a model (malformed, unexpected root, bad value)."""


class UnsafeXmlError(XmlError):
    """A document used a DTD, an entity or an external reference; nothing of it was read."""


class TransportError(AzureException):
    """The request did not complete at the network level; ``__cause__`` holds the reason."""


class CertificateError(AzureException, ValueError):
    """A client certificate or credential could not be loaded."""


class AzureHttpError(AzureException):
    """The service answered with an unexpected HTTP status.

    ``code`` and ``message`` come from the service's ``<Error>`` document when it sent
    one; ``request_id`` is its ``x-ms-request-id`` header.
    """

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
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.headers = dict(headers or {})
        self.body = body

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = f"{' '.join(parts)}: {self.message}"
        if self.request_id:
            text += f" (x-ms-request-id: {self.request_id})"
        return text


class AzureBadRequestHttpError(AzureHttpError):
    """400: the request was malformed or invalid."""


class AzureForbiddenHttpError(AzureHttpError):
    """401/403: the credential was missing, unknown or not allowed."""


class AzureMissingResourceHttpError(AzureHttpError):
    """404: the resource does not exist."""


class AzureConflictHttpError(AzureHttpError):
    """409: the resource exists already or is busy."""


class AzureServerHttpError(AzureHttpError):
    """5xx: the service failed or is unavailable."""


class AzureAsyncOperationHttpError(AzureHttpError):
    """An asynchronous operation finished with status ``Failed``."""


class OperationTimeoutError(AzureException, TimeoutError):
    """Waiting for an asynchronous operation ran out of time."""

    def __init__(self, message: str, request_id: str, last_status: str | None) -> None:
        super().__init__(message)
        self.request_id = request_id
        self.last_status = last_status


__all__ = [
    "AzureAsyncOperationHttpError",
    "AzureBadRequestHttpError",
    "AzureConflictHttpError",
    "AzureException",
    "AzureForbiddenHttpError",
    "AzureHttpError",
    "AzureMissingResourceHttpError",
    "AzureServerHttpError",
    "CertificateError",
    "OperationTimeoutError",
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
    if status >= 500:
        return AzureServerHttpError
    return _BY_STATUS.get(status, AzureHttpError)
