"""Reserved IP addresses: creating, deleting and (dis)associating them with deployments.

(Virtual network sites are a plain list the engine serves: a new subscription has none.)
"""

from __future__ import annotations

import uuid
from typing import Any

from servicemanagement.emulator.core import Call, Reply, bad_request, conflict, effect, handles
from servicemanagement.emulator.engine import table_name
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.handlers.deployments import deployment_record
from servicemanagement.emulator.store import Store

#: The engine's reserved IP collection (listing and reading them is plain: the engine
#: serves list_reserved_ip_addresses and get_reserved_ip_address).
TABLE = table_name("/services/networking/reservedips")


def _missing(name: str) -> str:
    return f"The reserved IP address {name} was not found."


@handles("create_reserved_ip_address")
def create_reserved_ip_address(call: Call) -> Reply:
    data = common.body(call)
    name = str(common.required(data, "Name", "ReservedIP"))
    location = str(common.required(data, "Location", "ReservedIP"))
    common.check_location(location)
    if name in call.table(TABLE):
        raise conflict(f"A reserved IP address named {name} already exists.")
    call.table(TABLE)[name] = {
        "Name": name,
        "Address": common.public_ip(),
        "Id": str(uuid.uuid4()),
        "Label": data.get("Label"),
        "State": "Created",
        "Location": location,
    }
    return Reply(status=202, lock=f"reservedip/{name}")


@handles("delete_reserved_ip_address")
def delete_reserved_ip_address(call: Call) -> Reply:
    name = str(call.args["name"])
    record = common.lookup(call.table(TABLE), name, _missing(name))
    call.exclusive(f"reservedip/{name}", "reserved IP address")
    if record.get("InUse"):
        raise bad_request(
            f"The reserved IP address {name} is in use by deployment"
            f" {record.get('DeploymentName')}; disassociate it first."
        )
    return Reply(
        status=202, effect=("reservedip.deleted", {"name": name}), lock=f"reservedip/{name}"
    )


@effect("reservedip.deleted")
def _deleted(store: Store, args: dict[str, Any], when: float) -> None:
    store.table(TABLE).pop(args["name"], None)


def _association(call: Call) -> tuple[dict[str, Any], dict[str, Any]]:
    name = str(call.args["name"])
    record = common.lookup(call.table(TABLE), name, _missing(name))
    data = common.body(call)
    service = str(common.required(data, "ServiceName", "ReservedIPAssociation"))
    deployment = deployment_record(
        call, service, str(common.required(data, "DeploymentName", "ReservedIPAssociation"))
    )
    call.exclusive(f"reservedip/{name}", "reserved IP address")
    return record, deployment


@handles("associate_reserved_ip_address")
def associate_reserved_ip_address(call: Call) -> Reply:
    record, deployment = _association(call)
    if record.get("InUse"):
        raise conflict(f"The reserved IP address {record['Name']} is already in use.")
    service = common.body(call)["ServiceName"]
    record.update(InUse=True, ServiceName=service, DeploymentName=deployment["Name"])
    for vip in deployment.get("VirtualIPs") or []:
        vip.update(Address=record["Address"], ReservedIPName=record["Name"])
    return Reply(status=202, lock=f"reservedip/{record['Name']}")


@handles("disassociate_reserved_ip_address")
def disassociate_reserved_ip_address(call: Call) -> Reply:
    record, deployment = _association(call)
    if record.get("DeploymentName") != deployment["Name"]:
        raise bad_request(
            f"The reserved IP address {record['Name']} is not associated with that deployment."
        )
    for key in ("ServiceName", "DeploymentName", "InUse"):
        record.pop(key, None)
    for vip in deployment.get("VirtualIPs") or []:
        if vip.get("ReservedIPName") == record["Name"]:
            vip.pop("ReservedIPName")
            vip["Address"] = common.public_ip()
    return Reply(status=202, lock=f"reservedip/{record['Name']}")
