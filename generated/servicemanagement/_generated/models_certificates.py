# Generated from spec/types/certificates.yaml by `make generate`; do not edit.
"""Models of the certificates area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
    "Certificates",
    "Certificate",
    "CertificateFile",
    "SubscriptionCertificates",
    "SubscriptionCertificate",
]


class Certificates(Model):
    """The response of list_service_certificates; iterate it for Certificate items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Certificates",
            namespace=NS_WA,
            root="Certificates",
            fields=(
                FieldSchema(
                    "certificates", "flat", "Certificate", NS_WA, model="Certificate", absent="new"
                ),
            ),
            items="certificates",
        )
    )
    _: KW_ONLY
    certificates: list[Certificate] | None = None

    def __iter__(self) -> Iterator[Certificate]:
        return iter(self.certificates or ())

    def __len__(self) -> int:
        return len(self.certificates or ())

    def __getitem__(self, index: int) -> Certificate:
        return (self.certificates or [])[index]


class Certificate(Model):
    """A service certificate of a cloud service (get_service_certificate returns only Data)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Certificate",
            namespace=NS_WA,
            root="Certificate",
            fields=(
                FieldSchema("certificate_url", "element", "CertificateUrl", NS_WA, absent=""),
                FieldSchema("thumbprint", "element", "Thumbprint", NS_WA, absent=""),
                FieldSchema(
                    "thumbprint_algorithm", "element", "ThumbprintAlgorithm", NS_WA, absent=""
                ),
                FieldSchema("data", "element", "Data", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    certificate_url: str | None = None
    thumbprint: str | None = None
    thumbprint_algorithm: str | None = None
    data: str | None = None


class CertificateFile(Model):
    """The request body of add_service_certificate."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CertificateFile",
            namespace=NS_WA,
            root="CertificateFile",
            fields=(
                FieldSchema("data", "element", "Data", NS_WA),
                FieldSchema("certificate_format", "element", "CertificateFormat", NS_WA),
                FieldSchema("password", "element", "Password", NS_WA, secret=True),
            ),
        )
    )
    _: KW_ONLY
    data: str | None = None
    certificate_format: str | None = None
    password: str | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class SubscriptionCertificates(Model):
    """The response of list_management_certificates; iterate it for SubscriptionCertificate
    items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SubscriptionCertificates",
            namespace=NS_WA,
            root="SubscriptionCertificates",
            fields=(
                FieldSchema(
                    "subscription_certificates",
                    "flat",
                    "SubscriptionCertificate",
                    NS_WA,
                    model="SubscriptionCertificate",
                    absent="new",
                ),
            ),
            items="subscription_certificates",
        )
    )
    _: KW_ONLY
    subscription_certificates: list[SubscriptionCertificate] | None = None

    def __iter__(self) -> Iterator[SubscriptionCertificate]:
        return iter(self.subscription_certificates or ())

    def __len__(self) -> int:
        return len(self.subscription_certificates or ())

    def __getitem__(self, index: int) -> SubscriptionCertificate:
        return (self.subscription_certificates or [])[index]


class SubscriptionCertificate(Model):
    """A management certificate (also the request body of add_management_certificate)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SubscriptionCertificate",
            namespace=NS_WA,
            root="SubscriptionCertificate",
            fields=(
                FieldSchema(
                    "subscription_certificate_public_key",
                    "element",
                    "SubscriptionCertificatePublicKey",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "subscription_certificate_thumbprint",
                    "element",
                    "SubscriptionCertificateThumbprint",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "subscription_certificate_data",
                    "element",
                    "SubscriptionCertificateData",
                    NS_WA,
                    absent="",
                ),
                FieldSchema("created", "element", "Created", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    subscription_certificate_public_key: str | None = None
    subscription_certificate_thumbprint: str | None = None
    subscription_certificate_data: str | None = None
    created: str | None = None
