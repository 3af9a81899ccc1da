"""The one function that derives Python names from wire names, plus checks."""

from __future__ import annotations

import keyword
import re

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def snake_case(wire_name: str) -> str:
    """``HostedServiceProperties`` -> ``hosted_service_properties``, ``OS`` -> ``os``."""
    name = _BOUNDARY.sub("_", wire_name.replace("-", "_").replace(".", "_")).lower()
    return name + "_" if keyword.iskeyword(name) else name


def constant_name(name: str, client: str, default_client: str) -> str:
    """An operation's module-level constant: ``list_locations`` -> ``LIST_LOCATIONS``.

    Operations of other clients are prefixed with the client
    (``SQL_DATABASE_MANAGEMENT_SERVICE_LIST_SERVERS``): an operation name is unique
    per client only, and every constant is imported into one registry module.
    """
    if client == default_client:
        return name.upper()
    return f"{snake_case(client).upper()}_{name.upper()}"


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name)) and not keyword.iskeyword(name)
