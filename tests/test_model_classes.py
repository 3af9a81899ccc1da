"""Model classes are slotted dataclasses, made on first use (servicemanagement._model).

Each check of what a class looks like before its first use runs in a fresh interpreter,
since this one has used every model already.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys

import pytest
from servicemanagement.models import PublicIP


def fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_signature_and_fields_before_first_use_are_the_dataclass_ones() -> None:
    shown = fresh(
        "import inspect, dataclasses\n"
        "from servicemanagement.models import PublicIP\n"
        "print(inspect.signature(PublicIP))\n"
        "print([f.name for f in dataclasses.fields(PublicIP)])"
    )
    signature, fields = shown.splitlines()
    assert signature.startswith("(name: 'str | None' = '', *, address:")
    assert fields == str([f.name for f in dataclasses.fields(PublicIP)])


def test_a_model_is_a_slotted_dataclass() -> None:
    ip = PublicIP("ip", address="10.0.0.1")
    assert dataclasses.is_dataclass(ip)
    assert not hasattr(ip, "__dict__")
    with pytest.raises(AttributeError):
        ip.not_a_field = 1  # type: ignore[attr-defined]
    assert repr(ip).startswith("PublicIP(name='ip', address='10.0.0.1'")
    assert ip == PublicIP("ip", address="10.0.0.1") != PublicIP("other")
    assert PublicIP.__hash__ is None
    assert dataclasses.replace(ip, name="renamed").name == "renamed"
    assert pickle.loads(pickle.dumps(ip)) == ip == copy.deepcopy(ip)
    assert PublicIP.__match_args__ == ("name",)


def test_a_plain_subclass_inherits_the_fields() -> None:
    class Mine(PublicIP):
        def shout(self) -> str:
            return (self.name or "").upper()

    mine = Mine("ip", address="10.0.0.1")
    assert mine.shout() == "IP"
    assert [f.name for f in dataclasses.fields(mine)] == [
        f.name for f in dataclasses.fields(PublicIP)
    ]
    assert Mine.from_xml(mine.to_xml()) == mine


def test_a_subclass_adding_fields_is_refused() -> None:
    with pytest.raises(TypeError, match="cannot add fields"):

        class Wider(PublicIP):
            extra: int = 0
