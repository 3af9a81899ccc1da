"""Narrowing for type checkers where a test knows more than a model's types say."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """``value``, asserted not None: an optional field the response under test sets.

    For expressions where an ``assert ... is not None`` statement cannot go
    (comprehensions, chains of optional fields).
    """
    assert value is not None
    return value
