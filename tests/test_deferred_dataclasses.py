"""servicemanagement._dataclass: a deferred dataclass behaves as ``dataclasses`` makes it.

Each pair of classes below is the same class body under ``@dataclasses.dataclass`` and
under the deferred ``dataclass``; every check compares the two. Classes are made per
test, so each deferred class is checked before its first use.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from servicemanagement import _dataclass
from servicemanagement.results import AsynchronousOperationResult
from servicemanagement.transport import RetryPolicy


def point_classes(*, frozen: bool) -> tuple[type, type]:
    """The same class under ``dataclasses`` and deferred: ``(real, deferred)``."""

    def make(dataclass: Callable[..., Any], field: Callable[..., Any]) -> type:
        class Point:
            """A point with tags."""

            x: int
            y: int = 0
            tags: list[str] = field(default_factory=list, compare=False)
            note: str = field(default="", repr=False, kw_only=True)

            def norm(self) -> int:
                return abs(self.x) + abs(self.y)

        options = {"frozen": frozen, "slots": True}
        made: type = dataclass(**options)(Point)
        return made

    return make(dataclasses.dataclass, dataclasses.field), make(
        _dataclass.dataclass, _dataclass.field
    )


def outcome(action: Callable[..., object], *args: object) -> object:
    """What ``action(*args)`` returns, or the type of what it raises."""
    try:
        return action(*args)
    except Exception as error:
        return type(error)


@pytest.mark.parametrize("frozen", [False, True])
def test_signature_fields_and_shape_before_first_use(frozen: bool) -> None:
    real, deferred = point_classes(frozen=frozen)
    assert str(inspect.signature(deferred)) == str(inspect.signature(real))
    real, deferred = point_classes(frozen=frozen)
    assert [(f.name, f.repr, f.compare, f.kw_only) for f in dataclasses.fields(deferred)] == [
        (f.name, f.repr, f.compare, f.kw_only) for f in dataclasses.fields(real)
    ]
    real, deferred = point_classes(frozen=frozen)
    assert deferred.__match_args__ == real.__match_args__  # type: ignore[attr-defined]
    assert deferred.__slots__ == real.__slots__  # type: ignore[attr-defined]
    assert dataclasses.is_dataclass(deferred)
    assert (deferred.__hash__ is None) == (real.__hash__ is None)


@pytest.mark.parametrize("frozen", [False, True])
def test_instances_behave_as_the_dataclass_ones(frozen: bool) -> None:
    real, deferred = point_classes(frozen=frozen)
    for cls in (real, deferred):
        cls.__qualname__ = cls.__name__  # pickle finds it as a module attribute
        globals()[cls.__name__] = cls
    ours, theirs = deferred(1, 2, ["a"], note="n"), real(1, 2, ["a"], note="n")
    assert repr(ours) == repr(theirs)
    assert not hasattr(ours, "__dict__")
    assert ours.norm() == 3
    for other in ((1, 2, ["b"]), (1, 3)):
        assert (ours == deferred(*other)) == (theirs == real(*other))
    assert outcome(hash, ours) == outcome(hash, theirs)
    for name in ("x", "not_a_field"):
        assert outcome(setattr, deferred(1), name, 5) == outcome(setattr, real(1), name, 5)
        assert outcome(delattr, deferred(1), name) == outcome(delattr, real(1), name)
    assert deferred(1).tags is not deferred(1).tags  # a fresh default per instance
    assert outcome(deferred) == outcome(real)
    globals()["Point"] = deferred
    assert copy.copy(ours) == copy.deepcopy(ours) == pickle.loads(pickle.dumps(ours)) == ours
    assert dataclasses.replace(ours, y=5).y == 5
    assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)


def test_the_package_dataclasses_complete_on_first_use() -> None:
    policy = RetryPolicy(max_attempts=1)
    assert repr(policy) == "RetryPolicy(max_attempts=1, backoff=0.5, max_backoff=30.0)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_attempts = 2  # type: ignore[misc]
    assert hash(policy) == hash(RetryPolicy(max_attempts=1))
    result = AsynchronousOperationResult("id", completed=True)
    assert result == AsynchronousOperationResult("id", completed=True)
    assert AsynchronousOperationResult.__match_args__ == ("request_id",)
