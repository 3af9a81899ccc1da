"""Replay: locations and operation status."""

from __future__ import annotations

from fixturetypes import Replay
from narrow import present


def test_list_locations(replay: Replay) -> None:
    sms = replay("mgmt_affinitygroup.test_list_locations")
    result = sms.list_locations()
    names = [location.name for location in result]
    assert len(result) == len(names) == 18
    assert names[0] == "East US"
    assert "West US" in names
    assert result[0].available_services == ["Compute", "Storage", "PersistentVMRole", "HighMemory"]
    capabilities = present(result[0].compute_capabilities)
    assert "Standard_D14" in present(capabilities.web_worker_role_sizes)
