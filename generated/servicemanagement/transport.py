"""HTTPS transport on urllib3: one pooled keep-alive manager per client, mutual TLS,
307/308 redirects, and retries as an explicit policy."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from servicemanagement._lazy import lazy_module
from servicemanagement._request import Request
from servicemanagement.errors import TransportError
from servicemanagement.results import HTTPResponse

if TYPE_CHECKING:
    import ssl

    import urllib3
    import urllib3.exceptions
else:  # loaded with the first request, not with the package
    ssl = lazy_module("ssl")
    urllib3 = lazy_module("urllib3")

log = logging.getLogger("servicemanagement")

#: Methods that are safe to send twice.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
#: 501 and 505 are 5xx answers that no retry can change.
PERMANENT_SERVER_STATUSES = frozenset({501, 505})
#: Redirects that keep the method and body (Azure moves subscriptions with 307).
REDIRECT_STATUSES = frozenset({307, 308})
MAX_REDIRECTS = 5
USER_AGENT = "servicemanagement-python"

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
    """408, 429 and 5xx answers are retried, for idempotent methods only."""
    if method not in IDEMPOTENT_METHODS:
        return False
    return status in (408, 429) or (500 <= status < 600 and status not in PERMANENT_SERVER_STATUSES)


def is_retryable_error(method: str, error: BaseException) -> bool:
    """Network errors are retried for idempotent methods; for the others (POST) only
    when the request provably never reached the server. TLS failures never are."""
    if is_tls_failure(error):
        return False
    return method in IDEMPOTENT_METHODS or never_reached_server(error)


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
    """Exponential backoff with full jitter; ``Retry-After`` is honoured.

    ``max_attempts`` counts the first attempt. What is retried is decided by
    ``is_retryable_status`` and ``is_retryable_error``. ``sleep`` and ``jitter``
    (``jitter(low, high)``) are injectable so tests need not wait.
    """

    max_attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 30.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    jitter: Callable[[float, float], float] = field(
        default=random.uniform, repr=False, compare=False
    )

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
            return min(hinted, self.max_backoff)
        return self.jitter(0, min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))


NO_RETRIES = RetryPolicy(max_attempts=1)


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
        if not isinstance(current, urllib3.exceptions.HTTPError):
            return current
    return error


class Transport:
    """Sends ``Request`` objects to one management host over one connection pool."""

    def __init__(
        self,
        host: str,
        ssl_context: ssl.SSLContext,
        *,
        timeout: Timeout = 65,
        retry: RetryPolicy = RetryPolicy(),
        extra_headers: Callable[[], dict[str, str]] | None = None,
    ) -> None:
        host = host.removeprefix("https://").rstrip("/")
        if "://" in host or "/" in host:
            raise ValueError(f"host must be a host name with an optional port, not {host!r}")
        self.base_url = f"https://{host}"
        self._ssl_context = ssl_context
        self.timeout = timeout
        self._retry = retry
        self._extra_headers = extra_headers
        self._pool: urllib3.PoolManager = self._new_pool(None)

    @property
    def timeout(self) -> Timeout:
        """Seconds, or a ``(connect, read)`` pair; applies from the next request."""
        return self._timeout_value

    @timeout.setter
    def timeout(self, value: Timeout) -> None:
        connect, read = value if isinstance(value, tuple) else (value, value)
        self._timeout_value = value
        self._timeout = urllib3.Timeout(connect=connect, read=read)

    def _new_pool(
        self, proxy_url: str | None, proxy_headers: dict[str, str] | None = None
    ) -> urllib3.PoolManager:
        if proxy_url:
            return urllib3.ProxyManager(
                proxy_url, proxy_headers=proxy_headers, ssl_context=self._ssl_context, maxsize=4
            )
        return urllib3.PoolManager(ssl_context=self._ssl_context, maxsize=4)

    def set_proxy(
        self, host: str, port: int, user: str | None = None, password: str | None = None
    ) -> None:
        """Tunnel (HTTP CONNECT) through ``host:port``, with basic auth if ``user``."""
        headers = (
            urllib3.make_headers(proxy_basic_auth=f"{user}:{password or ''}") if user else None
        )
        self._pool.clear()
        self._pool = self._new_pool(f"http://{host}:{port}", headers)

    def close(self) -> None:
        self._pool.clear()

    def send(self, request: Request) -> HTTPResponse:
        """Send with retries; raise ``TransportError`` when no answer could be had."""
        url = self.base_url + request.url_path
        headers = {"User-Agent": USER_AGENT, **dict(request.headers)}
        if self._extra_headers is not None:
            headers.update(self._extra_headers())
        attempt = 0
        while True:
            attempt += 1
            try:
                raw = self._follow_redirects(request.method, url, request.body, headers)
            except urllib3.exceptions.HTTPError as exc:
                if not self._retry.should_retry(request.method, attempt, error=exc):
                    cause = _underlying(exc)
                    tries = f"{attempt} attempts" if attempt > 1 else "1 attempt"
                    raise TransportError(
                        f"{request.method} {url} failed after {tries}:"
                        f" {type(cause).__name__}: {cause}"
                    ) from cause
                self._wait(request.method, url, attempt, str(exc), None)
                continue
            if not self._retry.should_retry(request.method, attempt, status=raw.status):
                return HTTPResponse(
                    status=raw.status,
                    message=raw.reason or "",
                    headers=list(raw.headers.items()),
                    body=raw.data,
                )
            self._wait(
                request.method, url, attempt, f"HTTP {raw.status}", raw.headers.get("Retry-After")
            )

    def _follow_redirects(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str]
    ) -> urllib3.BaseHTTPResponse:
        """One attempt: the request, and 307/308 redirects with the same method and body."""
        for _ in range(MAX_REDIRECTS + 1):
            raw = self._pool.request(
                method,
                url,
                body=body,
                headers=headers,
                redirect=False,
                retries=False,
                timeout=self._timeout,
                preload_content=True,
            )
            location = raw.headers.get("Location")
            if raw.status not in REDIRECT_STATUSES or not location:
                return raw
            target = urljoin(url, location)
            if urlsplit(target).scheme != "https":
                # Credentials and bodies never leave TLS: the caller sees the redirect.
                log.warning("not following %d redirect to non-HTTPS %s", raw.status, target)
                return raw
            if _origin(target) != _origin(url) and any(
                k.lower() == "authorization" for k in headers
            ):
                # A bearer token is for the host it was sent to (the client certificate
                # is presented by TLS to whichever host; a token would be handed over).
                headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
                log.warning("redirected to another host: not sending the bearer token there")
            url = target
            log.info("following %d redirect to %s", raw.status, url)
        return raw  # too many redirects: the caller sees the last 307 as an error

    def _wait(
        self, method: str, url: str, attempt: int, reason: str, retry_after: str | None
    ) -> None:
        wait = self._retry.delay(attempt, retry_after)
        log.warning("%s %s: %s; retry %d in %.1fs", method, url, reason, attempt, wait)
        self._retry.sleep(wait)
