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
from emulator_support import NO_RETRIES, NS, raw_request
from narrow import present
from servicemanagement import (
    AzureForbiddenHttpError,
    AzureMissingResourceHttpError,
    ServiceManagementService,
    SqlDatabaseManagementService,
)
from servicemanagement._generated import MODEL_TYPES, OPERATIONS
from servicemanagement._schema import OperationSpec
from servicemanagement._xml import parse_document
from servicemanagement.emulator import Connection, Emulator, implemented_operations, paths, pki
from servicemanagement.emulator.core import FINDERS, HANDLERS
from servicemanagement.emulator.provision import load_ca
from servicemanagement.emulator.wire import model_type


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


def test_an_operation_without_a_handler_is_served_by_the_engine(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without its hand-written handler, list_affinity_groups lists the engine's (none).
    monkeypatch.delitem(HANDLERS, "list_affinity_groups")
    answer = raw_request(emulator.connection, "GET", "/{sub}/affinitygroups")
    assert answer.status == 200
    assert parse_document(answer.body).tag == f"{NS}AffinityGroups"
    assert list(parse_document(answer.body)) == []


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


def test_the_implemented_operations_are_every_operation_of_every_client() -> None:
    assert implemented_operations() == sorted(OPERATIONS)


def test_every_handler_serves_an_operation() -> None:
    # A handler is registered under its operation's name, or named by a spec's handler:.
    named = {op.emulator.handler for op in OPERATIONS.values() if op.emulator is not None}
    assert set(HANDLERS) <= set(OPERATIONS) | named
    assert named - {None} <= set(HANDLERS)


def test_every_finder_finds_items_of_a_spec_collection() -> None:
    item_collections = {
        paths.text(path[:-1])
        for path in (paths.normalize(op.path) for op in OPERATIONS.values())
        if paths.is_item(path)
    }
    assert set(FINDERS) <= item_collections


def _request_for(operation: OperationSpec) -> tuple[str, bytes | None]:
    """A request the operation's route takes: placeholders filled, its fixed query, and a
    body of its request type (an empty document, or an empty JSON object)."""
    path = re.sub(
        r"\{(\w+)\}", lambda m: "{sub}" if m.group(1) == "subscription_id" else "x1", operation.path
    )
    query = "&".join(f"{k}={v}" for k, v in operation.fixed_query)
    target = f"{path}?{query}" if query else path
    if operation.request_type is None:
        return target, None
    if operation.request_type in MODEL_TYPES:
        return target, model_type(operation.request_type)().to_body()
    return target, b"{}" if operation.request_type == "json" else b"text"


def test_every_operation_gets_an_answer_from_the_emulator(emulator: Emulator) -> None:
    # Whatever the spec holds: each operation is routed to itself and answered, never 501
    # and never a server error (a made-up resource is 404, a bare body may be 400).
    problems = []
    for operation in OPERATIONS.values():
        target, body = _request_for(operation)
        answer = raw_request(
            emulator.connection,
            operation.method,
            target,
            body=body,
            version=operation.x_ms_version,
            headers=dict(operation.fixed_headers),
        )
        if answer.status == 501 or answer.status >= 500:
            problems.append(f"{operation.name}: {answer.status} {answer.body[:200]!r}")
    assert not problems, "\n".join(problems)


def test_another_clients_operations_are_served_through_the_sdk(emulator: Emulator) -> None:
    connection = emulator.connection
    sql = SqlDatabaseManagementService(
        connection.subscription_id,
        connection.certificate_path,
        host=connection.host,
        ca_certs=connection.ca_certs,
        retry=NO_RETRIES,
    )
    assert sql.list_servers().server == []  # the legacy default of a missing list
    created = sql.create_server("admin", "Passw0rd!", "West US")
    assert [server.name for server in present(sql.list_servers().server)] == [created.server_name]
    with pytest.raises(AzureMissingResourceHttpError):
        sql.delete_server("no-such-server")
