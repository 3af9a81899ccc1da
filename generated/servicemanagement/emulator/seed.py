"""The public catalogue every subscription sees, read from the data files in ``data/``.

The files hold wire data (dictionaries keyed by wire names, see ``wire``) shaped like
the 2015 recordings (list_locations, list_role_sizes, list_operating_systems,
list_os_images, list_vm_images...): real names, labels and sizes, trimmed to a
representative subset. Each file is read once, when first needed.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from servicemanagement.emulator.wire import Wire


@functools.cache
def data(name: str) -> Any:
    """The decoded data file ``data/<name>.json``."""
    source = resources.files("servicemanagement.emulator").joinpath(f"data/{name}.json")
    return json.loads(source.read_text(encoding="utf-8"))


def items(name: str) -> list[Wire]:
    """A data file that lists catalogue entries."""
    found = data(name)
    assert isinstance(found, list), f"data/{name}.json is not a list"
    return found


def locations() -> list[Wire]:
    return items("locations")


@functools.cache
def location_names() -> frozenset[str]:
    """The locations resources can be created in (not the announced, unopened ones)."""
    return frozenset(
        str(location["Name"])
        for location in locations()
        if location.get("AvailableServices") != ["None"]
    )


def compute_capabilities(location: str) -> Wire | None:
    """The role sizes ``location`` offers."""
    found = next((entry for entry in locations() if entry["Name"] == location), None)
    return None if found is None else found.get("ComputeCapabilities")


def paired_regions() -> dict[str, str]:
    """A location's geo-replication partner (GeoSecondaryRegion of storage accounts)."""
    found = data("paired_regions")
    assert isinstance(found, dict)
    return found


def role_sizes() -> list[Wire]:
    return items("role_sizes")


@functools.cache
def role_size_names() -> frozenset[str]:
    return frozenset(str(size["Name"]) for size in role_sizes())


def operating_systems() -> list[Wire]:
    return items("operating_systems")


def os_images() -> list[Wire]:
    return items("os_images")


def vm_images() -> list[Wire]:
    return items("vm_images")


def resource_extensions() -> list[Wire]:
    return items("resource_extensions")
