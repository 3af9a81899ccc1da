"""The generated operation reference and its coverage table."""

from __future__ import annotations

from pathlib import Path

from generator.docs import INVENTORY, match, read_inventory, render_docs
from generator.loader import load_service

ROOT = Path(__file__).resolve().parent.parent


def test_inventory_is_read_completely() -> None:
    rows = read_inventory(INVENTORY)
    assert len(rows) == 459
    assert [r.number for r in rows] == list(range(1, 460))
    locations = next(r for r in rows if r.name == "list_locations")
    assert (locations.method, locations.path) == ("GET", "locations")


def test_every_spec_operation_matches_its_inventory_row() -> None:
    service = load_service(ROOT / "spec")
    rows = read_inventory(INVENTORY)
    for op in service.operations:
        row = match(op, service, rows)
        assert row is not None, f"{op.name} ({op.method} {op.path}) matches no inventory row"
        assert row.method == op.method


def test_rendered_docs_list_each_operation_and_coverage() -> None:
    service = load_service(ROOT / "spec")
    text = render_docs(service, read_inventory(INVENTORY))
    for op in service.operations:
        assert f"### `{op.name}(" in text
    assert "| 8 | locations | list_locations | GET | `locations` | y | yes |" in text
    assert "| 1 | subscriptions | entitle_resource | POST | `EntitleResource` |  | yes |" in text
    rows = read_inventory(INVENTORY)
    covered = {row.number for op in service.operations if (row := match(op, service, rows))}
    for row in rows:
        assert f"| {row.number} | {row.group} | {row.name} |" in text
        line = f"| {row.number} | {row.group} | {row.name} | {row.method} | `{row.path}` |"
        assert row.number in covered or f"{line}  | not yet |" in text


def test_every_operation_of_the_legacy_package_is_covered() -> None:
    service = load_service(ROOT / "spec")
    rows = read_inventory(INVENTORY)
    covered = {row.number for op in service.operations if (row := match(op, service, rows))}
    legacy = {row.number: row.name for row in rows if row.in_legacy_python}
    assert len(legacy) == 155
    assert {n: name for n, name in legacy.items() if n not in covered} == {}


def test_operations_sharing_a_path_are_told_apart_by_their_constant_query() -> None:
    service = load_service(ROOT / "spec")
    rows = read_inventory(INVENTORY)
    by_name = {op.name: op for op in service.operations}
    for name in ("reboot_role_instance", "reimage_role_instance", "rebuild_role_instance"):
        row = match(by_name[name], service, rows)
        assert row is not None and row.name == name


def test_the_row_naming_most_constant_query_values_wins() -> None:
    # POST .../repository and POST .../repository?action=sync; the Operations endpoint of a
    # role instance told apart by the request root.
    service = load_service(ROOT / "spec")
    rows = read_inventory(INVENTORY)
    by_name = {op.name: op for op in service.operations}
    for name in (
        "create_site_repository",
        "sync_site_repository",
        "redeploy_virtual_machine",
        "initiate_virtual_machine_maintenance",
        "restart_role",
    ):
        row = match(by_name[name], service, rows)
        assert row is not None and row.name == name


#: Areas whose every inventory row the spec covers.
COMPLETE_AREAS = {
    "subscriptions",
    "deployments",
    "virtual machines (roles)",
    "vm images",
    "storage accounts",
    "sql database",
    "websites",
    "scheduler",
    "service bus",
    "cloud services (RDFE resource containers / store add-ons)",
}


def test_the_completed_areas_are_fully_covered() -> None:
    service = load_service(ROOT / "spec")
    rows = read_inventory(INVENTORY)
    covered = {row.number for op in service.operations if (row := match(op, service, rows))}
    assert {row.group for row in rows} >= COMPLETE_AREAS
    missing = [
        f"{row.number} {row.name}"
        for row in rows
        if row.group in COMPLETE_AREAS and row.number not in covered
    ]
    assert missing == []
