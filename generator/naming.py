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


def constant_name(name: str) -> str:
    """An operation's module-level constant: ``list_locations`` -> ``LIST_LOCATIONS``.

    Operation names are unique across clients (the validator checks), so constants are.
    """
    return name.upper()


def command_name(name: str) -> str:
    """The command line spelling of a Python name: ``list_locations`` -> ``list-locations``."""
    return name.replace("_", "-")


def client_command(client: str) -> str:
    """A client's default command group: ``ServiceBusManagementService`` -> ``service-bus``."""
    stem = client.removesuffix("Service").removesuffix("Management") or client
    return command_name(snake_case(stem))


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name)) and not keyword.iskeyword(name)
