"""Storage accounts: create (async), properties, keys, regenerate, update, delete, names."""

from __future__ import annotations

import re
from typing import Any

from servicemanagement.emulator import engine, seed
from servicemanagement.emulator.core import Call, Reply, bad_request, conflict, effect, handles
from servicemanagement.emulator.handlers import common, disks, images
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire

TABLE = "storage_accounts"
ACCOUNT_TYPES = ("Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS", "Premium_LRS")
_GEO_REPLICATED = ("Standard_GRS", "Standard_RAGRS")
_NAME = re.compile(r"^[a-z0-9]{3,24}$")
INVALID_NAME = (
    "The name is not a valid storage account name. Storage account names must be between 3"
    " and 24 characters in length and use numbers and lower-case letters only."
)


def _missing(name: str) -> str:
    return f"The storage account '{name}' was not found."


def _account(call: Call, name: str) -> Wire:
    return common.lookup(call.table(TABLE), name, _missing(name))


def _geo(properties: Wire, location: str) -> None:
    """Geo-replication fields follow the account type (empty for locally redundant)."""
    replicated = properties["AccountType"] in _GEO_REPLICATED
    secondary = seed.paired_regions().get(location, "")
    properties["GeoPrimaryRegion"] = location
    properties["StatusOfPrimary"] = "Available"
    properties["GeoSecondaryRegion"] = secondary if replicated else ""
    properties["StatusOfSecondary"] = "Available" if replicated else ""


def _public(record: Wire, *, capabilities: bool) -> Wire:
    view = {k: v for k, v in record.items() if not k.startswith("_")}
    if not capabilities:
        view.pop("Capabilities", None)
    return view


def blobs_in_use(store: Store, account: str) -> list[str]:
    """Names of the disks and images whose VHDs live in ``account``."""
    found = []
    for table, link in (
        (disks.TABLE, lambda r: r.get("MediaLink")),
        (images.TABLE, lambda r: r.get("MediaLink")),
        ("vm_images", lambda r: (r.get("OSDiskConfiguration") or {}).get("MediaLink")),
    ):
        for name, record in store.table(table).items():
            if common.blob_account(str(link(record) or "")) == account:
                found.append(name)
    return found


@handles("list_storage_accounts")
def list_storage_accounts(call: Call) -> Reply:
    accounts = [_public(r, capabilities=False) for r in call.table(TABLE).values()]
    return Reply(body={"StorageService": accounts})


@handles("get_storage_account_properties")
def get_storage_account_properties(call: Call) -> Reply:
    return Reply(body=_public(_account(call, call.args["service_name"]), capabilities=True))


@handles("get_storage_account_keys")
def get_storage_account_keys(call: Call) -> Reply:
    record = _account(call, call.args["service_name"])
    return Reply(body={"Url": record["Url"], "StorageServiceKeys": record["_keys"]})


@handles("regenerate_storage_account_keys")
def regenerate_storage_account_keys(call: Call) -> Reply:
    record = _account(call, call.args["service_name"])
    key_type = common.choice(
        common.required(common.body(call), "KeyType", "RegenerateKeys"),
        ("Primary", "Secondary"),
        "KeyType",
    )
    record["_keys"][key_type] = common.storage_key()
    return Reply(body={"Url": record["Url"], "StorageServiceKeys": record["_keys"]})


@handles("check_storage_account_name_availability")
def check_storage_account_name_availability(call: Call) -> Reply:
    name = str(call.args["service_name"])
    if not _NAME.match(name):
        return Reply(body={"Result": False, "Reason": INVALID_NAME})
    if name in call.table(TABLE):
        reason = f"A storage account named '{name}' already exists in the subscription."
        return Reply(body={"Result": False, "Reason": reason})
    return Reply(body={"Result": True, "Reason": None})


@handles("create_storage_account")
def create_storage_account(call: Call) -> Reply:
    data = common.body(call)
    name = str(common.required(data, "ServiceName", "CreateStorageServiceInput"))
    if not _NAME.match(name):
        raise bad_request(INVALID_NAME)
    label = str(common.required(data, "Label", "CreateStorageServiceInput"))
    common.max_length(label, 100, "Label")
    common.max_length(data.get("Description"), 1024, "Description")
    location, group = common.placement(call, data, "CreateStorageServiceInput")
    account_type = common.choice(
        data.get("AccountType") or "Standard_GRS", ACCOUNT_TYPES, "AccountType"
    )
    if name in call.table(TABLE):
        raise conflict(f"A storage account named '{name}' already exists in the subscription.")
    properties: Wire = {
        "Description": data.get("Description"),
        "AffinityGroup": group,
        "Location": None if group else location,
        "Label": label,
        "Status": "Creating",
        "Endpoints": [
            f"https://{name}.{service}.core.windows.net/"
            for service in ("blob", "queue", "table", "file")
        ],
        "CreationTime": common.now_text(call),
        "CustomDomains": [],
        "AccountType": account_type,
    }
    _geo(properties, location)
    call.table(TABLE)[name] = {
        "Url": call.url(f"services/storageservices/{name}"),
        "ServiceName": name,
        "StorageServiceProperties": properties,
        "ExtendedProperties": common.extended_properties(
            data,
            ("ResourceGroup", f"Default-Storage-{location.replace(' ', '')}"),
            ("ResourceLocation", location),
        ),
        "Capabilities": ["PersistentVMRole"],
        "_keys": {"Primary": common.storage_key(), "Secondary": common.storage_key()},
        "_location": location,
    }
    return Reply(
        status=202,
        headers=common.created_at(call, "storage", name),
        effect=("storage.created", {"name": name}),
        lock=f"storage/{name}",
    )


@effect("storage.created")
def _created(store: Store, args: dict[str, Any], when: float) -> None:
    record = store.table(TABLE).get(args["name"])
    if record is not None:
        record["StorageServiceProperties"]["Status"] = "Created"


@handles("update_storage_account")
def update_storage_account(call: Call) -> Reply:
    name = str(call.args["service_name"])
    record = _account(call, name)
    call.exclusive(f"storage/{name}", "storage account")
    data = common.body(call)
    properties = record["StorageServiceProperties"]
    if data.get("Description") is not None:
        common.max_length(data["Description"], 1024, "Description")
        properties["Description"] = data["Description"]
    if data.get("Label"):
        common.max_length(data["Label"], 100, "Label")
        properties["Label"] = data["Label"]
    if data.get("AccountType"):
        properties["AccountType"] = common.choice(data["AccountType"], ACCOUNT_TYPES, "AccountType")
        _geo(properties, str(record["_location"]))
    common.merge_properties(record, data)
    return Reply(status=200)


@handles("delete_storage_account")
def delete_storage_account(call: Call) -> Reply:
    name = str(call.args["service_name"])
    record = _account(call, name)
    call.exclusive(f"storage/{name}", "storage account")
    in_use = blobs_in_use(call.store, name)
    if in_use:
        raise bad_request(
            f"Storage account {name} has some active image(s) and/or disk(s), e.g."
            f" {in_use[0]}. Ensure these image(s) and/or disk(s) are removed before deleting"
            " this storage account."
        )
    record["StorageServiceProperties"]["Status"] = "Deleting"
    return Reply(status=200, effect=("storage.deleted", {"name": name}), lock=f"storage/{name}")


@effect("storage.deleted")
def _deleted(store: Store, args: dict[str, Any], when: float) -> None:
    store.table(TABLE).pop(args["name"], None)
    engine.forget(store, "/services/storageservices/{}", (args["name"],))
