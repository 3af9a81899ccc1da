"""``make bench`` compares like with like: checked here without timing anything."""

from __future__ import annotations

from xml.etree.ElementTree import Element

import bench
from servicemanagement.models import Images


def test_read_workload_parses_what_the_baseline_parses() -> None:
    title, ours, baseline = bench.read_workload()
    parsed, tree = ours(), baseline()
    assert isinstance(parsed, Images) and isinstance(tree, Element)
    assert len(parsed) == len(tree) == 524
    assert "524 OS images" in title


def test_write_workload_writes_what_the_baseline_writes() -> None:
    _, ours, baseline = bench.write_workload()
    assert ours() == baseline()
    assert ours().count(b"<InputEndpoint>") == bench.ENDPOINTS
