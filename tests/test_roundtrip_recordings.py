"""Every recorded XML body whose root the spec knows: from_xml -> to_xml gives it back.

Bodies come from tests/recordings (requests and responses). A
body round-trips when the model reproduces it element by element (tests/xmlcompare):
nothing dropped, nothing reordered, no text changed. Where several spec types share a
root element, the operation that sent or answered the body chooses: its request type
for a request body, its response type for a response.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pytest
from cassettes import Interaction, all_names, load
from servicemanagement._generated import OPERATIONS, ROOTS
from servicemanagement._schema import OperationSpec
from servicemanagement._xml import parse_document
from servicemanagement.models import from_xml
from xmlcompare import xml_difference

WA = "{http://schemas.microsoft.com/windowsazure}"
SQL = "{http://schemas.microsoft.com/sqlazure/2010/12/}"
ATOM = "{http://www.w3.org/2005/Atom}"
SERIALIZATION = "{http://schemas.microsoft.com/2003/10/Serialization/}"


@dataclass(frozen=True)
class Body:
    """One recorded XML body and the call it belongs to."""

    cassette: str
    index: int
    is_request: bool
    interaction: Interaction
    data: bytes
    tag: str

    @property
    def id(self) -> str:
        short = self.cassette.removeprefix("test_legacy_")
        return f"{short}#{self.index}.{'request' if self.is_request else 'response'}"


@cache
def recorded_bodies() -> tuple[Body, ...]:
    """Every XML body of every cassette; identical bodies (polling) once."""
    seen: set[tuple[bool, bytes]] = set()
    found = []
    for name in all_names():
        for index, interaction in enumerate(load(name)):
            for is_request, data in (
                (True, interaction.request_body),
                (False, interaction.response_body),
            ):
                if not data.lstrip().startswith(b"<") or (is_request, data) in seen:
                    continue  # empty, JSON (scheduler jobs), or already collected
                seen.add((is_request, data))
                tag = parse_document(data).tag
                found.append(Body(name, index, is_request, interaction, data, tag))
    return tuple(found)


def _path_pattern(operation: OperationSpec) -> re.Pattern[str]:
    parts = re.split(r"(\{[^{}]+\})", operation.path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts if p))


def operations_for(interaction: Interaction) -> list[OperationSpec]:
    """Spec operations that would send this request (method, path, fixed query)."""
    query = set(interaction.query)
    return [
        op
        for op in OPERATIONS.values()
        if op.method == interaction.method
        and _path_pattern(op).fullmatch(interaction.path)
        and set(op.fixed_query) <= query
    ]


#: The error document each service class answers with (all share the root ``Error``).
ERROR_TYPES = {"WebsiteManagementService": "WebsiteError"}


def model_for(body: Body) -> str:
    """The spec type to read ``body`` with."""
    candidates = ROOTS[body.tag]
    if body.tag == f"{WA}Error" and not body.is_request:
        clients = {op.client for op in operations_for(body.interaction)}
        return (
            ERROR_TYPES.get(clients.pop(), "ServiceError") if len(clients) == 1 else "ServiceError"
        )
    for op in operations_for(body.interaction):
        chosen = op.request_type if body.is_request else op.response_type
        if chosen in candidates:
            return chosen
    if len(candidates) == 1:
        return candidates[0]
    used = {op.request_type if body.is_request else op.response_type for op in OPERATIONS.values()}
    narrowed = [c for c in candidates if c in used]
    if len(narrowed) != 1:
        raise AssertionError(
            f"{body.id}: root {body.tag} is shared by {candidates} and no spec operation"
            f" matching {body.interaction.method} {body.interaction.path} chooses one"
        )
    return narrowed[0]


KNOWN = [b for b in recorded_bodies() if b.tag in ROOTS]


def difference(body: Body) -> str | None:
    obj = from_xml(body.data, type=model_for(body))
    return xml_difference(body.data, obj.to_xml())


@pytest.mark.parametrize("body", KNOWN, ids=[b.id for b in KNOWN])
def test_recorded_body_round_trips(body: Body) -> None:
    assert difference(body) is None


def test_every_recorded_root_has_a_spec_type() -> None:
    unknown = sorted({b.tag for b in recorded_bodies() if b.tag not in ROOTS})
    assert unknown == [], f"recorded document roots no spec type has: {unknown}"


def test_the_corpus_is_read() -> None:
    """Guards the parametrisation above against silently finding nothing."""
    bodies = recorded_bodies()
    assert sum(b.is_request for b in bodies) > 100
    assert sum(not b.is_request for b in bodies) > 100
    assert KNOWN
