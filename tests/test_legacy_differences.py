"""The documented differences from the legacy package (legacy_differences.py), pinned:
each is what this package does on purpose, and README lists it."""

from __future__ import annotations

from pathlib import Path

import legacy_differences
import pytest
from servicemanagement import AvailabilityResponse, Deployment, Operation, Site
from servicemanagement.models import from_xml
from xmlcompare import xml_difference

WA = 'xmlns="http://schemas.microsoft.com/windowsazure"'
README = Path(__file__).resolve().parent.parent / "README.md"


def test_last_modified_time_is_read() -> None:
    deployment = Deployment.from_xml(
        f"<Deployment {WA}><LastModifiedTime>2015-07-02T02:03:12Z</LastModifiedTime>"
        "</Deployment>".encode()
    )
    assert deployment.last_modified_time == "2015-07-02T02:03:12Z"
    site = from_xml(
        b'<Site xmlns="http://schemas.microsoft.com/windowsazure"><LastModifiedTimeUtc>'
        b"2015-07-01T00:12:34.06</LastModifiedTimeUtc></Site>",
        type="Site",
    )
    assert isinstance(site, Site)
    assert site.last_modified_time_utc == "2015-07-01T00:12:34.06"


def test_operation_id_is_read() -> None:
    operation = Operation.from_xml(f"<Operation {WA}><ID>op-1</ID></Operation>".encode())
    assert operation.id == "op-1"


def test_persistent_vm_downtime_is_read() -> None:
    deployment = Deployment.from_xml(
        f"<Deployment {WA}><PersistentVMDowntime><StartTime>s</StartTime>"
        "<EndTime>e</EndTime><Status>PersistentVMUpdateScheduled</Status>"
        "</PersistentVMDowntime></Deployment>".encode()
    )
    assert deployment.persistent_vm_downtime_info is not None
    assert deployment.persistent_vm_downtime_info.status == "PersistentVMUpdateScheduled"


def test_availability_reason_is_text() -> None:
    answer = AvailabilityResponse.from_xml(
        f"<AvailabilityResponse {WA}><Result>false</Result><Reason>taken</Reason>"
        "</AvailabilityResponse>".encode()
    )
    assert answer.reason == "taken"


def test_nil_and_empty_elements_read_as_legacy_defaults_and_write_back() -> None:
    """The legacy parser kept the class default for an element without content."""
    nil = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
    document = (
        f"<AvailabilityResponse {WA} {nil}>"
        '<Result>true</Result><Reason i:nil="true"/></AvailabilityResponse>'
    ).encode()
    answer = AvailabilityResponse.from_xml(document)
    assert answer.reason is False
    assert xml_difference(document, answer.to_xml()) is None
    service = from_xml(
        f"<HostedService {WA} {nil}><HostedServiceProperties>"
        '<Description i:nil="true"/></HostedServiceProperties></HostedService>'
    )
    assert service.hosted_service_properties.description == ""
    assert b'<Description i:nil="true" />' in service.to_xml()
    subscription = from_xml(f"<Subscription {WA}><MaxCoreCount/></Subscription>")
    assert subscription.max_core_count == 0
    assert b"<MaxCoreCount />" in subscription.to_xml()


@pytest.mark.parametrize(
    "difference", legacy_differences.DIFFERENCES, ids=lambda d: f"{d.key}:{d.pattern[:30]}"
)
def test_each_difference_is_in_the_readme_and_pinned(
    difference: legacy_differences.Difference,
) -> None:
    assert difference.reason in " ".join(README.read_text(encoding="utf-8").split())
    module, _, test = difference.test.partition("::")
    source = (Path(__file__).parent / module).read_text(encoding="utf-8")
    assert f"def {test}(" in source


def test_from_xml_reads_every_shared_root_without_type() -> None:
    """A root several models share is read as the one whose fields explain the document."""
    from servicemanagement._generated import ROOTS

    shared = {tag: names for tag, names in ROOTS.items() if len(names) > 1}
    assert shared  # Deployment, Site, Error, Atom entry...
    for tag, names in shared.items():
        namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        document = f'<{local} xmlns="{namespace}"/>' if namespace else f"<{local}/>"
        assert type(from_xml(document)).__name__ in names
    # The response Deployment (base64 Label), not the request body of the same root.
    deployment = from_xml(f"<Deployment {WA}><Name>d</Name><Label>bGFi</Label></Deployment>")
    assert isinstance(deployment, Deployment)
    assert deployment.label == "lab"
