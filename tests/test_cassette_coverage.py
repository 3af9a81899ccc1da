"""Every recording in tests/recordings is replayed whole, and every legacy method with a
recorded call ran through the legacy package too (the differential suite).

The ``replay`` fixture (conftest.py) registers a cassette in ``cassettes.REPLAYED`` when
its test passed and made every recorded request, in order, as recorded. conftest runs
this module after every other test of the session, so a cassette that no test replays
(or whose replay failed) makes the check below fail. It needs the whole suite: a
partial run (``pytest -k ...`` selecting this module) reports the cassettes it skipped.
"""

from __future__ import annotations

import legacy_oracle
import pytest
from cassettes import REPLAYED, all_names, load
from differential import COMPARED
from fixturetypes import Serve
from test_roundtrip_recordings import operations_for

#: Cassettes that cannot be replayed, and why. Each reason is checked by a test below.
NOT_REPLAYABLE = {
    "mgmt_storage.test_unicode_create_storage_account_unicode_name": (
        "The legacy SDK sent a storage account name with Chinese characters and Azure "
        "answered 400. This SDK checks the name against the service's rule (3 to 24 "
        "lower-case letters and digits, spec/operations/storage.yaml) and raises "
        "ValueError before sending anything, so the recorded request is never made."
    ),
}
CASSETTES = {name.removeprefix("test_legacy_") for name in all_names()}


def test_every_cassette_is_replayed_or_explained() -> None:
    assert len(CASSETTES) == 113
    assert NOT_REPLAYABLE.keys() <= CASSETTES
    assert REPLAYED <= CASSETTES
    missing = sorted(CASSETTES - REPLAYED - NOT_REPLAYABLE.keys())
    assert not missing, f"{len(missing)} cassettes not replayed by this session: {missing}"
    assert not REPLAYED & NOT_REPLAYABLE.keys(), "replayed after all: drop from NOT_REPLAYABLE"
    assert REPLAYED | NOT_REPLAYABLE.keys() == CASSETTES


def test_every_legacy_method_with_a_recording_was_compared_with_the_legacy_package() -> None:
    """Each recorded call is one of some legacy methods (a path may fit several); at least
    one of them went through both packages in this session."""
    oracle = legacy_oracle.load()
    uncovered = set()
    for name in all_names():
        for interaction in load(name):
            methods = {
                f"{op.client}.{op.name}"
                for op in operations_for(interaction)
                if hasattr(getattr(oracle, op.client), op.name)
            }
            if methods and not methods & COMPARED:
                uncovered.add(f"{interaction.method} {interaction.path}: {sorted(methods)}")
    assert not uncovered, sorted(uncovered)


def test_unicode_storage_account_name_is_refused_before_sending(serve: Serve) -> None:
    # The reason given in NOT_REPLAYABLE: the recorded answer is the service's own
    # rule, and the SDK applies that rule before sending (serve([]): no request at all).
    sms = serve([])
    (recorded,) = load("test_legacy_mgmt_storage.test_unicode_create_storage_account_unicode_name")
    assert recorded.status == 400
    assert b"between 3 and 24 characters" in recorded.response_body
    assert b"numbers and lower-case letters only" in recorded.response_body

    with pytest.raises(ValueError, match="service_name"):
        sms.create_storage_account(
            "utstor55f51dea啊齄丂狛狜",
            "description",
            "label",
            None,
            "West US",
            True,
            {"ext1": "val1", "ext2": "42"},
        )
