"""The generic engine: life cycles inferred from the spec, through the other clients' SDKs
(SQL Database, Service Bus, websites, scheduler) over real mutual TLS."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TypeVar

import pytest
from emulator_support import NO_RETRIES, FakeClock, raw_request
from narrow import present
from servicemanagement import (
    AzureConflictHttpError,
    AzureForbiddenHttpError,
    AzureMissingResourceHttpError,
    SchedulerManagementService,
    ServiceBusManagementService,
    SqlDatabaseManagementService,
    WebsiteManagementService,
)
from servicemanagement._generated import OPERATIONS
from servicemanagement._schema import OperationSpec, ParamSpec
from servicemanagement._xml import parse_document
from servicemanagement.emulator import Emulator, paths
from servicemanagement.emulator.inference import plans
from servicemanagement.emulator.routing import Router, request_root
from servicemanagement.models import AlertRule, RelayServiceConnectionEntity

Client = TypeVar("Client")
DELAY = 5.0


@pytest.fixture
def timed() -> Iterator[tuple[Emulator, FakeClock]]:
    """An emulator, and the clock on which its asynchronous operations take ``DELAY``."""
    clock = FakeClock()
    with Emulator(operation_delay=DELAY, clock=clock) as emulator:
        yield emulator, clock


@pytest.fixture
def emulator(timed: tuple[Emulator, FakeClock]) -> Emulator:
    return timed[0]


@pytest.fixture
def clock(timed: tuple[Emulator, FakeClock]) -> FakeClock:
    return timed[1]


def _client(emulator: Emulator, cls: type[Client]) -> Client:
    return emulator.client(cls, retry=NO_RETRIES)


# ---- what is inferred ------------------------------------------------------------


@pytest.mark.parametrize(
    "operation,kind",
    [
        ("create_server", "create"),  # POST with a body to a collection
        ("list_servers", "list"),
        ("update_database", "update"),  # PUT on an item; create_database creates
        ("create_cloud_service", "upsert"),  # PUT on an item; nothing else creates them
        ("create_job", "upsert"),  # the emulator: key (another operation may create jobs)
        ("delete_site", "delete"),
        ("set_server_admin_password", "action"),  # ?op=ResetPassword
        ("restart_site", "action"),  # POST without a body after an item
        ("get_storage_account_keys", "read"),  # GET of a sub-resource of an item
        ("create_namespace", "create"),  # the emulator: key (a PUT that refuses duplicates)
    ],
)
def test_the_kind_of_each_operation(operation: str, kind: str) -> None:
    assert plans()[operation].kind == kind


def test_paths_that_spell_one_collection_differently_are_one_collection() -> None:
    # "servers//{name}/databases" vs "servers/{server_name}/databases"; "~/jobCollections"
    # vs "jobCollections"
    assert plans()["list_databases"].collection == plans()["create_database"].collection
    assert plans()["get_job_collection"].collection == plans()["create_job_collection"].collection


def test_operations_on_one_path_are_told_apart_by_their_query_arguments() -> None:
    listing = OPERATIONS["list_webspaces"]._replace(
        name="list_spaces", path="/{subscription_id}/spaces"
    )
    check = listing._replace(
        name="check_host_name",
        params=(ParamSpec("host_name", "query", wire="dnsName", required=True),),
    )
    router = Router([listing, check])
    assert router.resolve("GET", "/sub/spaces", {}, None).operation.name == "list_spaces"
    by_query = router.resolve("GET", "/sub/spaces", {"dnsName": "www"}, None)
    assert by_query.operation.name == "check_host_name"


# ---- SQL Database: POST creates, names from the body or made up -------------------


def test_sql_servers_databases_and_firewall_rules(emulator: Emulator) -> None:
    sql = _client(emulator, SqlDatabaseManagementService)
    server = present(sql.create_server("admin", "Passw0rd!", "West US").server_name)
    listed = present(sql.list_servers().server)
    assert [(s.name, s.administrator_login, s.location) for s in listed] == [
        (server, "admin", "West US")
    ]
    # passwords are written, never read back
    assert listed[0].administrator_login_password is None

    # creates and updates return None (as the legacy methods did); lists are plain lists
    sql.create_database(server, "orders", "objective-1", "Basic")
    assert [(d.name, d.edition) for d in sql.list_databases(server)] == [("orders", "Basic")]
    with pytest.raises(AzureConflictHttpError):
        sql.create_database(server, "orders", "objective-1", "Basic")
    sql.update_database(server, "orders", edition="Standard")
    assert [(d.name, d.edition) for d in sql.list_databases(server)] == [("orders", "Standard")]

    sql.create_firewall_rule(server, "office", "10.0.0.1", "10.0.0.9")
    rules = sql.list_firewall_rules(server)
    assert [(r.name, r.start_ip_address) for r in rules] == [("office", "10.0.0.1")]
    sql.update_firewall_rule(server, "office", "10.0.0.2", "10.0.0.9")
    rules = sql.list_firewall_rules(server)
    assert [(r.name, r.start_ip_address) for r in rules] == [("office", "10.0.0.2")]
    sql.delete_firewall_rule(server, "office")
    assert sql.list_firewall_rules(server) == []

    sql.delete_server(server)
    assert sql.list_servers().server == []  # the legacy default of a missing list
    # the server's databases went with it
    with pytest.raises(AzureMissingResourceHttpError):
        sql.list_databases(server)


def test_sql_calls_under_a_missing_server_are_not_found(emulator: Emulator) -> None:
    sql = _client(emulator, SqlDatabaseManagementService)
    with pytest.raises(AzureMissingResourceHttpError):
        sql.create_database("nosuchserver", "orders", "objective-1", "Basic")
    with pytest.raises(AzureMissingResourceHttpError):
        sql.set_server_admin_password("nosuchserver", "Passw0rd!")


# ---- scheduler: JSON bodies, asynchronous operations --------------------------------


def test_scheduler_jobs_are_json(emulator: Emulator, clock: FakeClock) -> None:
    scheduler = _client(emulator, SchedulerManagementService)
    created = present(
        scheduler.create_cloud_service("cs1", "label", "a cloud service", "West US").request_id
    )
    assert scheduler.get_operation_status(created).status == "InProgress"
    clock.advance(DELAY)
    assert scheduler.get_operation_status(created).status == "Succeeded"
    assert [s.name for s in scheduler.list_cloud_services()] == ["cs1"]
    scheduler.create_job_collection("cs1", "jobs")
    assert scheduler.get_job_collection("cs1", "jobs").name == "jobs"

    job = {"id": "nightly", "action": {"type": "http", "request": {"method": "GET"}}}
    scheduler.create_job("cs1", "jobs", "nightly", job)
    assert scheduler.get_job("cs1", "jobs", "nightly") == job
    assert scheduler.get_all_jobs("cs1", "jobs") == [job]
    scheduler.delete_job("cs1", "jobs", "nightly")
    assert scheduler.get_all_jobs("cs1", "jobs") == []
    with pytest.raises(AzureMissingResourceHttpError):
        scheduler.get_job("cs1", "jobs", "nightly")
    with pytest.raises(AzureMissingResourceHttpError):
        scheduler.create_job("cs2", "jobs", "nightly", job)


# ---- websites: seeded webspaces ----------------------------------------------------


def test_sites_live_in_the_seeded_webspaces(emulator: Emulator) -> None:
    websites = _client(emulator, WebsiteManagementService)
    spaces = {space.name: space.geo_region for space in websites.list_webspaces()}
    assert spaces["eastuswebspace"] == "East US"
    site = websites.create_site("eastuswebspace", "mysite", "East US", ["mysite.example"])
    assert site.name == "mysite"
    assert [s.name for s in websites.list_sites("eastuswebspace")] == ["mysite"]
    websites.restart_site("eastuswebspace", "mysite")
    websites.delete_site("eastuswebspace", "mysite")
    with pytest.raises(AzureMissingResourceHttpError):
        websites.get_site("eastuswebspace", "mysite")
    with pytest.raises(AzureMissingResourceHttpError):
        websites.create_site("nowebspace", "other", "East US", ["other.example"])


def test_a_hybrid_connection_is_updated_by_the_name_in_its_body(emulator: Emulator) -> None:
    websites = _client(emulator, WebsiteManagementService)
    websites.create_site("eastuswebspace", "mysite", "East US", ["mysite.example"])
    entity = RelayServiceConnectionEntity(entity_name="db", hostname="db.local", port=1433)
    websites.create_site_hybrid_connection("eastuswebspace", "mysite", entity)
    websites.update_site_hybrid_connection(
        "eastuswebspace", "mysite", RelayServiceConnectionEntity(entity_name="db", port=1434)
    )
    got = websites.get_site_hybrid_connection("eastuswebspace", "mysite", "db")
    assert (got.hostname, got.port) == ("db.local", 1434)
    with pytest.raises(AzureMissingResourceHttpError):
        websites.update_site_hybrid_connection(
            "eastuswebspace", "mysite", RelayServiceConnectionEntity(entity_name="other")
        )


# ---- Service Bus: Atom entries and feeds, its own errors ------------------------------


def test_service_bus_namespaces(emulator: Emulator, clock: FakeClock) -> None:
    bus = _client(emulator, ServiceBusManagementService)
    bus.create_namespace("myns", "West US")  # returns None, as the legacy method did
    assert [(n.name, n.region) for n in bus.list_namespaces()] == [("myns", "West US")]
    assert bus.list_queues("myns") == []
    # Service Bus refuses an existing namespace with 403 and a <string> error document
    with pytest.raises(AzureForbiddenHttpError):
        bus.create_namespace("myns", "West US")
    answer = raw_request(
        emulator.connection,
        "GET",
        "/{sub}/services/serviceBus/Namespaces/nosuchns",
        version="2012-03-01",
    )
    assert answer.status == 404
    assert parse_document(answer.body).tag == (
        "{http://schemas.microsoft.com/2003/10/Serialization/}string"
    )
    # a deleted namespace is Removing for a while, then gone
    bus.delete_namespace("myns")
    assert present(bus.get_namespace("myns")).status == "Removing"
    clock.advance(DELAY)
    with pytest.raises(AzureMissingResourceHttpError):
        bus.get_namespace("myns")


# ---- request formats: JSON types, text bodies, constant headers, gateway receipts ------


def _required_query(operation: OperationSpec) -> list[str]:
    return sorted(
        p.wire or p.name for p in operation.params if p.location == "query" and p.required
    )


def _request_shape(operation: OperationSpec) -> tuple[object, ...]:
    """What tells an operation's requests apart on the wire."""
    return (
        operation.method,
        paths.normalize(operation.path),
        sorted(operation.fixed_query),
        request_root(operation),
        sorted(operation.fixed_headers),
        _required_query(operation),
    )


def test_every_operation_is_routed_to_itself() -> None:
    # Operations sharing a method and path are told apart by their template, fixed query,
    # body root, constant headers (If-Match: * makes update_store_add_on) and required
    # query arguments; only requests that are the same on the wire may meet another one.
    router = Router(OPERATIONS.values())
    wrong = []
    for operation in OPERATIONS.values():
        path = re.sub(r"\{\w+\}", "x1", operation.path)
        query = dict(operation.fixed_query)
        query.update(dict.fromkeys(_required_query(operation), "v"))
        found = router.resolve(
            operation.method, path, query, request_root(operation), dict(operation.fixed_headers)
        ).operation
        if _request_shape(found) != _request_shape(operation):
            wrong.append(f"{operation.name} -> {found.name}")
    assert not wrong


def test_json_typed_documents_are_stored_and_answered_as_json(emulator: Emulator) -> None:
    sms = emulator.client()
    rule = AlertRule(id="cpu-high", name="CPU high", is_enabled=True)
    sms.create_alert_rule_or_update("cpu-high", rule)
    got = sms.get_alert_rule("cpu-high")
    assert (got.id, got.name, got.is_enabled) == ("cpu-high", "CPU high", True)
    answer = raw_request(
        emulator.connection,
        "GET",
        "/{sub}/services/monitoring/alertrules/cpu-high",
        version=OPERATIONS["get_alert_rule"].x_ms_version,
    )
    assert answer.headers["content-type"].startswith("application/json")
    assert json.loads(answer.body)["Name"] == "CPU high"
    sms.delete_alert_rule("cpu-high")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_alert_rule("cpu-high")


def test_a_json_typed_body_that_does_not_parse_is_a_bad_request(emulator: Emulator) -> None:
    answer = raw_request(
        emulator.connection,
        "PUT",
        "/{sub}/services/monitoring/alertrules/r1",
        body=b"<AlertRule/>",
        version=OPERATIONS["create_alert_rule_or_update"].x_ms_version,
    )
    assert answer.status == 400


def test_a_text_body_creates_its_item(emulator: Emulator, clock: FakeClock) -> None:
    sms = emulator.client()
    scheduler = _client(emulator, SchedulerManagementService)
    scheduler.create_cloud_service("hdinsight-west", "HDInsight", "clusters", "West US")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_hdinsight_cluster("hdinsight-west", "c1")
    sms.create_hdinsight_cluster("hdinsight-west", "c1", "<ClusterCreateParameters/>")
    clock.advance(DELAY)
    sms.get_hdinsight_cluster("hdinsight-west", "c1")
    sms.delete_hdinsight_cluster("hdinsight-west", "c1")
    clock.advance(DELAY)
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_hdinsight_cluster("hdinsight-west", "c1")


def test_store_add_ons_are_created_then_updated_by_if_match(emulator: Emulator) -> None:
    scheduler = _client(emulator, SchedulerManagementService)
    scheduler.create_cloud_service("addons", "Add-ons", "store", "West US")
    scheduler.create_store_add_on("addons", "Sendgrid", "sendgrid_app", "mail", "free")
    # the same PUT without If-Match: * is a create again, and the add-on exists
    with pytest.raises(AzureConflictHttpError):
        scheduler.create_store_add_on("addons", "Sendgrid", "sendgrid_app", "mail", "bronze")
    scheduler.update_store_add_on("addons", "Sendgrid", "sendgrid_app", "mail", "bronze")


def test_a_gateway_change_answers_an_operation_that_the_status_call_serves(
    emulator: Emulator,
) -> None:
    sms = emulator.client()
    receipt = sms.new_expressroute_dedicated_circuit(
        "circuit", 200, "Silicon Valley", "Equinix", "MeteredData", "Standard"
    )
    assert receipt.id is not None
    status = sms.get_expressroute_border_gateway_protocol_peering_operation_status(receipt.id)
    assert (status.status, status.http_status_code) == ("Successful", "OK")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_expressroute_border_gateway_protocol_peering_operation_status("0" * 32)
