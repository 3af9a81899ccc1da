# Generated from spec/operations/certificates.yaml by `make generate`; do not edit.
"""Operations of the certificates area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_certificates import (
        Certificate,
        Certificates,
        SubscriptionCertificate,
        SubscriptionCertificates,
    )
    from servicemanagement.results import AsynchronousOperationResult

LIST_SERVICE_CERTIFICATES = OperationSpec(
    name="list_service_certificates",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/certificates",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="Certificates",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the service certificates of a cloud service.",
)

GET_SERVICE_CERTIFICATE = OperationSpec(
    name="get_service_certificate",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/certificates/{thumbalgorithm}-{thumbprint}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("thumbalgorithm", "path", required=True),
        ParamSpec("thumbprint", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="Certificate",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a service certificate's public data.",
)

ADD_SERVICE_CERTIFICATE = OperationSpec(
    name="add_service_certificate",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/certificates",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("data", "body", required=True),
        ParamSpec("certificate_format", "body", choices=("pfx", "cer"), required=True),
        ParamSpec("password", "body", required=True, secret=True),
    ),
    fixed_query=(),
    request_type="CertificateFile",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Adds a certificate to a cloud service.",
)

DELETE_SERVICE_CERTIFICATE = OperationSpec(
    name="delete_service_certificate",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/certificates/{thumbalgorithm}-{thumbprint}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("thumbalgorithm", "path", required=True),
        ParamSpec("thumbprint", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a service certificate from a cloud service.",
)

LIST_MANAGEMENT_CERTIFICATES = OperationSpec(
    name="list_management_certificates",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/certificates",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="SubscriptionCertificates",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the management certificates of the subscription.",
)

GET_MANAGEMENT_CERTIFICATE = OperationSpec(
    name="get_management_certificate",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/certificates/{thumbprint}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("thumbprint", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="SubscriptionCertificate",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a management certificate.",
)

ADD_MANAGEMENT_CERTIFICATE = OperationSpec(
    name="add_management_certificate",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/certificates",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("public_key", "body", required=True),
        ParamSpec("thumbprint", "body", required=True),
        ParamSpec("data", "body", required=True),
    ),
    fixed_query=(),
    request_type="SubscriptionCertificate",
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Adds a management certificate to the subscription.",
)

DELETE_MANAGEMENT_CERTIFICATE = OperationSpec(
    name="delete_management_certificate",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/certificates/{thumbprint}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("thumbprint", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Removes a management certificate from the subscription.",
)


class ServiceManagementServiceCertificatesOperations(OperationsBase):
    """The certificates operations of ``ServiceManagementService``."""

    def list_service_certificates(
        self,
        service_name: str,
    ) -> Certificates:
        """Lists the service certificates of a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}/certificates``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_SERVICE_CERTIFICATES,
            {
                "service_name": service_name,
            },
            None,
        )

    def get_service_certificate(
        self,
        service_name: str,
        thumbalgorithm: str,
        thumbprint: str,
    ) -> Certificate:
        """Returns a service certificate's public data.

        ``/{subscription_id}/services/hostedservices/{service_name}/certificates/{thumbalgorithm}-{thumbprint}``
        (GET, x-ms-version 2014-10-01).

        Args:
            thumbalgorithm: The thumbprint algorithm, e.g. sha1.
        """
        return self._call(
            GET_SERVICE_CERTIFICATE,
            {
                "service_name": service_name,
                "thumbalgorithm": thumbalgorithm,
                "thumbprint": thumbprint,
            },
            None,
        )

    def add_service_certificate(
        self,
        service_name: str,
        data: str,
        certificate_format: str,
        password: str | None = None,
    ) -> AsynchronousOperationResult:
        """Adds a certificate to a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}/certificates``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            data: The base64-encoded certificate file.
            certificate_format: pfx (or cer).
            password: The .pfx password; required, as in the legacy package, despite the
                None default.
        """
        from servicemanagement._generated.models_certificates import CertificateFile

        return self._call(
            ADD_SERVICE_CERTIFICATE,
            {
                "service_name": service_name,
                "data": data,
                "certificate_format": certificate_format,
                "password": password,
            },
            CertificateFile(data=data, certificate_format=certificate_format, password=password),
        )

    def delete_service_certificate(
        self,
        service_name: str,
        thumbalgorithm: str,
        thumbprint: str,
    ) -> AsynchronousOperationResult:
        """Deletes a service certificate from a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}/certificates/{thumbalgorithm}-{thumbprint}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_SERVICE_CERTIFICATE,
            {
                "service_name": service_name,
                "thumbalgorithm": thumbalgorithm,
                "thumbprint": thumbprint,
            },
            None,
        )

    def list_management_certificates(
        self,
    ) -> SubscriptionCertificates:
        """Lists the management certificates of the subscription.

        ``/{subscription_id}/certificates``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_MANAGEMENT_CERTIFICATES,
            {},
            None,
        )

    def get_management_certificate(
        self,
        thumbprint: str,
    ) -> SubscriptionCertificate:
        """Returns a management certificate.

        ``/{subscription_id}/certificates/{thumbprint}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_MANAGEMENT_CERTIFICATE,
            {
                "thumbprint": thumbprint,
            },
            None,
        )

    def add_management_certificate(
        self,
        public_key: str,
        thumbprint: str,
        data: str,
    ) -> None:
        """Adds a management certificate to the subscription.

        ``/{subscription_id}/certificates``
        (POST, x-ms-version 2014-10-01).

        Args:
            public_key: The base64-encoded public key.
            data: The base64-encoded certificate (.cer).
        """
        from servicemanagement._generated.models_certificates import SubscriptionCertificate

        return self._call(
            ADD_MANAGEMENT_CERTIFICATE,
            {
                "public_key": public_key,
                "thumbprint": thumbprint,
                "data": data,
            },
            SubscriptionCertificate(
                subscription_certificate_public_key=public_key,
                subscription_certificate_thumbprint=thumbprint,
                subscription_certificate_data=data,
            ),
        )

    def delete_management_certificate(
        self,
        thumbprint: str,
    ) -> None:
        """Removes a management certificate from the subscription.

        ``/{subscription_id}/certificates/{thumbprint}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_MANAGEMENT_CERTIFICATE,
            {
                "thumbprint": thumbprint,
            },
            None,
        )
