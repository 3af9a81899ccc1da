"""Affinity groups: create, properties (with their services), update, delete."""

from __future__ import annotations

from servicemanagement.emulator import seed
from servicemanagement.emulator.core import Call, Reply, bad_request, conflict, handles
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.wire import Wire

TABLE = "affinity_groups"
MISSING = "The affinity group does not exist."


def _members(call: Call, name: str, table: str, properties: str) -> list[Wire]:
    """The hosted services or storage accounts placed in affinity group ``name``.

    As in the recordings, an account still being created is not listed yet.
    """
    return [
        {k: v for k, v in record.items() if k in ("Url", "ServiceName", properties)}
        for record in call.table(table).values()
        if record[properties].get("AffinityGroup") == name
        and record[properties].get("Status") != "Creating"
    ]


def _hosted_services(call: Call, name: str) -> list[Wire]:
    return _members(call, name, "hosted_services", "HostedServiceProperties")


def _storage_services(call: Call, name: str) -> list[Wire]:
    return _members(call, name, "storage_accounts", "StorageServiceProperties")


@handles("list_affinity_groups")
def list_affinity_groups(call: Call) -> Reply:
    groups = [
        {**record, "ComputeCapabilities": seed.compute_capabilities(str(record["Location"]))}
        for record in call.table(TABLE).values()
    ]
    return Reply(body={"AffinityGroup": groups})


@handles("get_affinity_group_properties")
def get_affinity_group_properties(call: Call) -> Reply:
    name = str(call.args["affinity_group_name"])
    record = common.lookup(call.table(TABLE), name, MISSING)
    return Reply(
        body={
            **record,
            "HostedServices": _hosted_services(call, name),
            "StorageServices": _storage_services(call, name),
        }
    )


@handles("create_affinity_group")
def create_affinity_group(call: Call) -> Reply:
    data = common.body(call)
    name = str(common.required(data, "Name", "CreateAffinityGroup"))
    label = str(common.required(data, "Label", "CreateAffinityGroup"))
    location = str(common.required(data, "Location", "CreateAffinityGroup"))
    common.max_length(label, 100, "Label")
    common.max_length(data.get("Description"), 1024, "Description")
    common.check_location(location)
    if name in call.table(TABLE):
        raise conflict("An affinity group with the specified name already exists.")
    call.table(TABLE)[name] = {
        "Name": name,
        "Label": label,
        "Description": data.get("Description") or "",
        "Location": location,
        "Capabilities": ["PersistentVMRole", "HighMemory"],
        "CreatedTime": common.now_text(call),
    }
    return Reply(status=201, headers=common.created_at(call, "affinitygroup", name))


@handles("update_affinity_group")
def update_affinity_group(call: Call) -> Reply:
    record = common.lookup(call.table(TABLE), str(call.args["affinity_group_name"]), MISSING)
    data = common.body(call)
    record["Label"] = common.required(data, "Label", "UpdateAffinityGroup")
    if data.get("Description") is not None:
        record["Description"] = data["Description"]
    return Reply(status=200)


@handles("delete_affinity_group")
def delete_affinity_group(call: Call) -> Reply:
    name = str(call.args["affinity_group_name"])
    common.lookup(call.table(TABLE), name, MISSING)
    in_use = any(
        record[properties].get("AffinityGroup") == name
        for table, properties in (
            ("hosted_services", "HostedServiceProperties"),
            ("storage_accounts", "StorageServiceProperties"),
        )
        for record in call.table(table).values()
    )
    if in_use:
        raise bad_request(
            f"The affinity group {name} is in use by a hosted service or a storage account"
            " and cannot be deleted."
        )
    del call.table(TABLE)[name]
    return Reply(status=200)
