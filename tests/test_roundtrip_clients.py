"""Every XML body of the SQL, Service Bus, Websites and Scheduler recordings round-trips.

Each body is read as the type its operation declares (the operation is found from the
recorded method, path and query) and written back: the result must be the same XML,
element by element, with nothing dropped. Error bodies are read by their root element.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from cassettes import Interaction, all_names, load, root_name
from servicemanagement import OPERATIONS, SerializationString, WebsiteError, from_xml
from servicemanagement._schema import OperationSpec
from servicemanagement.models import MODEL_TYPES
from xmlcompare import xml_difference

AREAS = ("sqldatabase", "servicebus", "website", "scheduler")
ERROR_TYPES = {"Error": WebsiteError, "string": SerializationString}


def _pattern(operation: OperationSpec) -> re.Pattern[str]:
    parts = re.split(r"(\{[^{}]+\})", operation.path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def _operation(interaction: Interaction) -> OperationSpec:
    """The one operation (with XML bodies) that sends this recorded request."""
    query = set(interaction.query)
    found = {
        op.name: op
        for op in OPERATIONS.values()
        if op.method == interaction.method
        and _pattern(op).match(interaction.path)
        and set(op.fixed_query) <= query
        and op.response_type != "text"  # get_publish_profile_xml: the same call, as text
    }
    # A generic template (the store add-ons' resources/{namespace}/{type}/{name}) also
    # matches the calls of its special cases (scheduler/jobCollections): the one with the
    # fewest placeholders is the call.
    fewest = min((op.path.count("{") for op in found.values()), default=0)
    found = {name: op for name, op in found.items() if op.path.count("{") == fewest}
    assert len(found) == 1, f"{interaction.method} {interaction.path}: {sorted(found)}"
    return next(iter(found.values()))


def _bodies() -> Iterator[tuple[str, bytes, type]]:
    for name in all_names():
        if name.split(".")[0].removeprefix("test_legacy_mgmt_") not in AREAS:
            continue
        for index, interaction in enumerate(load(name)):
            operation = _operation(interaction)
            where = f"{name.removeprefix('test_legacy_')}#{index}"
            if root_name(interaction.request_body):
                assert (
                    operation.request_type is not None and operation.request_type in MODEL_TYPES
                ), where
                yield (
                    f"{where}:request",
                    interaction.request_body,
                    MODEL_TYPES[operation.request_type],
                )
            root = root_name(interaction.response_body)
            if root is None:
                continue
            if interaction.status >= 300:
                yield f"{where}:error", interaction.response_body, ERROR_TYPES[root]
            else:
                assert (
                    operation.response_type is not None and operation.response_type in MODEL_TYPES
                ), where
                yield (
                    f"{where}:response",
                    interaction.response_body,
                    MODEL_TYPES[operation.response_type],
                )


BODIES = list(_bodies())


def test_the_recordings_hold_bodies_of_every_area() -> None:
    areas = {where.split(".")[0].removeprefix("mgmt_") for where, _, _ in BODIES}
    assert areas == set(AREAS)
    assert len(BODIES) > 150


@pytest.mark.parametrize(("where", "body", "cls"), BODIES, ids=[b[0] for b in BODIES])
def test_body_round_trips(where: str, body: bytes, cls: type) -> None:
    model = from_xml(body, type=cls)
    assert xml_difference(body, model.to_xml()) is None
