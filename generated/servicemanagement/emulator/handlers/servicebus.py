"""Service Bus namespaces: a deleted namespace stays readable, Removing, until it is gone."""

from __future__ import annotations

from typing import Any

from servicemanagement.emulator import engine
from servicemanagement.emulator.core import Call, Reply, effect, handles
from servicemanagement.emulator.inference import plans
from servicemanagement.emulator.store import Store


@handles("delete_namespace")
def delete_namespace(call: Call) -> Reply:
    plan = plans()[call.operation.name]
    name = str(call.args["name"])
    namespace = engine.Collections(call.store).find(plan.collection, (name,))
    if namespace is None:
        raise engine.missing(plan.collection, (name,))
    namespace.update(Status="Removing", Enabled=False)
    return Reply(effect=("namespace.removed", {"name": name}))


@effect("namespace.removed")
def _removed(store: Store, args: dict[str, Any], when: float) -> None:
    plan = plans()["delete_namespace"]
    engine.Collections(store).remove(plan.target, (str(args["name"]),))
