"""OS images: the subscription's own (add, update, delete) beside the public catalogue."""

from __future__ import annotations

import functools
from typing import Any

from servicemanagement.emulator import seed
from servicemanagement.emulator.core import (
    Call,
    Reply,
    bad_request,
    conflict,
    effect,
    handles,
    not_found,
)
from servicemanagement.emulator.engine import table_name
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire

#: The subscription's own images, in the engine's image collection (which shows the
#: platform images too: list_os_images is the engine's list of it, seeded).
TABLE = table_name("/services/images")
MISSING = "The image with the specified name does not exist."
#: Elements update_os_image_from_image_reference may change.
_UPDATABLE = (
    "Label", "Eula", "Description", "ImageFamily", "ShowInGui", "PublishedDate", "IconUri",
    "PrivacyUri", "RecommendedVMSize", "SmallIconUri", "Language",
)  # fmt: skip


@functools.cache
def _public() -> dict[str, Wire]:
    """The platform images by name."""
    return {str(image["Name"]): image for image in seed.os_images()}


def find_os_image(store: Store, name: str) -> Wire | None:
    """A public or user OS image by name."""
    return _public().get(name) or store.table(TABLE).get(name)


def _user_image(call: Call, name: str) -> Wire:
    if name in _public():
        raise bad_request(f"The image {name} is a platform image and cannot be changed.")
    return common.lookup(call.table(TABLE), name, MISSING)


@handles("get_os_image", "get_os_image_details")
def get_os_image(call: Call) -> Reply:
    image = find_os_image(call.store, str(call.args["image_name"]))
    if image is None:
        raise not_found(MISSING)
    return Reply(body=image)


def new_user_image(
    call: Call, name: str, label: str, media_link: str, os: str, size: int | None = None
) -> Wire:
    """Register a user OS image (from add_os_image or a role capture)."""
    if find_os_image(call.store, name) is not None:
        raise conflict("An image with the specified name already exists.")
    call.table(TABLE)[name] = {
        "Category": "User",
        "Label": label,
        "Location": common.account_location(call, media_link),
        "LogicalSizeInGB": size or (128 if os == "Windows" else 30),
        "MediaLink": media_link,
        "Name": name,
        "OS": os,
        "IsPremium": False,
        "OSState": "Generalized",
        "IOType": "Standard",
    }
    return call.table(TABLE)[name]


@handles("add_os_image")
def add_os_image(call: Call) -> Reply:
    data = common.body(call)
    label = str(common.required(data, "Label", "OSImage"))
    link = common.media_link(common.required(data, "MediaLink", "OSImage"))
    name = str(common.required(data, "Name", "OSImage"))
    os = common.choice(common.required(data, "OS", "OSImage"), ("Linux", "Windows"), "OS")
    image = new_user_image(call, name, label, link, os)
    # Azure answered 200 with the new image, and a request id to poll.
    return Reply(status=200, body=image, body_type="OSImage", lock=f"osimage/{name}")


@handles("update_os_image", "update_os_image_from_image_reference")
def update_os_image(call: Call) -> Reply:
    name = str(call.args["image_name"])
    image = _user_image(call, name)
    call.exclusive(f"osimage/{name}", "image")
    data = common.body(call)
    for element in _UPDATABLE:
        if data.get(element) not in (None, ""):
            image[element] = data[element]
    return Reply(status=200, body=image, body_type="OSImage", lock=f"osimage/{name}")


@handles("delete_os_image")
def delete_os_image(call: Call) -> Reply:
    name = str(call.args["image_name"])
    _user_image(call, name)
    call.exclusive(f"osimage/{name}", "image")
    return Reply(status=200, effect=("osimage.deleted", {"name": name}), lock=f"osimage/{name}")


@effect("osimage.deleted")
def _deleted(store: Store, args: dict[str, Any], when: float) -> None:
    store.table(TABLE).pop(args["name"], None)
