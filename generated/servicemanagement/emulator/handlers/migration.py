"""Classic-to-ARM migration of a resource: validate, then prepare, then commit or abort.

Azure's state machine, one per resource: ``prepare`` copies a resource's metadata to
Resource Manager and leaves it Prepared; ``abort`` takes a prepared resource back to
classic; ``commit`` makes the move final, after which the classic API no longer has the
resource. ``validate`` lists what stands in the way: nothing for a resource at rest, the
migration itself for one being migrated. Prepare, commit and abort are asynchronous and
take effect when their operation succeeds; a second step meanwhile is refused (409).

Every spec operation on a resource's ``.../migration`` path with ``comp=validate``,
``prepare``, ``commit`` or ``abort`` is served here, so a resource kind the spec adds
migrates with no code.
"""

from __future__ import annotations

from typing import Any

from servicemanagement._generated import OPERATIONS
from servicemanagement.emulator import paths
from servicemanagement.emulator.core import Call, Reply, bad_request, conflict, effect, handles
from servicemanagement.emulator.engine import Collections, missing
from servicemanagement.emulator.inference import plans
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import list_wire

#: Resource -> its migration state (PREPARED, or COMMITTED for one that hand-written
#: code keeps, which stays visible to the classic API here).
TABLE = "migrations"
PREPARED, COMMITTED = "Prepared", "Committed"
STEPS = ("validate", "prepare", "commit", "abort")


def _step(name: str) -> str | None:
    operation = OPERATIONS[name]
    comp = dict(operation.fixed_query).get("comp")
    on_migration = operation.path.rstrip("/").lower().endswith("/migration")
    return comp if on_migration and comp in STEPS else None


MIGRATION_OPERATIONS = tuple(sorted(name for name in OPERATIONS if _step(name)))


def _resource(call: Call) -> tuple[str, str, dict[str, Any]]:
    """The resource's state key, its kind for messages, and what its effect needs."""
    plan = plans()[call.operation.name]
    key = paths.hole_values(call.operation, call.args)[: plan.target.count(paths.HOLE)]
    if Collections(call.store).find(plan.collection, key) is None:
        raise missing(plan.collection, key)
    resource = f"{paths.text(plan.target)}={'/'.join(key)}"
    where = {"resource": resource, "target": list(plan.target), "key": list(key)}
    return resource, plan.collection[-1], where


@handles(*MIGRATION_OPERATIONS)
def migrate(call: Call) -> Reply:
    resource, kind, where = _resource(call)
    state = call.table(TABLE).get(resource)
    step = _step(call.operation.name)
    name = where["key"][-1]
    if step == "validate":
        findings = [
            {
                "ResourceType": kind,
                "ResourceName": name,
                "Category": "Error",
                "Message": f"The resource is already being migrated ({state}).",
            }
        ]
        response = call.operation.response_type or ""
        return Reply(body=list_wire(response, findings if state else []))
    call.exclusive(f"migration/{resource}", "migration")
    if step == "prepare" and state is not None:
        raise conflict(f"The {kind} '{name}' is already {state.lower()} for migration.")
    if step != "prepare" and state != PREPARED:
        raise bad_request(f"The {kind} '{name}' must be prepared for migration first.")
    return Reply(effect=(f"migration.{step}", where), lock=f"migration/{resource}")


@effect("migration.prepare")
def _prepared(store: Store, args: dict[str, Any], when: float) -> None:
    store.table(TABLE)[args["resource"]] = PREPARED


@effect("migration.abort")
def _aborted(store: Store, args: dict[str, Any], when: float) -> None:
    store.table(TABLE).pop(args["resource"], None)


@effect("migration.commit")
def _committed(store: Store, args: dict[str, Any], when: float) -> None:
    """The resource leaves the classic API where the engine keeps it."""
    target, key = tuple(args["target"]), tuple(args["key"])
    items = Collections(store)
    items.remove(target, key)
    if items.find(target[:-1], key) is None:
        store.table(TABLE).pop(args["resource"], None)
    else:  # kept by hand-written code (deployments): marked, no longer migratable
        store.table(TABLE)[args["resource"]] = COMMITTED
