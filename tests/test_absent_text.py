"""``absent:``: legacy attributes read as their legacy default ('', 0, True, an empty
list...) when their element is absent, as the legacy SDK's did, and a parsed document
still writes back exactly what was read."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from narrow import present
from servicemanagement import OSImage
from servicemanagement._xml import AbsentText
from xmlcompare import xml_difference

from generator.loader import load_service
from generator.yamlsource import SpecError

PLATFORM_IMAGE = (
    b'<OSImage xmlns="http://schemas.microsoft.com/windowsazure"'
    b' xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Category>Public</Category>'
    b"<Label>CoreOS Stable</Label><Name>coreos</Name><OS>Linux</OS><Eula/></OSImage>"
)


def test_an_absent_element_reads_as_empty_text_and_stays_absent() -> None:
    image = OSImage.from_xml(PLATFORM_IMAGE)
    # The guide prints every image this way; platform images have no MediaLink.
    assert "Media link: " + present(image.media_link) == "Media link: "
    assert isinstance(image.media_link, AbsentText)
    assert image.eula == ""  # present but empty: an ordinary ''
    assert not isinstance(image.eula, AbsentText)
    assert xml_difference(PLATFORM_IMAGE, image.to_xml()) is None


def test_an_empty_string_set_by_the_caller_is_written() -> None:
    image = OSImage(name="mine", media_link="")
    assert b"<MediaLink />" in image.to_xml()


SERVICE = """\
format: 1
host: example.net
x_ms_version: "2014-10-01"
content_type: application/xml
namespaces: {wa: "urn:wa"}
default_namespace: wa
clients: {Svc: {doc: A client.}}
"""


@pytest.mark.parametrize(
    "field",
    [
        "{element: Size, type: int, absent: null}",
        "{element: Names, list: string, absent: 3}",
        '{element: Props, dict: {item: P, key: K, value: V}, absent: ""}',
        "{element: Text, absent: [1]}",
        "{text: true, absent: x}",
    ],
)
def test_absent_takes_a_scalar_or_new(tmp_path: Path, field: str) -> None:
    (tmp_path / "types").mkdir()
    (tmp_path / "operations").mkdir()
    (tmp_path / "service.yaml").write_text(SERVICE)
    types = f"types:\n  Doc:\n    root: Doc\n    fields:\n      - {field}\n"
    (tmp_path / "types" / "t.yaml").write_text("format: 1\n" + textwrap.dedent(types))
    (tmp_path / "operations" / "o.yaml").write_text("format: 1\noperations: {}\n")
    with pytest.raises(SpecError, match="absent"):
        load_service(tmp_path)


def test_absent_scalars_and_lists_read_as_legacy_defaults_and_stay_absent() -> None:
    from servicemanagement import ReservedIP, Subscription

    image = OSImage.from_xml(PLATFORM_IMAGE)
    assert image.show_in_gui is True  # the legacy default: "shown in the GUI"
    subscription = Subscription.from_xml(
        b'<Subscription xmlns="http://schemas.microsoft.com/windowsazure"/>'
    )
    assert subscription.current_virtual_network_sites == 0
    assert type(subscription.current_virtual_network_sites) is int
    assert subscription.to_xml().count(b"<") == 1  # nothing absent is written back
    reserved = ReservedIP.from_xml(
        b'<ReservedIP xmlns="http://schemas.microsoft.com/windowsazure"><Name>n</Name></ReservedIP>'
    )
    assert (reserved.service_name, reserved.in_use) == ("", False)
    reserved.in_use = True  # changed: written
    assert b"<InUse>true</InUse>" in reserved.to_xml()
    assert xml_difference(PLATFORM_IMAGE, image.to_xml()) is None


def test_a_present_default_value_is_written_back() -> None:
    """ShowInGui present and true equals the absent default: still written back."""
    document = PLATFORM_IMAGE.replace(b"<Eula/>", b"<Eula/><ShowInGui>true</ShowInGui>")
    assert xml_difference(document, OSImage.from_xml(document).to_xml()) is None


def test_the_guides_string_concatenations_work_on_sparse_documents() -> None:
    """The plain-text attributes the guide prints with ``+`` read as '' when the service
    left them out (a cloud service or storage account in an affinity group has no
    Location), as in the legacy classes; base64 labels read as None, as there too."""
    from servicemanagement.models import from_xml

    wa = 'xmlns="http://schemas.microsoft.com/windowsazure"'
    service = from_xml(
        f"<HostedService {wa}><HostedServiceProperties><AffinityGroup>ag</AffinityGroup>"
        "</HostedServiceProperties></HostedService>".encode()
    )
    print_lines = [
        "Service name: " + service.service_name,
        "Management URL: " + service.url,
        "Location: " + service.hosted_service_properties.location,
    ]
    assert print_lines == ["Service name: ", "Management URL: ", "Location: "]
    account = from_xml(
        f"<StorageService {wa}><StorageServiceProperties/></StorageService>".encode()
    )
    assert "Location: " + account.storage_service_properties.location == "Location: "
    families = from_xml(
        f"<OperatingSystemFamilies {wa}><OperatingSystemFamily><OperatingSystems>"
        "<OperatingSystem><IsActive>true</IsActive></OperatingSystem></OperatingSystems>"
        "</OperatingSystemFamily></OperatingSystemFamilies>".encode()
    )
    for family in families:
        assert family.label is None
        for os in family.operating_systems:
            assert "Version: " + os.version == "Version: "
            assert (os.label, os.family_label) == (None, None)
    # Nothing absent is written back.
    assert b"Location" not in service.to_xml()


def test_an_assignment_to_a_copy_leaves_the_original_absent() -> None:
    import copy

    image = OSImage.from_xml(PLATFORM_IMAGE)
    duplicate = copy.copy(image)
    duplicate.show_in_gui = True  # the caller's value: written
    assert b"<ShowInGui>true</ShowInGui>" in duplicate.to_xml()
    assert b"ShowInGui" not in image.to_xml()


def test_legacy_defaults_and_unknown_content_are_written_back_together() -> None:
    """Empty and nil elements that read as a legacy default are noted with the unknown
    content of the document (one record, ``Unknown.nulls``): all of it goes back as
    read, and a value the caller assigns, the default included, is written."""
    from servicemanagement import Subscription

    document = (
        b'<Subscription xmlns="http://schemas.microsoft.com/windowsazure"'
        b' xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
        b"<SubscriptionID>s</SubscriptionID><MaxCoreCount />"
        b'<MaxStorageAccounts i:nil="true" /><NewerThanTheSpec>x</NewerThanTheSpec>'
        b"</Subscription>"
    )
    subscription = Subscription.from_xml(document)
    assert (subscription.max_core_count, subscription.max_storage_accounts) == (0, 0)
    assert xml_difference(document, subscription.to_xml()) is None
    subscription.max_core_count = 0  # the caller's value, equal to the default: written
    written = subscription.to_xml()
    assert b"<MaxCoreCount>0</MaxCoreCount>" in written
    assert b'<MaxStorageAccounts i:nil="true" />' in written
    assert b"<NewerThanTheSpec>x</NewerThanTheSpec>" in written
