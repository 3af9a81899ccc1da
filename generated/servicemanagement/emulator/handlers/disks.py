"""Disks: created for virtual machines, kept or deleted with them, managed on their own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from servicemanagement.emulator.core import Call, Reply, bad_request, conflict, handles
from servicemanagement.emulator.engine import table_name
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire, format_time

#: The engine's disk collection (list_disks and get_disk are plain: the engine serves them).
TABLE = table_name("/services/disks")
MISSING = "The disk with the specified name does not exist."


def disk_name(service: str, role: str, index: int, now: float) -> str:
    """The name Azure gave a disk it created: ``service-role-index-timestamp``."""
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%d%H%M%S%f")[:18]
    return f"{service}-{role}-{index}-{stamp}"


def _check_free(store: Store, name: str, media_link: str) -> None:
    disks = store.table(TABLE)
    if name in disks:
        raise conflict(f"A disk with name {name} already exists.")
    for other in disks.values():
        if other.get("MediaLink") == media_link:
            raise conflict(f"The blob {media_link} is already in use by disk {other['Name']}.")


def create_disk(
    call: Call,
    name: str,
    media_link: str,
    *,
    size: int,
    location: str,
    os: str | None = None,
    source_image: str | None = None,
    label: str | None = None,
    attached_to: Wire | None = None,
) -> Wire:
    _check_free(call.store, name, media_link)
    record: Wire = {
        "AttachedTo": attached_to,
        "OS": os,
        "Location": location,
        "LogicalDiskSizeInGB": size,
        "MediaLink": media_link,
        "Name": name,
        "SourceImageName": source_image,
        "Label": label,
        "CreatedTime": format_time(call.now),
        "IOType": "Standard",
    }
    call.table(TABLE)[name] = {k: v for k, v in record.items() if v is not None}
    return call.table(TABLE)[name]


def attach_disk(call: Call, name: str, attached_to: Wire, *, need_os: bool) -> Wire:
    """Attach an existing, free disk; ``need_os``: it must hold an operating system."""
    record = common.lookup(call.table(TABLE), name, MISSING)
    if record.get("AttachedTo"):
        raise conflict(f"The disk {name} is already attached to another virtual machine.")
    if need_os and not record.get("OS"):
        raise bad_request(f"The disk {name} holds no operating system and cannot boot a VM.")
    record["AttachedTo"] = attached_to
    return record


def _role_disks(role: Wire) -> Iterator[str]:
    os_disk = role.get("OSVirtualHardDisk") or {}
    if os_disk.get("DiskName"):
        yield str(os_disk["DiskName"])
    for data_disk in role.get("DataVirtualHardDisks") or []:
        if data_disk.get("DiskName"):
            yield str(data_disk["DiskName"])


def release_disk(store: Store, name: str, *, delete: bool) -> None:
    """Detach a disk; with ``delete`` remove it (and its VHD) too."""
    disks = store.table(TABLE)
    if delete:
        disks.pop(name, None)
    elif name in disks:
        disks[name].pop("AttachedTo", None)


def release_role_disks(store: Store, role: Wire, *, delete: bool) -> None:
    """Release a removed role's disks."""
    for name in _role_disks(role):
        release_disk(store, name, delete=delete)


def release_disks(store: Store, service: str, deployment: Wire, *, delete: bool) -> None:
    for role in deployment.get("RoleList") or []:
        release_role_disks(store, role, delete=delete)


@handles("add_disk")
def add_disk(call: Call) -> Reply:
    data = common.body(call)
    name = str(common.required(data, "Name", "Disk"))
    link = common.media_link(common.required(data, "MediaLink", "Disk"))
    label = str(common.required(data, "Label", "Disk"))
    os = data.get("OS")
    if os is not None:
        common.choice(os, ("Linux", "Windows"), "OS")
    create_disk(
        call,
        name,
        link,
        size=127 if os == "Windows" else 30,
        location=common.account_location(call, link),
        os=os,
        label=label,
    )
    return Reply(status=200)


@handles("update_disk")
def update_disk(call: Call) -> Reply:
    record = common.lookup(call.table(TABLE), str(call.args["disk_name"]), MISSING)
    record["Label"] = common.required(common.body(call), "Label", "Disk")
    return Reply(status=200)


@handles("delete_disk")
def delete_disk(call: Call) -> Reply:
    name = str(call.args["disk_name"])
    record = common.lookup(call.table(TABLE), name, MISSING)
    attached = record.get("AttachedTo")
    if attached:
        raise bad_request(
            f"A disk with name {name} is currently in use by virtual machine"
            f" {attached.get('RoleName')} running within hosted service"
            f" {attached.get('HostedServiceName')}, deployment {attached.get('DeploymentName')}."
        )
    del call.table(TABLE)[name]
    return Reply(status=200)
