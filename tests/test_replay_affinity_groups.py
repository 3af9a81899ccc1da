"""Replay: affinity groups (mgmt_affinitygroup.* recordings)."""

from __future__ import annotations

import pytest
from fixturetypes import Replay
from narrow import present
from servicemanagement import AzureMissingResourceHttpError, ServiceManagementService

LABEL = "tstmgmtaffgrp"
DESCRIPTION = "tstmgmt affinity group"


def _create(sms: ServiceManagementService, name: str) -> None:
    created = sms.create_affinity_group(  # type: ignore[func-returns-value]
        name, LABEL, "West US", DESCRIPTION
    )
    assert created is None


def test_create_affinity_group(replay: Replay) -> None:
    sms = replay("mgmt_affinitygroup.test_create_affinity_group")
    name = "utaffgrpaa4e1795"

    _create(sms, name)
    group = sms.get_affinity_group_properties(name)

    assert group.name == name
    assert group.label == LABEL
    assert group.description == DESCRIPTION
    assert group.location == "West US"
    assert group.hosted_services is not None and group.storage_services is not None
    assert len(group.hosted_services) == 0  # <HostedServices/>
    assert list(group.storage_services) == []
    assert group.capabilities == ["PersistentVMRole", "HighMemory"]
    assert group.created_time == "2015-06-30T23:59:00Z"


def test_update_affinity_group(replay: Replay) -> None:
    sms = replay("mgmt_affinitygroup.test_update_affinity_group")
    name = "utaffgrpab8d17a4"
    _create(sms, name)

    result = sms.update_affinity_group(  # type: ignore[func-returns-value]
        name, "tstlabelupdate", "testmgmt affinity group update"
    )

    assert result is None
    group = sms.get_affinity_group_properties(name)
    assert group.label == "tstlabelupdate"
    assert group.description == "testmgmt affinity group update"


def test_delete_affinity_group(replay: Replay) -> None:
    sms = replay("mgmt_affinitygroup.test_delete_affinity_group")
    name = "utaffgrpaa2c1794"
    _create(sms, name)

    deleted = sms.delete_affinity_group(name)  # type: ignore[func-returns-value]
    assert deleted is None

    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_affinity_group_properties(name)
    assert caught.value.code == "ResourceNotFound"


def test_list_affinity_groups(replay: Replay) -> None:
    sms = replay("mgmt_affinitygroup.test_list_affinity_groups")
    name = "utaffgrp94d31750"
    _create(sms, name)

    result = sms.list_affinity_groups()

    assert len(result) == 13
    ours = next(group for group in result if group.name == name)
    assert ours.label == LABEL
    assert ours.description == DESCRIPTION
    assert ours.hosted_services is None  # the list response leaves them out
    assert "Standard_D14" in present(present(ours.compute_capabilities).virtual_machines_role_sizes)
    assert result[0].name == "09da2f93-0f94-421d-bb65-a3a49034649b"
    assert result[0].label == "Test"
    assert result[0].description == ""  # <Description/>


def test_get_affinity_group_properties(replay: Replay) -> None:
    sms = replay("mgmt_affinitygroup.test_get_affinity_group_properties")
    group, service, storage = "utaffgrp77aa1b0d", "utsvc77aa1b0d", "utstorage77aa1b0d"
    _create(sms, group)
    # As in the legacy test, neither creation is awaited.
    sms.create_hosted_service(service, "affgrptestlabel", "affgrptestdesc", None, group)
    sms.create_storage_account(storage, storage + "desc", storage + "label", group)

    result = sms.get_affinity_group_properties(group)

    assert (result.name, result.label, result.description) == (group, LABEL, DESCRIPTION)
    assert result.location == "West US"
    assert result.hosted_services is not None and result.storage_services is not None
    assert [s.service_name for s in result.hosted_services] == [service]
    hosted = present(result.hosted_services.hosted_services)[0]
    properties = hosted.hosted_service_properties
    assert hosted.url is not None and properties is not None
    assert hosted.url.endswith(f"/services/hostedservices/{service}")
    assert properties.label == "affgrptestlabel"
    assert properties.description == "affgrptestdesc"
    assert properties.affinity_group == group
    assert len(result.storage_services) == 0  # the account was still being created
    assert result.capabilities == ["PersistentVMRole", "HighMemory"]
