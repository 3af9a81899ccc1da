# Generated from spec/operations/sql.yaml by `make generate`; do not edit.
"""Operations of the sql area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from datetime import datetime

    from servicemanagement._generated.models_sql import (
        CreateServerResponse,
        DacBlobCredentials,
        DacConnectionInfo,
        DacStatusList,
        Database,
        DatabaseCopies,
        DatabaseCopy,
        DatabaseOperation,
        DatabaseOperations,
        EventLog,
        EventLogs,
        FirewallRule,
        RecoverableDatabase,
        RecoverableDatabases,
        RecoverDatabaseOperation,
        RestorableDroppedDatabase,
        RestorableDroppedDatabases,
        RestoreDatabaseOperation,
        ServerQuota,
        Servers,
        ServiceObjective,
    )

CREATE_SERVER = OperationSpec(
    name="create_server",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("admin_login", "body", required=True),
        ParamSpec("admin_password", "body", required=True, secret=True),
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
        ParamSpec("admin_password", "body", required=True, secret=True),
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

GET_DATABASE = OperationSpec(
    name="get_database",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="Database",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns a database.",
)

GET_DATABASE_EVENT_LOGS = OperationSpec(
    name="get_database_event_logs",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/events",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "path", required=True),
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
    doc="Lists a database's events in a time window.",
)

GET_FIREWALL_RULE = OperationSpec(
    name="get_firewall_rule",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="FirewallRule",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns a firewall rule.",
)

GET_SERVER_QUOTA = OperationSpec(
    name="get_server_quota",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/serverquotas/{quota_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("quota_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="ServerQuota",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns one quota of a server.",
)

GET_SERVICE_OBJECTIVE = OperationSpec(
    name="get_service_objective",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/serviceobjectives/{service_objective_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("service_objective_id", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="ServiceObjective",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns a service level objective.",
)

CREATE_DATABASE_COPY = OperationSpec(
    name="create_database_copy",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "path", required=True),
        ParamSpec("partner_server", "body", required=True),
        ParamSpec("partner_database", "body", required=True),
        ParamSpec("is_continuous", "body", scalar="bool"),
        ParamSpec("is_offline_secondary", "body", scalar="bool"),
    ),
    fixed_query=(),
    request_type="DatabaseCopyInput",
    response_type="DatabaseCopy",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Starts copying (or continuously replicating) a database to another server; returns the copy link.",
)

GET_DATABASE_COPY = OperationSpec(
    name="get_database_copy",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies/{database_copy_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "path", required=True),
        ParamSpec("database_copy_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="DatabaseCopy",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns a copy link of a database.",
)

LIST_DATABASE_COPY = OperationSpec(
    name="list_database_copy",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="DatabaseCopies",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists the copy links of a database.",
)

UPDATE_DATABASE_COPY = OperationSpec(
    name="update_database_copy",
    client="SqlDatabaseManagementService",
    method="PUT",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies/{database_copy_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "path", required=True),
        ParamSpec("database_copy_name", "path", required=True),
        ParamSpec("is_forced_terminate", "body", scalar="bool"),
    ),
    fixed_query=(),
    request_type="DatabaseCopyUpdate",
    response_type="DatabaseCopy",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Changes a copy link (e.g. forces its termination); returns it.",
)

DELETE_DATABASE_COPY = OperationSpec(
    name="delete_database_copy",
    client="SqlDatabaseManagementService",
    method="DELETE",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies/{database_copy_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "path", required=True),
        ParamSpec("database_copy_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Stops a copy or replication; the secondary database stays as an independent database.",
)

GET_DATABASE_OPERATION = OperationSpec(
    name="get_database_operation",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databaseoperations/{operation_guid}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("operation_guid", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="DatabaseOperation",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns an operation on a database of a server.",
)

LIST_DATABASE_OPERATION_BY_DATABASE = OperationSpec(
    name="list_database_operation_by_database",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databaseoperations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "query", wire="databaseName", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="DatabaseOperations",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists the operations on a database.",
)

LIST_DATABASE_OPERATION_BY_SERVER = OperationSpec(
    name="list_database_operation_by_server",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/databaseoperations",
    x_ms_version="2014-10-01",
    params=(ParamSpec("server_name", "path", required=True),),
    fixed_query=(("contentview", "generic"),),
    request_type=None,
    response_type="DatabaseOperations",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists the operations on every database of a server.",
)

GET_RECOVERABLE_DATABASE = OperationSpec(
    name="get_recoverable_database",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/recoverabledatabases/{database_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("database_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="RecoverableDatabase",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns a database that can be recovered from its geo-replicated backup.",
)

LIST_RECOVERABLE_DATABASE = OperationSpec(
    name="list_recoverable_database",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/recoverabledatabases",
    x_ms_version="2014-10-01",
    params=(ParamSpec("server_name", "path", required=True),),
    fixed_query=(("contentview", "generic"),),
    request_type=None,
    response_type="RecoverableDatabases",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists the databases of a server that can be recovered from geo-replicated backups.",
)

CREATE_RECOVER_DATABASE_OPERATION = OperationSpec(
    name="create_recover_database_operation",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{source_server_name}/recoverdatabaseoperations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("source_server_name", "path", required=True),
        ParamSpec("source_database_name", "body", required=True),
        ParamSpec("target_server_name", "body"),
        ParamSpec("target_database_name", "body"),
    ),
    fixed_query=(),
    request_type="RecoverDatabaseInput",
    response_type="RecoverDatabaseOperation",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Starts recovering a database from its geo-replicated backup.",
)

GET_RESTORABLE_DROPPED_DATABASE = OperationSpec(
    name="get_restorable_dropped_database",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/restorabledroppeddatabases/{entity_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("entity_id", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="RestorableDroppedDatabase",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns a deleted database that can still be restored.",
)

LIST_RESTORABLE_DROPPED_DATABASE = OperationSpec(
    name="list_restorable_dropped_database",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/restorabledroppeddatabases",
    x_ms_version="2014-10-01",
    params=(ParamSpec("server_name", "path", required=True),),
    fixed_query=(("contentview", "generic"),),
    request_type=None,
    response_type="RestorableDroppedDatabases",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Lists the deleted databases of a server that can still be restored.",
)

CREATE_RESTORE_DATABASE_OPERATION = OperationSpec(
    name="create_restore_database_operation",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{source_server_name}/restoredatabaseoperations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("source_server_name", "path", required=True),
        ParamSpec("source_database_name", "body", required=True),
        ParamSpec("target_database_name", "body", required=True),
        ParamSpec("source_database_deletion_date", "body", scalar="datetime"),
        ParamSpec("target_server_name", "body"),
        ParamSpec("target_utc_point_in_time", "body", scalar="datetime"),
    ),
    fixed_query=(),
    request_type="RestoreDatabaseInput",
    response_type="RestoreDatabaseOperation",
    statuses=(201,),
    is_async=False,
    content_type="application/xml",
    doc="Starts a point-in-time restore of a database (or of a deleted one) as a new database.",
)

EXPORT_DAC = OperationSpec(
    name="export_dac",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/DacOperations/Export",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("connection_info", "body", type="DacConnectionInfo", required=True),
        ParamSpec("blob_credentials", "body", type="DacBlobCredentials", required=True),
    ),
    fixed_query=(),
    request_type="DacExportInput",
    response_type="SerializationGuid",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Starts exporting a database to a .bacpac blob; returns the request id (see get_dac_status).",
    result=("value",),
)

IMPORT_DAC = OperationSpec(
    name="import_dac",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/DacOperations/Import",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("connection_info", "body", type="DacConnectionInfo", required=True),
        ParamSpec("blob_credentials", "body", type="DacBlobCredentials", required=True),
        ParamSpec("database_size_in_gb", "body", scalar="int", required=True),
        ParamSpec("azure_edition", "body"),
    ),
    fixed_query=(),
    request_type="DacImportInput",
    response_type="SerializationGuid",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Starts importing a .bacpac blob as a new database; returns the request id (see get_dac_status).",
    result=("value",),
)

GET_DAC_STATUS = OperationSpec(
    name="get_dac_status",
    client="SqlDatabaseManagementService",
    method="GET",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/DacOperations/Status",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("fully_qualified_server_name", "query", wire="servername", required=True),
        ParamSpec("user_name", "query", wire="username", required=True),
        ParamSpec("password", "query", required=True),
        ParamSpec("request_id", "query", wire="reqId", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="DacStatusList",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns the state of an import or export request.",
)

GET_DAC_STATUS_POST = OperationSpec(
    name="get_dac_status_post",
    client="SqlDatabaseManagementService",
    method="POST",
    path="/{subscription_id}/services/sqlservers/servers/{server_name}/DacOperations/Status",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("server_name", "path", required=True),
        ParamSpec("fully_qualified_server_name", "body", required=True),
        ParamSpec("user_name", "body", required=True),
        ParamSpec("password", "body", required=True),
        ParamSpec("request_id", "body", required=True),
    ),
    fixed_query=(),
    request_type="DacStatusInput",
    response_type="DacStatusList",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Returns the state of an import or export request (credentials in the body).",
    emulator=EmulatorSpec(kind="action"),
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
        from servicemanagement._generated.models_sql import Server

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
        from servicemanagement._generated.models_sql import AdministratorLoginPassword

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
        from servicemanagement._generated.models_sql import FirewallRule

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
        from servicemanagement._generated.models_sql import FirewallRule

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
        from servicemanagement._generated.models_sql import DatabaseInput

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
        from servicemanagement._generated.models_sql import DatabaseInput

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

    def get_database(
        self,
        server_name: str,
        database_name: str,
    ) -> Database:
        """Returns a database.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_DATABASE,
            {
                "server_name": server_name,
                "database_name": database_name,
            },
            None,
        )

    def get_database_event_logs(
        self,
        server_name: str,
        database_name: str,
        start_date: str,
        interval_size_in_minutes: int,
        event_types: str = "",
    ) -> EventLogs:
        """Lists a database's events in a time window.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/events``
        (GET, x-ms-version 2014-10-01).

        Args:
            start_date: Start of the window (ISO 8601).
            event_types: Comma-separated event types; empty for all.
        """
        return self._call(
            GET_DATABASE_EVENT_LOGS,
            {
                "server_name": server_name,
                "database_name": database_name,
                "start_date": start_date,
                "interval_size_in_minutes": interval_size_in_minutes,
                "event_types": event_types,
            },
            None,
        )

    def get_firewall_rule(
        self,
        server_name: str,
        name: str,
    ) -> FirewallRule:
        """Returns a firewall rule.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}``
        (GET, x-ms-version 2014-10-01).

        Args:
            name: The rule name.
        """
        return self._call(
            GET_FIREWALL_RULE,
            {
                "server_name": server_name,
                "name": name,
            },
            None,
        )

    def get_server_quota(
        self,
        server_name: str,
        quota_name: str,
    ) -> ServerQuota:
        """Returns one quota of a server.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/serverquotas/{quota_name}``
        (GET, x-ms-version 2014-10-01).

        Args:
            quota_name: e.g. Premium_Databases.
        """
        return self._call(
            GET_SERVER_QUOTA,
            {
                "server_name": server_name,
                "quota_name": quota_name,
            },
            None,
        )

    def get_service_objective(
        self,
        server_name: str,
        service_objective_id: str,
    ) -> ServiceObjective:
        """Returns a service level objective.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/serviceobjectives/{service_objective_id}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SERVICE_OBJECTIVE,
            {
                "server_name": server_name,
                "service_objective_id": service_objective_id,
            },
            None,
        )

    def create_database_copy(
        self,
        server_name: str,
        database_name: str,
        partner_server: str,
        partner_database: str,
        is_continuous: bool = False,
        is_offline_secondary: bool = False,
    ) -> DatabaseCopy:
        """Starts copying (or continuously replicating) a database to another server; returns
        the copy link.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies``
        (POST, x-ms-version 2014-10-01).

        Args:
            server_name: The source database's server.
            database_name: The source database.
            partner_server: The server the copy goes to.
            partner_database: The copy's name.
            is_continuous: Keep replicating (geo-replication) rather than copy once.
            is_offline_secondary: The secondary accepts no connections until failover.
        """
        from servicemanagement._generated.models_sql import DatabaseCopyInput

        return self._call(
            CREATE_DATABASE_COPY,
            {
                "server_name": server_name,
                "database_name": database_name,
                "partner_server": partner_server,
                "partner_database": partner_database,
                "is_continuous": is_continuous,
                "is_offline_secondary": is_offline_secondary,
            },
            DatabaseCopyInput(
                partner_server=partner_server,
                partner_database=partner_database,
                is_continuous=is_continuous,
                is_offline_secondary=is_offline_secondary,
            ),
        )

    def get_database_copy(
        self,
        server_name: str,
        database_name: str,
        database_copy_name: str,
    ) -> DatabaseCopy:
        """Returns a copy link of a database.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies/{database_copy_name}``
        (GET, x-ms-version 2014-10-01).

        Args:
            database_copy_name: The copy link's name (a GUID).
        """
        return self._call(
            GET_DATABASE_COPY,
            {
                "server_name": server_name,
                "database_name": database_name,
                "database_copy_name": database_copy_name,
            },
            None,
        )

    def list_database_copy(
        self,
        server_name: str,
        database_name: str,
    ) -> DatabaseCopies:
        """Lists the copy links of a database.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_DATABASE_COPY,
            {
                "server_name": server_name,
                "database_name": database_name,
            },
            None,
        )

    def update_database_copy(
        self,
        server_name: str,
        database_name: str,
        database_copy_name: str,
        is_forced_terminate: bool | None = None,
    ) -> DatabaseCopy:
        """Changes a copy link (e.g. forces its termination); returns it.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies/{database_copy_name}``
        (PUT, x-ms-version 2014-10-01).

        Args:
            is_forced_terminate: Stop replicating at once, possibly losing data.
        """
        from servicemanagement._generated.models_sql import DatabaseCopyUpdate

        return self._call(
            UPDATE_DATABASE_COPY,
            {
                "server_name": server_name,
                "database_name": database_name,
                "database_copy_name": database_copy_name,
                "is_forced_terminate": is_forced_terminate,
            },
            DatabaseCopyUpdate(is_forced_terminate=is_forced_terminate),
        )

    def delete_database_copy(
        self,
        server_name: str,
        database_name: str,
        database_copy_name: str,
    ) -> None:
        """Stops a copy or replication; the secondary database stays as an independent
        database.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{database_name}/databasecopies/{database_copy_name}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_DATABASE_COPY,
            {
                "server_name": server_name,
                "database_name": database_name,
                "database_copy_name": database_copy_name,
            },
            None,
        )

    def get_database_operation(
        self,
        server_name: str,
        operation_guid: str,
    ) -> DatabaseOperation:
        """Returns an operation on a database of a server.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databaseoperations/{operation_guid}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_DATABASE_OPERATION,
            {
                "server_name": server_name,
                "operation_guid": operation_guid,
            },
            None,
        )

    def list_database_operation_by_database(
        self,
        server_name: str,
        database_name: str,
    ) -> DatabaseOperations:
        """Lists the operations on a database.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databaseoperations``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_DATABASE_OPERATION_BY_DATABASE,
            {
                "server_name": server_name,
                "database_name": database_name,
            },
            None,
        )

    def list_database_operation_by_server(
        self,
        server_name: str,
    ) -> DatabaseOperations:
        """Lists the operations on every database of a server.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/databaseoperations``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_DATABASE_OPERATION_BY_SERVER,
            {
                "server_name": server_name,
            },
            None,
        )

    def get_recoverable_database(
        self,
        server_name: str,
        database_name: str,
    ) -> RecoverableDatabase:
        """Returns a database that can be recovered from its geo-replicated backup.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/recoverabledatabases/{database_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_RECOVERABLE_DATABASE,
            {
                "server_name": server_name,
                "database_name": database_name,
            },
            None,
        )

    def list_recoverable_database(
        self,
        server_name: str,
    ) -> RecoverableDatabases:
        """Lists the databases of a server that can be recovered from geo-replicated backups.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/recoverabledatabases``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_RECOVERABLE_DATABASE,
            {
                "server_name": server_name,
            },
            None,
        )

    def create_recover_database_operation(
        self,
        source_server_name: str,
        source_database_name: str,
        target_server_name: str | None = None,
        target_database_name: str | None = None,
    ) -> RecoverDatabaseOperation:
        """Starts recovering a database from its geo-replicated backup.

        ``/{subscription_id}/services/sqlservers/servers/{source_server_name}/recoverdatabaseoperations``
        (POST, x-ms-version 2014-10-01).

        Args:
            target_server_name: Default: the source server.
            target_database_name: Default: the source database's name.
        """
        from servicemanagement._generated.models_sql import RecoverDatabaseInput

        return self._call(
            CREATE_RECOVER_DATABASE_OPERATION,
            {
                "source_server_name": source_server_name,
                "source_database_name": source_database_name,
                "target_server_name": target_server_name,
                "target_database_name": target_database_name,
            },
            RecoverDatabaseInput(
                source_database_name=source_database_name,
                target_server_name=target_server_name,
                target_database_name=target_database_name,
            ),
        )

    def get_restorable_dropped_database(
        self,
        server_name: str,
        entity_id: str,
    ) -> RestorableDroppedDatabase:
        """Returns a deleted database that can still be restored.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/restorabledroppeddatabases/{entity_id}``
        (GET, x-ms-version 2014-10-01).

        Args:
            entity_id: The database's entity id (name and deletion time).
        """
        return self._call(
            GET_RESTORABLE_DROPPED_DATABASE,
            {
                "server_name": server_name,
                "entity_id": entity_id,
            },
            None,
        )

    def list_restorable_dropped_database(
        self,
        server_name: str,
    ) -> RestorableDroppedDatabases:
        """Lists the deleted databases of a server that can still be restored.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/restorabledroppeddatabases``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_RESTORABLE_DROPPED_DATABASE,
            {
                "server_name": server_name,
            },
            None,
        )

    def create_restore_database_operation(
        self,
        source_server_name: str,
        source_database_name: str,
        target_database_name: str,
        source_database_deletion_date: datetime | None = None,
        target_server_name: str | None = None,
        target_utc_point_in_time: datetime | None = None,
    ) -> RestoreDatabaseOperation:
        """Starts a point-in-time restore of a database (or of a deleted one) as a new
        database.

        ``/{subscription_id}/services/sqlservers/servers/{source_server_name}/restoredatabaseoperations``
        (POST, x-ms-version 2014-10-01).

        Args:
            source_database_deletion_date: Only to restore a deleted database.
            target_server_name: Default: the source server.
            target_utc_point_in_time: Default: the latest restorable time.
        """
        from servicemanagement._generated.models_sql import RestoreDatabaseInput

        return self._call(
            CREATE_RESTORE_DATABASE_OPERATION,
            {
                "source_server_name": source_server_name,
                "source_database_name": source_database_name,
                "target_database_name": target_database_name,
                "source_database_deletion_date": source_database_deletion_date,
                "target_server_name": target_server_name,
                "target_utc_point_in_time": target_utc_point_in_time,
            },
            RestoreDatabaseInput(
                source_database_name=source_database_name,
                source_database_deletion_date=source_database_deletion_date,
                target_server_name=target_server_name,
                target_database_name=target_database_name,
                target_utc_point_in_time=target_utc_point_in_time,
            ),
        )

    def export_dac(
        self,
        server_name: str,
        connection_info: DacConnectionInfo,
        blob_credentials: DacBlobCredentials,
    ) -> str | None:
        """Starts exporting a database to a .bacpac blob; returns the request id (see
        get_dac_status).

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/DacOperations/Export``
        (POST, x-ms-version 2014-10-01).

        Args:
            connection_info: The database to export and how to sign in to it.
            blob_credentials: The .bacpac blob to write and its storage key.
        """
        from servicemanagement._generated.models_sql import DacExportInput

        return self._call(
            EXPORT_DAC,
            {
                "server_name": server_name,
                "connection_info": connection_info,
                "blob_credentials": blob_credentials,
            },
            DacExportInput(blob_credentials=blob_credentials, connection_info=connection_info),
        )

    def import_dac(
        self,
        server_name: str,
        connection_info: DacConnectionInfo,
        blob_credentials: DacBlobCredentials,
        database_size_in_gb: int,
        azure_edition: str | None = None,
    ) -> str | None:
        """Starts importing a .bacpac blob as a new database; returns the request id (see
        get_dac_status).

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/DacOperations/Import``
        (POST, x-ms-version 2014-10-01).

        Args:
            connection_info: The database to create and how to sign in to the server.
            blob_credentials: The .bacpac blob to read and its storage key.
            database_size_in_gb: The new database's maximum size.
            azure_edition: Web, Business, Basic, Standard or Premium.
        """
        from servicemanagement._generated.models_sql import DacImportInput

        return self._call(
            IMPORT_DAC,
            {
                "server_name": server_name,
                "connection_info": connection_info,
                "blob_credentials": blob_credentials,
                "database_size_in_gb": database_size_in_gb,
                "azure_edition": azure_edition,
            },
            DacImportInput(
                azure_edition=azure_edition,
                blob_credentials=blob_credentials,
                connection_info=connection_info,
                database_size_in_gb=database_size_in_gb,
            ),
        )

    def get_dac_status(
        self,
        server_name: str,
        fully_qualified_server_name: str,
        user_name: str,
        password: str,
        request_id: str,
    ) -> DacStatusList:
        """Returns the state of an import or export request.

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/DacOperations/Status``
        (GET, x-ms-version 2014-10-01).

        Args:
            fully_qualified_server_name: <server>.database.windows.net.
            password: Sent in the query string; prefer get_dac_status_post.
            request_id: The id export_dac or import_dac returned.
        """
        return self._call(
            GET_DAC_STATUS,
            {
                "server_name": server_name,
                "fully_qualified_server_name": fully_qualified_server_name,
                "user_name": user_name,
                "password": password,
                "request_id": request_id,
            },
            None,
        )

    def get_dac_status_post(
        self,
        server_name: str,
        fully_qualified_server_name: str,
        user_name: str,
        password: str,
        request_id: str,
    ) -> DacStatusList:
        """Returns the state of an import or export request (credentials in the body).

        ``/{subscription_id}/services/sqlservers/servers/{server_name}/DacOperations/Status``
        (POST, x-ms-version 2014-10-01).

        Args:
            fully_qualified_server_name: <server>.database.windows.net.
            request_id: The id export_dac or import_dac returned.
        """
        from servicemanagement._generated.models_sql import DacStatusInput

        return self._call(
            GET_DAC_STATUS_POST,
            {
                "server_name": server_name,
                "fully_qualified_server_name": fully_qualified_server_name,
                "user_name": user_name,
                "password": password,
                "request_id": request_id,
            },
            DacStatusInput(
                password=password,
                request_id=request_id,
                server_name=fully_qualified_server_name,
                user_name=user_name,
            ),
        )
