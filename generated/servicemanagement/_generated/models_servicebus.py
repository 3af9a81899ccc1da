# Generated from spec/types/servicebus.yaml by `make generate`; do not edit.
"""Models of the servicebus area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_ATOM, NS_ODATA, NS_ODATAMETA, NS_SB, NS_SBC
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from xml.etree.ElementTree import Element


__all__ = [
    "AtomFeed",
    "AtomEntry",
    "AtomEntryInput",
    "AtomText",
    "AtomPerson",
    "AtomLink",
    "AtomContent",
    "ServiceBusNamespace",
    "ServiceBusRegion",
    "NamespaceAvailability",
    "AuthorizationRules",
    "AuthorizationRule",
    "CountDetails",
    "QueueDescription",
    "TopicDescription",
    "NotificationHubDescription",
    "RelayDescription",
    "MetricProperties",
    "MetricRollups",
    "MetricValues",
    "SharedAccessAuthorizationRule",
    "ServiceBusConnectionDetail",
]


class AtomFeed(Model):
    """An Atom feed, as Service Bus lists things."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AtomFeed",
            namespace=NS_ATOM,
            root="feed",
            fields=(
                FieldSchema("title", "element", "title", NS_ATOM, model="AtomText"),
                FieldSchema("id", "element", "id", NS_ATOM),
                FieldSchema("updated", "element", "updated", NS_ATOM),
                FieldSchema("links", "flat", "link", NS_ATOM, model="AtomLink"),
                FieldSchema("entries", "flat", "entry", NS_ATOM, model="AtomEntry"),
            ),
        )
    )
    _: KW_ONLY
    title: AtomText | None = None
    id: str | None = None
    updated: str | None = None
    links: list[AtomLink] | None = None
    entries: list[AtomEntry] | None = None


class AtomEntry(Model):
    """An Atom entry, as Service Bus sends one."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AtomEntry",
            namespace=NS_ATOM,
            root="entry",
            fields=(
                FieldSchema("id", "element", "id", NS_ATOM),
                FieldSchema("title", "element", "title", NS_ATOM, model="AtomText"),
                FieldSchema("updated", "element", "updated", NS_ATOM),
                FieldSchema("author", "element", "author", NS_ATOM, model="AtomPerson"),
                FieldSchema("links", "flat", "link", NS_ATOM, model="AtomLink"),
                FieldSchema("content", "element", "content", NS_ATOM, model="AtomContent"),
            ),
        )
    )
    _: KW_ONLY
    id: str | None = None
    title: AtomText | None = None
    updated: str | None = None
    author: AtomPerson | None = None
    links: list[AtomLink] | None = None
    content: AtomContent | None = None


class AtomEntryInput(Model):
    """An Atom entry as a request body (the order the legacy client wrote)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AtomEntryInput",
            namespace=NS_ATOM,
            root="entry",
            fields=(
                FieldSchema("title", "element", "title", NS_ATOM, model="AtomText"),
                FieldSchema("updated", "element", "updated", NS_ATOM),
                FieldSchema("author", "element", "author", NS_ATOM, model="AtomPerson"),
                FieldSchema("id", "element", "id", NS_ATOM),
                FieldSchema("content", "element", "content", NS_ATOM, model="AtomContent"),
            ),
        )
    )
    _: KW_ONLY
    title: AtomText | None = None
    updated: str | None = None
    author: AtomPerson | None = None
    id: str | None = None
    content: AtomContent | None = None


class AtomText(Model):
    """Atom text (a title)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AtomText",
            namespace=NS_ATOM,
            root=None,
            element="title",
            fields=(
                FieldSchema("type", "attribute", "type", ""),
                FieldSchema("value", "text", "", NS_ATOM),
            ),
        )
    )
    _: KW_ONLY
    type: str | None = None
    value: str | None = None


class AtomPerson(Model):
    """An Atom author."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AtomPerson",
            namespace=NS_ATOM,
            root=None,
            element="author",
            fields=(FieldSchema("name", "element", "name", NS_ATOM),),
        )
    )
    _: KW_ONLY
    name: str | None = None


class AtomLink(Model):
    """An Atom link."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AtomLink",
            namespace=NS_ATOM,
            root=None,
            element="link",
            fields=(
                FieldSchema("rel", "attribute", "rel", ""),
                FieldSchema("href", "attribute", "href", ""),
            ),
        )
    )
    _: KW_ONLY
    rel: str | None = None
    href: str | None = None


class AtomContent(Model):
    """The content of an entry; value is the description it carries."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AtomContent",
            namespace=NS_ATOM,
            root=None,
            element="content",
            fields=(
                FieldSchema("type", "attribute", "type", ""),
                FieldSchema("value", "any", "", ""),
            ),
        )
    )
    _: KW_ONLY
    type: str | None = None
    value: Model | Element | None = None


class ServiceBusNamespace(Model):
    """A Service Bus namespace."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServiceBusNamespace",
            namespace=NS_SBC,
            root="NamespaceDescription",
            fields=(
                FieldSchema("name", "element", "Name", NS_SBC, absent=""),
                FieldSchema("region", "element", "Region", NS_SBC, absent=""),
                FieldSchema("default_key", "element", "DefaultKey", NS_SBC, absent="", secret=True),
                FieldSchema("status", "element", "Status", NS_SBC, absent=""),
                FieldSchema("created_at", "element", "CreatedAt", NS_SBC, absent=""),
                FieldSchema(
                    "acs_management_endpoint", "element", "AcsManagementEndpoint", NS_SBC, absent=""
                ),
                FieldSchema(
                    "servicebus_endpoint", "element", "ServiceBusEndpoint", NS_SBC, absent=""
                ),
                FieldSchema(
                    "connection_string",
                    "element",
                    "ConnectionString",
                    NS_SBC,
                    absent="",
                    secret=True,
                ),
                FieldSchema("subscription_id", "element", "SubscriptionId", NS_SBC, absent=""),
                FieldSchema("enabled", "element", "Enabled", NS_SBC, scalar="bool", absent=False),
                FieldSchema("critical", "element", "Critical", NS_SBC, scalar="bool"),
                FieldSchema("updated_at", "element", "UpdatedAt", NS_SBC),
                FieldSchema(
                    "create_acs_namespace", "element", "CreateACSNamespace", NS_SBC, scalar="bool"
                ),
                FieldSchema(
                    "event_hub_enabled", "element", "EventHubEnabled", NS_SBC, scalar="bool"
                ),
                FieldSchema("namespace_type", "element", "NamespaceType", NS_SBC),
                FieldSchema("resource_group", "element", "ResourceGroup", NS_SBC),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    region: str | None = None
    default_key: str | None = None
    status: str | None = None
    created_at: str | None = None
    acs_management_endpoint: str | None = None
    servicebus_endpoint: str | None = None
    connection_string: str | None = None
    subscription_id: str | None = None
    enabled: bool | None = None
    critical: bool | None = None
    updated_at: str | None = None
    create_acs_namespace: bool | None = None
    event_hub_enabled: bool | None = None
    namespace_type: str | None = None
    resource_group: str | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class ServiceBusRegion(Model):
    """A region Service Bus namespaces can be created in."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServiceBusRegion",
            namespace=NS_SBC,
            root="RegionCodeDescription",
            fields=(
                FieldSchema("code", "element", "Code", NS_SBC, absent=""),
                FieldSchema("fullname", "element", "FullName", NS_SBC, absent=""),
            ),
        )
    )
    _: KW_ONLY
    code: str | None = None
    fullname: str | None = None


class NamespaceAvailability(Model):
    """Whether a namespace name is available (result), and why not (reason)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NamespaceAvailability",
            namespace=NS_SBC,
            root="NamespaceAvailability",
            fields=(
                FieldSchema("result", "element", "Result", NS_SBC, scalar="bool"),
                FieldSchema(
                    "reason", "element", "ReasonDetail", NS_SBC, nillable=True, absent=False
                ),
            ),
        )
    )
    _: KW_ONLY
    result: bool | None = None
    reason: str | None = None


class AuthorizationRules(Model):
    """Shared-access rules of an entity; iterate it for AuthorizationRule items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AuthorizationRules",
            namespace=NS_SBC,
            root=None,
            element="AuthorizationRules",
            fields=(
                FieldSchema(
                    "authorization_rule",
                    "flat",
                    "AuthorizationRule",
                    NS_SBC,
                    model="AuthorizationRule",
                    absent="new",
                ),
            ),
            items="authorization_rule",
        )
    )
    _: KW_ONLY
    authorization_rule: list[AuthorizationRule] | None = None

    def __iter__(self) -> Iterator[AuthorizationRule]:
        return iter(self.authorization_rule or ())

    def __len__(self) -> int:
        return len(self.authorization_rule or ())

    def __getitem__(self, index: int) -> AuthorizationRule:
        return (self.authorization_rule or [])[index]


class AuthorizationRule(Model):
    """A shared-access rule."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AuthorizationRule",
            namespace=NS_SBC,
            root=None,
            element="AuthorizationRule",
            fields=(
                FieldSchema("claim_type", "element", "ClaimType", NS_SBC, absent=""),
                FieldSchema("claim_value", "element", "ClaimValue", NS_SBC, absent=""),
                FieldSchema("rights", "list", "Rights", NS_SBC, item="AccessRights"),
                FieldSchema("created_time", "element", "CreatedTime", NS_SBC, absent=""),
                FieldSchema("modified_time", "element", "ModifiedTime", NS_SBC, absent=""),
                FieldSchema("key_name", "element", "KeyName", NS_SBC, absent=""),
                FieldSchema("primary_key", "element", "PrimaryKey", NS_SBC, absent="", secret=True),
                FieldSchema("secondary_key", "element", "SecondaryKey", NS_SBC, secret=True),
                FieldSchema(
                    "secondary_keu", "element", "SecondaryKeu", NS_SBC, read_only=True, absent=""
                ),
            ),
        )
    )
    _: KW_ONLY
    claim_type: str | None = None
    claim_value: str | None = None
    rights: list[str] | None = None
    created_time: str | None = None
    modified_time: str | None = None
    key_name: str | None = None
    primary_key: str | None = None
    secondary_key: str | None = None
    #: The legacy misspelt attribute; always None (the key is secondary_key).
    secondary_keu: str | None = None

    def __repr__(self) -> str:
        return self._masked_repr()


class CountDetails(Model):
    """Message counts of a queue or topic."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CountDetails",
            namespace=NS_SBC,
            root=None,
            element="CountDetails",
            fields=(
                FieldSchema(
                    "active_message_count",
                    "element",
                    "ActiveMessageCount",
                    NS_SB,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "dead_letter_message_count",
                    "element",
                    "DeadLetterMessageCount",
                    NS_SB,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "scheduled_message_count",
                    "element",
                    "ScheduledMessageCount",
                    NS_SB,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "transfer_message_count",
                    "element",
                    "TransferMessageCount",
                    NS_SB,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "transfer_dead_letter_message_count",
                    "element",
                    "TransferDeadLetterMessageCount",
                    NS_SB,
                    scalar="int",
                    absent=0,
                ),
            ),
        )
    )
    _: KW_ONLY
    active_message_count: int | None = None
    dead_letter_message_count: int | None = None
    scheduled_message_count: int | None = None
    transfer_message_count: int | None = None
    transfer_dead_letter_message_count: int | None = None


class QueueDescription(Model):
    """A queue."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="QueueDescription",
            namespace=NS_SBC,
            root="QueueDescription",
            fields=(
                FieldSchema("lock_duration", "element", "LockDuration", NS_SBC, absent=""),
                FieldSchema(
                    "max_size_in_megabytes",
                    "element",
                    "MaxSizeInMegabytes",
                    NS_SBC,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "requires_duplicate_detection",
                    "element",
                    "RequiresDuplicateDetection",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "requires_session",
                    "element",
                    "RequiresSession",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "default_message_time_to_live",
                    "element",
                    "DefaultMessageTimeToLive",
                    NS_SBC,
                    absent="",
                ),
                FieldSchema(
                    "dead_lettering_on_message_expiration",
                    "element",
                    "DeadLetteringOnMessageExpiration",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "duplicate_detection_history_time_window",
                    "element",
                    "DuplicateDetectionHistoryTimeWindow",
                    NS_SBC,
                    absent="",
                ),
                FieldSchema(
                    "max_delivery_count",
                    "element",
                    "MaxDeliveryCount",
                    NS_SBC,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "enable_batched_operations",
                    "element",
                    "EnableBatchedOperations",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "size_in_bytes", "element", "SizeInBytes", NS_SBC, scalar="int", absent=0
                ),
                FieldSchema(
                    "message_count", "element", "MessageCount", NS_SBC, scalar="int", absent=0
                ),
                FieldSchema(
                    "is_anonymous_accessible",
                    "element",
                    "IsAnonymousAccessible",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "authorization_rules",
                    "element",
                    "AuthorizationRules",
                    NS_SBC,
                    model="AuthorizationRules",
                ),
                FieldSchema("status", "element", "Status", NS_SBC, absent=""),
                FieldSchema("created_at", "element", "CreatedAt", NS_SBC, absent=""),
                FieldSchema("updated_at", "element", "UpdatedAt", NS_SBC, absent=""),
                FieldSchema("accessed_at", "element", "AccessedAt", NS_SBC, absent=""),
                FieldSchema(
                    "support_ordering",
                    "element",
                    "SupportOrdering",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "count_details", "element", "CountDetails", NS_SBC, model="CountDetails"
                ),
                FieldSchema(
                    "auto_delete_on_idle", "element", "AutoDeleteOnIdle", NS_SBC, absent=""
                ),
                FieldSchema(
                    "entity_availability_status",
                    "element",
                    "EntityAvailabilityStatus",
                    NS_SBC,
                    absent="",
                ),
            ),
        )
    )
    _: KW_ONLY
    lock_duration: str | None = None
    max_size_in_megabytes: int | None = None
    requires_duplicate_detection: bool | None = None
    requires_session: bool | None = None
    default_message_time_to_live: str | None = None
    dead_lettering_on_message_expiration: bool | None = None
    duplicate_detection_history_time_window: str | None = None
    max_delivery_count: int | None = None
    enable_batched_operations: bool | None = None
    size_in_bytes: int | None = None
    message_count: int | None = None
    is_anonymous_accessible: bool | None = None
    authorization_rules: AuthorizationRules | None = None
    status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    accessed_at: str | None = None
    support_ordering: bool | None = None
    count_details: CountDetails | None = None
    auto_delete_on_idle: str | None = None
    entity_availability_status: str | None = None


class TopicDescription(Model):
    """A topic."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="TopicDescription",
            namespace=NS_SBC,
            root="TopicDescription",
            fields=(
                FieldSchema(
                    "default_message_time_to_live",
                    "element",
                    "DefaultMessageTimeToLive",
                    NS_SBC,
                    absent="",
                ),
                FieldSchema(
                    "max_size_in_megabytes",
                    "element",
                    "MaxSizeInMegabytes",
                    NS_SBC,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "requires_duplicate_detection",
                    "element",
                    "RequiresDuplicateDetection",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "duplicate_detection_history_time_window",
                    "element",
                    "DuplicateDetectionHistoryTimeWindow",
                    NS_SBC,
                    absent="",
                ),
                FieldSchema(
                    "enable_batched_operations",
                    "element",
                    "EnableBatchedOperations",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "size_in_bytes", "element", "SizeInBytes", NS_SBC, scalar="int", absent=0
                ),
                FieldSchema(
                    "filtering_messages_before_publishing",
                    "element",
                    "FilteringMessagesBeforePublishing",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "is_anonymous_accessible",
                    "element",
                    "IsAnonymousAccessible",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "authorization_rules",
                    "element",
                    "AuthorizationRules",
                    NS_SBC,
                    model="AuthorizationRules",
                ),
                FieldSchema("status", "element", "Status", NS_SBC, absent=""),
                FieldSchema("created_at", "element", "CreatedAt", NS_SBC, absent=""),
                FieldSchema("updated_at", "element", "UpdatedAt", NS_SBC, absent=""),
                FieldSchema("accessed_at", "element", "AccessedAt", NS_SBC, absent=""),
                FieldSchema(
                    "support_ordering",
                    "element",
                    "SupportOrdering",
                    NS_SBC,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "count_details", "element", "CountDetails", NS_SBC, model="CountDetails"
                ),
                FieldSchema(
                    "subscription_count",
                    "element",
                    "SubscriptionCount",
                    NS_SBC,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema("auto_delete_on_idle", "element", "AutoDeleteOnIdle", NS_SBC),
                FieldSchema(
                    "entity_availability_status", "element", "EntityAvailabilityStatus", NS_SBC
                ),
            ),
        )
    )
    _: KW_ONLY
    default_message_time_to_live: str | None = None
    max_size_in_megabytes: int | None = None
    requires_duplicate_detection: bool | None = None
    duplicate_detection_history_time_window: str | None = None
    enable_batched_operations: bool | None = None
    size_in_bytes: int | None = None
    filtering_messages_before_publishing: bool | None = None
    is_anonymous_accessible: bool | None = None
    authorization_rules: AuthorizationRules | None = None
    status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    accessed_at: str | None = None
    support_ordering: bool | None = None
    count_details: CountDetails | None = None
    subscription_count: int | None = None
    auto_delete_on_idle: str | None = None
    entity_availability_status: str | None = None


class NotificationHubDescription(Model):
    """A notification hub."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NotificationHubDescription",
            namespace=NS_SBC,
            root="NotificationHubDescription",
            fields=(
                FieldSchema("registration_ttl", "element", "RegistrationTtl", NS_SBC, absent=""),
                FieldSchema(
                    "authorization_rules",
                    "element",
                    "AuthorizationRules",
                    NS_SBC,
                    model="AuthorizationRules",
                ),
            ),
        )
    )
    _: KW_ONLY
    registration_ttl: str | None = None
    authorization_rules: AuthorizationRules | None = None


class RelayDescription(Model):
    """A relay."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RelayDescription",
            namespace=NS_SBC,
            root="RelayDescription",
            fields=(
                FieldSchema("path", "element", "Path", NS_SBC, absent=""),
                FieldSchema("listener_type", "element", "ListenerType", NS_SBC, absent=""),
                FieldSchema(
                    "listener_count", "element", "ListenerCount", NS_SBC, scalar="int", absent=0
                ),
                FieldSchema("created_at", "element", "CreatedAt", NS_SBC, absent=""),
                FieldSchema("updated_at", "element", "UpdatedAt", NS_SBC, absent=""),
            ),
        )
    )
    _: KW_ONLY
    path: str | None = None
    listener_type: str | None = None
    listener_count: int | None = None
    created_at: str | None = None
    updated_at: str | None = None


class MetricProperties(Model):
    """A metric an entity supports."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricProperties",
            namespace=NS_ODATAMETA,
            root="properties",
            fields=(
                FieldSchema("name", "element", "Name", NS_ODATA, absent=""),
                FieldSchema(
                    "primary_aggregation", "element", "PrimaryAggregation", NS_ODATA, absent=""
                ),
                FieldSchema("unit", "element", "Unit", NS_ODATA, absent=""),
                FieldSchema("display_name", "element", "DisplayName", NS_ODATA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    primary_aggregation: str | None = None
    unit: str | None = None
    display_name: str | None = None


class MetricRollups(Model):
    """A time grain a metric is rolled up at, and how long it is kept."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricRollups",
            namespace=NS_ODATAMETA,
            root="properties",
            fields=(
                FieldSchema("time_grain", "element", "TimeGrain", NS_ODATA, absent=""),
                FieldSchema("retention", "element", "Retention", NS_ODATA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    time_grain: str | None = None
    retention: str | None = None


class MetricValues(Model):
    """One rolled-up value of a metric."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MetricValues",
            namespace=NS_ODATAMETA,
            root="properties",
            fields=(
                FieldSchema("timestamp", "element", "Timestamp", NS_ODATA, absent=""),
                FieldSchema("min", "element", "Min", NS_ODATA, scalar="int", absent=0),
                FieldSchema("max", "element", "Max", NS_ODATA, scalar="int", absent=0),
                FieldSchema("average", "element", "Average", NS_ODATA, scalar="float", absent=0),
                FieldSchema("total", "element", "Total", NS_ODATA, scalar="int", absent=0),
            ),
        )
    )
    _: KW_ONLY
    timestamp: str | None = None
    min: int | None = None
    max: int | None = None
    average: float | None = None
    total: int | None = None


class SharedAccessAuthorizationRule(Model):
    """A shared-access rule of a namespace (the Atom content of the AuthorizationRules calls)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SharedAccessAuthorizationRule",
            namespace=NS_SBC,
            root="SharedAccessAuthorizationRule",
            fields=(
                FieldSchema("claim_type", "element", "ClaimType", NS_SBC),
                FieldSchema("claim_value", "element", "ClaimValue", NS_SBC),
                FieldSchema("rights", "list", "Rights", NS_SBC, item="AccessRights"),
                FieldSchema("created_time", "element", "CreatedTime", NS_SBC),
                FieldSchema("modified_time", "element", "ModifiedTime", NS_SBC),
                FieldSchema("revision", "element", "Revision", NS_SBC, scalar="int"),
                FieldSchema("key_name", "element", "KeyName", NS_SBC),
                FieldSchema("primary_key", "element", "PrimaryKey", NS_SBC),
                FieldSchema("secondary_key", "element", "SecondaryKey", NS_SBC),
            ),
        )
    )
    _: KW_ONLY
    claim_type: str | None = None
    claim_value: str | None = None
    #: Listen, Send and/or Manage.
    rights: list[str] | None = None
    created_time: str | None = None
    modified_time: str | None = None
    revision: int | None = None
    key_name: str | None = None
    primary_key: str | None = None
    secondary_key: str | None = None


class ServiceBusConnectionDetail(Model):
    """A connection string of a namespace or entity, and the rule it uses."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServiceBusConnectionDetail",
            namespace=NS_SBC,
            root="ConnectionDetail",
            fields=(
                FieldSchema("key_name", "element", "KeyName", NS_SBC),
                FieldSchema("connection_string", "element", "ConnectionString", NS_SBC),
                FieldSchema("authorization_type", "element", "AuthorizationType", NS_SBC),
                FieldSchema("rights", "list", "Rights", NS_SBC, item="AccessRights"),
                FieldSchema(
                    "secondary_connection_string", "element", "SecondaryConnectionString", NS_SBC
                ),
            ),
        )
    )
    _: KW_ONLY
    key_name: str | None = None
    connection_string: str | None = None
    #: e.g. SharedAccessAuthorization.
    authorization_type: str | None = None
    rights: list[str] | None = None
    #: Only namespaces report it.
    secondary_connection_string: str | None = None
