"""The hand-written facade: credentials, transport, the call pipeline, async waits."""

from __future__ import annotations

import logging
import os
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from servicemanagement._generated import ServiceManagementServiceOperations
from servicemanagement._generated.namespaces import HOST
from servicemanagement._model import Model
from servicemanagement._request import Request, build_request
from servicemanagement._schema import OperationSpec
from servicemanagement._xml import resolve_type
from servicemanagement.credentials import BearerToken, TokenProvider, load_client_certificate
from servicemanagement.errors import (
    AzureAsyncOperationHttpError,
    AzureException,
    AzureHttpError,
    CertificateError,
    OperationTimeoutError,
    http_error,
)
from servicemanagement.results import AsynchronousOperationResult, HTTPResponse
from servicemanagement.transport import RetryPolicy, Timeout, Transport

log = logging.getLogger("servicemanagement")

MANAGEMENT_HOST = HOST
DEFAULT_HTTP_TIMEOUT = 65
AZURE_SUBSCRIPTION_ID = "AZURE_SUBSCRIPTION_ID"
AZURE_MANAGEMENT_CERTFILE = "AZURE_MANAGEMENT_CERTFILE"
#: The variable the legacy package itself read; still honoured.
LEGACY_SUBSCRIPTION_ID_VARIABLE = "AZURE_MANAGEMENT_SUBSCRIPTIONID"


def _header(response: HTTPResponse, name: str) -> str | None:
    lowered = name.lower()
    return next((v for k, v in response.headers if k.lower() == lowered), None)


def error_from_response(response: HTTPResponse) -> AzureHttpError:
    """The typed error for a failed response, with the ``<Error>`` code and message."""
    return http_error(response.status, response.message, dict(response.headers), response.body)


@dataclass(frozen=True, slots=True)
class _SessionSettings:
    """What a legacy ``requests.Session`` passed as ``request_session`` configured:
    its headers, client certificate and ``verify`` (a CA bundle path, or False)."""

    headers: dict[str, str]
    cert: str | tuple[str, str] | None = None
    ca_certs: str | None = None
    verify: bool = True

    @property
    def header_names(self) -> set[str]:
        return {name.lower() for name in self.headers}

    @classmethod
    def of(cls, session: Any) -> _SessionSettings:
        if session is None:
            return cls({})
        cert = getattr(session, "cert", None)
        if isinstance(cert, (list, tuple)):
            cert = (str(cert[0]), str(cert[1]))
        verify = getattr(session, "verify", True)
        return cls(
            dict(getattr(session, "headers", None) or {}),
            cert or None,
            verify if isinstance(verify, str) else None,
            verify is not False,
        )


def _ssl_context(ca_certs: str | None, *, verify: bool = True) -> ssl.SSLContext:
    """TLS 1.2+ with the server verified against the system CAs, or ``ca_certs``
    (a PEM bundle or a hashed directory)."""
    try:
        if ca_certs and os.path.isdir(ca_certs):
            context = ssl.create_default_context(capath=ca_certs)
        else:
            context = ssl.create_default_context(cafile=ca_certs)
    except (OSError, ssl.SSLError) as exc:
        raise CertificateError(f"cannot read CA certificates {ca_certs}: {exc}") from exc
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if not verify:
        log.warning("request_session.verify is False: server certificates are NOT verified")
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _operation_failed(request_id: str, result: Any) -> AzureAsyncOperationHttpError:
    """The error for an operation that ended in another status than the awaited one."""
    error = result.error
    message = (error.message if error else None) or f"operation {request_id} {result.status}"
    return AzureAsyncOperationHttpError(
        message,
        result.http_status_code or 500,  # a failed operation without a status: the service's
        result,
        code=error.code if error else None,
        request_id=request_id,
    )


class ServiceManagementClient:
    """Connection and call pipeline shared by every service class.

    ``cert_file`` is a PEM file (certificate + key), a PKCS#12 file (``.pfx``/``.p12``,
    ``cert_password`` if protected) or a ``.publishsettings`` file. ``credential`` is
    a bearer token string or an object with ``get_token(*scopes)``. ``ca_certs``
    trusts a private CA for the server certificate. ``timeout`` is seconds, or a
    ``(connect, read)`` pair.
    """

    def __init__(
        self,
        subscription_id: str | None = None,
        cert_file: str | None = None,
        host: str = MANAGEMENT_HOST,
        request_session: Any = None,
        timeout: Timeout = DEFAULT_HTTP_TIMEOUT,
        *,
        ca_certs: str | None = None,
        cert_password: str | None = None,
        credential: str | TokenProvider | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        subscription_id = (
            subscription_id
            or os.environ.get(AZURE_SUBSCRIPTION_ID)
            or os.environ.get(LEGACY_SUBSCRIPTION_ID_VARIABLE)
        )
        if not cert_file and request_session is None:
            cert_file = os.environ.get(AZURE_MANAGEMENT_CERTFILE) or None
        session = _SessionSettings.of(request_session)
        cert = cert_file or session.cert
        if not cert and credential is None and "authorization" not in session.header_names:
            raise ValueError(
                "a management certificate (cert_file or AZURE_MANAGEMENT_CERTFILE) or a"
                " credential is required"
            )
        context = _ssl_context(ca_certs or session.ca_certs, verify=session.verify)
        if cert:
            cert_path, key_path = cert if isinstance(cert, tuple) else (cert, None)
            chosen = load_client_certificate(
                context,
                cert_path,
                password=cert_password,
                subscription_id=subscription_id,
                key_file=key_path,
            )
            subscription_id = subscription_id or chosen
        if not subscription_id:
            raise ValueError(
                "subscription_id is required (or set AZURE_SUBSCRIPTION_ID, or use a"
                " .publishsettings file)"
            )
        self.subscription_id: str = subscription_id
        self.cert_file = cert_file
        self.host = host
        self.request_session = request_session
        token = BearerToken(credential) if credential is not None else None

        def extra_headers() -> dict[str, str]:
            headers = dict(session.headers)
            if token is not None:
                headers["Authorization"] = token.header()
            return headers

        self._transport = Transport(
            host,
            context,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            extra_headers=extra_headers,
        )
        self._filters: list[
            Callable[[Request, Callable[[Request], HTTPResponse]], HTTPResponse]
        ] = []

    @property
    def timeout(self) -> Timeout:
        """Seconds, or a ``(connect, read)`` pair; settable, as in the legacy client."""
        return self._transport.timeout

    @timeout.setter
    def timeout(self, value: Timeout) -> None:
        self._transport.timeout = value

    # ---- pipeline -----------------------------------------------------------

    def _send(self, request: Request) -> HTTPResponse:
        def run(index: int, req: Request) -> HTTPResponse:
            if index == len(self._filters):
                return self._transport.send(req)
            return self._filters[index](req, lambda r: run(index + 1, r))

        log.debug("%s %s", request.method, request.url_path)
        return run(0, request)

    def build_request(
        self, operation: OperationSpec, args: dict[str, Any], body: Model | None
    ) -> Request:
        """The request ``operation`` would send: pure, for inspection and tests."""
        return build_request(operation, self.subscription_id, args, body)

    def _call(self, operation: OperationSpec, args: dict[str, Any], body: Model | None) -> Any:
        response = self._send(self.build_request(operation, args, body))
        if not (200 <= response.status < 300) or (
            operation.statuses and response.status not in operation.statuses
        ):
            raise error_from_response(response)
        if operation.is_async:
            return AsynchronousOperationResult(_header(response, "x-ms-request-id"), self)
        if operation.response_type is None:
            return None
        return resolve_type(operation.response_type).from_xml(response.body)  # type: ignore[attr-defined]

    def close(self) -> None:
        """Release pooled connections."""
        self._transport.close()

    def __enter__(self) -> ServiceManagementClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- async operations ---------------------------------------------------

    def wait_for_operation_status(
        self,
        request_id: str,
        wait_for_status: str = "Succeeded",
        timeout: float = 30,
        sleep_interval: float = 5,
        progress_callback: Callable[[float], None] | None = None,
        success_callback: Callable[[float], None] | None = None,
        failure_callback: Callable[[float, AzureException], None] | None = None,
    ) -> Any:
        """Poll ``get_operation_status`` until it reports ``wait_for_status``; return it.

        Raises ``AzureAsyncOperationHttpError`` (with the operation's ``<Error>`` code
        and message, and ``.result``) when it ends otherwise, and
        ``OperationTimeoutError`` after ``timeout`` seconds. The callbacks take the
        elapsed seconds, as in the legacy package (``failure_callback`` also the
        error, which is raised after it returns). Progress goes to the
        ``servicemanagement`` logger, never to stdout.
        """
        start = time.monotonic()
        while True:
            result = self.get_operation_status(request_id)  # type: ignore[attr-defined]
            elapsed = time.monotonic() - start
            log.debug("operation %s: %s after %.1fs", request_id, result.status, elapsed)
            if result.status == wait_for_status:
                log.info("operation %s %s after %.1fs", request_id, result.status, elapsed)
                if success_callback is not None:
                    success_callback(elapsed)
                return result
            failure: AzureException | None = None
            if result.status != "InProgress":
                failure = _operation_failed(request_id, result)
            elif elapsed + sleep_interval > timeout:
                failure = OperationTimeoutError(
                    f"operation {request_id} still {result.status} after {elapsed:.1f}s"
                    f" (timeout {timeout}s)",
                    request_id,
                    result.status,
                )
            if failure is not None:
                log.info("operation %s: %s", request_id, failure)
                if failure_callback is not None:
                    failure_callback(elapsed, failure)
                raise failure
            if progress_callback is not None:
                progress_callback(elapsed)
            time.sleep(sleep_interval)

    # ---- legacy helpers -----------------------------------------------------

    def set_proxy(
        self, host: str, port: int, user: str | None = None, password: str | None = None
    ) -> None:
        """Send requests through an HTTP proxy (CONNECT tunnel)."""
        self._transport.set_proxy(host, port, user, password)


class ServiceManagementService(ServiceManagementClient, ServiceManagementServiceOperations):
    """Azure Service Management: every operation of the spec, plus the client helpers."""


__all__ = [
    "AzureException",
    "DEFAULT_HTTP_TIMEOUT",
    "MANAGEMENT_HOST",
    "ServiceManagementClient",
    "ServiceManagementService",
    "error_from_response",
]
