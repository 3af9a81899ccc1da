"""Replay: OS images and VM images, driven as the legacy tests that recorded them did."""

from __future__ import annotations

import pytest
from fixturetypes import Replay
from narrow import present
from servicemanagement import (
    AsynchronousOperationResult,
    AzureMissingResourceHttpError,
    ServiceManagementService,
    VMImage,
)

LINUX_OS_VHD = "http://storagename.blob.core.windows.net/inputtestdatadonotdelete/ubuntu.vhd"


def _wait(sms: ServiceManagementService, result: AsynchronousOperationResult) -> None:
    """Consume the recorded polling of an asynchronous call."""
    request_id = present(result.request_id)
    assert sms.wait_for_operation_status(request_id, sleep_interval=0).status == "Succeeded"


def _add_os_image(sms: ServiceManagementService, name: str) -> None:
    _wait(sms, sms.add_os_image(name + "label", LINUX_OS_VHD, name, "Linux"))


# ---- OS images --------------------------------------------------------------


def test_add_os_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_add_os_image")
    result = sms.add_os_image("utcentosimg", LINUX_OS_VHD, "utosimg3efb0fcd", "Linux")
    assert result.request_id == "0666d2cf499ebeaa8ca8bbb2cf90a23e"
    _wait(sms, result)
    image = sms.get_os_image("utosimg3efb0fcd")
    assert (image.name, image.label, image.os) == ("utosimg3efb0fcd", "utcentosimg", "Linux")


def test_get_os_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_get_os_image")
    _add_os_image(sms, "utosimg3fee0fe4")
    image = sms.get_os_image("utosimg3fee0fe4")
    assert image.name == "utosimg3fee0fe4"
    assert image.label == "utosimg3fee0fe4label"
    assert image.media_link == LINUX_OS_VHD
    assert image.os == "Linux"
    assert image.category == "User"
    assert image.location == "West US"
    assert image.logical_size_in_gb == 30
    assert image.is_premium is False
    assert image.os_state == "Generalized"
    assert image.io_type == "Standard"
    # Absent elements read as '', as in the legacy SDK (the guide concatenates them),
    # and stay absent when the image is written back.
    assert image.eula == image.affinity_group == ""
    assert b"<Eula" not in image.to_xml()


def test_list_os_images(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_os_images")
    _add_os_image(sms, "utosimg61f010d3")
    result = sms.list_os_images()
    assert len(result) == 524
    assert {image.category for image in result} == {"Public", "User"}
    ours = [image for image in result if image.name == "utosimg61f010d3"]
    assert len(ours) == 1
    assert ours[0].label == "utosimg61f010d3label"
    assert ours[0].media_link == LINUX_OS_VHD
    assert (ours[0].category, ours[0].os, ours[0].location) == ("User", "Linux", "West US")
    public = result[0]
    assert public.category == "Public"
    assert public.media_link == ""  # absent: platform images have no VHD of the subscription
    assert public.publisher_name == "Microsoft Visual Studio Group"
    assert public.recommended_vm_size == "Standard_D1"
    assert public.published_date == "2015-04-29T07:00:00Z"
    assert "West US" in present(public.location).split(";")
    assert sum(present(image.is_premium) for image in result) == 99
    # ShowInGui is absent from most: they read as the legacy default, True.
    assert sum(bool(image.show_in_gui) for image in result) == 314


def test_update_os_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_update_os_image")
    name = "utosimg72c71127"
    _add_os_image(sms, name)
    result = sms.update_os_image(name, "newlabel", LINUX_OS_VHD, name, "Linux")
    _wait(sms, result)
    image = sms.get_os_image(name)
    assert image.label == "newlabel"
    assert image.os == "Linux"


def test_delete_os_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_delete_os_image")
    name = "utosimg71c61117"
    _add_os_image(sms, name)
    _wait(sms, sms.delete_os_image(name))
    with pytest.raises(AzureMissingResourceHttpError) as raised:
        sms.get_os_image(name)
    assert raised.value.status_code == 404
    assert raised.value.code == "ResourceNotFound"


# ---- VM images --------------------------------------------------------------


def _new_vm_image(name: str, container: str) -> VMImage:
    """The image the legacy tests created: a fresh VMImage() filled in place."""
    img = VMImage()
    img.name = name
    img.label = name + "label"
    img.description = name + "description"
    os_disk = present(img.os_disk_configuration)
    os_disk.os_state = "Specialized"
    os_disk.os = "Linux"
    os_disk.media_link = f"https://storagename.blob.core.windows.net/{container}/imagecopy.vhd"
    img.language = "English"
    img.show_in_gui = True
    return img


def test_create_vm_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_create_vm_image")
    img = _new_vm_image("utsvc71f01119image", "utctnr71f01119")
    result = sms.create_vm_image(img)
    assert result.request_id == "4d9c4bb15443b247b7b5a8888d5e3587"
    _wait(sms, result)  # InProgress twice, then Succeeded
    images = sms.list_vm_images()
    found = [im for im in images if im.name == img.name]
    assert len(found) == 1
    image = found[0]
    assert image.category == "User"
    assert image.label == img.label
    assert image.description == img.description
    assert image.language == "English"
    assert image.show_in_gui is True
    os_disk = image.os_disk_configuration
    assert os_disk is not None
    assert os_disk.os_state == "Specialized"
    assert os_disk.os == "Linux"
    assert os_disk.media_link == present(img.os_disk_configuration).media_link
    assert len(present(image.data_disk_configurations)) == 0


def test_update_vm_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_update_vm_image")
    name = "utsvc72d51128image"
    _wait(sms, sms.create_vm_image(_new_vm_image(name, "utctnr72d51128")))
    updated = VMImage()
    updated.label = "Updated label"
    updated.description = "Updated description"
    updated.eula = "Updated eula"
    present(updated.os_disk_configuration).host_caching = "ReadOnly"
    _wait(sms, sms.update_vm_image(name, updated))
    image = next(im for im in sms.list_vm_images() if im.name == name)
    assert image.label == "Updated label"
    assert image.description == "Updated description"
    assert image.eula == "Updated eula"
    assert present(image.os_disk_configuration).host_caching == "ReadOnly"
    assert image.modified_time == "2015-07-02T01:17:23.5863873Z"


def test_delete_vm_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_delete_vm_image")
    name = "utsvc71d41118image"
    _wait(sms, sms.create_vm_image(_new_vm_image(name, "utctnr71d41118")))
    _wait(sms, sms.delete_vm_image(name, True))
    images = sms.list_vm_images()
    assert len(images) == 50
    assert [im for im in images if im.name == name] == []


def test_list_vm_images(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_vm_images")
    result = sms.list_vm_images()
    assert len(result) == 48
    public = [image for image in result if image.category == "Public"]
    assert len(public) == 39
    for image in public:
        assert image.name and image.label and image.location and image.publisher_name
        # Only captured (User) images name the deployment they came from.
        assert (image.service_name, image.deployment_name, image.role_name) == (None, None, None)
    user = result[0]
    assert user.category == "User"
    assert user.role_name == "amlipython20150121x1314"
    assert user.role_size_on_capture == "Small"
    assert present(user.os_disk_configuration).logical_disk_size_in_gb == 30
    disks = {image.name: len(present(image.data_disk_configurations)) for image in result}
    assert disks["d570a118449e48fdbe814fb54b36b60e__hdp215-16d-vm-image"] == 16
    hdp = next(im for im in result if present(im.name).endswith("__hdp215-16d-vm-image"))
    hdp_disks = present(hdp.data_disk_configurations)
    assert [disk.lun for disk in hdp_disks] == list(range(16))
    assert hdp_disks[0].logical_disk_size_in_gb == 1023


def test_list_vm_images_location(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_vm_images_location")
    result = sms.list_vm_images(location="West US")
    assert len(result) == 48
    for image in result:
        assert "West US" in present(image.location).split(";")


def test_list_vm_images_location_publisher(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_vm_images_location_publisher")
    result = sms.list_vm_images(publisher="Cloudera")
    assert [image.publisher_name for image in result] == ["Cloudera"]
    assert result[0].label == "CDH 5.1 Evaluation"
    assert result[0].recommended_vm_size == "Standard_D14"


def test_list_vm_images_location_publisher_and_category(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_vm_images_location_publisher_and_category")
    result = sms.list_vm_images(publisher="Cloudera", category="Public")
    assert [(image.publisher_name, image.category) for image in result] == [("Cloudera", "Public")]
