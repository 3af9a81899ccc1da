# Generated from spec/types/sql.yaml by `make generate`; do not edit.
"""Models of the sql area."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import KW_ONLY, dataclass
from typing import ClassVar

from servicemanagement._generated.namespaces import NS_SQL, NS_WA
from servicemanagement._model import Model
from servicemanagement._schema import FieldSchema, TypeSchema

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
]


@dataclass(slots=True)
class Server(Model):
    """A SQL Database server (also the create_server request body)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="Server",
        namespace=NS_SQL,
        root="Server",
        fields=(
            FieldSchema("name", "element", "Name", NS_SQL, absent=""),
            FieldSchema("administrator_login", "element", "AdministratorLogin", NS_SQL, absent=""),
            FieldSchema(
                "administrator_login_password", "element", "AdministratorLoginPassword", NS_SQL
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


@dataclass(slots=True)
class Servers(Model):
    """The response of list_servers; iterate it for Server items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="Servers",
        namespace=NS_SQL,
        root="Servers",
        fields=(FieldSchema("server", "flat", "Server", NS_SQL, model="Server", absent="new"),),
        items="server",
    )
    _: KW_ONLY
    server: list[Server] | None = None

    def __iter__(self) -> Iterator[Server]:
        return iter(self.server or ())

    def __len__(self) -> int:
        return len(self.server or ())

    def __getitem__(self, index: int) -> Server:
        return (self.server or [])[index]


@dataclass(slots=True)
class CreateServerResponse(Model):
    """The name the service gave a new server."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="CreateServerResponse",
        namespace=NS_SQL,
        root="ServerName",
        fields=(
            FieldSchema("server_name", "text", "", NS_SQL),
            FieldSchema("fully_qualified_domain_name", "attribute", "FullyQualifiedDomainName", ""),
        ),
    )
    _: KW_ONLY
    server_name: str | None = None
    fully_qualified_domain_name: str | None = None


@dataclass(slots=True)
class AdministratorLoginPassword(Model):
    """The body of set_server_admin_password."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="AdministratorLoginPassword",
        namespace=NS_SQL,
        root="AdministratorLoginPassword",
        fields=(FieldSchema("password", "text", "", NS_SQL),),
    )
    _: KW_ONLY
    password: str | None = None


@dataclass(slots=True)
class ServerQuota(Model):
    """A quota of a server."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    value: int | None = None


@dataclass(slots=True)
class ServerQuotas(Model):
    """The response of list_quotas; iterate it for ServerQuota items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="ServerQuotas",
        namespace=NS_WA,
        root="ServiceResources",
        fields=(
            FieldSchema("server_quotas", "flat", "ServiceResource", NS_WA, model="ServerQuota"),
        ),
        items="server_quotas",
    )
    _: KW_ONLY
    server_quotas: list[ServerQuota] | None = None

    def __iter__(self) -> Iterator[ServerQuota]:
        return iter(self.server_quotas or ())

    def __len__(self) -> int:
        return len(self.server_quotas or ())

    def __getitem__(self, index: int) -> ServerQuota:
        return (self.server_quotas or [])[index]


@dataclass(slots=True)
class EventLog(Model):
    """An event of a server's event log."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
            FieldSchema("event_subtype", "element", "EventSubtype", NS_WA, scalar="int", absent=0),
            FieldSchema(
                "event_subtype_description", "element", "EventSubtypeDescription", NS_WA, absent=""
            ),
            FieldSchema(
                "number_of_events", "element", "NumberOfEvents", NS_WA, scalar="int", absent=0
            ),
            FieldSchema("severity", "element", "Severity", NS_WA, scalar="int", absent=0),
            FieldSchema("description", "element", "Description", NS_WA, absent=""),
            FieldSchema("additional_data", "element", "AdditionalData", NS_WA, absent=""),
        ),
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


@dataclass(slots=True)
class EventLogs(Model):
    """The response of get_server_event_logs; iterate it for EventLog items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="EventLogs",
        namespace=NS_WA,
        root="ServiceResources",
        fields=(FieldSchema("event_logs", "flat", "ServiceResource", NS_WA, model="EventLog"),),
        items="event_logs",
    )
    _: KW_ONLY
    event_logs: list[EventLog] | None = None

    def __iter__(self) -> Iterator[EventLog]:
        return iter(self.event_logs or ())

    def __len__(self) -> int:
        return len(self.event_logs or ())

    def __getitem__(self, index: int) -> EventLog:
        return (self.event_logs or [])[index]


@dataclass(slots=True)
class Database(Model):
    """A database of a server."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
            FieldSchema("max_size_bytes", "element", "MaxSizeBytes", NS_WA, scalar="int", absent=0),
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


@dataclass(slots=True)
class DatabaseInput(Model):
    """The body of create_database and update_database (absent values are left out)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    name: str | None = None
    edition: str | None = None
    collation_name: str | None = None
    max_size_bytes: int | None = None
    service_objective_id: str | None = None


@dataclass(slots=True)
class Databases(Model):
    """The response of list_databases; iterate it for Database items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="Databases",
        namespace=NS_WA,
        root="ServiceResources",
        fields=(FieldSchema("databases", "flat", "ServiceResource", NS_WA, model="Database"),),
        items="databases",
    )
    _: KW_ONLY
    databases: list[Database] | None = None

    def __iter__(self) -> Iterator[Database]:
        return iter(self.databases or ())

    def __len__(self) -> int:
        return len(self.databases or ())

    def __getitem__(self, index: int) -> Database:
        return (self.databases or [])[index]


@dataclass(slots=True)
class FirewallRule(Model):
    """A firewall rule of a server (also the body that creates or updates one)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    state: str | None = None
    self_link: str | None = None
    parent_link: str | None = None
    start_ip_address: str | None = None
    end_ip_address: str | None = None


@dataclass(slots=True)
class FirewallRules(Model):
    """The response of list_firewall_rules; iterate it for FirewallRule items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="FirewallRules",
        namespace=NS_WA,
        root="ServiceResources",
        fields=(
            FieldSchema("firewall_rules", "flat", "ServiceResource", NS_WA, model="FirewallRule"),
        ),
        items="firewall_rules",
    )
    _: KW_ONLY
    firewall_rules: list[FirewallRule] | None = None

    def __iter__(self) -> Iterator[FirewallRule]:
        return iter(self.firewall_rules or ())

    def __len__(self) -> int:
        return len(self.firewall_rules or ())

    def __getitem__(self, index: int) -> FirewallRule:
        return (self.firewall_rules or [])[index]


@dataclass(slots=True)
class ServiceObjective(Model):
    """A service level objective (performance level) databases can be given."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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


@dataclass(slots=True)
class DimensionSetting(Model):
    """A resource allocation of a service objective."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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


@dataclass(slots=True)
class ServiceObjectives(Model):
    """The response of list_service_level_objectives; iterate it for ServiceObjective items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
    _: KW_ONLY
    service_objectives: list[ServiceObjective] | None = None

    def __iter__(self) -> Iterator[ServiceObjective]:
        return iter(self.service_objectives or ())

    def __len__(self) -> int:
        return len(self.service_objectives or ())

    def __getitem__(self, index: int) -> ServiceObjective:
        return (self.service_objectives or [])[index]
