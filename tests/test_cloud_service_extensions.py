"""Cloud service extensions and extension images: requests and documents.

No recording covers them; expected requests and documents are written from the .NET
Compute client's wire format (HostedServiceOperations, ExtensionImageOperations).
"""

from __future__ import annotations

from datetime import UTC, datetime

from servicemanagement import OPERATIONS
from servicemanagement.models import (
    ExtensionImage,
    ExtensionImageCertificate,
    ExtensionImageEndpoints,
    ExtensionImageInputEndpoint,
    ExtensionImageLocalResource,
    ExtensionImages,
    HostedServiceExtension,
    HostedServiceExtensionInput,
    HostedServiceExtensions,
)
from wirecheck import Cases, Expected, document, request_tests
from xmlcompare import xml_difference

VERSION = "2017-01-01"
SERVICE = "services/hostedservices/svc/extensions"

EXTENSION = HostedServiceExtensionInput(
    provider_namespace="Microsoft.Windows.Azure.Extensions",
    type="RDP",
    id="RDP-1",
    thumbprint="ABCD",
    thumbprint_algorithm="sha1",
    public_configuration="<PublicConfig/>",
    private_configuration="<PrivateConfig>p&w</PrivateConfig>",
    version="1.*",
)
IMAGE = ExtensionImage(
    provider_namespace="Contoso.Ext",
    type="Probe",
    version="1.0.0",
    label="Probe",
    certificate=ExtensionImageCertificate(store_location="LocalMachine", thumbprint_required=True),
    endpoints=ExtensionImageEndpoints(
        input_endpoints=[
            ExtensionImageInputEndpoint(name="web", protocol="tcp", port=80, local_port="8080")
        ]
    ),
    public_configuration_schema="<Schema/>",
    published_date=datetime(2016, 5, 1, 12, 30, tzinfo=UTC),
    local_resources=[ExtensionImageLocalResource(name="scratch", size_in_mb=10)],
    is_json_extension=True,
    supported_os="Windows",
    regions="West US;East US",
)
IMAGE_ELEMENTS = (
    "<ProviderNameSpace>Contoso.Ext</ProviderNameSpace><Type>Probe</Type>"
    "<Version>1.0.0</Version><Label>Probe</Label>"
    "<Certificate><StoreLocation>LocalMachine</StoreLocation>"
    "<ThumbprintRequired>true</ThumbprintRequired></Certificate>"
    "<Endpoints><InputEndpoints><InputEndpoint><Name>web</Name><Protocol>tcp</Protocol>"
    "<Port>80</Port><LocalPort>8080</LocalPort></InputEndpoint></InputEndpoints></Endpoints>"
    "<PublicConfigurationSchema>PFNjaGVtYS8+</PublicConfigurationSchema>"
    "<PublishedDate>2016-05-01T12:30:00Z</PublishedDate>"
    "<LocalResources><LocalResource><Name>scratch</Name><SizeInMB>10</SizeInMB>"
    "</LocalResource></LocalResources>"
    "<IsJsonExtension>true</IsJsonExtension><SupportedOS>Windows</SupportedOS>"
    "<Regions>West US;East US</Regions>"
)
IMAGE_XML = document("ExtensionImage", IMAGE_ELEMENTS)

CASES: Cases = {
    "add_hosted_service_extension": (
        lambda sms: sms.add_hosted_service_extension("svc", EXTENSION),
        Expected(
            "POST",
            SERVICE,
            VERSION,
            body=document(
                "Extension",
                "<ProviderNameSpace>Microsoft.Windows.Azure.Extensions</ProviderNameSpace>"
                "<Type>RDP</Type><Id>RDP-1</Id><Thumbprint>ABCD</Thumbprint>"
                "<ThumbprintAlgorithm>sha1</ThumbprintAlgorithm>"
                "<PublicConfiguration>PFB1YmxpY0NvbmZpZy8+</PublicConfiguration>"
                "<PrivateConfiguration>PFByaXZhdGVDb25maWc+cCZ3PC9Qcml2YXRlQ29uZmlnPg==</PrivateConfiguration>"
                "<Version>1.*</Version>",
            ),
        ),
    ),
    "delete_hosted_service_extension": (
        lambda sms: sms.delete_hosted_service_extension("svc", "RDP-1"),
        Expected("DELETE", f"{SERVICE}/RDP-1", VERSION),
    ),
    "get_hosted_service_extension": (
        lambda sms: sms.get_hosted_service_extension("svc", "RDP-1"),
        Expected("GET", f"{SERVICE}/RDP-1", VERSION),
    ),
    "list_hosted_service_extensions": (
        lambda sms: sms.list_hosted_service_extensions("svc"),
        Expected("GET", SERVICE, VERSION),
    ),
    "list_hosted_service_available_extensions": (
        lambda sms: sms.list_hosted_service_available_extensions(),
        Expected("GET", "services/extensions", VERSION),
    ),
    "list_hosted_service_extension_versions": (
        lambda sms: sms.list_hosted_service_extension_versions("Contoso.Ext", "Probe"),
        Expected("GET", "services/extensions/Contoso.Ext/Probe", VERSION),
    ),
    "list_hosted_service_publisher_extensions": (
        lambda sms: sms.list_hosted_service_publisher_extensions(),
        Expected("GET", "services/publisherextensions", VERSION),
    ),
    "register_extension_image": (
        lambda sms: sms.register_extension_image(IMAGE),
        Expected("POST", "services/extensions", VERSION, body=IMAGE_XML),
    ),
    "unregister_extension_image": (
        lambda sms: sms.unregister_extension_image("Contoso.Ext", "Probe", "1.0.0"),
        Expected("DELETE", "services/extensions/Contoso.Ext/Probe/1.0.0", VERSION),
    ),
    "update_extension_image": (
        lambda sms: sms.update_extension_image(IMAGE),
        Expected("PUT", "services/extensions", VERSION, (("action", "update"),), IMAGE_XML),
    ),
}


test_request = request_tests(CASES, "cloud_service_extensions")


def test_changes_are_asynchronous_and_reads_are_not() -> None:
    changes = {"add_", "delete_", "register_", "unregister_", "update_"}
    for name in CASES:
        assert OPERATIONS[name].is_async == any(name.startswith(p) for p in changes), name


def test_extension_list_reads_in_response_order() -> None:
    # The response puts Version after Id (the add request puts it last).
    body = document(
        "Extensions",
        "<Extension><ProviderNameSpace>P</ProviderNameSpace><Type>T</Type><Id>i1</Id>"
        "<Version>1.0</Version><Thumbprint>AB</Thumbprint>"
        "<ThumbprintAlgorithm>sha1</ThumbprintAlgorithm>"
        "<PublicConfiguration>PGEvPg==</PublicConfiguration></Extension>"
        "<Extension><Type>T2</Type><Id>i2</Id></Extension>",
    )
    extensions = HostedServiceExtensions.from_xml(body)
    assert [e.id for e in extensions] == ["i1", "i2"]
    first = extensions[0]
    assert isinstance(first, HostedServiceExtension)
    assert (first.version, first.thumbprint, first.public_configuration) == ("1.0", "AB", "<a/>")
    assert xml_difference(body, extensions.to_xml()) is None


def test_extension_image_list_reads_every_element() -> None:
    body = document("ExtensionImages", f"<ExtensionImage>{IMAGE_ELEMENTS}</ExtensionImage>")
    images = ExtensionImages.from_xml(body)
    assert len(images) == 1
    assert images[0] == IMAGE
