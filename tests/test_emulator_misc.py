"""Affinity groups, management certificates, reserved IPs, the subscription and the
read-only catalogue (role sizes, operating systems, extensions) against the emulator."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from cassettes import load
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from emulator_support import NO_RETRIES, raw_request
from narrow import present
from servicemanagement import (
    AzureBadRequestHttpError,
    AzureConflictHttpError,
    AzureForbiddenHttpError,
    AzureMissingResourceHttpError,
    ServiceManagementService,
)
from servicemanagement.emulator import Emulator, pki
from servicemanagement.emulator.provision import load_ca


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Emulator]:
    with Emulator(tmp_path / "state") as running:
        yield running


@pytest.fixture
def sms(emulator: Emulator) -> ServiceManagementService:
    return emulator.client(retry=NO_RETRIES)


# ---- affinity groups ---------------------------------------------------------------


def test_affinity_group_lifecycle(sms: ServiceManagementService) -> None:
    sms.create_affinity_group("mygroup", "my group", "West US", "a group")
    group = sms.get_affinity_group_properties("mygroup")
    assert (group.name, group.label, group.description, group.location) == (
        "mygroup",
        "my group",
        "a group",
        "West US",
    )
    assert len(present(group.hosted_services)) == len(present(group.storage_services)) == 0
    assert group.capabilities == ["PersistentVMRole", "HighMemory"]
    sms.create_storage_account("ingroup", "d", "l", affinity_group="mygroup")
    group = sms.get_affinity_group_properties("mygroup")
    storage_services = present(group.storage_services)
    assert [s.service_name for s in storage_services] == ["ingroup"]
    assert present(storage_services[0].storage_service_properties).affinity_group == "mygroup"
    # In an affinity group an account has no Location of its own, but is in the group's.
    properties = present(sms.get_storage_account_properties("ingroup").storage_service_properties)
    # An account in an affinity group has no Location; like the legacy models it reads as ''.
    assert (properties.location, properties.geo_primary_region) == ("", "West US")
    listed = sms.list_affinity_groups()
    assert [g.name for g in listed] == ["mygroup"]
    capabilities = present(listed[0].compute_capabilities)
    assert "Standard_D14" in present(capabilities.virtual_machines_role_sizes)
    sms.update_affinity_group("mygroup", "new label", "new description")
    assert sms.get_affinity_group_properties("mygroup").label == "new label"
    with pytest.raises(AzureBadRequestHttpError, match="in use"):
        sms.delete_affinity_group("mygroup")
    sms.delete_storage_account("ingroup")
    sms.delete_affinity_group("mygroup")
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_affinity_group_properties("mygroup")
    assert caught.value.message == "The affinity group does not exist."


def test_affinity_group_conflicts_and_bad_locations(sms: ServiceManagementService) -> None:
    sms.create_affinity_group("mygroup", "label", "West US")
    with pytest.raises(AzureConflictHttpError):
        sms.create_affinity_group("mygroup", "label", "West US")
    with pytest.raises(AzureBadRequestHttpError, match="Atlantis"):
        sms.create_affinity_group("other", "label", "Atlantis")
    with pytest.raises(AzureBadRequestHttpError, match="affinity group 'nogroup'"):
        sms.create_storage_account("acct", "d", "l", affinity_group="nogroup")


# ---- management certificates ---------------------------------------------------------


def _registration(issued: pki.Issued) -> tuple[str, str, str]:
    public_key = issued.certificate.public_key().public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo
    )
    der = issued.certificate.public_bytes(Encoding.DER)
    return (
        base64.b64encode(public_key).decode(),
        issued.thumbprint,
        base64.b64encode(der).decode(),
    )


def test_a_registered_certificate_authenticates_and_a_deleted_one_does_not(
    emulator: Emulator, sms: ServiceManagementService, tmp_path: Path
) -> None:
    assert emulator.state_dir is not None
    newcomer = pki.new_client(load_ca(emulator.state_dir), "newcomer")
    pem = pki.write_pem(tmp_path / "newcomer.pem", newcomer)
    connection = emulator.connection
    other = ServiceManagementService(
        connection.subscription_id, str(pem), host=connection.host, ca_certs=connection.ca_certs,
        retry=NO_RETRIES,
    )  # fmt: skip
    with pytest.raises(AzureForbiddenHttpError):
        other.list_locations()
    sms.add_management_certificate(*_registration(newcomer))
    assert len(other.list_locations()) == 18
    thumbprints = [
        c.subscription_certificate_thumbprint for c in sms.list_management_certificates()
    ]
    assert newcomer.thumbprint in thumbprints and len(thumbprints) == 2
    got = other.get_management_certificate(newcomer.thumbprint)
    assert got.subscription_certificate_data == _registration(newcomer)[2]
    assert got.created
    with pytest.raises(AzureConflictHttpError):
        sms.add_management_certificate(*_registration(newcomer))
    other.delete_management_certificate(newcomer.thumbprint)
    with pytest.raises(AzureForbiddenHttpError):
        other.list_locations()
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_management_certificate(newcomer.thumbprint)
    assert caught.value.message == "The certificate was not found."


def test_the_recorded_certificate_registers(sms: ServiceManagementService) -> None:
    recorded = load("test_legacy_mgmt_managementcertificate.test_add_management_certificate")[0]
    from servicemanagement.models import from_xml

    certificate = from_xml(recorded.request_body)
    sms.add_management_certificate(
        certificate.subscription_certificate_public_key,
        certificate.subscription_certificate_thumbprint,
        certificate.subscription_certificate_data,
    )
    got = sms.get_management_certificate("BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2")
    assert (
        got.subscription_certificate_public_key == certificate.subscription_certificate_public_key
    )


def test_a_thumbprint_that_does_not_match_the_data_is_refused(
    emulator: Emulator, sms: ServiceManagementService
) -> None:
    assert emulator.state_dir is not None
    public_key, _, data = _registration(pki.new_client(load_ca(emulator.state_dir)))
    with pytest.raises(AzureBadRequestHttpError, match="SubscriptionCertificateThumbprint"):
        sms.add_management_certificate(public_key, "00" * 20, data)


# ---- reserved IPs ---------------------------------------------------------------------


def test_reserved_ip_lifecycle(sms: ServiceManagementService) -> None:
    result = sms.create_reserved_ip_address("myip", "my label", "West US")
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"
    address = sms.get_reserved_ip_address("myip")
    assert (address.name, address.label, address.location, address.state) == (
        "myip",
        "my label",
        "West US",
        "Created",
    )
    assert not address.in_use
    assert len(present(address.address).split(".")) == 4
    assert [ip.name for ip in sms.list_reserved_ip_addresses()] == ["myip"]
    with pytest.raises(AzureConflictHttpError):
        sms.create_reserved_ip_address("myip", location="West US")
    sms.delete_reserved_ip_address("myip")
    assert len(sms.list_reserved_ip_addresses()) == 0
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_reserved_ip_address("myip")


# ---- subscription ---------------------------------------------------------------------


def test_subscription_counts_what_it_holds(
    emulator: Emulator, sms: ServiceManagementService
) -> None:
    sms.create_storage_account("acct", "d", "l", location="West US")
    sms.create_reserved_ip_address("myip", location="West US")
    subscription = sms.get_subscription()
    assert subscription.subscription_id == emulator.connection.subscription_id
    assert subscription.subscription_status == "Active"
    assert (subscription.current_storage_accounts, subscription.current_reserved_ips) == (1, 1)
    assert [s.subscription_id for s in sms.list_subscriptions()] == [subscription.subscription_id]


def test_the_operation_log(sms: ServiceManagementService) -> None:
    created = sms.create_storage_account("acct", "d", "l", location="West US")
    with pytest.raises(AzureConflictHttpError):
        sms.create_storage_account("acct", "d", "l", location="West US")
    log = present(sms.list_subscription_operations().subscription_operations)
    entries = [(o.operation_name, present(o.operation_status).status) for o in log]
    assert entries == [
        ("create_storage_account", "Succeeded"),
        ("create_storage_account", "Failed"),
    ]
    assert log[0].operation_id == created.request_id
    failed = sms.list_subscription_operations(operation_result_filter="Failed")
    failures = present(failed.subscription_operations)
    assert [present(o.operation_status).http_status_code for o in failures] == [409]


# ---- catalogue ---------------------------------------------------------------------------


def test_role_sizes_match_the_recording(sms: ServiceManagementService) -> None:
    sizes = {size.name: size for size in sms.list_role_sizes()}
    assert sizes["Small"].label == "Small (1 cores, 1792 MB)"
    assert (sizes["Standard_G5"].cores, sizes["Standard_G5"].memory_in_mb) == (32, 458752)
    assert sizes["Basic_A0"].supported_by_web_worker_roles is False


def test_resource_extensions(sms: ServiceManagementService) -> None:
    names = [(e.publisher, e.name) for e in sms.list_resource_extensions()]
    assert ("Microsoft.Compute", "BGInfo") in names
    versions = sms.list_resource_extension_versions("Microsoft.Compute", "BGInfo")
    assert [v.version for v in versions] == ["1.1"]


def test_no_virtual_networks(sms: ServiceManagementService) -> None:
    assert len(sms.list_virtual_network_sites()) == 0


def test_answers_are_well_formed_documents_for_every_list(emulator: Emulator) -> None:
    for path in ("/{sub}/rolesizes", "/{sub}/affinitygroups", "/{sub}/certificates"):
        assert raw_request(emulator.connection, "GET", path).status == 200
