"""YAML loading that remembers where each mapping was written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class SpecError(Exception):
    """A spec problem, reported with the file and line it was found at."""


class Node(dict[str, Any]):
    """A YAML mapping that knows its file and line."""

    file: str = "?"
    line: int = 0
    key_lines: dict[str, int]

    def where(self, key: str | None = None) -> str:
        """``file:line`` of this mapping, or of one of its keys."""
        line = self.key_lines.get(key, self.line) if key is not None else self.line
        return f"{self.file}:{line}"


#: libyaml's parser when PyYAML has it: ten times faster than the pure-Python one, whose
#: time grew to most of the generator's as the spec grew. Same documents and line marks;
#: a file it refuses is read again by the pure-Python parser, whose messages are clearer.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _loader_for(file: str, base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    class _Loader(base):  # type: ignore[valid-type,misc]  # one of two bases, chosen by load
        pass

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Node:
        mapping = Node()
        mapping.file = file
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in mapping:
                raise SpecError(f"{file}:{key_node.start_mark.line + 1}: duplicate key {key!r}")
            mapping[key] = loader.construct_object(value_node, deep=True)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return _Loader


def load(path: Path, display: str) -> Node:
    """Load one spec file; the document must be a mapping with ``format: 1``."""
    text = path.read_text(encoding="utf-8")
    try:
        try:
            data = yaml.load(text, Loader=_loader_for(display, _FAST_LOADER))  # noqa: S506
        except yaml.YAMLError:
            data = yaml.load(text, Loader=_loader_for(display, yaml.SafeLoader))  # noqa: S506
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        context = ""
        if exc.context and exc.context_mark is not None:
            context = f" ({exc.context} at line {exc.context_mark.line + 1})"
        raise SpecError(f"{display}{line}: invalid YAML: {exc.problem}{context}") from exc
    except yaml.YAMLError as exc:
        raise SpecError(f"{display}: invalid YAML: {exc}") from exc
    if not isinstance(data, Node):
        raise SpecError(f"{display}:1: a spec file must be a mapping")
    if data.get("format") != 1:
        raise SpecError(f"{display}:{data.line}: 'format: 1' is required")
    return data


def check_keys(node: Any, allowed: set[str], required: set[str], what: str, where: str) -> Node:
    """Fail on a non-mapping, an unknown key or a missing required key."""
    if not isinstance(node, Node):
        raise SpecError(f"{where}: {what} must be a mapping, not {type(node).__name__}")
    unknown = [key for key in node if key not in allowed]
    if unknown:
        raise SpecError(
            f"{node.where(unknown[0])}: unknown key(s) {', '.join(map(str, unknown))} in {what}"
            f" (allowed: {', '.join(sorted(allowed))})"
        )
    missing = sorted(required - set(node))
    if missing:
        raise SpecError(f"{node.where()}: {what} is missing {', '.join(missing)}")
    return node
