"""Python source put together line by line and compiled into one function.

The compiled readers and writers (servicemanagement._readers, servicemanagement._writers)
are made this way, as ``dataclasses`` makes ``__init__``: the values the function needs
(tags, defaults, classes, helpers) are bound to generated names in its globals, never
written into the source, so no text from a schema or a document becomes code.
"""

from __future__ import annotations

from typing import Any


class Source:
    """The lines of one function and the values its names stand for."""

    def __init__(self, signature: str, names: dict[str, Any]) -> None:
        self.lines = [signature]
        self.names = dict(names)

    def constant(self, value: Any) -> str:
        """A name standing for ``value`` in the function."""
        name = f"K{len(self.names)}"
        self.names[name] = value
        return name

    def add(self, indent: int, *lines: str) -> None:
        self.lines.extend(" " * (4 * indent) + line for line in lines)

    def function(self, name: str) -> Any:
        """The function ``name`` the lines define."""
        namespace = dict(self.names)
        exec("\n".join(self.lines), namespace)  # noqa: S102 - see the module docstring
        return namespace[name]
