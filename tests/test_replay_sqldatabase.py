"""Replay: SqlDatabaseManagementService, driven as the legacy tests drove it."""

from __future__ import annotations

from fixturetypes import Replay
from narrow import present
from servicemanagement import (
    Database,
    ServiceObjective,
    SqlDatabaseManagementService,
)

OBJECTIVE_BASIC = "dd6d99bb-f193-4ec1-86f2-43d3bccbc49c"


def _sql(replay: Replay, name: str) -> SqlDatabaseManagementService:
    return replay(f"mgmt_sqldatabase.{name}", SqlDatabaseManagementService)


def _create_server(sqlms: SqlDatabaseManagementService, expected_name: str) -> str:
    created = sqlms.create_server("azuredb", "T5ii-B48x", "West US")
    assert created.server_name == expected_name
    assert created.fully_qualified_domain_name == f"{expected_name}.database.windows.net"
    return created.server_name


def _create_database(sqlms: SqlDatabaseManagementService, server: str, name: str) -> None:
    created = sqlms.create_database(  # type: ignore[func-returns-value]
        server, name, OBJECTIVE_BASIC, edition="Basic"
    )
    assert created is None  # as the legacy method returned


def test_create_server(replay: Replay) -> None:
    sqlms = _sql(replay, "test_create_server")
    server = _create_server(sqlms, "go5ryw2d7i")
    servers = sqlms.list_servers()
    match = [s for s in servers if s.name == server]
    assert len(match) == 1
    assert match[0].administrator_login == "azuredb"
    assert match[0].location == "West US"
    assert match[0].fully_qualified_domain_name == "go5ryw2d7i.database.windows.net"
    assert match[0].version == "2.0"
    assert match[0].state == "Ready"
    assert match[0].geo_paired_region == ""  # absent: the legacy default


def test_set_server_admin_password(replay: Replay) -> None:
    sqlms = _sql(replay, "test_set_server_admin_password")
    server = _create_server(sqlms, "leqnfqvnze")
    result = sqlms.set_server_admin_password(  # type: ignore[func-returns-value]
        server, "U6jj-C59y"
    )
    assert result is None


def test_delete_server(replay: Replay) -> None:
    sqlms = _sql(replay, "test_delete_server")
    server = _create_server(sqlms, "a18yx8wvlh")
    result = sqlms.delete_server(server)  # type: ignore[func-returns-value]
    assert result is None
    names = [s.name for s in sqlms.list_servers()]
    assert server not in names
    assert "ayktdlzqzo" in names


def test_list_servers(replay: Replay) -> None:
    sqlms = _sql(replay, "test_list_servers")
    server = _create_server(sqlms, "gyvepcbe9r")
    servers = sqlms.list_servers()
    assert server in [s.name for s in servers]
    assert len(servers) == len(present(servers.server)) > 1
    assert servers[0].name == "ayktdlzqzo"


def test_list_quotas(replay: Replay) -> None:
    sqlms = _sql(replay, "test_list_quotas")
    server = _create_server(sqlms, "vmxsuyf6mq")
    quotas = sqlms.list_quotas(server)
    assert [(q.name, q.value, q.type) for q in quotas] == [
        ("server_dtu_quota", 2000, "Microsoft.SqlAzure.ServerQuota")
    ]


def test_create_firewall_rule(replay: Replay) -> None:
    sqlms = _sql(replay, "test_create_firewall_rule")
    server = _create_server(sqlms, "kqnii121ji")
    created = sqlms.create_firewall_rule(  # type: ignore[func-returns-value]
        server, "AllowAll", "192.168.144.0", "192.168.144.255"
    )
    assert created is None  # as the legacy method returned


def test_delete_firewall_rule(replay: Replay) -> None:
    sqlms = _sql(replay, "test_delete_firewall_rule")
    server = _create_server(sqlms, "hlccdsfjr9")
    sqlms.create_firewall_rule(server, "AllowAll", "192.168.144.0", "192.168.144.255")
    result = sqlms.delete_firewall_rule(server, "AllowAll")  # type: ignore[func-returns-value]
    assert result is None


def test_list_firewall_rules(replay: Replay) -> None:
    sqlms = _sql(replay, "test_list_firewall_rules")
    server = _create_server(sqlms, "wlzjrciy2q")
    sqlms.create_firewall_rule(server, "AllowAll", "192.168.144.0", "192.168.144.255")
    rules = sqlms.list_firewall_rules(server)
    assert [(r.name, r.start_ip_address, r.end_ip_address) for r in rules] == [
        ("AllowAll", "192.168.144.0", "192.168.144.255")
    ]


def test_list_service_level_objectives(replay: Replay) -> None:
    sqlms = _sql(replay, "test_list_service_level_objectives")
    server = _create_server(sqlms, "xg9whvzfjq")
    objectives = sqlms.list_service_level_objectives(server)
    assert all(isinstance(o, ServiceObjective) for o in objectives)
    by_name = {o.name: o for o in objectives}
    s2 = by_name["S2"]
    assert s2.id == "455330e1-00cd-488b-b5fa-177c226f28b7"
    assert s2.description == "Standard S2 resource allocation."
    assert s2.enabled is True
    assert s2.is_default is False
    assert s2.dimension_settings is not None
    assert s2.dimension_settings[0].ordinal == 6
    assert any(o.is_default for o in objectives)


def test_create_database(replay: Replay) -> None:
    sqlms = _sql(replay, "test_create_database")
    server = _create_server(sqlms, "qnu4nrzbqb")
    _create_database(sqlms, server, "testdb")  # the request body is checked by the replay


def test_delete_database(replay: Replay) -> None:
    sqlms = _sql(replay, "test_delete_database")
    server = _create_server(sqlms, "h4pqdjm00a")
    _create_database(sqlms, server, "temp")
    result = sqlms.delete_database(server, "temp")  # type: ignore[func-returns-value]
    assert result is None
    databases = sqlms.list_databases(server)
    assert [d.name for d in databases] == ["master"]
    assert databases[0].is_system_object is True


def test_update_database(replay: Replay) -> None:
    sqlms = _sql(replay, "test_update_database")
    server = _create_server(sqlms, "h4olqh8ajq")
    _create_database(sqlms, server, "temp")
    updated = sqlms.update_database(server, "temp", "newname")  # type: ignore[func-returns-value]
    assert updated is None  # as the legacy method returned
    assert [d.name for d in sqlms.list_databases(server) if d.name == "newname"] == ["newname"]


def test_list_databases(replay: Replay) -> None:
    sqlms = _sql(replay, "test_list_databases")
    server = _create_server(sqlms, "q2dkhhxjvj")
    _create_database(sqlms, server, "temp")
    databases = sqlms.list_databases(server)
    assert all(isinstance(d, Database) for d in databases)
    temp = next(d for d in databases if d.name == "temp")
    assert temp.state == "Normal"
    assert present(temp.max_size_bytes) > 0
    assert present(temp.id) > 0
    assert temp.edition == "Basic"
    assert temp.collation_name == "SQL_Latin1_General_CP1_CI_AS"
