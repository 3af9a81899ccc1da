"""Checks and values several areas share, with the messages Azure gave."""

from __future__ import annotations

import base64
import ipaddress
import random
import re
import secrets
from typing import Any
from urllib.parse import urlsplit

from servicemanagement.emulator import seed
from servicemanagement.emulator.core import Call, bad_request, not_found
from servicemanagement.emulator.wire import Wire, format_time

#: Host names Azure gives storage account endpoints.
BLOB_SUFFIX = ".blob.core.windows.net"


def now_text(call: Call) -> str:
    return format_time(call.now)


def body(call: Call) -> Wire:
    assert call.body is not None, "the operation has a request body"
    return call.body


def required(data: Wire, element: str, where: str) -> Any:
    """The value of a required element, or 400 naming it."""
    value = data.get(element)
    if value is None or value == "" or value == []:
        raise bad_request(f"The {element} element of {where} is required and may not be empty.")
    return value


def choice(value: Any, allowed: tuple[str, ...], element: str) -> str:
    text = str(value)
    if text not in allowed:
        raise bad_request(
            f"The value '{text}' of element '{element}' is not valid; use one of"
            f" {', '.join(allowed)}."
        )
    return text


def max_length(value: str | None, limit: int, element: str) -> None:
    if value is not None and len(value) > limit:
        raise bad_request(f"The {element} may be at most {limit} characters long.")


def placement(call: Call, data: Wire, where: str) -> tuple[str, str | None]:
    """(location, affinity group) of a new resource: exactly one of them is given.

    Azure reports a resource in an affinity group with its AffinityGroup and no
    Location; the location (the group's) is kept as ``_location`` for the emulator.
    """
    location, group = data.get("Location"), data.get("AffinityGroup")
    if bool(location) == bool(group):
        raise bad_request(
            f"Exactly one of the Location and AffinityGroup elements of {where} must be given."
        )
    if group:
        record = call.table("affinity_groups").get(str(group))
        if record is None:
            raise bad_request(f"The affinity group '{group}' does not exist.")
        return str(record["Location"]), str(group)
    check_location(str(location))
    return str(location), None


def check_location(location: str) -> None:
    if location not in seed.location_names():
        raise bad_request(
            f"The location '{location}' is not valid; list_locations gives the valid ones."
        )


def extended_properties(data: Wire, *defaults: tuple[str, str]) -> dict[str, str]:
    properties = {str(k): str(v) for k, v in (data.get("ExtendedProperties") or {}).items()}
    for key, value in defaults:
        properties.setdefault(key, value)
    return properties


def merge_properties(record: Wire, data: Wire) -> None:
    """Update ExtendedProperties as Azure does: given names change, others stay."""
    if data.get("ExtendedProperties"):
        merged = dict(record.get("ExtendedProperties") or {})
        merged.update({str(k): str(v) for k, v in data["ExtendedProperties"].items()})
        record["ExtendedProperties"] = merged


def created_at(call: Call, kind: str, name: str) -> dict[str, str]:
    """The Location header Azure sent with a 201/202 for a new resource."""
    return {
        "Location": f"{call.settings.base_url}/subscriptions/{call.subscription_id}/{kind}/{name}"
    }


def lookup(table: dict[str, Any], name: str, message: str) -> Wire:
    record = table.get(name)
    if record is None:
        raise not_found(message)
    assert isinstance(record, dict)
    return record


def media_link(value: Any, element: str = "MediaLink") -> str:
    """An absolute http(s) URL of a blob, or 400 naming the element."""
    text = str(value or "")
    url = urlsplit(text)
    if url.scheme not in ("http", "https") or not url.hostname or len(url.path) < 2:
        raise bad_request(f"The {element} '{text}' is not an absolute URI of a blob.")
    return text


def blob_account(url: str) -> str | None:
    """The storage account a blob URL is in, for ``*.blob.core.windows.net`` hosts."""
    host = urlsplit(url).hostname or ""
    return host[: -len(BLOB_SUFFIX)] if host.endswith(BLOB_SUFFIX) else None


#: Where a blob is assumed to be when its storage account is not in the subscription.
DEFAULT_LOCATION = "West US"


def account_location(call: Call, url: str) -> str:
    """The location of the storage account holding blob ``url``."""
    account = blob_account(url)
    record = call.table("storage_accounts").get(account) if account else None
    return str(record["_location"]) if record else DEFAULT_LOCATION


def storage_key() -> str:
    return base64.b64encode(secrets.token_bytes(64)).decode("ascii")


def public_ip() -> str:
    """A public-looking address from ranges Azure used in the recordings."""
    prefix = random.choice(("23.99", "104.40", "104.42", "104.45"))  # noqa: S311
    return f"{prefix}.{random.randint(1, 254)}.{random.randint(1, 254)}"  # noqa: S311


def private_ip(index: int) -> str:
    return str(ipaddress.ip_address("100.74.0.4") + index)


_DNS_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


def dns_label(name: str) -> bool:
    """Whether ``name`` can be a cloud service's DNS label (``name.cloudapp.net``)."""
    return bool(_DNS_LABEL.match(name))
