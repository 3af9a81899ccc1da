# Generated from spec/types/media_services.yaml by `make generate`; do not edit.
"""Models of the media_services area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_MEDIA, NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
    "MediaServicesAccountCreationRequest",
    "MediaServicesAccounts",
    "MediaServicesAccount",
    "MediaServicesCreatedAccount",
    "MediaServicesAccountDetails",
    "MediaServicesAccountKeys",
]


class MediaServicesAccountCreationRequest(Model):
    """A new Media Services account and the storage account it keeps media in."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MediaServicesAccountCreationRequest",
            namespace=NS_MEDIA,
            root="AccountCreationRequest",
            fields=(
                FieldSchema("account_name", "element", "AccountName", NS_MEDIA),
                FieldSchema(
                    "blob_storage_endpoint_uri", "element", "BlobStorageEndpointUri", NS_MEDIA
                ),
                FieldSchema("region", "element", "Region", NS_MEDIA),
                FieldSchema("storage_account_key", "element", "StorageAccountKey", NS_MEDIA),
                FieldSchema("storage_account_name", "element", "StorageAccountName", NS_MEDIA),
            ),
        )
    )
    _: KW_ONLY
    account_name: str | None = None
    #: The storage account's blob endpoint (https://<name>.blob.core.windows.net/).
    blob_storage_endpoint_uri: str | None = None
    region: str | None = None
    storage_account_key: str | None = None
    storage_account_name: str | None = None


class MediaServicesAccounts(Model):
    """The subscription's Media Services accounts; iterate it for MediaServicesAccount items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MediaServicesAccounts",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(
                FieldSchema(
                    "accounts", "flat", "ServiceResource", NS_WA, model="MediaServicesAccount"
                ),
            ),
            items="accounts",
        )
    )
    _: KW_ONLY
    accounts: list[MediaServicesAccount] | None = None

    def __iter__(self) -> Iterator[MediaServicesAccount]:
        return iter(self.accounts or ())

    def __len__(self) -> int:
        return len(self.accounts or ())

    def __getitem__(self, index: int) -> MediaServicesAccount:
        return (self.accounts or [])[index]


class MediaServicesAccount(Model):
    """A Media Services account as the list returns it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MediaServicesAccount",
            namespace=NS_WA,
            root=None,
            element="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("self_link", "element", "SelfLink", NS_WA),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA),
                FieldSchema("account_id", "element", "AccountId", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    account_id: str | None = None


class MediaServicesCreatedAccount(Model):
    """What creating an account answers (JSON)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MediaServicesCreatedAccount",
            namespace=NS_WA,
            root=None,
            element="MediaServicesCreatedAccount",
            fields=(
                FieldSchema("account_id", "element", "AccountId", NS_WA),
                FieldSchema("account_name", "element", "AccountName", NS_WA),
                FieldSchema("subscription", "element", "Subscription", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    account_id: str | None = None
    account_name: str | None = None
    #: The subscription id.
    subscription: str | None = None


class MediaServicesAccountDetails(Model):
    """A Media Services account with its keys (JSON)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MediaServicesAccountDetails",
            namespace=NS_WA,
            root=None,
            element="MediaServicesAccountDetails",
            fields=(
                FieldSchema("account_name", "element", "AccountName", NS_WA),
                FieldSchema("account_key", "element", "AccountKey", NS_WA),
                FieldSchema(
                    "account_keys",
                    "element",
                    "AccountKeys",
                    NS_WA,
                    model="MediaServicesAccountKeys",
                ),
                FieldSchema("account_region", "element", "AccountRegion", NS_WA),
                FieldSchema("storage_account_name", "element", "StorageAccountName", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    account_name: str | None = None
    #: The primary key.
    account_key: str | None = None
    account_keys: MediaServicesAccountKeys | None = None
    account_region: str | None = None
    storage_account_name: str | None = None


class MediaServicesAccountKeys(Model):
    """The primary and secondary keys of an account."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MediaServicesAccountKeys",
            namespace=NS_WA,
            root=None,
            element="AccountKeys",
            fields=(
                FieldSchema("primary", "element", "Primary", NS_WA),
                FieldSchema("secondary", "element", "Secondary", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    primary: str | None = None
    secondary: str | None = None
