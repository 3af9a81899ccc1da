"""VM images: the public catalogue plus the subscription's own (create, capture, update, delete)."""

from __future__ import annotations

import functools
from typing import Any

from servicemanagement.emulator import seed
from servicemanagement.emulator.core import Call, Reply, bad_request, conflict, effect, handles
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire

TABLE = "vm_images"
MISSING = "The VM image with the specified name does not exist."
OS_STATES = ("Generalized", "Specialized")


@functools.cache
def _public() -> dict[str, Wire]:
    """The platform images by name."""
    return {str(image["Name"]): image for image in seed.vm_images()}


_UPDATABLE = (
    "Label", "Description", "Language", "ImageFamily", "RecommendedVMSize", "Eula",
    "IconUri", "SmallIconUri", "PrivacyUri", "PublishedDate", "ShowInGui",
)  # fmt: skip


def find_vm_image(store: Store, name: str) -> Wire | None:
    return _public().get(name) or store.table(TABLE).get(name)


def add_vm_image(call: Call, image: Wire) -> Wire:
    """Register a user VM image (from create_vm_image or a capture)."""
    name = str(image["Name"])
    if find_vm_image(call.store, name) is not None:
        raise conflict(f"A VM image with the name {name} already exists.")
    now = common.now_text(call)
    record = {
        "Category": "User",
        **image,
        "CreatedTime": now,
        "ModifiedTime": now,
        "IsPremium": False,
        "VMImageState": "VMImageReadyForUse",
    }
    call.table(TABLE)[name] = {k: v for k, v in record.items() if v is not None}
    return call.table(TABLE)[name]


def _user_image(call: Call, name: str) -> Wire:
    if name in _public():
        raise bad_request(f"The VM image {name} is a platform image and cannot be changed.")
    return common.lookup(call.table(TABLE), name, MISSING)


@handles("list_vm_images")
def list_vm_images(call: Call) -> Reply:
    location, publisher, category = (
        call.args.get("location"),
        call.args.get("publisher"),
        call.args.get("category"),
    )
    images = [
        image
        for image in [*seed.vm_images(), *call.table(TABLE).values()]
        if (not location or location in str(image.get("Location", "")).split(";"))
        and (not publisher or image.get("PublisherName") == publisher)
        and (not category or image.get("Category") == category)
    ]
    return Reply(body={"VMImage": images})


@handles("create_vm_image")
def create_vm_image(call: Call) -> Reply:
    data = common.body(call)
    name = str(common.required(data, "Name", "VMImage"))
    label = str(common.required(data, "Label", "VMImage"))
    disk = common.required(data, "OSDiskConfiguration", "VMImage")
    where = "OSDiskConfiguration"
    os_state = common.choice(common.required(disk, "OSState", where), OS_STATES, "OSState")
    os = common.choice(common.required(disk, "OS", where), ("Linux", "Windows"), "OS")
    link = common.media_link(common.required(disk, "MediaLink", where))
    data_disks = []
    for index, data_disk in enumerate(data.get("DataDiskConfigurations") or []):
        data_disks.append(
            {
                "Name": f"{name}-datadisk-{index}",
                "HostCaching": data_disk.get("HostCaching") or "None",
                "Lun": data_disk.get("Lun", index),
                "MediaLink": common.media_link(
                    common.required(data_disk, "MediaLink", "DataDiskConfiguration")
                ),
                "LogicalDiskSizeInGB": data_disk.get("LogicalDiskSizeInGB") or 1023,
                "IOType": "Standard",
            }
        )
    add_vm_image(
        call,
        {
            "Name": name,
            "Label": label,
            "Description": data.get("Description"),
            "OSDiskConfiguration": {
                "Name": f"{name}-os",
                "HostCaching": disk.get("HostCaching") or "ReadWrite",
                "OSState": os_state,
                "OS": os,
                "MediaLink": link,
                "LogicalDiskSizeInGB": 127 if os == "Windows" else 30,
                "IOType": "Standard",
            },
            "DataDiskConfigurations": data_disks,
            "Location": common.account_location(call, link),
            **{k: data.get(k) for k in _UPDATABLE if k not in ("Label", "Description")},
        },
    )
    return Reply(status=202, lock=f"vmimage/{name}")


@handles("update_vm_image")
def update_vm_image(call: Call) -> Reply:
    name = str(call.args["vm_image_name"])
    image = _user_image(call, name)
    call.exclusive(f"vmimage/{name}", "VM image")
    data = common.body(call)
    for element in _UPDATABLE:
        if data.get(element) not in (None, ""):
            image[element] = data[element]
    caching = (data.get("OSDiskConfiguration") or {}).get("HostCaching")
    if caching:
        image["OSDiskConfiguration"]["HostCaching"] = caching
    image["ModifiedTime"] = common.now_text(call)
    return Reply(status=200, lock=f"vmimage/{name}")


@handles("delete_vm_image")
def delete_vm_image(call: Call) -> Reply:
    name = str(call.args["vm_image_name"])
    _user_image(call, name)
    call.exclusive(f"vmimage/{name}", "VM image")
    return Reply(status=202, effect=("vmimage.deleted", {"name": name}), lock=f"vmimage/{name}")


@effect("vmimage.deleted")
def _deleted(store: Store, args: dict[str, Any], when: float) -> None:
    store.table(TABLE).pop(args["name"], None)
