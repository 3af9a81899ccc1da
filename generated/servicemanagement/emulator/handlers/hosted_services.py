"""Hosted (cloud) services: create, list, properties with embed-detail, update, delete."""

from __future__ import annotations

from typing import Any

from servicemanagement.emulator import engine, seed
from servicemanagement.emulator.core import (
    Call,
    Reply,
    bad_request,
    conflict,
    effect,
    handles,
    not_found,
)
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.handlers.disks import release_disks
from servicemanagement.emulator.handlers.instances import deployment_view
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire

TABLE = "hosted_services"
MISSING = "The hosted service does not exist."
INVALID_NAME = "The hosted service name is invalid."
TAKEN = "A hosted service with the specified name already exists."


def service_record(call: Call, name: str) -> Wire:
    record = call.table(TABLE).get(name)
    if record is None:
        raise not_found(MISSING)
    assert isinstance(record, dict)
    return record


def deployments_of(record: Wire) -> dict[str, Wire]:
    deployments = record.setdefault("_deployments", {})
    assert isinstance(deployments, dict)
    return deployments


def _public(record: Wire) -> Wire:
    return {k: v for k, v in record.items() if not k.startswith("_")}


@handles("list_hosted_services")
def list_hosted_services(call: Call) -> Reply:
    # The list also gives the role sizes each service's location offers.
    services = [
        {**_public(r), "ComputeCapabilities": seed.compute_capabilities(str(r["_location"]))}
        for r in call.table(TABLE).values()
    ]
    return Reply(body={"HostedService": services})


@handles("get_hosted_service_properties")
def get_hosted_service_properties(call: Call) -> Reply:
    record = service_record(call, str(call.args["service_name"]))
    view = _public(record)
    if call.args.get("embed_detail"):
        view["Deployments"] = [deployment_view(call, d) for d in deployments_of(record).values()]
    return Reply(body=view)


@handles("check_hosted_service_name_availability")
def check_hosted_service_name_availability(call: Call) -> Reply:
    name = str(call.args["service_name"])
    if not common.dns_label(name):
        return Reply(body={"Result": False, "Reason": INVALID_NAME})
    if name in call.table(TABLE):
        return Reply(body={"Result": False, "Reason": TAKEN})
    return Reply(body={"Result": True, "Reason": None})


@handles("create_hosted_service")
def create_hosted_service(call: Call) -> Reply:
    data = common.body(call)
    name = str(common.required(data, "ServiceName", "CreateHostedService"))
    if not common.dns_label(name):
        raise bad_request(INVALID_NAME)
    label = str(common.required(data, "Label", "CreateHostedService"))
    common.max_length(label, 100, "Label")
    common.max_length(data.get("Description"), 1024, "Description")
    location, group = common.placement(call, data, "CreateHostedService")
    if name in call.table(TABLE):
        raise conflict("The specified DNS name is already taken.")
    now = common.now_text(call)
    call.table(TABLE)[name] = {
        "Url": call.url(f"services/hostedservices/{name}"),
        "ServiceName": name,
        "HostedServiceProperties": {
            "Description": data.get("Description"),
            "AffinityGroup": group,
            "Location": None if group else location,
            "Label": label,
            "Status": "Created",
            "DateCreated": now,
            "DateLastModified": now,
            "ExtendedProperties": common.extended_properties(data),
        },
        "_location": location,
    }
    return Reply(status=201, headers=common.created_at(call, "compute", name))


@handles("update_hosted_service")
def update_hosted_service(call: Call) -> Reply:
    name = str(call.args["service_name"])
    record = service_record(call, name)
    call.exclusive(f"hostedservice/{name}", "hosted service")
    data = common.body(call)
    properties = record["HostedServiceProperties"]
    if data.get("Label"):
        common.max_length(data["Label"], 100, "Label")
        properties["Label"] = data["Label"]
    if data.get("Description") is not None:
        common.max_length(data["Description"], 1024, "Description")
        properties["Description"] = data["Description"]
    common.merge_properties(properties, data)
    properties["DateLastModified"] = common.now_text(call)
    return Reply(status=200)


@handles("delete_hosted_service")
def delete_hosted_service(call: Call) -> Reply:
    name = str(call.args["service_name"])
    record = service_record(call, name)
    call.exclusive(f"hostedservice/{name}", "hosted service")
    deployments = deployments_of(record)
    complete = bool(call.args.get("complete"))
    if deployments and not complete:
        raise conflict(
            f"The hosted service {name} has deployments ({', '.join(deployments)}); delete"
            " them first, or delete the service with its deployments and disks (complete=True)."
        )
    for deployment in deployments.values():
        call.exclusive(f"deployment/{name}/{deployment['Name']}", "deployment")
    return Reply(
        status=200,
        effect=("hostedservice.deleted", {"name": name, "complete": complete}),
        lock=f"hostedservice/{name}",
    )


@effect("hostedservice.deleted")
def _deleted(store: Store, args: dict[str, Any], when: float) -> None:
    record = store.table(TABLE).pop(args["name"], None)
    engine.forget(store, "/services/hostedservices/{}", (args["name"],))
    if record is not None and args["complete"]:
        for deployment in deployments_of(record).values():
            release_disks(store, args["name"], deployment, delete=True)
