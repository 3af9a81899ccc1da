"""Storage accounts against the emulator, through the SDK over mutual TLS."""

from __future__ import annotations

import pytest
from emulator_support import FakeClock, raw_request
from narrow import present
from servicemanagement import (
    AsynchronousOperationResult,
    AzureConflictHttpError,
    AzureMissingResourceHttpError,
    ServiceManagementService,
)
from servicemanagement.emulator import Emulator

DELAY = 10.0


def create(
    sms: ServiceManagementService,
    clock: FakeClock,
    name: str = "mystorageaccount",
    extended_properties: dict[str, str] | None = None,
) -> AsynchronousOperationResult:
    result = sms.create_storage_account(
        name,
        "My storage account description.",
        name,
        location="West US",
        extended_properties=extended_properties,
    )
    clock.advance(DELAY)
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"
    return result


def test_create_is_asynchronous_and_the_account_moves_from_creating_to_created(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    result = sms.create_storage_account(
        "mystorageaccount",
        "My storage account description.",
        "mystorageaccount",
        location="West US",
    )
    request_id = present(result.request_id)
    assert len(request_id) == 32
    operation = sms.get_operation_status(request_id)
    assert operation.status == "InProgress"
    assert operation.http_status_code == ""
    assert present(operation.id).replace("-", "") == request_id
    account = sms.get_storage_account_properties("mystorageaccount")
    assert present(account.storage_service_properties).status == "Creating"
    clock.advance(DELAY)
    operation = sms.get_operation_status(request_id)
    assert (operation.status, operation.http_status_code, operation.error) == (
        "Succeeded",
        "200",
        None,
    )
    account = sms.get_storage_account_properties("mystorageaccount")
    properties = present(account.storage_service_properties)
    assert properties.status == "Created"
    assert properties.label == "mystorageaccount"
    assert properties.description == "My storage account description."
    assert properties.location == "West US"
    assert properties.account_type == "Standard_GRS"
    assert (properties.geo_primary_region, properties.geo_secondary_region) == (
        "West US",
        "East US",
    )
    assert properties.endpoints == [
        f"https://mystorageaccount.{kind}.core.windows.net/"
        for kind in ("blob", "queue", "table", "file")
    ]
    assert present(account.url).endswith("/services/storageservices/mystorageaccount")
    assert present(account.extended_properties)["ResourceLocation"] == "West US"


def test_wait_for_operation_status_with_no_delay(emulator: Emulator) -> None:
    emulator.operation_delay = 0
    sms = emulator.client()
    result = sms.create_storage_account(
        "acct1", "d", "l", location="North Europe", account_type="Standard_LRS"
    )
    operation = sms.wait_for_operation_status(present(result.request_id), sleep_interval=0)
    assert operation.status == "Succeeded"
    properties = present(sms.get_storage_account_properties("acct1").storage_service_properties)
    assert (properties.account_type, properties.geo_secondary_region) == ("Standard_LRS", "")


def test_list_and_delete(sms: ServiceManagementService, clock: FakeClock) -> None:
    create(sms, clock, "first")
    create(sms, clock, "second", extended_properties={"team": "blue"})
    accounts = sms.list_storage_accounts()
    assert [a.service_name for a in accounts] == ["first", "second"]
    assert present(accounts[1].extended_properties)["team"] == "blue"
    result = sms.delete_storage_account("first")
    deleting = sms.get_storage_account_properties("first")
    assert present(deleting.storage_service_properties).status == "Deleting"
    clock.advance(DELAY)
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_storage_account_properties("first")
    assert caught.value.code == "ResourceNotFound"
    assert caught.value.message == "The storage account 'first' was not found."
    assert [a.service_name for a in sms.list_storage_accounts()] == ["second"]


def test_keys_and_regenerate(sms: ServiceManagementService, clock: FakeClock) -> None:
    create(sms, clock)
    keys = present(sms.get_storage_account_keys("mystorageaccount").storage_service_keys)
    assert keys.primary != keys.secondary
    regenerated = sms.regenerate_storage_account_keys("mystorageaccount", "Secondary")
    regenerated_keys = present(regenerated.storage_service_keys)
    assert regenerated_keys.primary == keys.primary
    assert regenerated_keys.secondary not in (keys.secondary, None)
    assert (
        sms.get_storage_account_keys("mystorageaccount").storage_service_keys
        == regenerated.storage_service_keys
    )


def test_regenerating_an_unknown_key_is_a_bad_request(
    emulator: Emulator, sms: ServiceManagementService, clock: FakeClock
) -> None:
    create(sms, clock)
    answer = raw_request(
        emulator.connection,
        "POST",
        "/{sub}/services/storageservices/mystorageaccount/keys?action=regenerate",
        body=b'<RegenerateKeys xmlns="http://schemas.microsoft.com/windowsazure">'
        b"<KeyType>Tertiary</KeyType></RegenerateKeys>",
    )
    assert answer.status == 400
    assert "'KeyType'" in (answer.error()[1] or "")


def test_update_merges_extended_properties(sms: ServiceManagementService, clock: FakeClock) -> None:
    create(sms, clock, extended_properties={"ext1": "val1", "ext2": "42"})
    sms.update_storage_account(
        "mystorageaccount",
        "new description",
        "new label",
        extended_properties={"ext2": "53", "ext3": "brandnew"},
        account_type="Standard_LRS",
    )
    account = sms.get_storage_account_properties("mystorageaccount")
    properties = present(account.storage_service_properties)
    assert properties.description == "new description"
    assert properties.label == "new label"
    assert properties.account_type == "Standard_LRS"
    extended = present(account.extended_properties)
    assert {k: extended[k] for k in ("ext1", "ext2", "ext3")} == {
        "ext1": "val1",
        "ext2": "53",
        "ext3": "brandnew",
    }


def test_name_availability(sms: ServiceManagementService, clock: FakeClock) -> None:
    free = sms.check_storage_account_name_availability("freename")
    assert (free.result, free.reason) == (True, False)  # nil Reason: the legacy default
    create(sms, clock, "takenname")
    taken = sms.check_storage_account_name_availability("takenname")
    assert taken.result is False
    assert taken.reason == "A storage account named 'takenname' already exists in the subscription."
    invalid = sms.check_storage_account_name_availability("Not-Valid")
    assert invalid.result is False
    assert "between 3 and 24 characters" in present(invalid.reason)


def test_a_name_clash_is_a_conflict(sms: ServiceManagementService, clock: FakeClock) -> None:
    create(sms, clock)
    with pytest.raises(AzureConflictHttpError) as caught:
        sms.create_storage_account("mystorageaccount", "d", "l", location="West US")
    assert caught.value.code == "ConflictError"
    assert "already exists" in caught.value.message


def test_changing_an_account_while_it_is_being_created_is_a_conflict(
    sms: ServiceManagementService,
) -> None:
    sms.create_storage_account("busy", "d", "l", location="West US")
    with pytest.raises(AzureConflictHttpError, match="exclusive access"):
        sms.delete_storage_account("busy")


def test_an_invalid_name_is_refused_with_azures_message(emulator: Emulator) -> None:
    body = (
        b'<CreateStorageServiceInput xmlns="http://schemas.microsoft.com/windowsazure">'
        b"<ServiceName>Not_Valid</ServiceName><Description>d</Description>"
        b"<Label>bGFiZWw=</Label><Location>West US</Location></CreateStorageServiceInput>"
    )
    answer = raw_request(emulator.connection, "POST", "/{sub}/services/storageservices", body=body)
    assert answer.status == 400
    assert answer.error() == (
        "BadRequest",
        "The name is not a valid storage account name. Storage account names must be between 3"
        " and 24 characters in length and use numbers and lower-case letters only.",
    )


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (b"<CreateStorageServiceInput", "well-formed"),
        (b'<Nonsense xmlns="http://schemas.microsoft.com/windowsazure"/>', "Nonsense"),
        (
            b'<CreateStorageServiceInput xmlns="http://schemas.microsoft.com/windowsazure">'
            b"<ServiceName>abc</ServiceName><Label>%%%</Label><Location>West US</Location>"
            b"</CreateStorageServiceInput>",
            "CreateStorageServiceInput/Label",
        ),
        (
            b'<CreateStorageServiceInput xmlns="http://schemas.microsoft.com/windowsazure">'
            b"<ServiceName>abc</ServiceName><Location>West US</Location>"
            b"</CreateStorageServiceInput>",
            "Label",
        ),
        (
            b'<CreateStorageServiceInput xmlns="http://schemas.microsoft.com/windowsazure">'
            b"<ServiceName>abc</ServiceName><Label>bA==</Label><Location>Moon</Location>"
            b"</CreateStorageServiceInput>",
            "Moon",
        ),
    ],
)
def test_bad_bodies_are_refused_naming_the_element(
    emulator: Emulator, body: bytes, named: str
) -> None:
    answer = raw_request(emulator.connection, "POST", "/{sub}/services/storageservices", body=body)
    assert answer.status == 400
    code, message = answer.error()
    assert code in ("BadRequest", "InvalidXmlRequest")
    assert named in (message or "")
    assert (
        raw_request(emulator.connection, "GET", "/{sub}/services/storageservices").body.count(
            b"<StorageService>"
        )
        == 0
    )


def test_a_refused_call_is_a_failed_operation(emulator: Emulator) -> None:
    answer = raw_request(
        emulator.connection,
        "DELETE",
        "/{sub}/services/storageservices/nosuchaccount",
    )
    assert answer.status == 404
    operation = emulator.client().get_operation_status(answer.headers["x-ms-request-id"])
    assert operation.status == "Failed"
    assert operation.http_status_code == "404"
    error = present(operation.error)
    assert error.code == "ResourceNotFound"
    assert error.message == "The storage account 'nosuchaccount' was not found."
