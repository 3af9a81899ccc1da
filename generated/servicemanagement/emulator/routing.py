"""Routing from the generated operation table: no second list of routes.

Every ``OperationSpec`` in ``servicemanagement.OPERATIONS`` becomes a route:
its method, its path template (placeholders match one path segment, or part of
one as in ``{thumbalgorithm}-{thumbprint}``) and its fixed query. Where several
operations share a method and path, the most literal template wins, then the one
with most fixed query keys; among the rest the request body's root element (the role
operations that all POST to ``.../roleinstances/{role_name}/Operations``), the
operations' constant headers (``If-Match: *`` tells ``update_store_add_on`` from
``create_store_add_on``) and their required query arguments choose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

from servicemanagement._schema import OperationSpec, ParamSpec
from servicemanagement.emulator.wire import BodyError, model_type

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/")] if path.strip("/") else []


@dataclass(frozen=True)
class Route:
    operation: OperationSpec
    patterns: tuple[re.Pattern[str], ...]
    #: group name -> path placeholder (wire) name
    groups: tuple[tuple[str, str], ...]
    literal_weight: int

    @classmethod
    def build(cls, operation: OperationSpec) -> Route:
        patterns = []
        groups: list[tuple[str, str]] = []
        weight = 0
        for segment in _segments(operation.path):
            regex = ""
            position = 0
            for match in _PLACEHOLDER.finditer(segment):
                literal = segment[position : match.start()]
                regex += re.escape(literal)
                weight += len(literal)
                group = f"g{len(groups)}"
                groups.append((group, match.group(1)))
                regex += f"(?P<{group}>[^/]+?)"
                position = match.end()
            literal = segment[position:]
            regex += re.escape(literal)
            weight += len(literal)
            patterns.append(re.compile(regex, re.IGNORECASE))
        return cls(operation, tuple(patterns), tuple(groups), weight)

    def match(self, segments: list[str]) -> dict[str, str] | None:
        """Placeholder values (decoded) if the path fits this route."""
        if len(segments) != len(self.patterns):
            return None
        captured: dict[str, str] = {}
        for pattern, segment in zip(self.patterns, segments, strict=True):
            found = pattern.fullmatch(segment)
            if found is None:
                return None
            captured.update(found.groupdict())
        return {wire: unquote(captured[group]) for group, wire in self.groups}

    def query_fits(self, query: Mapping[str, str]) -> bool:
        return all(query.get(k) == v for k, v in self.operation.fixed_query)


@dataclass(frozen=True)
class Match:
    operation: OperationSpec
    path_values: dict[str, str]


class RouteError(Exception):
    """No operation answers this request: ``status`` is 404 (no such path) or 405."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def request_root(operation: OperationSpec) -> str | None:
    """The root element (``{namespace}name``) of the operation's XML request body."""
    if operation.request_type in (None, "json", "text"):
        return None
    assert operation.request_type is not None
    schema = model_type(operation.request_type).__schema__
    if schema.json:
        return None
    return f"{{{schema.namespace}}}{schema.root}" if schema.namespace else schema.root


class Router:
    """Finds the spec operation for a method, path, query and body root."""

    def __init__(self, operations: Iterable[OperationSpec]) -> None:
        self.routes = sorted(
            (Route.build(op) for op in operations),
            key=lambda r: (-r.literal_weight, -len(r.operation.fixed_query), r.operation.name),
        )
        # Routes by segment count and literal last segment (None: the last segment has a
        # placeholder), in the order above: a request is matched against a handful of
        # routes instead of every operation's.
        self._index: dict[tuple[int, str | None], list[Route]] = {}
        for route in self.routes:
            last = _segments(route.operation.path)[-1:] or [""]
            literal = None if _PLACEHOLDER.search(last[0]) else last[0].lower()
            self._index.setdefault((len(route.patterns), literal), []).append(route)
        self._order = {id(route): n for n, route in enumerate(self.routes)}

    def _candidates(self, segments: list[str]) -> list[Route]:
        last = segments[-1].lower() if segments else ""
        named = self._index.get((len(segments), last), [])
        open_ended = self._index.get((len(segments), None), [])
        if not named or not open_ended:
            return named or open_ended
        return sorted([*named, *open_ended], key=lambda route: self._order[id(route)])

    def resolve(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        body_root: str | None,
        headers: Mapping[str, str] | None = None,
    ) -> Match:
        segments = _segments(path)
        path_matches = [
            (r, v) for r in self._candidates(segments) if (v := r.match(segments)) is not None
        ]
        if not path_matches:
            raise RouteError(
                404, "The requested URI does not represent any resource on the server."
            )
        candidates = [(r, v) for r, v in path_matches if r.operation.method == method]
        if not candidates:
            allowed = sorted({r.operation.method for r, _ in path_matches})
            raise RouteError(
                405, f"The method {method} is not allowed here; allowed: {', '.join(allowed)}."
            )
        fitting = [(r, v) for r, v in candidates if r.query_fits(query)]
        if not fitting:
            raise RouteError(
                404, "The requested URI does not represent any resource on the server."
            )
        best = fitting[0][0]
        tied = [
            (r, v)
            for r, v in fitting
            if r.literal_weight == best.literal_weight
            and len(r.operation.fixed_query) == len(best.operation.fixed_query)
        ]
        if len(tied) > 1 and body_root is not None:
            by_root = [(r, v) for r, v in tied if request_root(r.operation) == body_root]
            tied = by_root or tied
        if len(tied) > 1:
            sent = {k.lower(): v for k, v in (headers or {}).items()}
            by_headers = [(r, v) for r, v in tied if _headers_fit(r.operation, sent)]
            most = max((len(r.operation.fixed_headers) for r, _ in by_headers), default=0)
            tied = [(r, v) for r, v in by_headers if len(r.operation.fixed_headers) == most]
            tied = tied or by_headers
        if len(tied) > 1:
            # Operations told apart by their query arguments alone (GET /services/WebSpaces
            # lists webspaces, or with ?dnsName= checks a host name): the one whose
            # required arguments are all there and that uses most of the query wins.
            tied = sorted(tied, key=lambda rv: _query_fit(rv[0].operation, query))
        route, values = tied[0]
        return Match(route.operation, values)


def _headers_fit(operation: OperationSpec, sent: Mapping[str, str]) -> bool:
    """Whether the request carries every constant header of the operation."""
    return all(sent.get(name.lower()) == value for name, value in operation.fixed_headers)


def _query_fit(operation: OperationSpec, query: Mapping[str, str]) -> tuple[int, int]:
    """(required query arguments missing, query keys it does not take): lower fits better."""
    wires = {p.wire or p.name: p for p in operation.params if p.location == "query"}
    missing = sum(1 for wire, p in wires.items() if p.required and wire not in query)
    if any(p.raw for p in wires.values()):
        return missing, 0  # it takes any query
    fixed = {key for key, _ in operation.fixed_query}
    unknown = sum(1 for key in query if key not in wires and key not in fixed)
    return missing, unknown


def query_pairs(raw_query: str) -> dict[str, str]:
    return dict(parse_qsl(raw_query, keep_blank_values=True))


def _convert(param: ParamSpec, wire: str, raw: str) -> Any:
    if param.scalar == "bool":
        lowered = raw.lower()
        if lowered not in ("true", "false"):
            raise BodyError(f"The value '{raw}' of query parameter '{wire}' is not a boolean.")
        return lowered == "true"
    if param.scalar == "int":
        try:
            return int(raw)
        except ValueError:
            raise BodyError(
                f"The value '{raw}' of query parameter '{wire}' is not an integer."
            ) from None
    return raw


def arguments(match: Match, query: Mapping[str, str]) -> dict[str, Any]:
    """The operation's path and query arguments, by Python parameter name."""
    args: dict[str, Any] = {}
    for param in match.operation.params:
        wire = param.wire or param.name
        if param.location == "path":
            args[param.name] = match.path_values.get(wire)
        elif param.location == "query":
            if param.flag is not None:
                args[param.name] = query.get(wire) == param.flag
            elif wire in query:
                args[param.name] = _convert(param, wire, query[wire])
            else:
                args[param.name] = None
    return args
