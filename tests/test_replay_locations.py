"""Replay: locations and operation status."""

from __future__ import annotations


def test_list_locations(replay) -> None:
    sms = replay("mgmt_affinitygroup.test_list_locations")
    result = sms.list_locations()
    names = [location.name for location in result]
    assert len(result) == len(names) == 18
    assert names[0] == "East US"
    assert "West US" in names
    assert result[0].available_services == ["Compute", "Storage", "PersistentVMRole", "HighMemory"]
    assert "Standard_D14" in result[0].compute_capabilities.web_worker_role_sizes
