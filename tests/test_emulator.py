"""The emulator's framework, end to end over real mutual TLS: connection, authentication,
version header, routing, errors, the implemented-operation list, concurrency."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cassettes import load
from emulator_support import NS, raw_request
from narrow import present
from servicemanagement import (
    AzureForbiddenHttpError,
    AzureMissingResourceHttpError,
    AzureServerHttpError,
    ServiceManagementService,
    SqlDatabaseManagementService,
)
from servicemanagement._generated import OPERATIONS
from servicemanagement._xml import parse_document
from servicemanagement.emulator import Connection, Emulator, implemented_operations, pki
from servicemanagement.emulator.core import HANDLERS
from servicemanagement.emulator.provision import load_ca
from servicemanagement.transport import NO_RETRIES


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Emulator]:
    with Emulator(tmp_path / "state") as running:
        yield running


def test_first_start_writes_connection_json_and_the_sdk_connects_with_it(
    emulator: Emulator,
) -> None:
    data = json.loads((present(emulator.state_dir) / "connection.json").read_text())
    assert data["host"] == emulator.connection.host
    assert re.fullmatch(r"127\.0\.0\.1:\d+", data["host"])
    for key in ("certificate_path", "ca_certs", "pfx_path", "publishsettings_path"):
        assert Path(data[key]).is_file(), key
    sms = ServiceManagementService(
        data["subscription_id"],
        data["certificate_path"],
        host=data["host"],
        ca_certs=data["ca_certs"],
    )
    recorded = parse_document(
        load("test_legacy_mgmt_affinitygroup.test_list_locations")[0].response_body
    )
    recorded_names = [e.findtext(f"{NS}Name") for e in recorded]
    assert [location.name for location in sms.list_locations()] == recorded_names


@pytest.mark.parametrize("key", ["pfx_path", "publishsettings_path"])
def test_the_pfx_and_publish_settings_files_authenticate_too(emulator: Emulator, key: str) -> None:
    connection = emulator.connection
    sms = ServiceManagementService(
        connection.subscription_id,
        getattr(connection, key),
        host=connection.host,
        ca_certs=connection.ca_certs,
    )
    assert len(sms.list_locations()) == 18


def test_every_answer_carries_azure_headers(emulator: Emulator) -> None:
    answer = raw_request(emulator.connection, "GET", "/{sub}/locations")
    assert answer.status == 200
    assert re.fullmatch(r"[0-9a-f]{32}", answer.headers["x-ms-request-id"])
    assert answer.headers["content-type"] == "application/xml; charset=utf-8"
    assert answer.headers["cache-control"] == "no-cache"
    assert int(answer.headers["content-length"]) == len(answer.body)
    assert parse_document(answer.body).tag == f"{NS}Locations"


def test_an_unregistered_client_certificate_is_forbidden(
    emulator: Emulator, tmp_path: Path
) -> None:
    # Issued by the emulator's CA, so TLS accepts it, but never registered to the subscription.
    assert emulator.state_dir is not None
    issuer = load_ca(emulator.state_dir)
    stranger = pki.write_pem(tmp_path / "stranger.pem", pki.new_client(issuer, "stranger"))
    connection = emulator.connection
    sms = ServiceManagementService(
        connection.subscription_id,
        str(stranger),
        host=connection.host,
        ca_certs=connection.ca_certs,
        retry=NO_RETRIES,
    )
    with pytest.raises(AzureForbiddenHttpError) as caught:
        sms.list_locations()
    assert caught.value.status_code == 403
    assert caught.value.code == "ForbiddenError"
    assert "certificate is valid and is associated with this subscription" in caught.value.message
    assert caught.value.request_id


def test_a_request_without_a_client_certificate_is_forbidden(emulator: Emulator) -> None:
    answer = raw_request(emulator.connection, "GET", "/{sub}/locations", cert=None)
    assert answer.status == 403
    assert answer.error()[0] == "ForbiddenError"
    assert answer.headers["x-ms-request-id"]


def test_another_subscription_is_forbidden(emulator: Emulator) -> None:
    answer = raw_request(
        emulator.connection, "GET", "/00000000-0000-0000-0000-000000000000/locations"
    )
    assert answer.status == 403
    assert answer.error()[0] == "ForbiddenError"


@pytest.mark.parametrize("version", [None, "", "yesterday", "2099-01-01"])
def test_a_missing_or_unknown_version_header_is_a_bad_request(
    emulator: Emulator, version: str | None
) -> None:
    answer = raw_request(emulator.connection, "GET", "/{sub}/locations", version=version)
    assert answer.status == 400
    assert answer.error() == (
        "MissingOrIncorrectVersionHeader",
        "The versioning header is not specified or was specified incorrectly.",
    )


def test_authentication_comes_before_the_version_check(emulator: Emulator) -> None:
    answer = raw_request(emulator.connection, "GET", "/{sub}/locations", version=None, cert=None)
    assert answer.status == 403


def test_an_unknown_resource_is_not_found(emulator: Emulator) -> None:
    answer = raw_request(emulator.connection, "GET", "/{sub}/no/such/thing")
    assert answer.status == 404
    assert answer.error()[0] == "ResourceNotFound"


def test_a_method_the_resource_does_not_take_is_an_invalid_verb(emulator: Emulator) -> None:
    answer = raw_request(emulator.connection, "DELETE", "/{sub}/locations")
    assert answer.status == 400
    code, message = answer.error()
    assert code == "InvalidHttpVerb"
    assert "GET" in (message or "")


def test_a_bad_query_parameter_is_a_bad_request(emulator: Emulator) -> None:
    answer = raw_request(
        emulator.connection, "GET", "/{sub}/services/hostedservices/myservice?embed-detail=maybe"
    )
    assert answer.status == 400
    assert answer.error() == (
        "MissingOrInvalidRequiredQueryParameter",
        "The value 'maybe' of query parameter 'embed-detail' is not a boolean.",
    )


def test_an_unknown_operation_id_is_not_found(emulator: Emulator) -> None:
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        emulator.client(retry=NO_RETRIES).get_operation_status("0123456789abcdef0123456789abcdef")
    assert caught.value.code == "ResourceNotFound"


def test_a_spec_operation_without_a_handler_answers_501(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(HANDLERS, "list_locations")
    answer = raw_request(emulator.connection, "GET", "/{sub}/locations")
    assert answer.status == 501
    code, message = answer.error()
    assert code == "NotImplemented"
    assert "ServiceManagementService.list_locations" in (message or "")
    assert "GET /{subscription_id}/locations" in (message or "")


def test_only_loopback_by_default() -> None:
    with pytest.raises(ValueError, match="loopback"):
        Emulator(host="0.0.0.0")
    Emulator(host="0.0.0.0", allow_remote=True)


def test_concurrent_requests_are_served(emulator: Emulator) -> None:
    sms = emulator.client()
    counts: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                counts.append(len(sms.list_locations()))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert counts == [18] * 40


def test_connection_loads_from_json(emulator: Emulator) -> None:
    assert emulator.state_dir is not None
    assert Connection.load(emulator.state_dir / "connection.json") == emulator.connection


def test_the_implemented_operations() -> None:
    assert implemented_operations() == IMPLEMENTED


def test_every_service_management_operation_is_implemented() -> None:
    spec = sorted(op.name for op in OPERATIONS.values() if op.client == "ServiceManagementService")
    assert len(spec) == len(IMPLEMENTED) == 106
    assert implemented_operations() == spec


def test_another_clients_operation_answers_501_through_the_sdk(emulator: Emulator) -> None:
    # The emulator serves ServiceManagementService only; the SQL Database API is not emulated.
    connection = emulator.connection
    sql = SqlDatabaseManagementService(
        connection.subscription_id,
        connection.certificate_path,
        host=connection.host,
        ca_certs=connection.ca_certs,
        retry=NO_RETRIES,
    )
    with pytest.raises(AzureServerHttpError) as caught:
        sql.list_servers()
    assert caught.value.status_code == 501
    assert caught.value.code == "NotImplemented"
    assert "SqlDatabaseManagementService.list_servers" in caught.value.message


#: Every spec operation the emulator answers: all of ServiceManagementService's.
IMPLEMENTED = [
    "add_data_disk",
    "add_disk",
    "add_dns_server",
    "add_management_certificate",
    "add_os_image",
    "add_role",
    "add_service_certificate",
    "associate_reserved_ip_address",
    "capture_role",
    "capture_vm_image",
    "change_deployment_configuration",
    "change_deployment_configuration_by_slot",
    "check_hosted_service_name_availability",
    "check_storage_account_name_availability",
    "create_affinity_group",
    "create_deployment",
    "create_hosted_service",
    "create_reserved_ip_address",
    "create_storage_account",
    "create_virtual_machine_deployment",
    "create_vm_image",
    "delete_affinity_group",
    "delete_data_disk",
    "delete_deployment",
    "delete_deployment_by_slot",
    "delete_disk",
    "delete_dns_server",
    "delete_hosted_service",
    "delete_management_certificate",
    "delete_os_image",
    "delete_reserved_ip_address",
    "delete_role",
    "delete_role_instance_by_deployment_slot",
    "delete_role_instances",
    "delete_service_certificate",
    "delete_storage_account",
    "delete_vm_image",
    "disassociate_reserved_ip_address",
    "get_affinity_group_properties",
    "get_data_disk",
    "get_deployment_by_name",
    "get_deployment_by_slot",
    "get_disk",
    "get_hosted_service_properties",
    "get_management_certificate",
    "get_operation_status",
    "get_os_image",
    "get_os_image_details",
    "get_reserved_ip_address",
    "get_role",
    "get_service_certificate",
    "get_storage_account_keys",
    "get_storage_account_properties",
    "get_subscription",
    "list_affinity_groups",
    "list_disks",
    "list_hosted_services",
    "list_locations",
    "list_management_certificates",
    "list_operating_system_families",
    "list_operating_systems",
    "list_os_images",
    "list_reserved_ip_addresses",
    "list_resource_extension_versions",
    "list_resource_extensions",
    "list_role_sizes",
    "list_service_certificates",
    "list_storage_accounts",
    "list_subscription_operations",
    "list_subscriptions",
    "list_virtual_network_sites",
    "list_vm_images",
    "reboot_role_instance",
    "reboot_role_instance_by_deployment_slot",
    "rebuild_role_instance",
    "rebuild_role_instance_by_deployment_slot",
    "regenerate_storage_account_keys",
    "reimage_role_instance",
    "reimage_role_instance_by_deployment_slot",
    "replicate_vm_image",
    "restart_role",
    "rollback_update_or_upgrade",
    "rollback_update_or_upgrade_by_deployment_slot",
    "share_vm_image",
    "shutdown_role",
    "shutdown_roles",
    "start_role",
    "start_roles",
    "swap_deployment",
    "unreplicate_vm_image",
    "update_affinity_group",
    "update_data_disk",
    "update_deployment_status",
    "update_disk",
    "update_dns_server",
    "update_hosted_service",
    "update_os_image",
    "update_os_image_from_image_reference",
    "update_role",
    "update_status_by_deployment_slot",
    "update_storage_account",
    "update_vm_image",
    "upgrade_deployment",
    "upgrade_deployment_by_slot",
    "walk_upgrade_domain",
    "walk_upgrade_domain_by_deployment_slot",
]
