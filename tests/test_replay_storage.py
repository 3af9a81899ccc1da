"""Replay: storage accounts (mgmt_storage.* recordings).

The legacy tests created each account with ``geo_replication_enabled=False`` (so the
recorded body says Standard_LRS) and extended properties in the order recorded; the
dicts below keep that order so the bodies match element by element.
"""

from __future__ import annotations

import pytest
from fixturetypes import Replay
from narrow import present
from servicemanagement import AzureMissingResourceHttpError, ServiceManagementService

# The legacy tests passed an int, which goes on the wire as "42"; the signature says str.
EXTENDED: dict[str, str] = {"ext1": "val1", "ext2": 42}  # type: ignore[dict-item]
EXTENDED_REVERSED: dict[str, str] = {"ext2": 42, "ext1": "val1"}  # type: ignore[dict-item]


def _create(
    sms: ServiceManagementService,
    name: str,
    extended: dict[str, str],
    geo_replication: bool = False,
) -> None:
    """Create an account in West US and consume the recorded polling until it succeeds."""
    result = sms.create_storage_account(
        name, name + "description", name + "label", None, "West US", geo_replication, extended
    )
    assert result.request_id
    operation = sms.wait_for_operation_status(result.request_id, sleep_interval=0)
    assert operation.status == "Succeeded"
    assert operation.http_status_code == "200"


def test_create_storage_account(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_create_storage_account")
    name = "utstor36ea155e"
    result = sms.create_storage_account(
        name, name + "description", name + "label", None, "West US", True, EXTENDED
    )
    assert result.request_id == "26803ab0f361bb8a87b11a2f3b4e8c73"
    operation = sms.wait_for_operation_status(result.request_id, sleep_interval=0)
    assert operation.id == "26803ab0-f361-bb8a-87b1-1a2f3b4e8c73"
    assert operation.status == "Succeeded"

    account = sms.get_storage_account_properties(name)
    properties = account.storage_service_properties
    assert properties is not None
    assert account.service_name == name
    assert properties.account_type == "Standard_GRS"  # geo_replication_enabled=True
    assert properties.geo_secondary_region == "East US"
    assert properties.status_of_secondary == "Available"


def test_get_storage_account_properties(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_get_storage_account_properties")
    name = "utstorf25c18d6"
    _create(sms, name, EXTENDED)

    result = sms.get_storage_account_properties(name)

    assert result.service_name == name
    assert result.url is not None
    assert result.url.endswith(f"/services/storageservices/{name}")
    assert result.storage_service_keys is None
    properties = result.storage_service_properties
    assert properties is not None
    assert properties.description == name + "description"
    assert properties.label == name + "label"  # base64 on the wire, decoded here
    assert properties.location == "West US"
    assert properties.affinity_group == ""  # absent: the legacy default
    assert properties.status == "Created"
    assert properties.account_type == "Standard_LRS"
    assert properties.geo_primary_region == "West US"
    assert properties.geo_secondary_region == ""  # <GeoSecondaryRegion/>
    assert properties.creation_time == "2015-07-01T00:10:49Z"
    assert properties.custom_domains == []
    assert properties.endpoints == [
        f"https://{name}.{kind}.core.windows.net/" for kind in ("blob", "queue", "table", "file")
    ]
    assert result.extended_properties == {
        "ext1": "val1",
        "ext2": "42",
        "ResourceGroup": "Default-Storage-WestUS",
        "ResourceLocation": "West US",
    }
    assert result.capabilities == ["PersistentVMRole"]


def test_list_storage_accounts(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_list_storage_accounts")
    name = "utstor23a41519"
    _create(sms, name, EXTENDED_REVERSED)

    result = sms.list_storage_accounts()

    assert len(result) == 46
    ours = next(account for account in result if account.service_name == name)
    assert ours.storage_service_keys is None
    assert ours.storage_service_properties is not None and ours.extended_properties is not None
    assert ours.storage_service_properties.label == name + "label"
    assert ours.extended_properties["ext2"] == "42"
    with_group = [a for a in result if present(a.storage_service_properties).affinity_group]
    group_properties = present(with_group[0].storage_service_properties)
    assert group_properties.description == ""  # i:nil="true": the legacy default
    assert group_properties.affinity_group == "09da2f93-0f94-421d-bb65-a3a49034649b"


def test_get_storage_account_keys(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_get_storage_account_keys")
    name = "utstor639c1645"
    _create(sms, name, EXTENDED_REVERSED)

    result = sms.get_storage_account_keys(name)

    keys = result.storage_service_keys
    assert result.url is not None and keys is not None
    assert keys.primary is not None and keys.secondary is not None
    assert result.url.endswith(name)
    assert result.storage_service_properties is None
    assert keys.primary.startswith("GC4tYgTupbnX")
    assert keys.secondary.startswith("o3ODquOIYdih")


def test_regenerate_storage_account_keys(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_regenerate_storage_account_keys")
    name = "utstora891927"
    _create(sms, name, EXTENDED_REVERSED)
    previous = sms.get_storage_account_keys(name)

    result = sms.regenerate_storage_account_keys(name, "Secondary")

    keys, previous_keys = result.storage_service_keys, previous.storage_service_keys
    assert keys is not None and keys.secondary is not None and previous_keys is not None
    assert keys.primary == previous_keys.primary
    assert keys.secondary != previous_keys.secondary
    assert keys.secondary.startswith("MEfSrH6znKjp")


def test_update_storage_account(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_update_storage_account")
    name = "utstor3838156d"
    _create(sms, name, EXTENDED_REVERSED)
    description = name + "descriptionupdate"
    label = name + "labelupdate"

    result = sms.update_storage_account(  # type: ignore[func-returns-value]
        name,
        description,
        label,
        False,
        {"ext2": 53, "ext1": "val1update", "ext3": "brandnew"},  # type: ignore[dict-item]
    )

    assert result is None
    properties = sms.get_storage_account_properties(name)
    assert properties.storage_service_properties is not None
    assert properties.extended_properties is not None
    assert properties.storage_service_properties.description == description
    assert properties.storage_service_properties.label == label
    assert properties.extended_properties["ext1"] == "val1update"
    assert properties.extended_properties["ext2"] == "53"
    assert properties.extended_properties["ext3"] == "brandnew"


def test_delete_storage_account(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_delete_storage_account")
    name = "utstor36c7155d"
    _create(sms, name, EXTENDED_REVERSED)

    result = sms.delete_storage_account(name)
    assert result.request_id is not None
    operation = sms.wait_for_operation_status(result.request_id, sleep_interval=0)

    assert result.request_id == "dc946b1ce70403f29e19b1f43c5b9161"
    assert operation.status == "Succeeded"
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_storage_account_properties(name)
    assert caught.value.code == "ResourceNotFound"
    assert "utstor36c7155d" in str(caught.value)


def test_check_storage_account_name_availability_available(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_check_storage_account_name_availability_available")

    result = sms.check_storage_account_name_availability("utstore2c2042")

    assert result.result is True
    assert result.reason is False  # <Reason i:nil="true"/>: the legacy default


def test_check_storage_account_name_availability_not_available(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_check_storage_account_name_availability_not_available")
    name = "utstor942c21f2"
    _create(sms, name, EXTENDED_REVERSED)

    result = sms.check_storage_account_name_availability(name)

    assert result.result is False
    assert result.reason == f"A storage account named '{name}' already exists in the subscription."


def test_unicode_create_storage_account_unicode_description_label(replay: Replay) -> None:
    sms = replay("mgmt_storage.test_unicode_create_storage_account_unicode_description_label")
    name = "utstor138234c"
    description, label = "啊齄丂狛狜", "丂狛狜"

    result = sms.create_storage_account(name, description, label, None, "West US", True, EXTENDED)
    assert result.request_id is not None
    sms.wait_for_operation_status(result.request_id, sleep_interval=0)
    account = sms.get_storage_account_properties(name)

    assert account.storage_service_properties is not None
    assert account.storage_service_properties.description == description
    assert account.storage_service_properties.label == label
