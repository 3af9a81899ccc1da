# Generated from spec/operations/sql.yaml by `make generate`; do not edit.
"""Operations of the sql area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from servicemanagement._generated.models_sql import (
    AdministratorLoginPassword,
    CreateServerResponse,
    Database,
    DatabaseInput,
    EventLog,
    FirewallRule,
    Server,
    ServerQuota,
    Servers,
    ServiceObjective,
)
from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

CREATE_SERVER = OperationSpec(
    name="create_server",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("admin_login", "body", required=True),
        ParamSpec("admin_password", "body", required=True),
        ParamSpec("location", "body", required=True),
    ),
    fixed_query=(),
    request_type="Server",
    response_type="CreateServerResponse",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Creates a server; the service chooses its name.",
)

SET_SERVER_ADMIN_PASSWORD = OperationSpec(
    name="set_server_admin_password",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("admin_password", "body", required=True),
    ),
    fixed_query=(("op", "ResetPassword"),),
    request_type="AdministratorLoginPassword",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Resets a server's administrator password.",
)

DELETE_SERVER = OperationSpec(
    name="delete_server",
    client="SqlDatabaseManagementService",
    method="DELETE",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("server_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Deletes a server and its databases.",
)

LIST_SERVERS = OperationSpec(
    name="list_servers",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="Servers",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists the subscription's servers.",
)

LIST_QUOTAS = OperationSpec(
    name="list_quotas",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/serverquotas",
    x_ms_version="2014-10-01",
    params=(ParamSpec("server_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="ServerQuotas",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists a server's quotas.",
    result=("server_quotas",),
)

GET_SERVER_EVENT_LOGS = OperationSpec(
    name="get_server_event_logs",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/events",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("start_date", "query", wire="startDate", required=True),
        ParamSpec(
            "interval_size_in_minutes",
            "query",
            wire="intervalSizeInMinutes",
            scalar="int",
            required=True,
        ),
        ParamSpec("event_types", "query", wire="eventTypes"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="EventLogs",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists a server's events in a time window.",
    result=("event_logs",),
)

CREATE_FIREWALL_RULE = OperationSpec(
    name="create_firewall_rule",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("name", "body", required=True),
        ParamSpec("start_ip_address", "body", required=True),
        ParamSpec("end_ip_address", "body", required=True),
    ),
    fixed_query=(),
    request_type="FirewallRule",
    response_type="FirewallRule",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Adds a firewall rule allowing an IP address range (the service answers the rule).",
    discard=True,
)

UPDATE_FIREWALL_RULE = OperationSpec(
    name="update_firewall_rule",
    client="SqlDatabaseManagementService",
    method="PUT",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("name", "path", required=True),
        ParamSpec("start_ip_address", "body", required=True),
        ParamSpec("end_ip_address", "body", required=True),
    ),
    fixed_query=(),
    request_type="FirewallRule",
    response_type="FirewallRule",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Changes a firewall rule's IP address range (the service answers the rule).",
    discard=True,
)

DELETE_FIREWALL_RULE = OperationSpec(
    name="delete_firewall_rule",
    client="SqlDatabaseManagementService",
    method="DELETE",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Deletes a firewall rule.",
)

LIST_FIREWALL_RULES = OperationSpec(
    name="list_firewall_rules",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules",
    x_ms_version="2014-10-01",
    params=(ParamSpec("server_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="FirewallRules",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists a server's firewall rules.",
    result=("firewall_rules",),
)

LIST_SERVICE_LEVEL_OBJECTIVES = OperationSpec(
    name="list_service_level_objectives",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/serviceobjectives",
    x_ms_version="2014-10-01",
    params=(ParamSpec("server_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="ServiceObjectives",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists the service level objectives databases of a server can use.",
    result=("service_objectives",),
)

CREATE_DATABASE = OperationSpec(
    name="create_database",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("name", "body", required=True),
        ParamSpec("service_objective_id", "body", required=True),
        ParamSpec("edition", "body"),
        ParamSpec("collation_name", "body"),
        ParamSpec("max_size_bytes", "body", scalar="int"),
    ),
    fixed_query=(),
    request_type="DatabaseInput",
    response_type="Database",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Creates a database (the service answers the database).",
    discard=True,
)

UPDATE_DATABASE = OperationSpec(
    name="update_database",
    client="SqlDatabaseManagementService",
    method="PUT",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("name", "path", required=True),
        ParamSpec("new_database_name", "body"),
        ParamSpec("service_objective_id", "body"),
        ParamSpec("edition", "body"),
        ParamSpec("max_size_bytes", "body", scalar="int"),
    ),
    fixed_query=(),
    request_type="DatabaseInput",
    response_type="Database",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Renames a database or changes its edition, size or objective (the service answers the database).",
    discard=True,
)

DELETE_DATABASE = OperationSpec(
    name="delete_database",
    client="SqlDatabaseManagementService",
    method="DELETE",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Deletes a database.",
)

LIST_DATABASES = OperationSpec(
    name="list_databases",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers//{name}/databases",
    x_ms_version="2014-10-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(("contentview", "generic"),),
    request_type=None,
    response_type="Databases",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists a server's databases.",
    result=("databases",),
)


class SqlDatabaseManagementServiceSqlOperations(OperationsBase):
    """The sql operations of ``SqlDatabaseManagementService``."""

    def create_server(
        self,
        admin_login: str,
        admin_password: str,
        location: str,
    ) -> CreateServerResponse:
        """Creates a server; the service chooses its name.

        ``/{subscription_id}/services/sqlservers/servers``
        (POST, x-ms-version 2014-10-01).

        Args:
            admin_login: The administrator login name.
            admin_password: The administrator password.
            location: The data-centre region.
        """
        return self._call(
            CREATE_SERVER,
            {
                "admin_login": admin_login,
                "admin_password": admin_password,
                "location": location,
            },
            Server(
                administrator_login=admin_login,
                administrator_login_password=admin_password,
                location=location,
            ),
        )

    def set_server_admin_password(
        self,
        server_name: str,
        admin_password: str,
    ) -> None:
        """Resets a server's administrator password.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}``
        (POST, x-ms-version 2014-10-01).

        Args:
            admin_password: The new administrator password.
        """
        return self._call(
            SET_SERVER_ADMIN_PASSWORD,
            {
                "server_name": server_name,
                "admin_password": admin_password,
            },
            AdministratorLoginPassword(password=admin_password),
        )

    def delete_server(
        self,
        server_name: str,
    ) -> None:
        """Deletes a server and its databases.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_SERVER,
            {
                "server_name": server_name,
            },
            None,
        )

    def list_servers(
        self,
    ) -> Servers:
        """Lists the subscription's servers.

        ``/{subscription_id}/services/sqlservers/servers``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_SERVERS,
            {},
            None,
        )

    def list_quotas(
        self,
        server_name: str,
    ) -> list[ServerQuota]:
        """Lists a server's quotas.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/serverquotas``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_QUOTAS,
            {
                "server_name": server_name,
            },
            None,
        )

    def get_server_event_logs(
        self,
        server_name: str,
        start_date: str,
        interval_size_in_minutes: int,
        event_types: str = "",
    ) -> list[EventLog]:
        """Lists a server's events in a time window.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/events``
        (GET, x-ms-version 2014-10-01).

        Args:
            start_date: Start of the window (ISO 8601).
            event_types: Comma-separated event types; empty for all.
        """
        return self._call(
            GET_SERVER_EVENT_LOGS,
            {
                "server_name": server_name,
                "start_date": start_date,
                "interval_size_in_minutes": interval_size_in_minutes,
                "event_types": event_types,
            },
            None,
        )

    def create_firewall_rule(
        self,
        server_name: str,
        name: str,
        start_ip_address: str,
        end_ip_address: str,
    ) -> None:
        """Adds a firewall rule allowing an IP address range (the service answers the rule).

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules``
        (POST, x-ms-version 2014-10-01).

        Args:
            name: The rule name.
        """
        return self._call(
            CREATE_FIREWALL_RULE,
            {
                "server_name": server_name,
                "name": name,
                "start_ip_address": start_ip_address,
                "end_ip_address": end_ip_address,
            },
            FirewallRule(
                name=name, start_ip_address=start_ip_address, end_ip_address=end_ip_address
            ),
        )

    def update_firewall_rule(
        self,
        server_name: str,
        name: str,
        start_ip_address: str,
        end_ip_address: str,
    ) -> None:
        """Changes a firewall rule's IP address range (the service answers the rule).

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}``
        (PUT, x-ms-version 2014-10-01).

        Args:
            name: The rule name.
        """
        return self._call(
            UPDATE_FIREWALL_RULE,
            {
                "server_name": server_name,
                "name": name,
                "start_ip_address": start_ip_address,
                "end_ip_address": end_ip_address,
            },
            FirewallRule(
                name=name, start_ip_address=start_ip_address, end_ip_address=end_ip_address
            ),
        )

    def delete_firewall_rule(
        self,
        server_name: str,
        name: str,
    ) -> None:
        """Deletes a firewall rule.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_FIREWALL_RULE,
            {
                "server_name": server_name,
                "name": name,
            },
            None,
        )

    def list_firewall_rules(
        self,
        server_name: str,
    ) -> list[FirewallRule]:
        """Lists a server's firewall rules.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_FIREWALL_RULES,
            {
                "server_name": server_name,
            },
            None,
        )

    def list_service_level_objectives(
        self,
        server_name: str,
    ) -> list[ServiceObjective]:
        """Lists the service level objectives databases of a server can use.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/serviceobjectives``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_SERVICE_LEVEL_OBJECTIVES,
            {
                "server_name": server_name,
            },
            None,
        )

    def create_database(
        self,
        server_name: str,
        name: str,
        service_objective_id: str,
        edition: str | None = None,
        collation_name: str | None = None,
        max_size_bytes: int | None = None,
    ) -> None:
        """Creates a database (the service answers the database).

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases``
        (POST, x-ms-version 2014-10-01).

        Args:
            name: The database name.
            service_objective_id: Id of its service level objective.
            edition: Web, Business, Basic, Standard or Premium.
        """
        return self._call(
            CREATE_DATABASE,
            {
                "server_name": server_name,
                "name": name,
                "service_objective_id": service_objective_id,
                "edition": edition,
                "collation_name": collation_name,
                "max_size_bytes": max_size_bytes,
            },
            DatabaseInput(
                name=name,
                edition=edition,
                collation_name=collation_name,
                max_size_bytes=max_size_bytes,
                service_objective_id=service_objective_id,
            ),
        )

    def update_database(
        self,
        server_name: str,
        name: str,
        new_database_name: str | None = None,
        service_objective_id: str | None = None,
        edition: str | None = None,
        max_size_bytes: int | None = None,
    ) -> None:
        """Renames a database or changes its edition, size or objective (the service answers
        the database).

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}``
        (PUT, x-ms-version 2014-10-01).

        Args:
            name: The database's current name.
        """
        return self._call(
            UPDATE_DATABASE,
            {
                "server_name": server_name,
                "name": name,
                "new_database_name": new_database_name,
                "service_objective_id": service_objective_id,
                "edition": edition,
                "max_size_bytes": max_size_bytes,
            },
            DatabaseInput(
                name=new_database_name,
                edition=edition,
                max_size_bytes=max_size_bytes,
                service_objective_id=service_objective_id,
            ),
        )

    def delete_database(
        self,
        server_name: str,
        name: str,
    ) -> None:
        """Deletes a database.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_DATABASE,
            {
                "server_name": server_name,
                "name": name,
            },
            None,
        )

    def list_databases(
        self,
        name: str,
    ) -> list[Database]:
        """Lists a server's databases.

        ``/{subscription_id}/services/sqlservers/servers//{name}/databases``
        (GET, x-ms-version 2014-10-01).

        Args:
            name: The server name.
        """
        return self._call(
            LIST_DATABASES,
            {
                "name": name,
            },
            None,
        )
