# Generated from spec/types/sql.yaml by `make generate`; do not edit.
"""Models of the sql area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_DAC, NS_I, NS_SER, NS_SQL, NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime


__all__ = [
    "Server",
    "Servers",
    "CreateServerResponse",
    "AdministratorLoginPassword",
    "ServerQuota",
    "ServerQuotas",
    "EventLog",
    "EventLogs",
    "Database",
    "DatabaseInput",
    "Databases",
    "FirewallRule",
    "FirewallRules",
    "ServiceObjective",
    "DimensionSetting",
    "ServiceObjectives",
    "DatabaseCopyInput",
    "DatabaseCopyUpdate",
    "DatabaseCopy",
    "DatabaseCopies",
    "DatabaseOperation",
    "DatabaseOperations",
    "RecoverableDatabase",
    "RecoverableDatabases",
    "RestorableDroppedDatabase",
    "RestorableDroppedDatabases",
    "RecoverDatabaseInput",
    "RecoverDatabaseOperation",
    "RestoreDatabaseInput",
    "RestoreDatabaseOperation",
    "DacExportInput",
    "DacImportInput",
    "DacBlobCredentials",
    "DacConnectionInfo",
    "DacStatusInput",
    "DacStatusList",
    "DacStatus",
    "SerializationGuid",
]


class Server(Model):
    """A SQL Database server (also the create_server request body)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Server",
            namespace=NS_SQL,
            root="Server",
            fields=(
                FieldSchema("name", "element", "Name", NS_SQL, absent=""),
                FieldSchema(
                    "administrator_login", "element", "AdministratorLogin", NS_SQL, absent=""
                ),
                FieldSchema(
                    "administrator_login_password",
                    "element",
                    "AdministratorLoginPassword",
                    NS_SQL,
                    secret=True,
                ),
                FieldSchema("location", "element", "Location", NS_SQL, absent=""),
                FieldSchema("geo_paired_region", "element", "GeoPairedRegion", NS_SQL, absent=""),
                FieldSchema(
                    "fully_qualified_domain_name",
                    "element",
                    "FullyQualifiedDomainName",
                    NS_SQL,
                    absent="",
                ),
                FieldSchema("version", "element", "Version", NS_SQL, absent=""),
                FieldSchema("state", "element", "State", NS_SQL),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    administrator_login: str | None = None
    #: Only sent when creating a server.
    administrator_login_password: str | None = None
    location: str | None = None
    geo_paired_region: str | None = None
    fully_qualified_domain_name: str | None = None
    version: str | None = None
    state: str | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class Servers(Model):
    """The response of list_servers; iterate it for Server items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Servers",
            namespace=NS_SQL,
            root="Servers",
            fields=(FieldSchema("server", "flat", "Server", NS_SQL, model="Server", absent="new"),),
            items="server",
        )
    )
    _: KW_ONLY
    server: list[Server] | None = None

    def __iter__(self) -> Iterator[Server]:
        return iter(self.server or ())

    def __len__(self) -> int:
        return len(self.server or ())

    def __getitem__(self, index: int) -> Server:
        return (self.server or [])[index]


class CreateServerResponse(Model):
    """The name the service gave a new server."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateServerResponse",
            namespace=NS_SQL,
            root="ServerName",
            fields=(
                FieldSchema("server_name", "text", "", NS_SQL),
                FieldSchema(
                    "fully_qualified_domain_name", "attribute", "FullyQualifiedDomainName", ""
                ),
            ),
        )
    )
    _: KW_ONLY
    server_name: str | None = None
    fully_qualified_domain_name: str | None = None


class AdministratorLoginPassword(Model):
    """The body of set_server_admin_password."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AdministratorLoginPassword",
            namespace=NS_SQL,
            root="AdministratorLoginPassword",
            fields=(FieldSchema("password", "text", "", NS_SQL, secret=True),),
        )
    )
    _: KW_ONLY
    password: str | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class ServerQuota(Model):
    """A quota of a server."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServerQuota",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema("self_link", "element", "SelfLink", NS_WA, absent=""),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA, absent=""),
                FieldSchema("value", "element", "Value", NS_WA, scalar="int", absent=0),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    value: int | None = None


class ServerQuotas(Model):
    """The response of list_quotas; iterate it for ServerQuota items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServerQuotas",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(
                FieldSchema("server_quotas", "flat", "ServiceResource", NS_WA, model="ServerQuota"),
            ),
            items="server_quotas",
        )
    )
    _: KW_ONLY
    server_quotas: list[ServerQuota] | None = None

    def __iter__(self) -> Iterator[ServerQuota]:
        return iter(self.server_quotas or ())

    def __len__(self) -> int:
        return len(self.server_quotas or ())

    def __getitem__(self, index: int) -> ServerQuota:
        return (self.server_quotas or [])[index]


class EventLog(Model):
    """An event of a server's event log."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="EventLog",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema("self_link", "element", "SelfLink", NS_WA, absent=""),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA, absent=""),
                FieldSchema("database_name", "element", "DatabaseName", NS_WA, absent=""),
                FieldSchema("start_time_utc", "element", "StartTimeUtc", NS_WA, absent=""),
                FieldSchema(
                    "interval_size_in_minutes",
                    "element",
                    "IntervalSizeInMinutes",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema("event_category", "element", "EventCategory", NS_WA, absent=""),
                FieldSchema("event_type", "element", "EventType", NS_WA, absent=""),
                FieldSchema(
                    "event_subtype", "element", "EventSubtype", NS_WA, scalar="int", absent=0
                ),
                FieldSchema(
                    "event_subtype_description",
                    "element",
                    "EventSubtypeDescription",
                    NS_WA,
                    absent="",
                ),
                FieldSchema(
                    "number_of_events", "element", "NumberOfEvents", NS_WA, scalar="int", absent=0
                ),
                FieldSchema("severity", "element", "Severity", NS_WA, scalar="int", absent=0),
                FieldSchema("description", "element", "Description", NS_WA, absent=""),
                FieldSchema("additional_data", "element", "AdditionalData", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    database_name: str | None = None
    start_time_utc: str | None = None
    interval_size_in_minutes: int | None = None
    event_category: str | None = None
    event_type: str | None = None
    event_subtype: int | None = None
    event_subtype_description: str | None = None
    number_of_events: int | None = None
    severity: int | None = None
    description: str | None = None
    additional_data: str | None = None


class EventLogs(Model):
    """The response of get_server_event_logs; iterate it for EventLog items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="EventLogs",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(FieldSchema("event_logs", "flat", "ServiceResource", NS_WA, model="EventLog"),),
            items="event_logs",
        )
    )
    _: KW_ONLY
    event_logs: list[EventLog] | None = None

    def __iter__(self) -> Iterator[EventLog]:
        return iter(self.event_logs or ())

    def __len__(self) -> int:
        return len(self.event_logs or ())

    def __getitem__(self, index: int) -> EventLog:
        return (self.event_logs or [])[index]


class Database(Model):
    """A database of a server."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Database",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema("self_link", "element", "SelfLink", NS_WA, absent=""),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA, absent=""),
                FieldSchema("id", "element", "Id", NS_WA, scalar="int", absent=0),
                FieldSchema("edition", "element", "Edition", NS_WA, absent=""),
                FieldSchema("max_size_gb", "element", "MaxSizeGB", NS_WA, scalar="int"),
                FieldSchema(
                    "collation_name", "element", "CollationName", NS_WA, nillable=True, absent=""
                ),
                FieldSchema("creation_date", "element", "CreationDate", NS_WA, absent=""),
                FieldSchema(
                    "is_federation_root",
                    "element",
                    "IsFederationRoot",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                    absent=False,
                ),
                FieldSchema(
                    "is_system_object",
                    "element",
                    "IsSystemObject",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                    absent=False,
                ),
                FieldSchema("size_mb", "element", "SizeMB", NS_WA, scalar="float", nillable=True),
                FieldSchema(
                    "max_size_bytes", "element", "MaxSizeBytes", NS_WA, scalar="int", absent=0
                ),
                FieldSchema(
                    "service_objective_id", "element", "ServiceObjectiveId", NS_WA, nillable=True
                ),
                FieldSchema(
                    "assigned_service_objective_id", "element", "AssignedServiceObjectiveId", NS_WA
                ),
                FieldSchema(
                    "service_objective_assignment_state",
                    "element",
                    "ServiceObjectiveAssignmentState",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "service_objective_assignment_state_description",
                    "element",
                    "ServiceObjectiveAssignmentStateDescription",
                    NS_WA,
                ),
                FieldSchema(
                    "service_objective_assignment_error_code",
                    "element",
                    "ServiceObjectiveAssignmentErrorCode",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "service_objective_assignment_error_description",
                    "element",
                    "ServiceObjectiveAssignmentErrorDescription",
                    NS_WA,
                    nillable=True,
                ),
                FieldSchema(
                    "service_objective_assignment_success_date",
                    "element",
                    "ServiceObjectiveAssignmentSuccessDate",
                    NS_WA,
                ),
                FieldSchema(
                    "recovery_period_start_date",
                    "element",
                    "RecoveryPeriodStartDate",
                    NS_WA,
                    nillable=True,
                ),
                FieldSchema(
                    "is_suspended",
                    "element",
                    "IsSuspended",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    id: int | None = None
    edition: str | None = None
    max_size_gb: int | None = None
    collation_name: str | None = None
    creation_date: str | None = None
    is_federation_root: bool | None = None
    is_system_object: bool | None = None
    size_mb: float | None = None
    max_size_bytes: int | None = None
    service_objective_id: str | None = None
    assigned_service_objective_id: str | None = None
    service_objective_assignment_state: int | None = None
    service_objective_assignment_state_description: str | None = None
    service_objective_assignment_error_code: int | None = None
    service_objective_assignment_error_description: str | None = None
    service_objective_assignment_success_date: str | None = None
    recovery_period_start_date: str | None = None
    is_suspended: bool | None = None


class DatabaseInput(Model):
    """The body of create_database and update_database (absent values are left out)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DatabaseInput",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("edition", "element", "Edition", NS_WA),
                FieldSchema("collation_name", "element", "CollationName", NS_WA),
                FieldSchema("max_size_bytes", "element", "MaxSizeBytes", NS_WA, scalar="int"),
                FieldSchema("service_objective_id", "element", "ServiceObjectiveId", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    edition: str | None = None
    collation_name: str | None = None
    max_size_bytes: int | None = None
    service_objective_id: str | None = None


class Databases(Model):
    """The response of list_databases; iterate it for Database items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Databases",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(FieldSchema("databases", "flat", "ServiceResource", NS_WA, model="Database"),),
            items="databases",
        )
    )
    _: KW_ONLY
    databases: list[Database] | None = None

    def __iter__(self) -> Iterator[Database]:
        return iter(self.databases or ())

    def __len__(self) -> int:
        return len(self.databases or ())

    def __getitem__(self, index: int) -> Database:
        return (self.databases or [])[index]


class FirewallRule(Model):
    """A firewall rule of a server (also the body that creates or updates one)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="FirewallRule",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema("self_link", "element", "SelfLink", NS_WA, absent=""),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA, absent=""),
                FieldSchema("start_ip_address", "element", "StartIPAddress", NS_WA, absent=""),
                FieldSchema("end_ip_address", "element", "EndIPAddress", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    start_ip_address: str | None = None
    end_ip_address: str | None = None


class FirewallRules(Model):
    """The response of list_firewall_rules; iterate it for FirewallRule items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="FirewallRules",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(
                FieldSchema(
                    "firewall_rules", "flat", "ServiceResource", NS_WA, model="FirewallRule"
                ),
            ),
            items="firewall_rules",
        )
    )
    _: KW_ONLY
    firewall_rules: list[FirewallRule] | None = None

    def __iter__(self) -> Iterator[FirewallRule]:
        return iter(self.firewall_rules or ())

    def __len__(self) -> int:
        return len(self.firewall_rules or ())

    def __getitem__(self, index: int) -> FirewallRule:
        return (self.firewall_rules or [])[index]


class ServiceObjective(Model):
    """A service level objective (performance level) databases can be given."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServiceObjective",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("type", "element", "Type", NS_WA, absent=""),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema("self_link", "element", "SelfLink", NS_WA, absent=""),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA, absent=""),
                FieldSchema("id", "element", "Id", NS_WA, absent=""),
                FieldSchema(
                    "is_default",
                    "element",
                    "IsDefault",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                    absent=False,
                ),
                FieldSchema(
                    "is_system",
                    "element",
                    "IsSystem",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                    absent=False,
                ),
                FieldSchema("description", "element", "Description", NS_WA, absent=""),
                FieldSchema(
                    "enabled",
                    "element",
                    "Enabled",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                    absent=False,
                ),
                FieldSchema(
                    "dimension_settings",
                    "list",
                    "DimensionSettings",
                    NS_WA,
                    model="DimensionSetting",
                    item="ServiceResource",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    id: str | None = None
    is_default: bool | None = None
    is_system: bool | None = None
    description: str | None = None
    enabled: bool | None = None
    dimension_settings: list[DimensionSetting] | None = None


class DimensionSetting(Model):
    """A resource allocation of a service objective."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DimensionSetting",
            namespace=NS_WA,
            root=None,
            element="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("self_link", "element", "SelfLink", NS_WA),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA),
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("ordinal", "element", "Ordinal", NS_WA, scalar="int"),
                FieldSchema(
                    "is_default",
                    "element",
                    "IsDefault",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    id: str | None = None
    description: str | None = None
    ordinal: int | None = None
    is_default: bool | None = None


class ServiceObjectives(Model):
    """The response of list_service_level_objectives; iterate it for ServiceObjective items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServiceObjectives",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(
                FieldSchema(
                    "service_objectives", "flat", "ServiceResource", NS_WA, model="ServiceObjective"
                ),
            ),
            items="service_objectives",
        )
    )
    _: KW_ONLY
    service_objectives: list[ServiceObjective] | None = None

    def __iter__(self) -> Iterator[ServiceObjective]:
        return iter(self.service_objectives or ())

    def __len__(self) -> int:
        return len(self.service_objectives or ())

    def __getitem__(self, index: int) -> ServiceObjective:
        return (self.service_objectives or [])[index]


class DatabaseCopyInput(Model):
    """The body of create_database_copy."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DatabaseCopyInput",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("partner_server", "element", "PartnerServer", NS_WA),
                FieldSchema("partner_database", "element", "PartnerDatabase", NS_WA),
                FieldSchema("is_continuous", "element", "IsContinuous", NS_WA, scalar="bool"),
                FieldSchema(
                    "is_offline_secondary", "element", "IsOfflineSecondary", NS_WA, scalar="bool"
                ),
            ),
        )
    )
    _: KW_ONLY
    #: The server of the secondary database.
    partner_server: str | None = None
    #: The secondary database's name.
    partner_database: str | None = None
    #: Keep replicating (geo-replication) rather than copy once.
    is_continuous: bool | None = None
    #: The secondary accepts no connections until failover.
    is_offline_secondary: bool | None = None


class DatabaseCopyUpdate(Model):
    """The body of update_database_copy."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DatabaseCopyUpdate",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema(
                    "is_forced_terminate", "element", "IsForcedTerminate", NS_WA, scalar="bool"
                ),
            ),
        )
    )
    _: KW_ONLY
    #: Stop replicating at once, possibly losing data.
    is_forced_terminate: bool | None = None


class DatabaseCopy(Model):
    """A copy relationship (replication link) between two databases."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DatabaseCopy",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("self_link", "element", "SelfLink", NS_WA),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA),
                FieldSchema("source_server_name", "element", "SourceServerName", NS_WA),
                FieldSchema("source_database_name", "element", "SourceDatabaseName", NS_WA),
                FieldSchema("destination_server_name", "element", "DestinationServerName", NS_WA),
                FieldSchema(
                    "destination_database_name", "element", "DestinationDatabaseName", NS_WA
                ),
                FieldSchema(
                    "is_continuous",
                    "element",
                    "IsContinuous",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                ),
                FieldSchema(
                    "replication_state", "element", "ReplicationState", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "replication_state_description", "element", "ReplicationStateDescription", NS_WA
                ),
                FieldSchema("local_database_id", "element", "LocalDatabaseId", NS_WA, scalar="int"),
                FieldSchema(
                    "is_local_database_replication_target",
                    "element",
                    "IsLocalDatabaseReplicationTarget",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                ),
                FieldSchema(
                    "is_interlink_connected",
                    "element",
                    "IsInterlinkConnected",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                ),
                FieldSchema("start_date", "element", "StartDate", NS_WA),
                FieldSchema("modify_date", "element", "ModifyDate", NS_WA),
                FieldSchema(
                    "percent_complete", "element", "PercentComplete", NS_WA, scalar="float"
                ),
                FieldSchema(
                    "is_offline_secondary",
                    "element",
                    "IsOfflineSecondary",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                ),
                FieldSchema(
                    "is_termination_allowed",
                    "element",
                    "IsTerminationAllowed",
                    NS_WA,
                    scalar="bool",
                    bool_words=("True", "False"),
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    source_server_name: str | None = None
    source_database_name: str | None = None
    destination_server_name: str | None = None
    destination_database_name: str | None = None
    is_continuous: bool | None = None
    replication_state: int | None = None
    replication_state_description: str | None = None
    local_database_id: int | None = None
    is_local_database_replication_target: bool | None = None
    is_interlink_connected: bool | None = None
    start_date: str | None = None
    modify_date: str | None = None
    percent_complete: float | None = None
    is_offline_secondary: bool | None = None
    is_termination_allowed: bool | None = None


class DatabaseCopies(Model):
    """The response of list_database_copy; iterate it for DatabaseCopy items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DatabaseCopies",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(
                FieldSchema(
                    "database_copies", "flat", "ServiceResource", NS_WA, model="DatabaseCopy"
                ),
            ),
            items="database_copies",
        )
    )
    _: KW_ONLY
    database_copies: list[DatabaseCopy] | None = None

    def __iter__(self) -> Iterator[DatabaseCopy]:
        return iter(self.database_copies or ())

    def __len__(self) -> int:
        return len(self.database_copies or ())

    def __getitem__(self, index: int) -> DatabaseCopy:
        return (self.database_copies or [])[index]


class DatabaseOperation(Model):
    """An operation on a database (create, copy, change of objective...) and its progress."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DatabaseOperation",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("self_link", "element", "SelfLink", NS_WA),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA),
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("state_id", "element", "StateId", NS_WA, scalar="int"),
                FieldSchema("session_activity_id", "element", "SessionActivityId", NS_WA),
                FieldSchema("database_name", "element", "DatabaseName", NS_WA),
                FieldSchema("percent_complete", "element", "PercentComplete", NS_WA, scalar="int"),
                FieldSchema("error_code", "element", "ErrorCode", NS_WA, scalar="int"),
                FieldSchema("error", "element", "Error", NS_WA),
                FieldSchema("error_severity", "element", "ErrorSeverity", NS_WA, scalar="int"),
                FieldSchema("error_state", "element", "ErrorState", NS_WA, scalar="int"),
                FieldSchema("start_time", "element", "StartTime", NS_WA),
                FieldSchema("last_modify_time", "element", "LastModifyTime", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    id: str | None = None
    state_id: int | None = None
    session_activity_id: str | None = None
    database_name: str | None = None
    percent_complete: int | None = None
    error_code: int | None = None
    error: str | None = None
    error_severity: int | None = None
    error_state: int | None = None
    start_time: str | None = None
    last_modify_time: str | None = None


class DatabaseOperations(Model):
    """The response of list_database_operation_by_database; iterate it for DatabaseOperation
    items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DatabaseOperations",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(
                FieldSchema(
                    "database_operations",
                    "flat",
                    "ServiceResource",
                    NS_WA,
                    model="DatabaseOperation",
                ),
            ),
            items="database_operations",
        )
    )
    _: KW_ONLY
    database_operations: list[DatabaseOperation] | None = None

    def __iter__(self) -> Iterator[DatabaseOperation]:
        return iter(self.database_operations or ())

    def __len__(self) -> int:
        return len(self.database_operations or ())

    def __getitem__(self, index: int) -> DatabaseOperation:
        return (self.database_operations or [])[index]


class RecoverableDatabase(Model):
    """A database that can be recovered from its geo-replicated backup."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RecoverableDatabase",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("self_link", "element", "SelfLink", NS_WA),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA),
                FieldSchema("entity_id", "element", "EntityId", NS_WA),
                FieldSchema("server_name", "element", "ServerName", NS_WA),
                FieldSchema("edition", "element", "Edition", NS_WA),
                FieldSchema(
                    "last_available_backup_date", "element", "LastAvailableBackupDate", NS_WA
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    entity_id: str | None = None
    server_name: str | None = None
    edition: str | None = None
    last_available_backup_date: str | None = None


class RecoverableDatabases(Model):
    """The response of list_recoverable_database; iterate it for RecoverableDatabase items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RecoverableDatabases",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(
                FieldSchema(
                    "recoverable_databases",
                    "flat",
                    "ServiceResource",
                    NS_WA,
                    model="RecoverableDatabase",
                ),
            ),
            items="recoverable_databases",
        )
    )
    _: KW_ONLY
    recoverable_databases: list[RecoverableDatabase] | None = None

    def __iter__(self) -> Iterator[RecoverableDatabase]:
        return iter(self.recoverable_databases or ())

    def __len__(self) -> int:
        return len(self.recoverable_databases or ())

    def __getitem__(self, index: int) -> RecoverableDatabase:
        return (self.recoverable_databases or [])[index]


class RestorableDroppedDatabase(Model):
    """A deleted database that can still be restored."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RestorableDroppedDatabase",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("self_link", "element", "SelfLink", NS_WA),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA),
                FieldSchema("entity_id", "element", "EntityId", NS_WA),
                FieldSchema("server_name", "element", "ServerName", NS_WA),
                FieldSchema("edition", "element", "Edition", NS_WA),
                FieldSchema("max_size_bytes", "element", "MaxSizeBytes", NS_WA, scalar="int"),
                FieldSchema("creation_date", "element", "CreationDate", NS_WA),
                FieldSchema("deletion_date", "element", "DeletionDate", NS_WA),
                FieldSchema(
                    "recovery_period_start_date", "element", "RecoveryPeriodStartDate", NS_WA
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    #: The name and deletion time, as get_restorable_dropped_database takes it.
    entity_id: str | None = None
    server_name: str | None = None
    edition: str | None = None
    max_size_bytes: int | None = None
    creation_date: str | None = None
    deletion_date: str | None = None
    recovery_period_start_date: str | None = None


class RestorableDroppedDatabases(Model):
    """The response of list_restorable_dropped_database; iterate it for
    RestorableDroppedDatabase items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RestorableDroppedDatabases",
            namespace=NS_WA,
            root="ServiceResources",
            fields=(
                FieldSchema(
                    "restorable_dropped_databases",
                    "flat",
                    "ServiceResource",
                    NS_WA,
                    model="RestorableDroppedDatabase",
                ),
            ),
            items="restorable_dropped_databases",
        )
    )
    _: KW_ONLY
    restorable_dropped_databases: list[RestorableDroppedDatabase] | None = None

    def __iter__(self) -> Iterator[RestorableDroppedDatabase]:
        return iter(self.restorable_dropped_databases or ())

    def __len__(self) -> int:
        return len(self.restorable_dropped_databases or ())

    def __getitem__(self, index: int) -> RestorableDroppedDatabase:
        return (self.restorable_dropped_databases or [])[index]


class RecoverDatabaseInput(Model):
    """The body of create_recover_database_operation."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RecoverDatabaseInput",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("source_database_name", "element", "SourceDatabaseName", NS_WA),
                FieldSchema("target_server_name", "element", "TargetServerName", NS_WA),
                FieldSchema("target_database_name", "element", "TargetDatabaseName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    source_database_name: str | None = None
    #: Default: the source server.
    target_server_name: str | None = None
    #: Default: the source database's name.
    target_database_name: str | None = None


class RecoverDatabaseOperation(Model):
    """A started recovery of a database (follow it with get_database_operation)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RecoverDatabaseOperation",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("self_link", "element", "SelfLink", NS_WA),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA),
                FieldSchema("request_id", "element", "RequestID", NS_WA),
                FieldSchema("source_database_name", "element", "SourceDatabaseName", NS_WA),
                FieldSchema("target_server_name", "element", "TargetServerName", NS_WA),
                FieldSchema("target_database_name", "element", "TargetDatabaseName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    request_id: str | None = None
    source_database_name: str | None = None
    target_server_name: str | None = None
    target_database_name: str | None = None


class RestoreDatabaseInput(Model):
    """The body of create_restore_database_operation."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RestoreDatabaseInput",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("source_database_name", "element", "SourceDatabaseName", NS_WA),
                FieldSchema(
                    "source_database_deletion_date",
                    "element",
                    "SourceDatabaseDeletionDate",
                    NS_WA,
                    scalar="datetime",
                ),
                FieldSchema("target_server_name", "element", "TargetServerName", NS_WA),
                FieldSchema("target_database_name", "element", "TargetDatabaseName", NS_WA),
                FieldSchema(
                    "target_utc_point_in_time",
                    "element",
                    "TargetUtcPointInTime",
                    NS_WA,
                    scalar="datetime",
                ),
            ),
        )
    )
    _: KW_ONLY
    source_database_name: str | None = None
    #: Only for a deleted source database.
    source_database_deletion_date: datetime | None = None
    #: Default: the source server.
    target_server_name: str | None = None
    target_database_name: str | None = None
    #: Default: the latest restorable time.
    target_utc_point_in_time: datetime | None = None


class RestoreDatabaseOperation(Model):
    """A started point-in-time restore of a database (follow it with get_database_operation)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RestoreDatabaseOperation",
            namespace=NS_WA,
            root="ServiceResource",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("self_link", "element", "SelfLink", NS_WA),
                FieldSchema("parent_link", "element", "ParentLink", NS_WA),
                FieldSchema("request_id", "element", "RequestID", NS_WA),
                FieldSchema("source_database_name", "element", "SourceDatabaseName", NS_WA),
                FieldSchema(
                    "source_database_deletion_date", "element", "SourceDatabaseDeletionDate", NS_WA
                ),
                FieldSchema("target_server_name", "element", "TargetServerName", NS_WA),
                FieldSchema("target_database_name", "element", "TargetDatabaseName", NS_WA),
                FieldSchema("target_utc_point_in_time", "element", "TargetUtcPointInTime", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    request_id: str | None = None
    source_database_name: str | None = None
    source_database_deletion_date: str | None = None
    target_server_name: str | None = None
    target_database_name: str | None = None
    target_utc_point_in_time: str | None = None


class DacExportInput(Model):
    """The body of export_dac."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DacExportInput",
            namespace=NS_DAC,
            root="ExportInput",
            fields=(
                FieldSchema(
                    "blob_credentials",
                    "element",
                    "BlobCredentials",
                    NS_DAC,
                    model="DacBlobCredentials",
                ),
                FieldSchema(
                    "connection_info",
                    "element",
                    "ConnectionInfo",
                    NS_DAC,
                    model="DacConnectionInfo",
                ),
            ),
        )
    )
    _: KW_ONLY
    blob_credentials: DacBlobCredentials | None = None
    connection_info: DacConnectionInfo | None = None


class DacImportInput(Model):
    """The body of import_dac."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DacImportInput",
            namespace=NS_DAC,
            root="ImportInput",
            fields=(
                FieldSchema("azure_edition", "element", "AzureEdition", NS_DAC),
                FieldSchema(
                    "blob_credentials",
                    "element",
                    "BlobCredentials",
                    NS_DAC,
                    model="DacBlobCredentials",
                ),
                FieldSchema(
                    "connection_info",
                    "element",
                    "ConnectionInfo",
                    NS_DAC,
                    model="DacConnectionInfo",
                ),
                FieldSchema(
                    "database_size_in_gb", "element", "DatabaseSizeInGB", NS_DAC, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    #: The new database's edition: Web, Business, Basic, Standard or Premium.
    azure_edition: str | None = None
    blob_credentials: DacBlobCredentials | None = None
    connection_info: DacConnectionInfo | None = None
    database_size_in_gb: int | None = None


class DacBlobCredentials(Model):
    """Where the .bacpac blob is, and the storage account key that reaches it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DacBlobCredentials",
            namespace=NS_DAC,
            root=None,
            element="BlobCredentials",
            fields=(
                FieldSchema("credentials_type", "attribute", "type", NS_I),
                FieldSchema("uri", "element", "Uri", NS_DAC),
                FieldSchema("storage_access_key", "element", "StorageAccessKey", NS_DAC),
            ),
        )
    )
    _: KW_ONLY
    credentials_type: str = "BlobStorageAccessKeyCredentials"
    uri: str | None = None
    storage_access_key: str | None = None


class DacConnectionInfo(Model):
    """How the service signs in to the database."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DacConnectionInfo",
            namespace=NS_DAC,
            root=None,
            element="ConnectionInfo",
            fields=(
                FieldSchema("database_name", "element", "DatabaseName", NS_DAC),
                FieldSchema("password", "element", "Password", NS_DAC),
                FieldSchema("server_name", "element", "ServerName", NS_DAC),
                FieldSchema("user_name", "element", "UserName", NS_DAC),
            ),
        )
    )
    _: KW_ONLY
    database_name: str | None = None
    password: str | None = None
    #: The fully qualified name: <server>.database.windows.net.
    server_name: str | None = None
    user_name: str | None = None


class DacStatusInput(Model):
    """The body of get_dac_status_post."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DacStatusInput",
            namespace=NS_DAC,
            root="StatusInput",
            fields=(
                FieldSchema("password", "element", "Password", NS_DAC),
                FieldSchema("request_id", "element", "RequestId", NS_DAC),
                FieldSchema("server_name", "element", "ServerName", NS_DAC),
                FieldSchema("user_name", "element", "UserName", NS_DAC),
            ),
        )
    )
    _: KW_ONLY
    password: str | None = None
    request_id: str | None = None
    server_name: str | None = None
    user_name: str | None = None


class DacStatusList(Model):
    """The response of get_dac_status; iterate it for DacStatus items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DacStatusList",
            namespace=NS_DAC,
            root="ArrayOfStatusInfo",
            fields=(FieldSchema("statuses", "flat", "StatusInfo", NS_DAC, model="DacStatus"),),
            items="statuses",
        )
    )
    _: KW_ONLY
    statuses: list[DacStatus] | None = None

    def __iter__(self) -> Iterator[DacStatus]:
        return iter(self.statuses or ())

    def __len__(self) -> int:
        return len(self.statuses or ())

    def __getitem__(self, index: int) -> DacStatus:
        return (self.statuses or [])[index]


class DacStatus(Model):
    """The state of an import or export request."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DacStatus",
            namespace=NS_DAC,
            root=None,
            element="StatusInfo",
            fields=(
                FieldSchema("blob_uri", "element", "BlobUri", NS_DAC),
                FieldSchema("database_name", "element", "DatabaseName", NS_DAC),
                FieldSchema("error_message", "element", "ErrorMessage", NS_DAC, nillable=True),
                FieldSchema("last_modified_time", "element", "LastModifiedTime", NS_DAC),
                FieldSchema("queued_time", "element", "QueuedTime", NS_DAC),
                FieldSchema("request_id", "element", "RequestId", NS_DAC),
                FieldSchema("request_type", "element", "RequestType", NS_DAC),
                FieldSchema("server_name", "element", "ServerName", NS_DAC),
                FieldSchema("status", "element", "Status", NS_DAC),
            ),
        )
    )
    _: KW_ONLY
    blob_uri: str | None = None
    database_name: str | None = None
    error_message: str | None = None
    last_modified_time: str | None = None
    queued_time: str | None = None
    request_id: str | None = None
    #: Import or Export.
    request_type: str | None = None
    server_name: str | None = None
    #: Pending, Running: ..., Completed or Failed.
    status: str | None = None


class SerializationGuid(Model):
    """A bare GUID document (the id of an import or export request)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SerializationGuid",
            namespace=NS_SER,
            root="guid",
            fields=(FieldSchema("value", "text", "", NS_SER),),
        )
    )
    _: KW_ONLY
    value: str | None = None
