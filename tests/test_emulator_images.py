"""OS images, VM images and guest operating systems against the emulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from emulator_support import NO_RETRIES
from narrow import present
from servicemanagement import (
    AzureBadRequestHttpError,
    AzureConflictHttpError,
    AzureMissingResourceHttpError,
    InvalidArgumentError,
    ServiceManagementService,
    VMImage,
)
from servicemanagement.emulator import Emulator

VHD = "https://mystorageaccount.blob.core.windows.net/vhds/mycentos.vhd"
CENTOS = "5112500ae3b842c8b9c604889f8753c3__OpenLogic-CentOS-66-20150605"


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator() as running:
        yield running


@pytest.fixture
def sms(emulator: Emulator) -> ServiceManagementService:
    return emulator.client(retry=NO_RETRIES)


def test_operating_systems_and_families(sms: ServiceManagementService) -> None:
    systems = sms.list_operating_systems()
    assert len(systems) == 20
    default = [os for os in systems if os.is_default and os.family == 4]
    assert [os.version for os in default] == ["WA-GUEST-OS-4.21_201506-01"]
    assert default[0].label == "Windows Azure Guest OS 4.21 (Release 201506-01)"
    assert default[0].family_label == "Windows Server 2012 R2"
    families = sms.list_operating_system_families()
    assert [f.label for f in families] == [
        "Windows Server 2008 SP2",
        "Windows Server 2008 R2",
        "Windows Server 2012",
        "Windows Server 2012 R2",
    ]
    assert sum(present(os.is_active) for os in present(families[0].operating_systems)) == 4


def test_public_os_images(sms: ServiceManagementService) -> None:
    images = {image.name: image for image in sms.list_os_images()}
    centos = images[CENTOS]
    assert (centos.category, centos.os, centos.publisher_name) == ("Public", "Linux", "OpenLogic")
    assert "West US" in present(centos.location).split(";")
    # Platform images have no VHD of the subscription: MediaLink is absent and, as in the
    # legacy SDK, reads as ''.
    assert centos.media_link == ""
    assert sms.get_os_image(CENTOS).label == "OpenLogic 6.6"
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_os_image("nosuchimage")
    assert caught.value.message == "The image with the specified name does not exist."


def test_os_image_lifecycle(sms: ServiceManagementService) -> None:
    result = sms.add_os_image("mycentos", VHD, "mycentos", "Linux")
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"
    image = sms.get_os_image("mycentos")
    assert (image.category, image.label, image.media_link, image.os, image.os_state) == (
        "User",
        "mycentos",
        VHD,
        "Linux",
        "Generalized",
    )
    assert [i.name for i in sms.list_os_images()][-1] == "mycentos"
    with pytest.raises(AzureConflictHttpError):
        sms.add_os_image("again", VHD, "mycentos", "Linux")
    image.label = "my CentOS"
    image.description = "CentOS with my tools"
    sms.update_os_image_from_image_reference("mycentos", image)
    updated = sms.get_os_image("mycentos")
    assert (updated.label, updated.description) == ("my CentOS", "CentOS with my tools")
    sms.delete_os_image("mycentos")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_os_image("mycentos")


def test_platform_images_cannot_be_changed(sms: ServiceManagementService) -> None:
    with pytest.raises(AzureBadRequestHttpError, match="platform image"):
        sms.delete_os_image(CENTOS)


def test_bad_os_images_are_refused_naming_the_element(sms: ServiceManagementService) -> None:
    with pytest.raises(AzureBadRequestHttpError) as caught:
        sms.add_os_image("label", "url_to_storage_blob_for_source_image_vhd", "name", "Linux")
    assert "MediaLink" in caught.value.message
    # An OS the spec does not list never leaves the client.
    with pytest.raises(
        InvalidArgumentError, match="'os' must be one of Linux, Windows, got 'Solaris'"
    ):
        sms.add_os_image("label", VHD, "name", "Solaris")


def test_vm_image_filters(sms: ServiceManagementService) -> None:
    everything = sms.list_vm_images()
    assert len(everything) == 4
    hortonworks = sms.list_vm_images(publisher="Hortonworks")
    assert {i.publisher_name for i in hortonworks} == {"Hortonworks"} and len(hortonworks) == 2
    assert len(sms.list_vm_images(location="West US", category="Public")) == 4
    assert len(sms.list_vm_images(location="Central India")) == 0
    eight = next(i for i in hortonworks if "8d" in present(i.name))
    assert [d.lun for d in present(eight.data_disk_configurations)] == list(range(8))


def test_vm_image_lifecycle(sms: ServiceManagementService) -> None:
    image = VMImage("myimage", "my image", "an image")
    os_disk = present(image.os_disk_configuration)
    os_disk.os_state = "Generalized"
    os_disk.os = "Linux"
    os_disk.media_link = VHD
    result = sms.create_vm_image(image)
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"
    mine = sms.list_vm_images(category="User")
    assert [i.name for i in mine] == ["myimage"]
    assert present(mine[0].os_disk_configuration).media_link == VHD
    assert mine[0].vm_image_state == "VMImageReadyForUse"
    with pytest.raises(AzureConflictHttpError):
        sms.create_vm_image(image)
    update = VMImage(label="renamed", description="new description")
    sms.update_vm_image("myimage", update)
    assert sms.list_vm_images(category="User")[0].label == "renamed"
    sms.delete_vm_image("myimage", delete_vhd=True)
    assert len(sms.list_vm_images(category="User")) == 0
