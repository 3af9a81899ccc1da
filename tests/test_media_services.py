"""Media Services accounts: requests and the account list.

No recording covers them; expected requests are written from the .NET MediaServices
client's wire format (x-ms-version 2011-10-01; a data-contract creation document).
"""

from __future__ import annotations

import pytest
from servicemanagement import OPERATIONS
from servicemanagement._result import decode_response
from servicemanagement.models import (
    MediaServicesAccountDetails,
    MediaServicesAccountKeys,
    MediaServicesAccounts,
    MediaServicesCreatedAccount,
)
from wirecheck import Cases, Expected, build, document, request_tests
from xmlcompare import xml_difference

VERSION = "2011-10-01"
ACCOUNTS = "services/mediaservices/Accounts"
MEDIA = "http://schemas.datacontract.org/2004/07/Microsoft.Cloud.Media.Management.ResourceProvider.Models"

CASES: Cases = {
    "create_media_services_account": (
        lambda sms: sms.create_media_services_account(
            "media1", "West US", "store1", "a2V5", "https://store1.blob.core.windows.net/"
        ),
        Expected(
            "POST",
            ACCOUNTS,
            VERSION,
            body=document(
                "AccountCreationRequest",
                "<AccountName>media1</AccountName>"
                "<BlobStorageEndpointUri>https://store1.blob.core.windows.net/</BlobStorageEndpointUri>"
                "<Region>West US</Region><StorageAccountKey>a2V5</StorageAccountKey>"
                "<StorageAccountName>store1</StorageAccountName>",
                MEDIA,
            ),
        ),
    ),
    "delete_media_services_account": (
        lambda sms: sms.delete_media_services_account("media1"),
        Expected("DELETE", f"{ACCOUNTS}/media1", VERSION),
    ),
    "get_media_services_account": (
        lambda sms: sms.get_media_services_account("media1"),
        Expected("GET", f"{ACCOUNTS}/media1", VERSION),
    ),
    "list_media_services_account": (
        lambda sms: sms.list_media_services_account(),
        Expected("GET", ACCOUNTS, VERSION),
    ),
    "regenerate_media_services_account_key": (
        lambda sms: sms.regenerate_media_services_account_key("media1", "Secondary"),
        Expected("POST", f"{ACCOUNTS}/media1/AccountKeys/Secondary/Regenerate", VERSION),
    ),
}


test_request = request_tests(CASES, "media_services")


def test_statuses_are_the_ones_the_service_answers() -> None:
    assert OPERATIONS["create_media_services_account"].statuses == (201,)
    assert OPERATIONS["delete_media_services_account"].statuses == (204,)
    assert OPERATIONS["regenerate_media_services_account_key"].statuses == (204,)


def test_key_type_is_primary_or_secondary() -> None:
    with pytest.raises(ValueError, match="must be one of Primary, Secondary"):
        build(lambda sms: sms.regenerate_media_services_account_key("media1", "Tertiary"))


def test_account_list_reads_every_element() -> None:
    body = document(
        "ServiceResources",
        "<ServiceResource><Name>media1</Name><Type>MediaService</Type><State>Active</State>"
        "<SelfLink>https://management.core.windows.net/s/services/mediaservices/Accounts/media1"
        "</SelfLink><ParentLink>https://management.core.windows.net/s/services/mediaservices"
        "</ParentLink><AccountId>0b7a5f0e</AccountId></ServiceResource>",
    )
    accounts = MediaServicesAccounts.from_xml(body)
    assert [(a.name, a.state, a.account_id) for a in accounts] == [("media1", "Active", "0b7a5f0e")]
    assert xml_difference(body, accounts.to_xml()) is None


def test_create_and_get_answer_json() -> None:
    created = decode_response(
        OPERATIONS["create_media_services_account"],
        b'{"AccountId": "0b7a5f0e", "AccountName": "media1", "Subscription": "sub"}',
    )
    assert created == MediaServicesCreatedAccount(
        account_id="0b7a5f0e", account_name="media1", subscription="sub"
    )
    details = decode_response(
        OPERATIONS["get_media_services_account"],
        b'{"AccountName": "media1", "AccountKey": "k1", "AccountKeys": {"Primary": "k1",'
        b' "Secondary": "k2"}, "AccountRegion": "West US", "StorageAccountName": "store1"}',
    )
    assert isinstance(details, MediaServicesAccountDetails)
    assert details.account_keys == MediaServicesAccountKeys(primary="k1", secondary="k2")
    assert (details.account_region, details.storage_account_name) == ("West US", "store1")
