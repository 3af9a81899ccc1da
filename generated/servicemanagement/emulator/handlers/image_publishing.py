"""Publishing the subscription's own images: replicate them to other regions, share them,
unreplicate them. The operations address OS and VM images alike (``/services/images/{name}``).

Replication state is kept on the image: ``Location`` lists the regions holding it (its home
region first), which list_vm_images filters by, and ``ReplicationProgress`` gives each target
region's progress, which get_os_image_details shows. Sharing sets ``Category`` (Public, MSDN or
Private), which get and list show. All three are asynchronous and change the image when they
complete; meanwhile the image is locked (409 for other changes).
"""

from __future__ import annotations

import re
from typing import Any

from servicemanagement.emulator.core import (
    Call,
    Reply,
    bad_request,
    conflict,
    effect,
    handles,
    not_found,
)
from servicemanagement.emulator.handlers import common, images, vm_images
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire

#: The image tables and the lock prefix their other operations use.
_KINDS = ((images.TABLE, "osimage"), (vm_images.TABLE, "vmimage"))
_PERMISSIONS = {"public": "Public", "msdn": "MSDN", "private": "Private"}
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


def _own_image(call: Call) -> tuple[Wire, dict[str, Any], str]:
    """The subscription's image the call names, its effect arguments and its lock, which no
    operation in progress may hold; 400 for a platform image, 404 for an unknown one."""
    name = str(call.args["vm_image_name"])
    for table, kind in _KINDS:
        if name in call.table(table):
            lock = f"{kind}/{name}"
            call.exclusive(lock, "image")
            return call.table(table)[name], {"table": table, "name": name}, lock
    if images.find_os_image(call.store, name) or vm_images.find_vm_image(call.store, name):
        raise bad_request(f"The image {name} is a platform image; only your own can be published.")
    raise not_found(f"The image {name} does not exist.")


def _image(store: Store, args: dict[str, Any]) -> Wire | None:
    found = store.table(args["table"]).get(args["name"])
    assert found is None or isinstance(found, dict)
    return found


def _home(image: Wire) -> str:
    """The region the image was created in (Location lists it first)."""
    home = image.setdefault("_home", str(image.get("Location", "")).split(";")[0])
    return str(home)


def _replicated(image: Wire) -> bool:
    progress = image.get("ReplicationProgress") or []
    return bool(progress) and all(int(p["Progress"]) == 100 for p in progress)


@handles("replicate_vm_image")
def replicate_vm_image(call: Call) -> Reply:
    data = common.body(call)
    regions = [str(r) for r in common.required(data, "TargetLocations", "ReplicationInput")]
    for region in regions:
        common.check_location(region)
    attributes = common.required(data, "ComputeImageAttributes", "ReplicationInput")
    for element in ("Offer", "Sku", "Version"):
        common.required(attributes, element, "ComputeImageAttributes")
    if not _VERSION.match(str(attributes["Version"])):
        raise bad_request(
            f"The Version '{attributes['Version']}' is not a semantic version such as 1.0.0."
        )
    image, args, lock = _own_image(call)
    held = [_home(image), *str(image.get("Location", "")).split(";")]
    targets = list(dict.fromkeys(regions))
    image["ReplicationProgress"] = [
        {"Location": region, "Progress": 100 if region in held else 0} for region in targets
    ]
    image["_attributes"] = {k: str(attributes[k]) for k in ("Offer", "Sku", "Version")}
    return Reply(status=202, effect=("image.replicated", {**args, "regions": targets}), lock=lock)


@effect("image.replicated")
def _replicated_to(store: Store, args: dict[str, Any], when: float) -> None:
    image = _image(store, args)
    if image is None:
        return
    home = _home(image)
    image["Location"] = ";".join(dict.fromkeys([home, *args["regions"]]))
    for progress in image.get("ReplicationProgress") or []:
        progress["Progress"] = 100


@handles("unreplicate_vm_image")
def unreplicate_vm_image(call: Call) -> Reply:
    image, args, lock = _own_image(call)
    if image.get("Category") in ("Public", "MSDN"):
        raise conflict(
            f"The image {args['name']} is shared ({image['Category']}); make it private"
            " before removing its replicas."
        )
    return Reply(status=202, effect=("image.unreplicated", args), lock=lock)


@effect("image.unreplicated")
def _unreplicated(store: Store, args: dict[str, Any], when: float) -> None:
    image = _image(store, args)
    if image is None:
        return
    image["Location"] = _home(image)
    image.pop("ReplicationProgress", None)
    image.pop("_attributes", None)


@handles("share_vm_image")
def share_vm_image(call: Call) -> Reply:
    text = str(call.args.get("permission") or "")
    permission = _PERMISSIONS.get(text.lower())
    if permission is None:
        raise bad_request(
            f"The permission '{text}' is not valid; use one of {', '.join(_PERMISSIONS)}."
        )
    image, args, lock = _own_image(call)
    if permission != "Private" and not _replicated(image):
        raise conflict(f"The image {args['name']} must be replicated before it can be shared.")
    return Reply(status=202, effect=("image.shared", {**args, "category": permission}), lock=lock)


@effect("image.shared")
def _shared(store: Store, args: dict[str, Any], when: float) -> None:
    image = _image(store, args)
    if image is not None:
        image["Category"] = args["category"]
