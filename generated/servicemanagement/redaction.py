"""Secrets kept out of logs: one predicate on field, parameter and header names.

A name is a secret's when the spec marks a field or parameter of that name
``secret: true`` (``SECRET_NAMES``, generated), or when it reads like one
(``admin_password``, ``primary_key``, ``Authorization``): headers and the members of raw
JSON bodies are in no spec type. ``is_secret`` is the one place that decision is made.
"""

from __future__ import annotations

import json
import re
from typing import Any

from servicemanagement._generated.namespaces import SECRET_NAMES

#: Matched against the end of a name lower-cased with ``_``/``-`` removed: what a name
#: ends with says what it holds (``disable_ssh_password_authentication`` is a flag).
_SECRET_NAME = re.compile(
    r"(password|passwd|passphrase|secret|(?<!continuation)token|authorization|signature"
    r"|(primary|secondary|access|account|private|shared|signing)key)s?$"
)
#: An element with only text: ``<Name attrs>text</Name>`` (optionally prefixed).
_TEXT_ELEMENT = re.compile(r"<((?:[\w.-]+:)?([\w.-]+))(\s[^<>]*)?>([^<]*)</\1>")
REDACTED = "***"


def _normal(name: str) -> str:
    return re.sub(r"[_\-]", "", name.lower())


_SPEC_SECRETS = frozenset(_normal(name) for name in SECRET_NAMES)


def is_secret(name: str) -> bool:
    """Whether a field, parameter, element or header called ``name`` holds a secret."""
    normal = _normal(name)
    return normal in _SPEC_SECRETS or bool(_SECRET_NAME.search(normal))


def redact_value(value: Any) -> Any:
    """A JSON-like value with the values of secret keys replaced, at any depth."""
    if isinstance(value, dict):
        return {
            key: REDACTED if is_secret(str(key)) and item is not None else redact_value(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_value(item) for item in value]
    return value


def redact_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, REDACTED if is_secret(name) else value) for name, value in headers]


def redact_body(body: bytes | None) -> str:
    """A request or response body for a log line: XML and JSON with secrets replaced."""
    if not body:
        return ""
    text = body.decode("utf-8", "replace")
    if text.lstrip().startswith(("{", "[")):
        try:
            return json.dumps(redact_value(json.loads(text)))
        except ValueError:
            return f"<{len(body)} bytes, not JSON>"
    return _TEXT_ELEMENT.sub(
        lambda m: (
            m.group(0)
            if not is_secret(m.group(2))
            else f"<{m.group(1)}{m.group(3) or ''}>{REDACTED}</{m.group(1)}>"
        ),
        text,
    )
