"""Images and operating systems without a server: recorded bodies read and written back
unchanged, and the requests of the operations no conformance recording covers.

Expected requests come from the legacy SDK's serializers (notes: legacy_facts B.1) and,
where quoted, from the upstream recordings of azure-servicemanagement-legacy
(tests/recordings/test_legacy_mgmt_misc.test_get_os_image_details.yaml).
"""

from __future__ import annotations

from typing import Any

import pytest
from cassettes import SUBSCRIPTION_ID, all_names, load, root_name
from fixturetypes import Pki
from narrow import present
from servicemanagement import (
    CaptureRoleAsVMImage,
    DataDiskConfiguration,
    OSImage,
    OSImageDetails,
    ServiceManagementService,
    VMImage,
    models,
)
from servicemanagement._model import Model
from servicemanagement._request import Request
from servicemanagement._schema import OperationSpec
from xmlcompare import xml_difference

#: Document roots of the images and operating-systems areas (each model is named after its root).
ROOTS = frozenset(
    {
        "Images",
        "OSImage",
        "OSImageDetails",
        "VMImages",
        "VMImage",
        "OperatingSystems",
        "OperatingSystemFamilies",
    }
)
SUB = f"/{SUBSCRIPTION_ID}"
DEP = f"{SUB}/services/hostedservices/svc/deployments/dep"
NS = 'xmlns="http://schemas.microsoft.com/windowsazure"'


def _recorded_bodies() -> list[Any]:
    cases = []
    for name in all_names():
        for index, interaction in enumerate(load(name)):
            for kind, body in (
                ("request", interaction.request_body),
                ("response", interaction.response_body),
            ):
                root = root_name(body) if body.strip() else None
                if root in ROOTS:
                    case_id = f"{name.removeprefix('test_legacy_')}#{index}.{kind}"
                    cases.append(pytest.param(body, root, id=case_id))
    return cases


RECORDED = _recorded_bodies()


def test_recordings_hold_bodies_of_every_listing() -> None:
    kinds = {case.values[1] for case in RECORDED}
    assert {"Images", "OSImage", "VMImages", "VMImage", "OperatingSystems"} <= kinds
    assert len(RECORDED) >= 40


@pytest.mark.parametrize(("body", "type_name"), RECORDED)
def test_recorded_body_round_trips(body: bytes, type_name: str) -> None:
    """Every element of the recording is a spec field: reading then writing loses nothing."""
    model = models.from_xml(body)
    assert type(model).__name__ == type_name
    assert xml_difference(body, model.to_xml()) is None


# ---- requests, built but not sent --------------------------------------------


class RequestRecorder(ServiceManagementService):
    """Builds the request of every call and keeps it instead of sending it."""

    sent: list[Request]

    def _call(
        self, operation: OperationSpec, args: dict[str, Any], body: Model | bytes | None
    ) -> Any:
        self.sent.append(self.build_request(operation, args, body))
        return None


@pytest.fixture
def sms(test_pki: Pki) -> RequestRecorder:
    client = RequestRecorder(SUBSCRIPTION_ID, str(test_pki.client_pem))
    client.sent = []
    return client


def _only(sms: RequestRecorder) -> Request:
    assert len(sms.sent) == 1
    return sms.sent[0]


def _header(request: Request, name: str) -> str | None:
    return dict(request.headers).get(name)


def _assert_body(request: Request, expected: str) -> None:
    assert request.body is not None
    assert xml_difference(expected, request.body) is None
    assert _header(request, "Content-Type") == "application/atom+xml;type=entry;charset=utf-8"


def test_replicate_vm_image(sms: RequestRecorder) -> None:
    regions = ["West US", "West Europe"]
    sms.replicate_vm_image(
        "utosimgcd6e1329", regions, "utosimgcd6e1329", "utosimgcd6e1329", "1.2.3"
    )
    request = _only(sms)
    assert (request.method, request.path, request.query) == (
        "PUT",
        f"{SUB}/services/images/utosimgcd6e1329/replicate",
        (),
    )
    assert _header(request, "x-ms-version") == "2015-04-01"
    _assert_body(
        request,
        f"<ReplicationInput {NS}><TargetLocations><Region>West US</Region>"
        "<Region>West Europe</Region></TargetLocations><ComputeImageAttributes>"
        "<Offer>utosimgcd6e1329</Offer><Sku>utosimgcd6e1329</Sku><Version>1.2.3</Version>"
        "</ComputeImageAttributes></ReplicationInput>",
    )


def test_unreplicate_vm_image(sms: RequestRecorder) -> None:
    sms.unreplicate_vm_image("myimage")
    request = _only(sms)
    assert (request.method, request.path, request.query) == (
        "PUT",
        f"{SUB}/services/images/myimage/unreplicate",
        (),
    )
    assert _header(request, "x-ms-version") == "2015-04-01"
    assert request.body is None


def test_share_vm_image(sms: RequestRecorder) -> None:
    sms.share_vm_image("myimage", "public")
    request = _only(sms)
    assert (request.method, request.path, request.query) == (
        "PUT",
        f"{SUB}/services/images/myimage/shareasync",
        (("permission", "public"),),
    )
    assert _header(request, "x-ms-version") == "2015-04-01"
    assert request.body is None


def test_get_os_image_details(sms: RequestRecorder) -> None:
    sms.get_os_image_details("utosimgcd6e1329")
    request = _only(sms)
    assert (request.method, request.path, request.query, request.body) == (
        "GET",
        f"{SUB}/services/images/utosimgcd6e1329/details",
        (),
        None,
    )
    assert _header(request, "x-ms-version") == "2014-10-01"


def test_os_image_details_response() -> None:
    """The Get OS Image Details answer of the upstream recording, after a replication."""
    body = (
        f"<OSImageDetails {NS}><Category>User</Category><Label>utosimgcd6e1329label</Label>"
        "<Location>West US</Location><LogicalSizeInGB>4</LogicalSizeInGB>"
        "<MediaLink>http://storagename.blob.core.windows.net/c/python-azure-sdk-test.vhd"
        "</MediaLink><Name>utosimgcd6e1329</Name><OS>Linux</OS><IsPremium>false</IsPremium>"
        "<ReplicationProgress><ReplicationProgressElement><Location>West US</Location>"
        "<Progress>0</Progress></ReplicationProgressElement><ReplicationProgressElement>"
        "<Location>West Europe</Location><Progress>0</Progress></ReplicationProgressElement>"
        "</ReplicationProgress></OSImageDetails>"
    )
    details = OSImageDetails.from_xml(body)
    progress = present(details.replication_progress)
    assert [(e.location, e.progress) for e in progress] == [
        ("West US", 0),
        ("West Europe", 0),
    ]
    assert len(progress) == 2
    assert (details.name, details.logical_size_in_gb, details.is_premium) == (
        "utosimgcd6e1329",
        4,
        False,
    )
    assert xml_difference(body, details.to_xml()) is None


def _recorded_os_image() -> OSImage:
    """The OSImage that get_os_image returned in the test_get_os_image recording."""
    response = load("test_legacy_mgmt_misc.test_get_os_image")[-1].response_body
    return OSImage.from_xml(response)


def test_update_os_image_from_image_reference(sms: RequestRecorder) -> None:
    image = _recorded_os_image()
    image.label = "newlabel"
    image.published_date = "2016-09-09"
    image.show_in_gui = True
    image.eula = "http://example.com/eula?a=1&b=<2>"
    sms.update_os_image_from_image_reference("utosimg3fee0fe4", image)
    request = _only(sms)
    assert (request.method, request.path) == ("PUT", f"{SUB}/services/images/utosimg3fee0fe4")
    assert _header(request, "x-ms-version") == "2014-10-01"
    # Only the updatable elements, in the order of the legacy serializer; MediaLink,
    # Name, OS, Category, IsPremium ... stay out although the image has them. Text is
    # escaped (the legacy SDK wrote '&' and '<' raw, making the document invalid).
    _assert_body(
        request,
        f"<OSImage {NS}><Label>newlabel</Label>"
        "<Eula>http://example.com/eula?a=1&amp;b=&lt;2&gt;</Eula>"
        "<ShowInGui>true</ShowInGui><PublishedDate>2016-09-09</PublishedDate></OSImage>",
    )


def test_update_os_image_from_image_reference_leaves_out_empty_published_date(
    sms: RequestRecorder,
) -> None:
    image = _recorded_os_image()
    image.published_date = ""
    image.description = ""
    sms.update_os_image_from_image_reference("utosimg3fee0fe4", image)
    _assert_body(
        _only(sms),
        f"<OSImage {NS}><Label>utosimg3fee0fe4label</Label><Description></Description></OSImage>",
    )


def test_capture_vm_image(sms: RequestRecorder) -> None:
    name = "utsvcimage"
    options = CaptureRoleAsVMImage(
        "Specialized", name, name + "label", name + "description", "english", "mygroup"
    )
    assert (options.os_state, options.vm_image_label, options.image_family) == (
        "Specialized",
        "utsvcimagelabel",
        "mygroup",
    )
    sms.capture_vm_image("svc", "dep", "role", options)
    request = _only(sms)
    assert (request.method, request.path, request.query) == (
        "POST",
        f"{DEP}/roleinstances/role/Operations",
        (),
    )
    assert _header(request, "x-ms-version") == "2014-10-01"
    _assert_body(
        request,
        f"<CaptureRoleAsVMImageOperation {NS}>"
        "<OperationType>CaptureRoleAsVMImageOperation</OperationType>"
        "<OSState>Specialized</OSState><VMImageName>utsvcimage</VMImageName>"
        "<VMImageLabel>utsvcimagelabel</VMImageLabel>"
        "<Description>utsvcimagedescription</Description><Language>english</Language>"
        "<ImageFamily>mygroup</ImageFamily></CaptureRoleAsVMImageOperation>",
    )


def _image_with_disks() -> VMImage:
    image = VMImage("img", "img label", "img description")
    image.category = "User"  # read-only: never sent
    image.location = "West US"
    os_disk = present(image.os_disk_configuration)
    os_disk.name = "osdisk"
    os_disk.host_caching = "ReadWrite"
    os_disk.os_state = "Generalized"
    os_disk.os = "Windows"
    os_disk.media_link = "https://a.blob.core.windows.net/v/os.vhd"
    os_disk.logical_disk_size_in_gb = 127
    for lun in (0, 1):
        present(present(image.data_disk_configurations).data_disk_configurations).append(
            DataDiskConfiguration(
                name=f"disk{lun}",
                host_caching="ReadOnly",
                lun=lun,
                media_link=f"https://a.blob.core.windows.net/v/d{lun}.vhd",
                logical_disk_size_in_gb=10,
            )
        )
    image.image_family = "family"
    return image


def test_create_vm_image_with_data_disks(sms: RequestRecorder) -> None:
    sms.create_vm_image(_image_with_disks())
    request = _only(sms)
    assert (request.method, request.path) == ("POST", f"{SUB}/services/vmimages")
    disks = "".join(
        f"<DataDiskConfiguration><HostCaching>ReadOnly</HostCaching><Lun>{lun}</Lun>"
        f"<MediaLink>https://a.blob.core.windows.net/v/d{lun}.vhd</MediaLink>"
        "<LogicalDiskSizeInGB>10</LogicalDiskSizeInGB></DataDiskConfiguration>"
        for lun in (0, 1)
    )
    _assert_body(
        request,
        f"<VMImage {NS}><Name>img</Name><Label>img label</Label>"
        "<Description>img description</Description><OSDiskConfiguration>"
        "<HostCaching>ReadWrite</HostCaching><OSState>Generalized</OSState><OS>Windows</OS>"
        "<MediaLink>https://a.blob.core.windows.net/v/os.vhd</MediaLink>"
        f"</OSDiskConfiguration><DataDiskConfigurations>{disks}</DataDiskConfigurations>"
        "<ImageFamily>family</ImageFamily><ShowInGui>false</ShowInGui></VMImage>",
    )


def test_update_vm_image_with_data_disks(sms: RequestRecorder) -> None:
    sms.update_vm_image("img", _image_with_disks())
    request = _only(sms)
    assert (request.method, request.path) == ("PUT", f"{SUB}/services/vmimages/img")
    disks = "".join(
        f"<DataDiskConfiguration><Name>disk{lun}</Name><HostCaching>ReadOnly</HostCaching>"
        f"<Lun>{lun}</Lun></DataDiskConfiguration>"
        for lun in (0, 1)
    )
    _assert_body(
        request,
        f"<VMImage {NS}><Label>img label</Label><Description>img description</Description>"
        "<OSDiskConfiguration><HostCaching>ReadWrite</HostCaching></OSDiskConfiguration>"
        f"<DataDiskConfigurations>{disks}</DataDiskConfigurations>"
        "<ImageFamily>family</ImageFamily><ShowInGui>false</ShowInGui></VMImage>",
    )


def test_list_vm_images_query_order(sms: RequestRecorder) -> None:
    sms.list_vm_images("West US", "Canonical", "Public")
    sms.list_vm_images(category="Public")
    sms.list_vm_images()
    assert [request.query for request in sms.sent] == [
        (("location", "West US"), ("publisher", "Canonical"), ("category", "Public")),
        (("category", "Public"),),
        (),
    ]


def test_delete_vhd_flags(sms: RequestRecorder) -> None:
    sms.delete_os_image("osimg", delete_vhd=True)
    sms.delete_os_image("osimg")
    sms.delete_vm_image("vmimg", True)
    sms.delete_vm_image("vmimg")
    assert [(r.method, r.path, r.query) for r in sms.sent] == [
        ("DELETE", f"{SUB}/services/images/osimg", (("comp", "media"),)),
        ("DELETE", f"{SUB}/services/images/osimg", ()),
        ("DELETE", f"{SUB}/services/vmimages/vmimg", (("comp", "media"),)),
        ("DELETE", f"{SUB}/services/vmimages/vmimg", ()),
    ]


def test_required_arguments_are_checked_before_sending(sms: RequestRecorder) -> None:
    # None where the signature says str: what a caller without a type checker may pass.
    with pytest.raises(ValueError, match="media_link"):
        sms.add_os_image("label", None, "name", "Linux")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="permission"):
        sms.share_vm_image("myimage", None)  # type: ignore[arg-type]
    assert sms.sent == []


# ---- legacy construction defaults ---------------------------------------------


def test_new_vm_image_has_disk_configurations_to_fill() -> None:
    image = VMImage("name", "label")
    assert (image.name, image.label, image.description) == ("name", "label", None)
    present(image.os_disk_configuration).host_caching = "ReadOnly"
    data_disks = present(image.data_disk_configurations)
    present(data_disks.data_disk_configurations).append(DataDiskConfiguration(lun=3))
    assert [disk.lun for disk in data_disks] == [3]
    assert (image.show_in_gui, image.is_premium) == (False, False)
    # Each new image gets its own configurations.
    assert present(VMImage().os_disk_configuration).host_caching is None
    assert len(present(VMImage().data_disk_configurations)) == 0


def test_parsed_vm_image_keeps_absent_elements_absent() -> None:
    body = f"<VMImages {NS}><VMImage><Name>n</Name></VMImage></VMImages>"
    image = models.from_xml(body)[0]
    assert image.os_disk_configuration is None
    assert image.data_disk_configurations is None
    assert image.show_in_gui is False  # the legacy VMImage default
    assert xml_difference(body, models.from_xml(body).to_xml()) is None
