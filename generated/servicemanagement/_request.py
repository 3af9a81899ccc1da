"""Building a request from an operation and its arguments: a pure function."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from servicemanagement._dataclass import dataclass
from servicemanagement._generated.namespaces import CONTENT_TYPE
from servicemanagement._lazy import lazy_function
from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec, ParamSpec
from servicemanagement.errors import ArgumentTypeError, InvalidArgumentError

if TYPE_CHECKING:
    from urllib.parse import quote, urlencode
else:  # loaded with the first request, not with the package
    quote = lazy_function("urllib.parse", "quote")
    urlencode = lazy_function("urllib.parse", "urlencode")


@dataclass(frozen=True, slots=True)
class Request:
    """Everything that goes on the wire, before any socket is involved."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    body: bytes | None

    @property
    def url_path(self) -> str:
        """Path plus query string, as sent on the request line."""
        return f"{self.path}?{urlencode(self.query)}" if self.query else self.path


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


@functools.cache
def _path_template(path: str) -> tuple[str, ...]:
    """``path`` cut at its ``{name}`` placeholders: text, name, text, ..., name, text
    (once per operation, not on every call)."""
    return tuple(_PLACEHOLDER.split(path))


#: Path segment values that would change which resource a URL names.
_DOT_SEGMENTS = frozenset({"", ".", ".."})


def _wire_value(param: ParamSpec, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(_wire_value(param, item) for item in value)
    return str(value)


def parse_query(text: str) -> list[tuple[str, str]]:
    """``a=1&b=2`` as pairs, split at the first ``=``; items without one are dropped
    (as the legacy client did)."""
    pairs = (item.partition("=") for item in text.split("&"))
    return [(name, value) for name, equals, value in pairs if equals]


def validate_arguments(operation: OperationSpec, args: dict[str, Any]) -> None:
    """Check every argument against the spec before anything is sent: its type, then
    the documented constraints. Raises ``ArgumentTypeError`` (a ``TypeError``) or
    ``InvalidArgumentError`` (a ``ValueError``), naming the argument; a ``secret`` argument's
    value is never quoted."""
    for param in operation.params:
        if param.name not in args:
            continue
        value = args[param.name]
        if value is None:
            if param.required:
                raise InvalidArgumentError(f"{_where(operation, param)} is required")
            continue
        _check_type(operation, param, value)
        problem = _string_problem(param, value) if isinstance(value, str) else None
        if problem is None and param.choices is not None and value not in param.choices:
            problem = f"must be one of {', '.join(param.choices)}, got {_shown(param, value)}"
        if problem is not None:
            raise InvalidArgumentError(f"{_where(operation, param)} {problem}")
        if param.minimum is not None or param.maximum is not None:
            _check_range(operation, param, value)
    for group in operation.one_of:
        # The legacy package's messages, word for word.
        given = [name for name in group if args.get(name) is not None]
        if not given:
            raise InvalidArgumentError(f"{' or '.join(group)} must be specified")
        if len(given) > 1:
            raise InvalidArgumentError(f"Only one of {' or '.join(group)} needs to be specified")


def _where(operation: OperationSpec, param: ParamSpec) -> str:
    """How an error names the argument (built only for an error)."""
    return f"{operation.name}(): argument {param.name!r}"


def _shown(param: ParamSpec, value: Any) -> str:
    return "(secret)" if param.secret else repr(value)


def _string_problem(param: ParamSpec, value: str) -> str | None:
    """What is wrong with a text argument's value (None: nothing)."""
    if param.required and not value:
        return "must not be empty"
    if param.min_length is not None and len(value) < param.min_length:
        return f"must be at least {param.min_length} characters"
    if param.max_length is not None and len(value) > param.max_length:
        return f"must be at most {param.max_length} characters"
    if param.pattern is not None and not re.fullmatch(param.pattern, value):
        return f"must match {param.pattern!r}, got {_shown(param, value)}"
    return None


#: An int argument may also be its decimal text (legacy callers passed ``lun='0'``).
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")


def _check_type(operation: OperationSpec, param: ParamSpec, value: Any) -> None:
    """``value`` is of the argument's spec type, or ``ArgumentTypeError``."""
    kind = param.type or param.scalar or "string"
    if kind in ("string", "base64"):
        ok = isinstance(value, (str, int, float))
    elif kind == "int":
        ok = (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, str) and _INTEGER_TEXT.fullmatch(value) is not None
        )
    elif kind == "float":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif kind == "bool":
        ok = isinstance(value, bool)
    elif kind == "datetime":
        ok = isinstance(value, (str, datetime))
    elif kind == "dict":
        ok = isinstance(value, Mapping)
    elif kind == "json":
        ok = True
    elif kind.startswith("list["):
        # A list, or a model that iterates its items (the legacy list wrappers).
        ok = isinstance(value, (list, tuple, Model))
    else:
        ok = isinstance(value, Model)
    if not ok:
        wanted = {"string": "text", "base64": "text", "int": "an integer"}.get(kind, kind)
        raise ArgumentTypeError(
            f"{_where(operation, param)} must be {wanted}, not {type(value).__name__}"
        )


def _check_range(operation: OperationSpec, param: ParamSpec, value: Any) -> None:
    number = int(value) if isinstance(value, str) else value
    problem = None
    if param.minimum is not None and number < param.minimum:
        problem = f"must be at least {param.minimum}, got {number}"
    elif param.maximum is not None and number > param.maximum:
        problem = f"must be at most {param.maximum}, got {number}"
    if problem is not None:
        raise InvalidArgumentError(f"{_where(operation, param)} {problem}")


def build_request(
    operation: OperationSpec,
    subscription_id: str,
    args: dict[str, Any],
    body: Model | bytes | None,
    *,
    x_ms_version: str | None = None,
) -> Request:
    """The request ``operation`` sends for ``args`` (validated first)."""
    validate_arguments(operation, args)
    values = {"subscription_id": subscription_id}
    query: list[tuple[str, str]] = list(operation.fixed_query)
    headers: list[tuple[str, str]] = [("x-ms-version", x_ms_version or operation.x_ms_version)]
    headers.extend(operation.fixed_headers)
    for param in operation.params:
        value = args.get(param.name)
        wire = param.wire or param.name
        if param.location == "path":
            text = _wire_value(param, value)
            if text in _DOT_SEGMENTS:
                # Percent-encoding leaves dots alone and a URL resolves "." and "..":
                # delete_deployment("svc", "..") would delete the service itself.
                raise InvalidArgumentError(
                    f"{operation.name}(): argument {param.name!r} cannot be {text!r}"
                )
            values[wire] = text
        elif value is None or (param.flag is not None and not value):
            continue
        elif param.location == "query" and param.raw:
            query.extend(parse_query(str(value)))
        elif param.location == "query":
            query.append(
                (wire, param.flag if param.flag is not None else _wire_value(param, value))
            )
        elif param.location == "header":
            headers.append((wire, _wire_value(param, value)))
    pieces = list(_path_template(operation.path))
    pieces[1::2] = [quote(values[name], safe="") for name in pieces[1::2]]
    path = "".join(pieces)
    payload = body.to_body() if isinstance(body, Model) else body
    if payload is not None and operation.content_type != "":
        headers.append(("Content-Type", operation.content_type or CONTENT_TYPE))
    return Request(operation.method, path, tuple(query), tuple(headers), payload)
