"""The conformance recordings in tests/recordings (xz-compressed vcrpy cassettes), read-only."""

from __future__ import annotations

import functools
import lzma
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import yaml

RECORDINGS = Path(__file__).resolve().parent / "recordings"
SUFFIX = ".yaml.xz"
SUBSCRIPTION_ID = "00000000-0000-0000-0000-000000000000"
#: Cassettes (names without ``test_legacy_``) that a passing test of this session replayed
#: whole: every recorded request made, in order, as recorded. conftest's ``replay``
#: fixture fills it; test_cassette_coverage.py, run last, reads it.
REPLAYED: set[str] = set()
_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*\?>)?\s*<([\w:.-]+)")


@dataclass(frozen=True)
class Interaction:
    method: str
    uri: str
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    response_body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.uri).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.uri).query, keep_blank_values=True)

    @property
    def is_management(self) -> bool:
        """Blob-storage calls in the recordings are not Service Management calls."""
        return urlsplit(self.uri).hostname == "management.core.windows.net"


def _bytes(value: object) -> bytes:
    if value is None:
        return b""
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


def _first(headers: dict[str, list[str]]) -> dict[str, str]:
    return {k: v[0] if isinstance(v, list) else str(v) for k, v in (headers or {}).items()}


@functools.cache
def load(name: str) -> tuple[Interaction, ...]:
    """A cassette's management interactions, by file name without ``.yaml``."""
    text = lzma.decompress((RECORDINGS / f"{name}{SUFFIX}").read_bytes()).decode("utf-8")
    # The C loader when PyYAML has it: the same SafeLoader semantics, ~10x faster.
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    result = []
    for item in data["interactions"]:
        request, response = item["request"], item["response"]
        result.append(
            Interaction(
                method=request["method"],
                uri=request["uri"],
                request_headers=_first(request.get("headers", {})),
                request_body=_bytes(request.get("body")),
                status=int(response["status"]["code"]),
                reason=str(response["status"].get("message", "")),
                response_headers=[
                    (k, v)
                    for k, vs in (response.get("headers") or {}).items()
                    for v in (vs if isinstance(vs, list) else [vs])
                ],
                response_body=_bytes(response["body"].get("string")),
            )
        )
    return tuple(i for i in result if i.is_management)


def all_names() -> list[str]:
    """Every cassette's file name without ``.yaml`` (``test_legacy_mgmt_...``)."""
    return sorted(p.name.removesuffix(SUFFIX) for p in RECORDINGS.glob(f"*{SUFFIX}"))


def root_name(body: bytes) -> str | None:
    match = _ROOT.match(body)
    return match.group(1).decode() if match else None
