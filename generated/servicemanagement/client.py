"""The hand-written facade: credentials, transport, the call pipeline, async waits."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self

from servicemanagement._dataclass import dataclass
from servicemanagement._generated import ServiceManagementServiceOperations
from servicemanagement._generated.namespaces import CONTENT_TYPE, HOST, X_MS_VERSION
from servicemanagement._generated.operations_operations import GET_OPERATION_STATUS
from servicemanagement._lazy import lazy_function, lazy_logger, lazy_module
from servicemanagement._model import Model
from servicemanagement._request import Request, build_request, parse_query
from servicemanagement._result import decode_response
from servicemanagement._schema import OperationSpec
from servicemanagement.errors import (
    ArgumentTypeError,
    AzureAsyncOperationHttpError,
    AzureException,
    AzureHttpError,
    CertificateError,
    InvalidArgumentError,
    OperationTimeoutError,
    http_error,
)
from servicemanagement.outcomes import reconcile
from servicemanagement.results import (
    AsynchronousOperationResult,
    HTTPRequest,
    HTTPResponse,
    OperationProgress,
)
from servicemanagement.transport import MAX_BODY_SIZE, RetryPolicy, Timeout, Transport

if TYPE_CHECKING:
    import copy
    import ssl
    from urllib.parse import quote

    from servicemanagement._generated import Operation
    from servicemanagement.credentials import TokenProvider
else:
    ssl = lazy_module("ssl")  # loaded with the first client, not with the package
    copy = lazy_module("copy")
    quote = lazy_function("urllib.parse", "quote")

log = lazy_logger("servicemanagement")
#: ``logging.DEBUG``, without importing ``logging`` with the package.
DEBUG = 10

MANAGEMENT_HOST = HOST
DEFAULT_HTTP_TIMEOUT = 65
AZURE_SUBSCRIPTION_ID = "AZURE_SUBSCRIPTION_ID"
AZURE_MANAGEMENT_CERTFILE = "AZURE_MANAGEMENT_CERTFILE"
#: The variable the legacy package itself read; still honoured.
AZURE_MANAGEMENT_SUBSCRIPTIONID = "AZURE_MANAGEMENT_SUBSCRIPTIONID"
#: Characters the legacy client left unquoted in ``perform_*`` paths.
_RAW_PATH_SAFE = "/()$=',"

#: ``filter(request, next) -> response``: sees (and may change) every request of a client.
RequestFilter = Callable[[HTTPRequest, Callable[[HTTPRequest], HTTPResponse]], HTTPResponse]


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


#: What a subscription id may look like (Azure's are GUIDs): nothing that could change
#: which URL a request goes to.
_SUBSCRIPTION_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,63}")


def _check_subscription_id(subscription_id: object) -> None:
    if not isinstance(subscription_id, str):
        raise ArgumentTypeError(
            f"subscription_id must be text, not {type(subscription_id).__name__}"
        )
    if not _SUBSCRIPTION_ID.fullmatch(subscription_id):
        raise InvalidArgumentError(
            f"subscription_id must be letters, digits and dashes (a GUID), not {subscription_id!r}"
        )


def _check_connection_arguments(
    cert_file: object, host: object, timeout: object, max_body_size: object
) -> None:
    """Settings of the wrong type fail here, named, rather than deep in a library."""
    if cert_file is not None and not isinstance(cert_file, (str, os.PathLike)):
        raise ArgumentTypeError(f"cert_file must be a file path, not {type(cert_file).__name__}")
    if not isinstance(host, str):
        raise ArgumentTypeError(f"host must be text (host[:port]), not {type(host).__name__}")
    parts = timeout if isinstance(timeout, tuple) else (timeout,)
    if not 1 <= len(parts) <= 2 or not all(
        isinstance(part, (int, float)) and not isinstance(part, bool) for part in parts
    ):
        raise ArgumentTypeError(
            f"timeout must be seconds or a (connect, read) pair, not {timeout!r}"
        )
    if not all(part > 0 for part in parts):
        raise InvalidArgumentError(f"timeout must be positive, not {timeout!r}")
    if not isinstance(max_body_size, int) or isinstance(max_body_size, bool):
        raise ArgumentTypeError(f"max_body_size must be bytes as an int, not {max_body_size!r}")
    if max_body_size <= 0:
        raise InvalidArgumentError(f"max_body_size must be positive, not {max_body_size}")


def _operation_failed(request_id: str, result: Any) -> AzureAsyncOperationHttpError:
    """The error for an operation that ended in another status than the awaited one."""
    error = result.error
    message = (error.message if error else None) or f"operation {request_id} {result.status}"
    return AzureAsyncOperationHttpError(
        message,
        int(result.http_status_code or 500),  # without a status: the service failed
        result,
        code=error.code if error else None,
        request_id=request_id,
    )


#: Seconds after which a wait is long: its progress is logged at INFO, not DEBUG.
LONG_WAIT = 10.0


def wait_for_operation_status_progress_default_callback(elapsed: float) -> None:
    """The legacy default progress callback printed a dot; this one logs (at INFO once
    the wait is long, so that long waits are not silent)."""
    (log.info if elapsed >= LONG_WAIT else log.debug)("operation in progress after %.1fs", elapsed)


def wait_for_operation_status_success_default_callback(elapsed: float) -> None:
    """The legacy default success callback printed the time taken; this one logs."""
    log.debug("operation succeeded after %.1fs", elapsed)


def wait_for_operation_status_failure_default_callback(elapsed: float, ex: AzureException) -> None:
    """Raise the failure (the legacy default also raised, after printing it)."""
    raise ex


class ServiceManagementClient:
    """Connection and call pipeline shared by every service class.

    ``cert_file`` is a PEM file (certificate + key), a PKCS#12 file (``.pfx``/``.p12``,
    ``cert_password`` if protected) or a ``.publishsettings`` file. ``credential`` is
    a bearer token string or an object with ``get_token(*scopes)``. ``ca_certs``
    trusts a private CA for the server certificate. ``timeout`` is the seconds a whole
    call may take, retries included (``RequestTimeoutError``, a ``TimeoutError``), or a
    ``(connect, read)`` pair. ``max_body_size`` bounds each response body
    (``ResponseTooLargeError``). What is retried, and how a DELETE whose connection
    broke learns its true outcome, is written in ``servicemanagement.transport`` and
    ``servicemanagement.outcomes``.
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
        max_body_size: int = MAX_BODY_SIZE,
    ) -> None:
        _check_connection_arguments(cert_file, host, timeout, max_body_size)
        subscription_id = (
            subscription_id
            or os.environ.get(AZURE_SUBSCRIPTION_ID)
            or os.environ.get(AZURE_MANAGEMENT_SUBSCRIPTIONID)
        )
        if not cert_file and request_session is None and credential is None:
            cert_file = os.environ.get(AZURE_MANAGEMENT_CERTFILE) or None
        session = _SessionSettings.of(request_session)
        cert = cert_file or session.cert
        if not cert and credential is None and "authorization" not in session.header_names:
            raise InvalidArgumentError(
                "a management certificate (cert_file or AZURE_MANAGEMENT_CERTFILE) or a"
                " credential is required"
            )
        # Credentials (and cryptography) load with the first client, not with the package.
        from servicemanagement.credentials import BearerToken, load_client_certificate

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
            raise InvalidArgumentError(
                "subscription_id is required (or set AZURE_SUBSCRIPTION_ID, or use a"
                " .publishsettings file)"
            )
        _check_subscription_id(subscription_id)
        self.subscription_id: str = subscription_id
        self.cert_file = cert_file
        self.host = host
        self.request_session = request_session
        # Legacy attributes: the defaults of this service class (see the spec's clients).
        self.x_ms_version: str = getattr(self, "x_ms_version", X_MS_VERSION)
        self.content_type: str = getattr(self, "content_type", CONTENT_TYPE)
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
            extra_headers=extra_headers if token is not None or session.headers else None,
            max_body_size=max_body_size,
        )
        self._filters: list[RequestFilter] = []

    @staticmethod
    def should_use_requests(cert_file: str | None) -> bool:
        """Legacy: whether the client would use ``requests`` rather than the Windows
        certificate store. Always True here: ``cert_file`` is always a file."""
        return True

    @property
    def timeout(self) -> Timeout:
        """Seconds, or a ``(connect, read)`` pair; settable, as in the legacy client."""
        return self._transport.timeout

    @timeout.setter
    def timeout(self, value: Timeout) -> None:
        self._transport.timeout = value

    # ---- pipeline -----------------------------------------------------------

    def _send(self, request: Request) -> HTTPResponse:
        if log.isEnabledFor(DEBUG):  # the path is not built for nothing
            log.debug("%s %s", request.method, request.url_path)
        if not self._filters:
            return self._transport.send(request)

        def run(index: int, req: HTTPRequest) -> HTTPResponse:
            if index == len(self._filters):
                final = Request(
                    req.method, req.path, tuple(req.query), tuple(req.headers), req.body
                )
                return self._transport.send(final)
            return self._filters[index](req, lambda r: run(index + 1, r))

        mutable = HTTPRequest(
            request.method,
            self.host,
            request.path,
            list(request.query),
            list(request.headers),
            request.body,
        )
        return run(0, mutable)

    def build_request(
        self, operation: OperationSpec, args: dict[str, Any], body: Model | bytes | None
    ) -> Request:
        """The request ``operation`` would send: pure, for inspection and tests.

        Operations that use their service class's default x-ms-version send this
        client's ``x_ms_version`` instead, so setting it works as in the legacy package;
        operations the spec pins to another version keep theirs.
        """
        class_default = getattr(type(self), "x_ms_version", X_MS_VERSION)
        version = (
            self.x_ms_version if operation.x_ms_version == class_default else operation.x_ms_version
        )
        return build_request(operation, self.subscription_id, args, body, x_ms_version=version)

    def _call(
        self, operation: OperationSpec, args: dict[str, Any], body: Model | bytes | None
    ) -> Any:
        response = self._send(self.build_request(operation, args, body))
        if not (200 <= response.status < 300) or (
            operation.statuses and response.status not in operation.statuses
        ):
            error = error_from_response(response)
            if response.resent:  # an earlier copy may have been carried out
                settled, outcome = reconcile(operation, error, self)
                if settled:
                    log.info("%s: %s after a re-send: %r", operation.name, error, outcome)
                    return outcome
            raise error
        if operation.is_async:
            return AsynchronousOperationResult(response.header("x-ms-request-id"), _client=self)
        return decode_response(operation, response.body)

    def close(self) -> None:
        """Release pooled connections."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- async operations ---------------------------------------------------

    def get_operation_status(self, request_id: str) -> Operation:
        """The status of an asynchronous operation: every service class has it."""
        result: Operation = self._call(GET_OPERATION_STATUS, {"request_id": request_id}, None)
        return result

    def wait_for_operation_status(
        self,
        request_id: str,
        wait_for_status: str = "Succeeded",
        timeout: float = 30,
        sleep_interval: float = 5,
        progress_callback: Callable[[float], None] | None = (
            wait_for_operation_status_progress_default_callback
        ),
        success_callback: Callable[[float], None] | None = (
            wait_for_operation_status_success_default_callback
        ),
        failure_callback: Callable[[float, AzureException], None] | None = (
            wait_for_operation_status_failure_default_callback
        ),
        *,
        progress: Callable[[OperationProgress], None] | None = None,
    ) -> Operation:
        """Poll ``get_operation_status`` until it reports ``wait_for_status``; return it.

        By default it raises ``AzureAsyncOperationHttpError`` (with the operation's
        ``<Error>`` code and message, and ``.result``) when the operation ends otherwise,
        and ``OperationTimeoutError`` after ``timeout`` seconds. The callbacks take the
        elapsed seconds, as in the legacy package; ``failure_callback`` also the error:
        the default one raises it, and with another (or None) the last status is
        returned, as the legacy package did. Progress goes to the ``servicemanagement``
        logger, never to stdout; ``progress`` (keyword-only) is called after every poll
        with an ``OperationProgress`` (request id, status, elapsed seconds).
        """
        start = time.monotonic()
        while True:
            result = self.get_operation_status(request_id)
            elapsed = time.monotonic() - start
            log.debug("operation %s: %s after %.1fs", request_id, result.status, elapsed)
            if progress is not None:
                progress(OperationProgress(request_id, result.status, elapsed))
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
                # The default callback raises; one that returns (or None) gets the result,
                # as in the legacy package.
                if failure_callback is not None:
                    failure_callback(elapsed, failure)
                return result
            if progress_callback is not None:
                progress_callback(elapsed)
            time.sleep(sleep_interval)

    # ---- legacy helpers -----------------------------------------------------

    def with_filter(self, filter: RequestFilter) -> Self:  # noqa: A002 - the legacy name
        """A client of the same class, sharing this one's connections, whose requests
        pass through ``filter(request, next)`` before this client's own filters."""
        clone = copy.copy(self)
        clone._filters = [filter, *self._filters]
        return clone

    def perform_get(self, path: str, x_ms_version: str | None = None) -> HTTPResponse:
        """``GET path`` (the full path, query included) and the raw response."""
        return self._perform("GET", path, None, x_ms_version)

    def perform_put(
        self, path: str, body: str | bytes | None, x_ms_version: str | None = None
    ) -> HTTPResponse:
        """``PUT path`` with ``body`` sent as given, and the raw response."""
        return self._perform("PUT", path, body, x_ms_version)

    def perform_post(
        self, path: str, body: str | bytes | None, x_ms_version: str | None = None
    ) -> HTTPResponse:
        """``POST path`` with ``body`` sent as given, and the raw response."""
        return self._perform("POST", path, body, x_ms_version)

    def perform_delete(self, path: str, x_ms_version: str | None = None) -> HTTPResponse:
        """``DELETE path`` and the raw response."""
        return self._perform("DELETE", path, None, x_ms_version)

    def _perform(
        self, method: str, path: str, body: str | bytes | None, x_ms_version: str | None
    ) -> HTTPResponse:
        """A raw call as the legacy client made it; statuses of 300 and above raise."""
        raw_path, _, raw_query = path.partition("?")
        query = tuple(parse_query(raw_query))
        headers = [("x-ms-version", x_ms_version or self.x_ms_version)]
        if method not in ("GET", "HEAD"):
            headers.append(("Content-Type", self.content_type))
        payload = body.encode("utf-8") if isinstance(body, str) else body
        request = Request(
            method, quote(raw_path, safe=_RAW_PATH_SAFE), query, tuple(headers), payload
        )
        response = self._send(request)
        if response.status >= 300:
            raise error_from_response(response)
        # The legacy HTTPResponse listed header names in lower case.
        response.headers = [(name.lower(), value) for name, value in response.headers]
        return response

    def set_proxy(
        self, host: str, port: int, user: str | None = None, password: str | None = None
    ) -> None:
        """Send requests through an HTTP proxy (CONNECT tunnel)."""
        self._transport.set_proxy(host, port, user, password)

    # The legacy class held its default callbacks as class attributes (bound after the
    # methods, whose defaults are the plain functions).
    wait_for_operation_status_progress_default_callback = staticmethod(
        wait_for_operation_status_progress_default_callback
    )
    wait_for_operation_status_success_default_callback = staticmethod(
        wait_for_operation_status_success_default_callback
    )
    wait_for_operation_status_failure_default_callback = staticmethod(
        wait_for_operation_status_failure_default_callback
    )


class ServiceManagementService(ServiceManagementClient, ServiceManagementServiceOperations):
    """Azure Service Management: every operation of the spec, plus the client helpers."""


def parse_response_for_async_op(
    response: HTTPResponse | None,
) -> AsynchronousOperationResult | None:
    """The asynchronous-operation handle of a raw response: its ``x-ms-request-id``."""
    if response is None:
        return None
    return AsynchronousOperationResult(response.header("x-ms-request-id"))


__all__ = [
    "AZURE_MANAGEMENT_CERTFILE",
    "AZURE_MANAGEMENT_SUBSCRIPTIONID",
    "AzureException",
    "DEFAULT_HTTP_TIMEOUT",
    "MANAGEMENT_HOST",
    "ServiceManagementClient",
    "ServiceManagementService",
    "error_from_response",
    "parse_response_for_async_op",
]
