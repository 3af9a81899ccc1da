"""Publishing the subscription's own images against the emulator, through the SDK over mutual
TLS: replicate to regions, share (Public, MSDN, Private), unreplicate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from emulator_support import NO_RETRIES, FakeClock
from narrow import present
from servicemanagement import (
    AsynchronousOperationResult,
    AzureBadRequestHttpError,
    AzureConflictHttpError,
    AzureMissingResourceHttpError,
    ServiceManagementService,
    VMImage,
)
from servicemanagement.emulator import Emulator

#: A blob of a storage account outside the subscription: the emulator places it in West US.
VHD = "https://mystorageaccount.blob.core.windows.net/vhds/mycentos.vhd"
CENTOS = "5112500ae3b842c8b9c604889f8753c3__OpenLogic-CentOS-66-20150605"
DELAY = 10.0


@pytest.fixture
def sms() -> Iterator[ServiceManagementService]:
    with Emulator() as running:
        yield running.client(retry=NO_RETRIES)


def succeeded(sms: ServiceManagementService, result: AsynchronousOperationResult) -> None:
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"


def replicate(sms: ServiceManagementService, name: str, *regions: str) -> None:
    succeeded(sms, sms.replicate_vm_image(name, list(regions), "myoffer", "mysku", "1.0.0"))


def my_vm_image(sms: ServiceManagementService) -> None:
    image = VMImage("myimage", "my image", "an image")
    disk = present(image.os_disk_configuration)
    disk.os_state, disk.os, disk.media_link = "Generalized", "Linux", VHD
    succeeded(sms, sms.create_vm_image(image))


def test_an_os_image_is_replicated_shared_and_unreplicated(sms: ServiceManagementService) -> None:
    succeeded(sms, sms.add_os_image("mycentos", VHD, "mycentos", "Linux"))
    replicate(sms, "mycentos", "East US", "North Europe")
    details = sms.get_os_image_details("mycentos")
    progress = present(details.replication_progress)
    assert [(p.location, p.progress) for p in progress] == [
        ("East US", 100),
        ("North Europe", 100),
    ]
    assert details.location == "West US;East US;North Europe"
    succeeded(sms, sms.share_vm_image("mycentos", "msdn"))
    assert sms.get_os_image("mycentos").category == "MSDN"
    listed = {i.name: i for i in sms.list_os_images()}["mycentos"]
    assert (listed.category, listed.location) == ("MSDN", "West US;East US;North Europe")
    with pytest.raises(AzureConflictHttpError, match="make it private"):
        sms.unreplicate_vm_image("mycentos")
    succeeded(sms, sms.share_vm_image("mycentos", "Private"))
    succeeded(sms, sms.unreplicate_vm_image("mycentos"))
    image = sms.get_os_image_details("mycentos")
    assert (image.category, image.location, image.replication_progress) == (
        "Private",
        "West US",
        None,
    )


def test_a_shared_vm_image_is_listed_in_its_category_and_regions(
    sms: ServiceManagementService,
) -> None:
    my_vm_image(sms)
    assert len(sms.list_vm_images(location="Japan East", category="User")) == 0
    replicate(sms, "myimage", "Japan East")
    assert [i.name for i in sms.list_vm_images(location="Japan East", category="User")] == [
        "myimage"
    ]
    succeeded(sms, sms.share_vm_image("myimage", "Public"))
    public = {i.name: i for i in sms.list_vm_images(location="Japan East", category="Public")}
    assert present(public["myimage"].location) == "West US;Japan East"
    assert len(public) == 4 + 1  # the platform images and mine
    assert len(sms.list_vm_images(category="User")) == 0


def test_replicating_again_replaces_the_target_regions(sms: ServiceManagementService) -> None:
    my_vm_image(sms)
    replicate(sms, "myimage", "East US", "Japan East")
    replicate(sms, "myimage", "North Europe")
    mine = sms.list_vm_images(category="User")
    assert [i.location for i in mine] == ["West US;North Europe"]


def test_unknown_images_are_not_found(sms: ServiceManagementService) -> None:
    with pytest.raises(AzureMissingResourceHttpError, match="nosuchimage does not exist"):
        sms.replicate_vm_image("nosuchimage", ["East US"], "myoffer", "mysku", "1.0.0")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.unreplicate_vm_image("nosuchimage")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.share_vm_image("nosuchimage", "Public")


def test_platform_images_cannot_be_published(sms: ServiceManagementService) -> None:
    with pytest.raises(AzureBadRequestHttpError, match="platform image"):
        sms.share_vm_image(CENTOS, "Public")


def test_an_image_is_shared_only_once_replicated(sms: ServiceManagementService) -> None:
    my_vm_image(sms)
    with pytest.raises(AzureConflictHttpError, match="must be replicated"):
        sms.share_vm_image("myimage", "Public")
    # Making an image private needs no replicas.
    succeeded(sms, sms.share_vm_image("myimage", "private"))
    assert sms.list_vm_images(category="Private")[0].name == "myimage"


@pytest.mark.parametrize(
    ("regions", "version", "named"),
    [
        (["Atlantis"], "1.0.0", "Atlantis"),
        ([], "1.0.0", "TargetLocations"),
        (["East US"], "1.0", "semantic version"),
    ],
)
def test_bad_replications_are_refused_naming_what_is_wrong(
    sms: ServiceManagementService, regions: list[str], version: str, named: str
) -> None:
    my_vm_image(sms)
    with pytest.raises(AzureBadRequestHttpError) as caught:
        sms.replicate_vm_image("myimage", regions, "myoffer", "mysku", version)
    assert named in caught.value.message


def test_a_bad_permission_is_refused(sms: ServiceManagementService) -> None:
    my_vm_image(sms)
    with pytest.raises(AzureBadRequestHttpError, match="'friends' is not valid"):
        sms.share_vm_image("myimage", "friends")


def test_replication_is_asynchronous_and_locks_the_image() -> None:
    clock = FakeClock()
    with Emulator(operation_delay=DELAY, clock=clock) as running:
        sms = running.client(retry=NO_RETRIES)
        sms.add_os_image("mycentos", VHD, "mycentos", "Linux")
        clock.advance(DELAY)
        result = sms.replicate_vm_image("mycentos", ["East US"], "myoffer", "mysku", "1.0.0")
        details = sms.get_os_image_details("mycentos")
        progress = present(details.replication_progress)
        assert [(p.location, p.progress) for p in progress] == [("East US", 0)]
        assert details.location == "West US"
        with pytest.raises(AzureConflictHttpError, match="exclusive access"):
            sms.share_vm_image("mycentos", "Public")
        with pytest.raises(AzureConflictHttpError, match="exclusive access"):
            sms.delete_os_image("mycentos")
        clock.advance(DELAY)
        succeeded(sms, result)
        details = sms.get_os_image_details("mycentos")
        assert [p.progress for p in present(details.replication_progress)] == [100]
        assert details.location == "West US;East US"
