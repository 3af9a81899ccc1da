"""Replay: guest operating systems and their families."""

from __future__ import annotations

from fixturetypes import Replay
from narrow import present


def test_list_operating_systems(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_operating_systems")
    result = sms.list_operating_systems()
    assert len(result) == 183
    first = result[0]
    assert first.version == "WA-GUEST-OS-1.0_200912-01"
    # Labels travel base64-encoded; the model exposes the text.
    assert first.label == "Windows Azure Guest OS 1.0 (Release 200912-01)"
    assert first.family == 1
    assert first.family_label == "Windows Server 2008 SP2"
    assert first.is_default is False
    assert first.is_active is False
    defaults = {os.family: os.version for os in result if os.is_default}
    assert defaults == {
        1: "WA-GUEST-OS-1.48_201506-01",
        2: "WA-GUEST-OS-2.40_201506-01",
        3: "WA-GUEST-OS-3.28_201506-01",
        4: "WA-GUEST-OS-4.21_201506-01",
    }
    assert sum(present(os.is_active) for os in result) == 16


def test_list_operating_system_families(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_operating_system_families")
    result = sms.list_operating_system_families()
    assert [(family.name, family.label) for family in result] == [
        ("1", "Windows Server 2008 SP2"),
        ("2", "Windows Server 2008 R2"),
        ("3", "Windows Server 2012"),
        ("4", "Windows Server 2012 R2"),
    ]
    assert [len(present(family.operating_systems)) for family in result] == [64, 56, 38, 25]
    newest = present(result[3].operating_systems)
    assert present(newest[0].version).startswith("WA-GUEST-OS-4.")
    assert present(newest[0].label).startswith("Windows Azure Guest OS 4.")
    # Inside a family the versions carry no Family/FamilyLabel elements.
    assert (newest[0].family, newest[0].family_label) == (0, None)  # legacy defaults
    assert [os.version for os in newest if os.is_default] == ["WA-GUEST-OS-4.21_201506-01"]
