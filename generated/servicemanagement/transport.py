"""HTTPS transport on urllib3: one pooled keep-alive manager per client, mutual TLS,
307/308 redirects, retries as an explicit policy, one deadline per call, bounded bodies.

What is sent again (the retry rule; ``is_retryable_error``, ``is_retryable_status``):

- Any request that provably never reached the server (the connection was refused or
  timed out before a byte was sent).
- GET and HEAD after any network error, and after 408, 429 and 5xx answers (not
  501/505): reading twice changes nothing. Other methods never after an answer.
- DELETE after a network error once sent: a second DELETE cannot do anything the first
  did not, and its answer is *reconciled* by the client (``outcomes.reconcile``): a 409
  naming a running request id is the first DELETE, still running (the call returns that
  operation); a 404 means the first DELETE did it (the call succeeds).
- Never a PUT, POST or MERGE that may have reached the server: it may have run, and a
  second copy could run it twice or fail falsely (409 "already exists"). The call
  raises ``OutcomeUnknownError``. Never a TLS failure, a 403 or another 4xx.

Waits: exponential backoff with full jitter, capped at ``max_backoff``; a
``Retry-After`` is honoured as sent, however long, and when it ends after the call's
deadline the call raises ``RetryAfterError`` saying when to retry. The whole call,
retries and waits included, ends within ``timeout`` (``RequestTimeoutError``).
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from servicemanagement._dataclass import dataclass, field
from servicemanagement._lazy import lazy_function, lazy_logger, lazy_module
from servicemanagement._request import Request
from servicemanagement.errors import (
    InvalidArgumentError,
    OutcomeUnknownError,
    RequestTimeoutError,
    ResponseTooLargeError,
    RetryAfterError,
    TransportError,
    http_error,
)
from servicemanagement.results import HTTPResponse

if TYPE_CHECKING:
    import http.client as http_client
    import ssl
    from random import uniform
    from urllib.parse import urljoin, urlsplit

    import urllib3
    import urllib3.exceptions

    from servicemanagement import deadline as deadlines
else:  # loaded with the first request, not with the package
    http_client = lazy_module("http.client")  # it imports ssl
    ssl = lazy_module("ssl")
    urllib3 = lazy_module("urllib3")
    uniform = lazy_function("random", "uniform")  # RetryPolicy's jitter
    urljoin = lazy_function("urllib.parse", "urljoin")
    urlsplit = lazy_function("urllib.parse", "urlsplit")
    deadlines = lazy_module("servicemanagement.deadline")  # it subclasses ssl's socket

log = lazy_logger("servicemanagement")

#: Methods that only read: safe to send twice.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Methods sent again after a network error because the client reconciles the answer.
RECONCILED_METHODS = frozenset({"DELETE"})
#: 501 and 505 are 5xx answers that no retry can change.
PERMANENT_SERVER_STATUSES = frozenset({501, 505})
#: Redirects that keep the method and body (Azure moves subscriptions with 307).
REDIRECT_STATUSES = frozenset({307, 308})
MAX_REDIRECTS = 5
USER_AGENT = "servicemanagement-python"
#: Connections kept per host: enough for a client shared by many threads.
POOL_SIZE = 32
#: Default ``max_body_size``: far above any Service Management answer.
MAX_BODY_SIZE = 64 * 1024 * 1024
_CHUNK = 64 * 1024

Timeout = float | tuple[float, float]


def never_reached_server(error: BaseException) -> bool:
    """True when the connection failed before any byte of the request was sent."""
    return isinstance(
        error, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError)
    )


def is_tls_failure(error: BaseException) -> bool:
    """Certificate or handshake failures: configuration problems no retry can fix.

    A TLS connection the server closed (an idle keep-alive connection it dropped) is a
    network error like any other, not a TLS failure.
    """
    cause = _underlying(error)
    if isinstance(cause, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        return False
    return isinstance(error, (urllib3.exceptions.SSLError, ssl.SSLError))


def is_retryable_status(method: str, status: int) -> bool:
    """408, 429 and 5xx answers (not 501/505) are retried for GET and HEAD only: an
    answer proves that a request reached the server, which may have done part of it."""
    if method not in SAFE_METHODS:
        return False
    return status in (408, 429) or (500 <= status < 600 and status not in PERMANENT_SERVER_STATUSES)


def is_retryable_error(method: str, error: BaseException) -> bool:
    """Network errors are retried for GET/HEAD, and for DELETE whose answer the client
    reconciles; for the others only when the request provably never reached the
    server. TLS failures (certificates, authentication alerts) never are."""
    if is_tls_failure(error):
        return False
    return method in SAFE_METHODS or method in RECONCILED_METHODS or never_reached_server(error)


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    import email.utils  # only for a Retry-After date

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter, capped at ``max_backoff``; a
    ``Retry-After`` is honoured as sent (the transport raises ``RetryAfterError``
    instead when it ends after the call's deadline).

    ``max_attempts`` counts the first attempt. What is retried is decided by
    ``is_retryable_status`` and ``is_retryable_error``. ``sleep`` and ``jitter``
    (``jitter(low, high)``) are injectable so tests need not wait.
    """

    max_attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 30.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    jitter: Callable[[float, float], float] = field(default=uniform, repr=False, compare=False)

    def should_retry(
        self,
        method: str,
        attempt: int,
        status: int | None = None,
        error: BaseException | None = None,
    ) -> bool:
        """Whether attempt number ``attempt``, which failed so, is followed by another."""
        if attempt >= self.max_attempts:
            return False
        if error is not None:
            return is_retryable_error(method, error)
        return status is not None and is_retryable_status(method, status)

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait after attempt ``attempt`` failed."""
        hinted = parse_retry_after(retry_after)
        if hinted is not None:
            return hinted
        return self.jitter(0, min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc.lower()


def _underlying(error: BaseException) -> BaseException:
    """The standard-library error urllib3 wrapped (``ssl.SSLError``, ``TimeoutError``...)."""
    current: BaseException = error
    for _ in range(8):
        nested = next((a for a in current.args if isinstance(a, BaseException)), None)
        nested = nested or current.__cause__ or current.__context__
        if nested is None:
            break
        current = nested
        # urllib3's IncompleteRead is also http.client's: that is the one to name.
        if not isinstance(current, urllib3.exceptions.HTTPError) or isinstance(
            current, http_client.HTTPException
        ):
            return current
    return error


class Transport:
    """Sends ``Request`` objects to one management host over one connection pool.

    ``timeout`` bounds each whole call (see the module docstring); ``max_body_size``
    bounds each response body (``ResponseTooLargeError``).
    """

    def __init__(
        self,
        host: str,
        ssl_context: ssl.SSLContext,
        *,
        timeout: Timeout = 65,
        retry: RetryPolicy | None = None,
        extra_headers: Callable[[], dict[str, str]] | None = None,
        max_body_size: int = MAX_BODY_SIZE,
    ) -> None:
        host = host.removeprefix("https://").rstrip("/")
        if "://" in host or "/" in host:
            raise InvalidArgumentError(
                f"host must be a host name with an optional port, not {host!r}"
            )
        self.base_url = f"https://{host}"
        # Every socket of this context honours the per-call deadline.
        ssl_context.sslsocket_class = deadlines.DeadlineSocket
        self._ssl_context = ssl_context
        self.timeout = timeout
        self._retry = RetryPolicy() if retry is None else retry
        self._extra_headers = extra_headers
        self.max_body_size = max_body_size
        # What every request sends; only what the client can read: no compressed body.
        self._headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
        self._proxy: tuple[str, dict[str, str] | None] | None = None
        self._pool, self._home = self._new_pools()
        # urllib3 neither retries nor redirects (this class does): made once, not per call.
        self._no_retries = urllib3.Retry(total=False, redirect=False)
        # Bound once: every attribute of a deferred module is an import lookup.
        self._within = deadlines.within
        self._timeout_type: type[urllib3.Timeout] = urllib3.Timeout

    @property
    def timeout(self) -> Timeout:
        """Seconds for a whole call, or a ``(connect, read)`` pair (each connection and
        each read within them, the call within their sum); applies from the next call."""
        return self._timeout_value

    @timeout.setter
    def timeout(self, value: Timeout) -> None:
        connect, read = value if isinstance(value, tuple) else (value, value)
        self._timeout_value = value
        self._connect_timeout, self._read_timeout = float(connect), float(read)
        self._budget = float(connect + read if isinstance(value, tuple) else value)

    def _new_pools(self) -> tuple[urllib3.PoolManager, urllib3.HTTPConnectionPool]:
        """A manager for any origin (redirect targets) and the management host's own
        pool, kept rather than looked up on every call. That pool comes from a manager of
        its own: redirect targets cannot evict (close) it."""
        return self._new_manager(), self._new_manager().connection_from_url(self.base_url)

    def _new_manager(self) -> urllib3.PoolManager:
        if self._proxy is not None:
            proxy_url, proxy_headers = self._proxy
            return urllib3.ProxyManager(
                proxy_url,
                proxy_headers=proxy_headers,
                ssl_context=self._ssl_context,
                maxsize=POOL_SIZE,
            )
        return urllib3.PoolManager(ssl_context=self._ssl_context, maxsize=POOL_SIZE)

    def set_proxy(
        self, host: str, port: int, user: str | None = None, password: str | None = None
    ) -> None:
        """Tunnel (HTTP CONNECT) through ``host:port``, with basic auth if ``user``."""
        headers = (
            urllib3.make_headers(proxy_basic_auth=f"{user}:{password or ''}") if user else None
        )
        self._proxy = (f"http://{host}:{port}", headers)
        self.close()

    def close(self) -> None:
        """Release pooled connections; later calls open new ones."""
        manager, home = self._pool, self._home
        self._pool, self._home = self._new_pools()
        manager.clear()
        home.close()

    def send(self, request: Request) -> HTTPResponse:
        """Send with retries, all within the call's timeout.

        Raises ``RequestTimeoutError`` when the timeout passes, ``OutcomeUnknownError``
        when a PUT/POST/MERGE/DELETE may have reached the server and no answer came,
        ``TransportError`` for other network failures, ``RetryAfterError`` when the
        service asks to retry after the deadline. ``resent`` on the response says that
        an earlier attempt may have been carried out (see ``outcomes.reconcile``).
        """
        url = self.base_url + request.url_path
        headers = self._headers.copy()
        headers.update(request.headers)
        if self._extra_headers is not None:
            headers.update(self._extra_headers())
        deadline = time.monotonic() + self._budget
        with self._within(deadline):
            return self._send(request.method, url, request.body, headers, deadline)

    def _send(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], deadline: float
    ) -> HTTPResponse:
        attempt = 0
        resent = False
        while True:
            attempt += 1
            try:
                response = self._follow_redirects(method, url, body, headers, deadline)
            except urllib3.exceptions.HTTPError as exc:
                resent = resent or not never_reached_server(exc)
                if not self._retry.should_retry(method, attempt, error=exc) or not self._wait(
                    method, url, attempt, str(exc), None, deadline
                ):
                    raise self._failure(method, url, attempt, exc, resent) from _underlying(exc)
                continue
            response.resent = resent
            if not self._retry.should_retry(method, attempt, status=response.status):
                return response
            retry_after = response.header("Retry-After")
            if not self._wait(
                method, url, attempt, f"HTTP {response.status}", retry_after, deadline, response
            ):
                return response

    def _failure(
        self, method: str, url: str, attempt: int, error: urllib3.exceptions.HTTPError, resent: bool
    ) -> TransportError:
        """The error for the last failed attempt: a timeout, an unknown outcome (a
        request that changes something may have run), or another network failure."""
        cause = _underlying(error)
        tries = f"{attempt} attempts" if attempt > 1 else "1 attempt"
        unknown = resent and method not in SAFE_METHODS
        again = "" if method in RECONCILED_METHODS else ", so it was not sent again"
        caveat = (
            f"; the request may have been carried out{again}: read the resource to learn its state"
            if unknown
            else ""
        )
        if isinstance(cause, TimeoutError):
            return RequestTimeoutError(
                f"{method} {url} timed out (timeout {self._timeout_value}, {tries}){caveat}"
            )
        message = f"{method} {url} failed after {tries}: {type(cause).__name__}: {cause}{caveat}"
        return OutcomeUnknownError(message) if unknown else TransportError(message)

    def _timeouts(self, deadline: float) -> urllib3.Timeout:
        left = max(deadline - time.monotonic(), 0.001)
        return self._timeout_type(
            connect=min(self._connect_timeout, left), read=min(self._read_timeout, left)
        )

    def _follow_redirects(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], deadline: float
    ) -> HTTPResponse:
        """One attempt: the request, and 307/308 redirects with the same method and body."""
        for _ in range(MAX_REDIRECTS + 1):
            raw = self._urlopen(method, url, body, headers, self._timeouts(deadline))
            response = HTTPResponse(
                raw.status, raw.reason or "", list(raw.headers.iteritems()), self._read(raw, url)
            )
            location = raw.headers.get("Location") if raw.status in REDIRECT_STATUSES else None
            if not location:
                return response
            target = urljoin(url, location)
            if urlsplit(target).scheme != "https":
                # Credentials and bodies never leave TLS: the caller sees the redirect.
                log.warning("not following %d redirect to non-HTTPS %s", raw.status, target)
                return response
            if _origin(target) != _origin(url) and any(
                k.lower() == "authorization" for k in headers
            ):
                # A bearer token is for the host it was sent to (the client certificate
                # is presented by TLS to whichever host; a token would be handed over).
                headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
                log.warning("redirected to another host: not sending the bearer token there")
            url = target
            log.info("following %d redirect to %s", raw.status, url)
        return response  # too many redirects: the caller sees the last 307 as an error

    def _urlopen(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        timeout: urllib3.Timeout,
    ) -> urllib3.BaseHTTPResponse:
        """One request, unread. The management host's requests go to its kept pool;
        redirect targets elsewhere through the manager."""
        target = url.removeprefix(self.base_url)
        pool: urllib3.HTTPConnectionPool | urllib3.PoolManager = self._home
        if target[:1] != "/":
            pool, target = self._pool, url
        elif "/." in target.partition("?")[0]:
            # urllib3 resolves dot segments of absolute URLs only (the manager's way).
            target = urllib3.util.parse_url(url).request_uri
        return pool.urlopen(
            method,
            target,
            body=body,
            headers=headers,
            redirect=False,
            retries=self._no_retries,
            assert_same_host=False,
            timeout=timeout,
            preload_content=False,
            decode_content=False,
        )

    def _read(self, raw: urllib3.BaseHTTPResponse, url: str) -> bytes:
        """The body, refused when it is larger than ``max_body_size`` or in an encoding
        the client did not ask for (it asks for none: nothing is inflated)."""
        limit = self.max_body_size
        encoding = (raw.headers.get("Content-Encoding") or "identity").strip().lower()
        declared = raw.headers.get("Content-Length") or ""
        length = int(declared) if declared.isascii() and declared.isdigit() else None
        problem: TransportError | None = None
        if encoding != "identity":
            problem = TransportError(
                f"{url}: the response is {encoding}-encoded, which the client did not ask for"
            )
        elif length is not None and length > limit:
            problem = _too_large(url, limit)
        elif length is not None and not raw.chunked:
            # Read to its declared length (http.client stops there): one read.
            body = raw.read(decode_content=False)
            raw.release_conn()
            return body
        else:
            chunks: list[bytes] = []
            size = 0
            for chunk in raw.stream(_CHUNK, decode_content=False):
                size += len(chunk)
                if size > limit:
                    problem = _too_large(url, limit)
                    break
                chunks.append(chunk)
            else:
                raw.release_conn()
                return b"".join(chunks)
        # The rest of the body is never read: the connection cannot be reused.
        raw.close()
        raw.release_conn()
        raise problem

    def _wait(
        self,
        method: str,
        url: str,
        attempt: int,
        reason: str,
        retry_after: str | None,
        deadline: float,
        response: HTTPResponse | None = None,
    ) -> bool:
        """Sleep before the next attempt; False when that would end after the deadline."""
        wait = self._retry.delay(attempt, retry_after)
        if time.monotonic() + wait >= deadline:
            if response is not None and parse_retry_after(retry_after) is not None:
                raise _retry_after_error(response, wait)
            return False
        log.warning("%s %s: %s; retry %d in %.1fs", method, url, reason, attempt, wait)
        self._retry.sleep(wait)
        return True


def _too_large(url: str, limit: int) -> ResponseTooLargeError:
    error = ResponseTooLargeError(
        f"{url}: the response body is larger than max_body_size ({limit} bytes)"
    )
    error.limit = limit
    return error


def _retry_after_error(response: HTTPResponse, seconds: float) -> RetryAfterError:
    """The error for a ``Retry-After`` that ends after the call's deadline."""
    error = http_error(response.status, response.message, dict(response.headers), response.body)
    at = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds)
    late = RetryAfterError(
        f"{error.message} The service asks to retry after {seconds:g}s (at"
        f" {at:%Y-%m-%d %H:%M:%S} UTC), later than this call's timeout allows.",
        response.status,
        code=error.code,
        request_id=error.request_id,
        headers=error.headers,
        body=error.body,
    )
    late.retry_after, late.retry_at = seconds, at
    return late
