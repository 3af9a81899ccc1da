"""A real HTTPS server (mutual TLS, loopback) that answers with recorded responses.

It expects the recorded requests in their recorded order and notes every way the
SDK's request differs: method, path, query, x-ms-version, Content-Type, and the
XML body compared element by element (a JSON body is compared as JSON values).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlsplit

from cassettes import Interaction
from servicemanagement.emulator.tlsserver import TLSServer
from xmlcompare import xml_difference

_HOP_HEADERS = {"content-length", "transfer-encoding", "connection", "content-encoding"}


def request_differences(
    expected: Interaction, method: str, target: str, headers: dict[str, str], body: bytes
) -> list[str]:
    """How an actual request differs from the recorded one (empty when it matches)."""
    problems = []
    url = urlsplit(target)
    if method != expected.method:
        problems.append(f"method {method} != recorded {expected.method}")
    if url.path != expected.path:
        problems.append(f"path {url.path} != recorded {expected.path}")
    query = sorted(parse_qsl(url.query, keep_blank_values=True))
    if query != sorted(expected.query):
        problems.append(f"query {query} != recorded {sorted(expected.query)}")
    lowered = {k.lower(): v for k, v in headers.items()}
    recorded = {k.lower(): v for k, v in expected.request_headers.items()}
    if lowered.get("x-ms-version") != recorded.get("x-ms-version"):
        problems.append(
            f"x-ms-version {lowered.get('x-ms-version')} != recorded {recorded.get('x-ms-version')}"
        )
    if expected.request_body.strip():
        if lowered.get("content-type") != recorded.get("content-type"):
            problems.append(
                f"content-type {lowered.get('content-type')} !="
                f" recorded {recorded.get('content-type')}"
            )
        if not body.strip():
            problems.append("no body where one was recorded")
        elif "json" in (recorded.get("content-type") or ""):
            if json.loads(body) != json.loads(expected.request_body):
                problems.append(
                    f"JSON body {body[:200]!r} != recorded {expected.request_body[:200]!r}"
                )
        else:
            diff = xml_difference(expected.request_body, body)
            if diff:
                problems.append(f"body differs: {diff}")
    elif body.strip():
        problems.append(f"unexpected body {body[:80]!r}")
    return problems


class ReplayState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.expected: list[Interaction] = []
        self.position = 0
        self.problems: list[str] = []

    def load(self, interactions: tuple[Interaction, ...]) -> None:
        with self.lock:
            self.expected = list(interactions)
            self.position = 0
            self.problems = []


class ReplayHandler(BaseHTTPRequestHandler):
    server: ReplayServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes; with Nagle's algorithm the body then
    # waits for the client's delayed ACK (~40 ms a request, minutes for VM cassettes).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        state = self.server.state
        with state.lock:
            if state.position >= len(state.expected):
                state.problems.append(f"unexpected extra request {self.command} {self.path}")
                interaction = None
            else:
                interaction = state.expected[state.position]
                state.position += 1
                for problem in request_differences(
                    interaction, self.command, self.path, dict(self.headers), body
                ):
                    state.problems.append(
                        f"request #{state.position} ({interaction.method} {interaction.path}):"
                        f" {problem}"
                    )
        if interaction is None:
            self.send_response(599, "Not recorded")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(interaction.status, interaction.reason)
        for key, value in interaction.response_headers:
            if key.lower() not in _HOP_HEADERS:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(interaction.response_body)))
        self.end_headers()
        self.wfile.write(interaction.response_body)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = do_PATCH = _handle


class ReplayServer(TLSServer):
    state: ReplayState
