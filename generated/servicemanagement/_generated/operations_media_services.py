# Generated from spec/operations/media_services.yaml by `make generate`; do not edit.
"""Operations of the media_services area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_media_services import (
        MediaServicesAccountDetails,
        MediaServicesAccounts,
        MediaServicesCreatedAccount,
    )

CREATE_MEDIA_SERVICES_ACCOUNT = OperationSpec(
    name="create_media_services_account",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/mediaservices/Accounts",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("account_name", "body", required=True),
        ParamSpec("region", "body", required=True),
        ParamSpec("storage_account_name", "body", required=True),
        ParamSpec("storage_account_key", "body", required=True),
        ParamSpec("blob_storage_endpoint_uri", "body", required=True),
    ),
    fixed_query=(),
    request_type="MediaServicesAccountCreationRequest",
    response_type="MediaServicesCreatedAccount",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Creates a Media Services account on a storage account.",
)

DELETE_MEDIA_SERVICES_ACCOUNT = OperationSpec(
    name="delete_media_services_account",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/mediaservices/Accounts/{account_name}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("account_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(204,),
    is_async=False,
    content_type=None,
    doc="Deletes a Media Services account.",
)

GET_MEDIA_SERVICES_ACCOUNT = OperationSpec(
    name="get_media_services_account",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/mediaservices/Accounts/{account_name}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("account_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="MediaServicesAccountDetails",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a Media Services account, its keys and storage account.",
)

LIST_MEDIA_SERVICES_ACCOUNT = OperationSpec(
    name="list_media_services_account",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/mediaservices/Accounts",
    x_ms_version="2011-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="MediaServicesAccounts",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the subscription's Media Services accounts.",
)

REGENERATE_MEDIA_SERVICES_ACCOUNT_KEY = OperationSpec(
    name="regenerate_media_services_account_key",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/mediaservices/Accounts/{account_name}/AccountKeys/{key_type}/Regenerate",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("account_name", "path", required=True),
        ParamSpec("key_type", "path", choices=("Primary", "Secondary"), required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(204,),
    is_async=False,
    content_type=None,
    doc="Regenerates the primary or secondary key of a Media Services account.",
)


class ServiceManagementServiceMediaServicesOperations(OperationsBase):
    """The media_services operations of ``ServiceManagementService``."""

    def create_media_services_account(
        self,
        account_name: str,
        region: str,
        storage_account_name: str,
        storage_account_key: str,
        blob_storage_endpoint_uri: str,
    ) -> MediaServicesCreatedAccount:
        """Creates a Media Services account on a storage account.

        ``/{subscription_id}/services/mediaservices/Accounts``
        (POST, x-ms-version 2011-10-01).

        Args:
            blob_storage_endpoint_uri: The storage account's blob endpoint.
        """
        from servicemanagement._generated.models_media_services import (
            MediaServicesAccountCreationRequest,
        )

        return self._call(
            CREATE_MEDIA_SERVICES_ACCOUNT,
            {
                "account_name": account_name,
                "region": region,
                "storage_account_name": storage_account_name,
                "storage_account_key": storage_account_key,
                "blob_storage_endpoint_uri": blob_storage_endpoint_uri,
            },
            MediaServicesAccountCreationRequest(
                account_name=account_name,
                blob_storage_endpoint_uri=blob_storage_endpoint_uri,
                region=region,
                storage_account_key=storage_account_key,
                storage_account_name=storage_account_name,
            ),
        )

    def delete_media_services_account(
        self,
        account_name: str,
    ) -> None:
        """Deletes a Media Services account.

        ``/{subscription_id}/services/mediaservices/Accounts/{account_name}``
        (DELETE, x-ms-version 2011-10-01).
        """
        return self._call(
            DELETE_MEDIA_SERVICES_ACCOUNT,
            {
                "account_name": account_name,
            },
            None,
        )

    def get_media_services_account(
        self,
        account_name: str,
    ) -> MediaServicesAccountDetails:
        """Returns a Media Services account, its keys and storage account.

        ``/{subscription_id}/services/mediaservices/Accounts/{account_name}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_MEDIA_SERVICES_ACCOUNT,
            {
                "account_name": account_name,
            },
            None,
        )

    def list_media_services_account(
        self,
    ) -> MediaServicesAccounts:
        """Lists the subscription's Media Services accounts.

        ``/{subscription_id}/services/mediaservices/Accounts``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_MEDIA_SERVICES_ACCOUNT,
            {},
            None,
        )

    def regenerate_media_services_account_key(
        self,
        account_name: str,
        key_type: str,
    ) -> None:
        """Regenerates the primary or secondary key of a Media Services account.

        ``/{subscription_id}/services/mediaservices/Accounts/{account_name}/AccountKeys/{key_type}/Regenerate``
        (POST, x-ms-version 2011-10-01).
        """
        return self._call(
            REGENERATE_MEDIA_SERVICES_ACCOUNT_KEY,
            {
                "account_name": account_name,
                "key_type": key_type,
            },
            None,
        )
