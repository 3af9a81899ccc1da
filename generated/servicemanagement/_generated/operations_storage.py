# Generated from spec/operations/storage.yaml by `make generate`; do not edit.
"""Operations of the storage area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_migration import MigrationValidationMessages
    from servicemanagement._generated.models_storage import (
        AvailabilityResponse,
        StorageService,
        StorageServices,
    )
    from servicemanagement.results import AsynchronousOperationResult

LIST_STORAGE_ACCOUNTS = OperationSpec(
    name="list_storage_accounts",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/storageservices",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="StorageServices",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the storage accounts of the subscription.",
)

GET_STORAGE_ACCOUNT_PROPERTIES = OperationSpec(
    name="get_storage_account_properties",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/storageservices/{service_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="StorageService",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a storage account's properties, extended properties and capabilities.",
)

GET_STORAGE_ACCOUNT_KEYS = OperationSpec(
    name="get_storage_account_keys",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/storageservices/{service_name}/keys",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="StorageService",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a storage account's primary and secondary access keys.",
)

REGENERATE_STORAGE_ACCOUNT_KEYS = OperationSpec(
    name="regenerate_storage_account_keys",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/storageservices/{service_name}/keys",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("key_type", "body", choices=("Primary", "Secondary"), required=True),
    ),
    fixed_query=(("action", "regenerate"),),
    request_type="RegenerateKeys",
    response_type="StorageService",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Regenerates one access key and returns both keys.",
)

CREATE_STORAGE_ACCOUNT = OperationSpec(
    name="create_storage_account",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/storageservices",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "body", pattern="[a-z0-9]{3,24}", required=True),
        ParamSpec("description", "body", max_length=1024, required=True),
        ParamSpec("label", "body", max_length=100, required=True),
        ParamSpec("affinity_group", "body"),
        ParamSpec("location", "body"),
        ParamSpec("geo_replication_enabled", "body", scalar="bool"),
        ParamSpec("extended_properties", "body", type="dict"),
        ParamSpec(
            "account_type",
            "body",
            choices=(
                "Standard_LRS",
                "Standard_ZRS",
                "Standard_GRS",
                "Standard_RAGRS",
                "Premium_LRS",
            ),
        ),
    ),
    fixed_query=(),
    request_type="CreateStorageServiceInput",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Creates a storage account in a location or an affinity group (exactly one of them).",
    one_of=(("location", "affinity_group"),),
)

UPDATE_STORAGE_ACCOUNT = OperationSpec(
    name="update_storage_account",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/storageservices/{service_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("description", "body", max_length=1024),
        ParamSpec("label", "body", max_length=100),
        ParamSpec("geo_replication_enabled", "body", scalar="bool"),
        ParamSpec("extended_properties", "body", type="dict"),
        ParamSpec(
            "account_type",
            "body",
            choices=(
                "Standard_LRS",
                "Standard_ZRS",
                "Standard_GRS",
                "Standard_RAGRS",
                "Premium_LRS",
            ),
        ),
    ),
    fixed_query=(),
    request_type="UpdateStorageServiceInput",
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Updates a storage account's description, label, extended properties and type.",
)

DELETE_STORAGE_ACCOUNT = OperationSpec(
    name="delete_storage_account",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/storageservices/{service_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a storage account.",
)

CHECK_STORAGE_ACCOUNT_NAME_AVAILABILITY = OperationSpec(
    name="check_storage_account_name_availability",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/storageservices/operations/isavailable/{service_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AvailabilityResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Tells whether a storage account name is free.",
)

VALIDATE_STORAGE_ACCOUNT_MIGRATION = OperationSpec(
    name="validate_storage_account_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/storageservices/{service_name}/migration",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(("comp", "validate"),),
    request_type=None,
    response_type="MigrationValidationMessages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists what would stop a storage account from migrating to Resource Manager.",
)

PREPARE_STORAGE_ACCOUNT_MIGRATION = OperationSpec(
    name="prepare_storage_account_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/storageservices/{service_name}/migration",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(("comp", "prepare"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Prepares a storage account's migration to Resource Manager.",
)

COMMIT_STORAGE_ACCOUNT_MIGRATION = OperationSpec(
    name="commit_storage_account_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/storageservices/{service_name}/migration",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(("comp", "commit"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Completes a prepared storage account migration.",
)

ABORT_STORAGE_ACCOUNT_MIGRATION = OperationSpec(
    name="abort_storage_account_migration",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/storageservices/{service_name}/migration",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(("comp", "abort"),),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Cancels a prepared storage account migration.",
)


class ServiceManagementServiceStorageOperations(OperationsBase):
    """The storage operations of ``ServiceManagementService``."""

    def list_storage_accounts(
        self,
    ) -> StorageServices:
        """Lists the storage accounts of the subscription.

        ``/{subscription_id}/services/storageservices``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_STORAGE_ACCOUNTS,
            {},
            None,
        )

    def get_storage_account_properties(
        self,
        service_name: str,
    ) -> StorageService:
        """Returns a storage account's properties, extended properties and capabilities.

        ``/{subscription_id}/services/storageservices/{service_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_STORAGE_ACCOUNT_PROPERTIES,
            {
                "service_name": service_name,
            },
            None,
        )

    def get_storage_account_keys(
        self,
        service_name: str,
    ) -> StorageService:
        """Returns a storage account's primary and secondary access keys.

        ``/{subscription_id}/services/storageservices/{service_name}/keys``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_STORAGE_ACCOUNT_KEYS,
            {
                "service_name": service_name,
            },
            None,
        )

    def regenerate_storage_account_keys(
        self,
        service_name: str,
        key_type: str,
    ) -> StorageService:
        """Regenerates one access key and returns both keys.

        ``/{subscription_id}/services/storageservices/{service_name}/keys``
        (POST, x-ms-version 2014-10-01).

        Args:
            key_type: Which key to regenerate.
        """
        from servicemanagement._generated.models_storage import RegenerateKeys

        return self._call(
            REGENERATE_STORAGE_ACCOUNT_KEYS,
            {
                "service_name": service_name,
                "key_type": key_type,
            },
            RegenerateKeys(key_type=key_type),
        )

    def create_storage_account(
        self,
        service_name: str,
        description: str,
        label: str,
        affinity_group: str | None = None,
        location: str | None = None,
        geo_replication_enabled: bool | None = None,
        extended_properties: dict[str, str] | None = None,
        account_type: str = "Standard_GRS",
    ) -> AsynchronousOperationResult:
        """Creates a storage account in a location or an affinity group (exactly one of them).

        ``/{subscription_id}/services/storageservices``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            service_name: 3 to 24 lower-case letters and digits, unique across Azure.
            label: Sent base64-encoded.
            geo_replication_enabled: Legacy switch, not sent itself; false selects
                account_type Standard_LRS.
        """
        from servicemanagement._generated.models_storage import CreateStorageServiceInput

        return self._call(
            CREATE_STORAGE_ACCOUNT,
            {
                "service_name": service_name,
                "description": description,
                "label": label,
                "affinity_group": affinity_group,
                "location": location,
                "geo_replication_enabled": geo_replication_enabled,
                "extended_properties": extended_properties,
                "account_type": account_type,
            },
            CreateStorageServiceInput(
                service_name=service_name,
                description=description,
                label=label,
                affinity_group=affinity_group,
                location=location,
                extended_properties=extended_properties,
                account_type=("Standard_LRS" if geo_replication_enabled is False else account_type),
            ),
        )

    def update_storage_account(
        self,
        service_name: str,
        description: str | None = None,
        label: str | None = None,
        geo_replication_enabled: bool | None = None,
        extended_properties: dict[str, str] | None = None,
        account_type: str = "Standard_GRS",
    ) -> None:
        """Updates a storage account's description, label, extended properties and type.

        ``/{subscription_id}/services/storageservices/{service_name}``
        (PUT, x-ms-version 2014-10-01).

        Args:
            geo_replication_enabled: Legacy switch, not sent itself; false selects
                account_type Standard_LRS.
        """
        from servicemanagement._generated.models_storage import UpdateStorageServiceInput

        return self._call(
            UPDATE_STORAGE_ACCOUNT,
            {
                "service_name": service_name,
                "description": description,
                "label": label,
                "geo_replication_enabled": geo_replication_enabled,
                "extended_properties": extended_properties,
                "account_type": account_type,
            },
            UpdateStorageServiceInput(
                description=description,
                label=label,
                extended_properties=extended_properties,
                account_type=("Standard_LRS" if geo_replication_enabled is False else account_type),
            ),
        )

    def delete_storage_account(
        self,
        service_name: str,
    ) -> AsynchronousOperationResult:
        """Deletes a storage account.

        ``/{subscription_id}/services/storageservices/{service_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_STORAGE_ACCOUNT,
            {
                "service_name": service_name,
            },
            None,
        )

    def check_storage_account_name_availability(
        self,
        service_name: str,
    ) -> AvailabilityResponse:
        """Tells whether a storage account name is free.

        ``/{subscription_id}/services/storageservices/operations/isavailable/{service_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            CHECK_STORAGE_ACCOUNT_NAME_AVAILABILITY,
            {
                "service_name": service_name,
            },
            None,
        )

    def validate_storage_account_migration(
        self,
        service_name: str,
    ) -> MigrationValidationMessages:
        """Lists what would stop a storage account from migrating to Resource Manager.

        ``/{subscription_id}/services/storageservices/{service_name}/migration``
        (POST, x-ms-version 2014-10-01).
        """
        return self._call(
            VALIDATE_STORAGE_ACCOUNT_MIGRATION,
            {
                "service_name": service_name,
            },
            None,
        )

    def prepare_storage_account_migration(
        self,
        service_name: str,
    ) -> AsynchronousOperationResult:
        """Prepares a storage account's migration to Resource Manager.

        ``/{subscription_id}/services/storageservices/{service_name}/migration``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            PREPARE_STORAGE_ACCOUNT_MIGRATION,
            {
                "service_name": service_name,
            },
            None,
        )

    def commit_storage_account_migration(
        self,
        service_name: str,
    ) -> AsynchronousOperationResult:
        """Completes a prepared storage account migration.

        ``/{subscription_id}/services/storageservices/{service_name}/migration``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            COMMIT_STORAGE_ACCOUNT_MIGRATION,
            {
                "service_name": service_name,
            },
            None,
        )

    def abort_storage_account_migration(
        self,
        service_name: str,
    ) -> AsynchronousOperationResult:
        """Cancels a prepared storage account migration.

        ``/{subscription_id}/services/storageservices/{service_name}/migration``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            ABORT_STORAGE_ACCOUNT_MIGRATION,
            {
                "service_name": service_name,
            },
            None,
        )
