"""Helpers for the emulator tests: raw HTTPS requests over (optional) mutual TLS."""

from __future__ import annotations

import base64
import http.client
import ssl
from dataclasses import dataclass
from pathlib import Path

from servicemanagement._xml import parse_document
from servicemanagement.emulator import Connection
from servicemanagement.transport import RetryPolicy

NS = "{http://schemas.microsoft.com/windowsazure}"
#: One attempt per call: a test server answers at once, and a retry would hide a failure.
NO_RETRIES = RetryPolicy(max_attempts=1)


@dataclass(frozen=True)
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes

    def error(self) -> tuple[str | None, str | None]:
        """Code and message of an ``<Error>`` document."""
        root = parse_document(self.body)
        assert root.tag == f"{NS}Error", root.tag
        return root.findtext(f"{NS}Code"), root.findtext(f"{NS}Message")


def raw_request(
    connection: Connection,
    method: str,
    path: str,
    *,
    body: bytes | None = None,
    version: str | None = "2014-10-01",
    cert: str | Path | None = "registered",
    headers: dict[str, str] | None = None,
) -> RawResponse:
    """One request to the emulator, bypassing the SDK; ``cert=None`` sends no certificate.

    ``path`` may start with ``/{sub}``, which is replaced by the subscription id.
    """
    context = ssl.create_default_context(cafile=connection.ca_certs)
    if cert == "registered":
        context.load_cert_chain(connection.certificate_path)
    elif cert is not None:
        context.load_cert_chain(str(cert))
    host, _, port = connection.host.rpartition(":")
    client = http.client.HTTPSConnection(host, int(port), context=context, timeout=10)
    sent = dict(headers or {})
    if version is not None:
        sent["x-ms-version"] = version
    if body is not None:
        sent["Content-Type"] = "application/atom+xml;type=entry;charset=utf-8"
    try:
        client.request(method, path.replace("/{sub}", f"/{connection.subscription_id}"), body, sent)
        response = client.getresponse()
        return RawResponse(
            response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        )
    finally:
        client.close()


class FakeClock:
    """A clock the test moves by hand, so asynchronous operations finish on cue."""

    def __init__(self, start: float = 1_436_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


#: A cloud-service configuration with one worker role of ``{count}`` instances.
PACKAGE_CONFIGURATION = (
    '<ServiceConfiguration serviceName="WindowsAzure1"'
    ' xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"'
    ' osFamily="2" osVersion="*"><Role name="WorkerRole1"><Instances count="{count}" />'
    "</Role></ServiceConfiguration>"
)


def package_configuration(count: int) -> str:
    """PACKAGE_CONFIGURATION with ``count`` instances, base64-encoded as the SDK sends it."""
    return base64.b64encode(PACKAGE_CONFIGURATION.replace("{count}", str(count)).encode()).decode()
