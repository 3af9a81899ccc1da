"""The by-slot deployment and role-instance operations against the emulator, through the SDK
over mutual TLS: each acts on the deployment in the slot it names, as its by-name twin does."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from emulator_support import NO_RETRIES, FakeClock, package_configuration
from narrow import present
from servicemanagement import (
    AsynchronousOperationResult,
    AzureBadRequestHttpError,
    AzureConflictHttpError,
    AzureMissingResourceHttpError,
    ServiceManagementService,
)
from servicemanagement.emulator import Emulator

PACKAGE = "http://mystorageaccount.blob.core.windows.net/pkg/app.cspkg"
DELAY = 10.0


@pytest.fixture
def sms() -> Iterator[ServiceManagementService]:
    with Emulator() as running:
        yield running.client(retry=NO_RETRIES)


def succeeded(sms: ServiceManagementService, result: AsynchronousOperationResult) -> None:
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"


def deploy(sms: ServiceManagementService, slot: str, name: str, count: int = 2) -> None:
    """A cloud-service package deployment ``name`` of ``count`` instances in ``slot``."""
    result = sms.create_deployment(
        "mysvc", slot, name, PACKAGE, name, package_configuration(count), True
    )
    succeeded(sms, result)


def instance_names(sms: ServiceManagementService, deployment: str) -> list[str | None]:
    deployed = sms.get_deployment_by_name("mysvc", deployment)
    return [i.instance_name for i in present(deployed.role_instance_list)]


@pytest.fixture
def two_slots(sms: ServiceManagementService) -> ServiceManagementService:
    """mysvc with deployment v1 in production and v2 in staging, both running."""
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    deploy(sms, "production", "v1")
    deploy(sms, "staging", "v2")
    return sms


def test_status_and_configuration_change_only_the_slots_deployment(
    two_slots: ServiceManagementService,
) -> None:
    sms = two_slots
    succeeded(sms, sms.update_status_by_deployment_slot("mysvc", "staging", "Suspended"))
    assert sms.get_deployment_by_name("mysvc", "v2").status == "Suspended"
    assert sms.get_deployment_by_name("mysvc", "v1").status == "Running"
    result = sms.change_deployment_configuration_by_slot(
        "mysvc", "Staging", package_configuration(3), extended_properties={"tier": "test"}
    )
    succeeded(sms, result)
    assert instance_names(sms, "v2") == [f"WorkerRole1_IN_{i}" for i in range(3)]
    assert present(sms.get_deployment_by_name("mysvc", "v2").extended_properties) == {
        "tier": "test"
    }
    assert len(instance_names(sms, "v1")) == 2


def test_role_instances_by_slot(two_slots: ServiceManagementService) -> None:
    sms = two_slots
    with pytest.raises(AzureMissingResourceHttpError, match="WorkerRole1_IN_7 was not found"):
        sms.reboot_role_instance_by_deployment_slot("mysvc", "production", "WorkerRole1_IN_7")
    result = sms.delete_role_instance_by_deployment_slot("mysvc", "staging", ["WorkerRole1_IN_0"])
    succeeded(sms, result)
    assert instance_names(sms, "v2") == ["WorkerRole1_IN_1"]
    assert instance_names(sms, "v1") == ["WorkerRole1_IN_0", "WorkerRole1_IN_1"]


def test_restarts_by_slot_restart_only_that_instance() -> None:
    clock = FakeClock()
    with Emulator(operation_delay=DELAY, clock=clock) as running:
        sms = running.client(retry=NO_RETRIES)
        sms.create_hosted_service("mysvc", "mysvc", location="West US")
        sms.create_deployment(
            "mysvc", "production", "v1", PACKAGE, "v1", package_configuration(2), True
        )
        clock.advance(2 * DELAY)
        for restart in (
            sms.reboot_role_instance_by_deployment_slot,
            sms.reimage_role_instance_by_deployment_slot,
            sms.rebuild_role_instance_by_deployment_slot,
        ):
            result = restart("mysvc", "production", "WorkerRole1_IN_1")
            instances = present(
                sms.get_deployment_by_slot("mysvc", "production").role_instance_list
            )
            assert [(i.instance_name, i.instance_status) for i in instances] == [
                ("WorkerRole1_IN_0", "ReadyRole"),
                ("WorkerRole1_IN_1", "StartingVM"),
            ]
            clock.advance(2 * DELAY)
            succeeded(sms, result)


def test_a_manual_upgrade_by_slot(two_slots: ServiceManagementService) -> None:
    sms = two_slots
    configuration = package_configuration(2)
    result = sms.upgrade_deployment_by_slot(
        "mysvc", "production", "Manual", PACKAGE, configuration, "v1.1", False
    )
    succeeded(sms, result)
    deployment = sms.get_deployment_by_slot("mysvc", "production")
    assert (deployment.name, deployment.label, deployment.rollback_allowed) == ("v1", "v1.1", True)
    assert present(deployment.upgrade_status).current_upgrade_domain == "0"
    with pytest.raises(AzureConflictHttpError, match="already being upgraded"):
        sms.upgrade_deployment_by_slot(
            "mysvc", "production", "Auto", PACKAGE, configuration, "v1.2", False
        )
    with pytest.raises(AzureBadRequestHttpError, match="next upgrade domain to walk is 0"):
        sms.walk_upgrade_domain_by_deployment_slot("mysvc", "production", 1)
    succeeded(sms, sms.walk_upgrade_domain_by_deployment_slot("mysvc", "production", 0))
    upgrade = present(sms.get_deployment_by_name("mysvc", "v1").upgrade_status)
    assert upgrade.current_upgrade_domain == "1"
    with pytest.raises(AzureBadRequestHttpError, match="v2 is not being upgraded"):
        sms.walk_upgrade_domain_by_deployment_slot("mysvc", "staging", 0)
    result = sms.rollback_update_or_upgrade_by_deployment_slot("mysvc", "production", "Auto", False)
    succeeded(sms, result)
    rolled_back = sms.get_deployment_by_name("mysvc", "v1")
    assert (rolled_back.upgrade_status, rolled_back.rollback_allowed) == (None, False)


def test_delete_the_deployment_in_a_slot(two_slots: ServiceManagementService) -> None:
    sms = two_slots
    succeeded(sms, sms.delete_deployment_by_slot("mysvc", "staging"))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_deployment_by_slot("mysvc", "staging")
    assert sms.get_deployment_by_slot("mysvc", "production").name == "v1"
    # The slot is free again.
    deploy(sms, "staging", "v3")
    assert sms.get_deployment_by_slot("mysvc", "staging").name == "v3"


#: Every by-slot operation, called on a slot of mysvc with valid other arguments.
BY_SLOT: dict[str, Callable[[ServiceManagementService, str], AsynchronousOperationResult]] = {
    "delete_deployment_by_slot": lambda sms, slot: sms.delete_deployment_by_slot("mysvc", slot),
    "change_deployment_configuration_by_slot": lambda sms, slot: (
        sms.change_deployment_configuration_by_slot("mysvc", slot, package_configuration(1))
    ),
    "update_status_by_deployment_slot": lambda sms, slot: sms.update_status_by_deployment_slot(
        "mysvc", slot, "Running"
    ),
    "upgrade_deployment_by_slot": lambda sms, slot: sms.upgrade_deployment_by_slot(
        "mysvc", slot, "Auto", PACKAGE, package_configuration(1), "v9", False
    ),
    "walk_upgrade_domain_by_deployment_slot": lambda sms, slot: (
        sms.walk_upgrade_domain_by_deployment_slot("mysvc", slot, 0)
    ),
    "rollback_update_or_upgrade_by_deployment_slot": lambda sms, slot: (
        sms.rollback_update_or_upgrade_by_deployment_slot("mysvc", slot, "Auto", False)
    ),
    "reboot_role_instance_by_deployment_slot": lambda sms, slot: (
        sms.reboot_role_instance_by_deployment_slot("mysvc", slot, "WorkerRole1_IN_0")
    ),
    "reimage_role_instance_by_deployment_slot": lambda sms, slot: (
        sms.reimage_role_instance_by_deployment_slot("mysvc", slot, "WorkerRole1_IN_0")
    ),
    "rebuild_role_instance_by_deployment_slot": lambda sms, slot: (
        sms.rebuild_role_instance_by_deployment_slot("mysvc", slot, "WorkerRole1_IN_0")
    ),
    "delete_role_instance_by_deployment_slot": lambda sms, slot: (
        sms.delete_role_instance_by_deployment_slot("mysvc", slot, ["WorkerRole1_IN_0"])
    ),
}


@pytest.mark.parametrize("operation", sorted(BY_SLOT))
def test_an_empty_slot_is_not_found(sms: ServiceManagementService, operation: str) -> None:
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    deploy(sms, "production", "v1")
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        BY_SLOT[operation](sms, "staging")
    assert caught.value.message == "No deployments were found."


@pytest.mark.parametrize("operation", sorted(BY_SLOT))
def test_an_unknown_service_is_not_found(sms: ServiceManagementService, operation: str) -> None:
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        BY_SLOT[operation](sms, "production")
    assert caught.value.message == "The hosted service does not exist."


@pytest.mark.parametrize("operation", sorted(BY_SLOT))
def test_a_slot_that_is_none_is_a_bad_request(
    sms: ServiceManagementService, operation: str
) -> None:
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    with pytest.raises(AzureBadRequestHttpError, match="slot 'Testing' is not valid"):
        BY_SLOT[operation](sms, "Testing")


@pytest.mark.parametrize("operation", sorted(BY_SLOT))
def test_a_deployment_being_changed_refuses_by_slot_changes(operation: str) -> None:
    clock = FakeClock()
    with Emulator(operation_delay=DELAY, clock=clock) as running:
        sms = running.client(retry=NO_RETRIES)
        sms.create_hosted_service("mysvc", "mysvc", location="West US")
        sms.create_deployment("mysvc", "production", "v1", PACKAGE, "v1", package_configuration(1))
        clock.advance(DELAY)
        # A change by name holds the deployment until it completes ...
        pending = sms.update_deployment_status("mysvc", "v1", "Running")
        with pytest.raises(AzureConflictHttpError, match="exclusive access"):
            BY_SLOT[operation](sms, "production")
        clock.advance(DELAY)
        succeeded(sms, pending)
        # ... and a change by slot holds it as well.
        changing = sms.update_status_by_deployment_slot("mysvc", "production", "Suspended")
        with pytest.raises(AzureConflictHttpError, match="exclusive access"):
            sms.update_deployment_status("mysvc", "v1", "Running")
        clock.advance(DELAY)
        succeeded(sms, changing)
        assert sms.get_deployment_by_name("mysvc", "v1").status == "Suspended"
