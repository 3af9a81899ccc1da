"""HTTPS transport on urllib3: one pooled keep-alive manager per client, mutual TLS,
307 redirects, and retries as an explicit policy."""

from __future__ import annotations

import email.utils
import logging
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass

import urllib3
from urllib3.exceptions import ConnectTimeoutError, HTTPError, NewConnectionError

from servicemanagement._request import Request
from servicemanagement.errors import TransportError
from servicemanagement.results import HTTPResponse

log = logging.getLogger("servicemanagement")

#: Methods that are safe to send twice.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_REDIRECTS = 5


def never_reached_server(error: BaseException) -> bool:
    """True when the connection failed before any byte of the request was sent."""
    return isinstance(error, (NewConnectionError, ConnectTimeoutError))


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter; ``Retry-After`` is honoured.

    A response status is retried only for idempotent methods; a network error is
    retried for idempotent methods, and for others only if the request provably
    never reached the server.
    """

    max_attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 30.0

    def should_retry(
        self,
        method: str,
        attempt: int,
        status: int | None = None,
        error: BaseException | None = None,
    ) -> bool:
        if attempt >= self.max_attempts:
            return False
        if error is not None:
            return method in IDEMPOTENT_METHODS or never_reached_server(error)
        return status in RETRYABLE_STATUSES and method in IDEMPOTENT_METHODS

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1``."""
        hinted = parse_retry_after(retry_after)
        if hinted is not None:
            return min(hinted, self.max_backoff)
        return random.uniform(0, min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))  # noqa: S311


NO_RETRIES = RetryPolicy(max_attempts=1)


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Transport:
    """Sends ``Request`` objects to one management host."""

    def __init__(
        self,
        host: str,
        ssl_context: ssl.SSLContext,
        *,
        timeout: float | tuple[float, float] = 65,
        retry: RetryPolicy = RetryPolicy(),
        extra_headers: Callable[[], dict[str, str]] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        host = host.removeprefix("https://").rstrip("/")
        self.base_url = f"https://{host}"
        self._ssl_context = ssl_context
        connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
        self._timeout = urllib3.Timeout(connect=connect, read=read)
        self._retry = retry
        self._extra_headers = extra_headers
        self._sleep = sleep
        self._pool: urllib3.PoolManager = self._new_pool(None)

    def _new_pool(
        self, proxy_url: str | None, proxy_headers: dict[str, str] | None = None
    ) -> urllib3.PoolManager:
        if proxy_url:
            return urllib3.ProxyManager(
                proxy_url,
                proxy_headers=proxy_headers,
                ssl_context=self._ssl_context,
                retries=False,
                timeout=self._timeout,
                maxsize=4,
            )
        return urllib3.PoolManager(
            ssl_context=self._ssl_context, retries=False, timeout=self._timeout, maxsize=4
        )

    def set_proxy(
        self, host: str, port: int, user: str | None = None, password: str | None = None
    ) -> None:
        headers = urllib3.make_headers(proxy_basic_auth=f"{user}:{password}") if user else None
        self._pool.clear()
        self._pool = self._new_pool(f"http://{host}:{port}", headers)

    def close(self) -> None:
        self._pool.clear()

    def send(self, request: Request) -> HTTPResponse:
        url = self.base_url + request.url_path
        headers = dict(request.headers)
        headers.setdefault("User-Agent", "servicemanagement-python")
        if self._extra_headers is not None:
            headers.update(self._extra_headers())
        attempt = 0
        redirects = 0
        while True:
            attempt += 1
            try:
                raw = self._pool.request(
                    request.method,
                    url,
                    body=request.body,
                    headers=headers,
                    redirect=False,
                    preload_content=True,
                )
            except HTTPError as exc:
                if self._retry.should_retry(request.method, attempt, error=exc):
                    wait = self._retry.delay(attempt)
                    log.warning(
                        "%s %s failed (%s); retry %d in %.1fs",
                        request.method,
                        url,
                        exc,
                        attempt,
                        wait,
                    )
                    self._sleep(wait)
                    continue
                raise TransportError(f"{request.method} {url} failed: {exc}") from exc
            if raw.status == 307 and redirects < MAX_REDIRECTS and raw.headers.get("Location"):
                redirects += 1
                url = raw.headers["Location"]
                log.info("following 307 redirect to %s", url)
                continue
            if self._retry.should_retry(request.method, attempt, status=raw.status):
                wait = self._retry.delay(attempt, raw.headers.get("Retry-After"))
                log.warning(
                    "%s %s answered %d; retry %d in %.1fs",
                    request.method,
                    url,
                    raw.status,
                    attempt,
                    wait,
                )
                self._sleep(wait)
                continue
            return HTTPResponse(
                status=raw.status,
                message=raw.reason or "",
                headers=list(raw.headers.items()),
                body=raw.data,
            )
