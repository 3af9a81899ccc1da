"""The command table: what the generated ``_generated/commands.py`` is made of.

One ``Command`` per spec operation, one ``Group`` per client; the parser, the help,
shell completion and the call are all built from these, never by hand per operation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def kebab(name: str) -> str:
    """``list_locations`` -> ``list-locations`` (the generator's ``command_name``)."""
    return name.replace("_", "-")


@dataclass(frozen=True, slots=True)
class Argument:
    """An operation parameter as an option: ``--service-name VALUE``.

    ``type`` is the spec's: a scalar (``string``, ``int``, ``float``, ``bool``,
    ``base64``, ``datetime``), a spec type name, ``list[...]``, ``dict`` or ``json``.
    ``ignored`` parameters are kept in the signature for legacy callers, never sent,
    and so get no option.
    """

    name: str
    type: str = "string"
    required: bool = False
    has_default: bool = False
    default: Any = None
    choices: tuple[str, ...] | None = None
    doc: str = ""
    ignored: bool = False

    @property
    def option(self) -> str:
        return "--" + kebab(self.name)


@dataclass(frozen=True, slots=True)
class Command:
    """An operation as a command: ``[group] <operation-in-kebab-case>``."""

    operation: str
    client: str
    doc: str
    arguments: tuple[Argument, ...] = ()
    is_async: bool = False
    #: For a paged operation: the method that yields the items of every page.
    iterator: str | None = None

    @property
    def name(self) -> str:
        return kebab(self.operation)


@dataclass(frozen=True, slots=True)
class Group:
    """A client's commands; the default client's ``command`` is "" (no prefix)."""

    client: str
    command: str
    doc: str
