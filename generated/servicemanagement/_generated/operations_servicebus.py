# Generated from spec/operations/servicebus.yaml by `make generate`; do not edit.
"""Operations of the servicebus area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_servicebus import (
        MetricProperties,
        MetricRollups,
        MetricValues,
        NamespaceAvailability,
        NotificationHubDescription,
        QueueDescription,
        RelayDescription,
        ServiceBusConnectionDetail,
        ServiceBusNamespace,
        ServiceBusRegion,
        SharedAccessAuthorizationRule,
        TopicDescription,
    )

GET_REGIONS = OperationSpec(
    name="get_regions",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Regions/",
    x_ms_version="2012-03-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the regions namespaces can be created in.",
    result=("entries", "content", "value"),
    result_type="ServiceBusRegion",
    emulator=EmulatorSpec(key="Code", seed="servicebus_regions"),
)

LIST_NAMESPACES = OperationSpec(
    name="list_namespaces",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces/",
    x_ms_version="2012-03-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the subscription's namespaces.",
    result=("entries", "content", "value"),
    result_type="ServiceBusNamespace",
)

GET_NAMESPACE = OperationSpec(
    name="get_namespace",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces/{name}",
    x_ms_version="2012-03-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AtomEntry",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a namespace.",
    result=("content", "value"),
    result_type="ServiceBusNamespace",
)

CREATE_NAMESPACE = OperationSpec(
    name="create_namespace",
    client="ServiceBusManagementService",
    method="PUT",
    path="/{subscription_id}/services/serviceBus/Namespaces/{name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("region", "body", required=True),
    ),
    fixed_query=(),
    request_type="AtomEntryInput",
    response_type="AtomEntry",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Creates a namespace, Activating until it becomes Active (the service answers it).",
    emulator=EmulatorSpec(kind="create"),
    discard=True,
)

DELETE_NAMESPACE = OperationSpec(
    name="delete_namespace",
    client="ServiceBusManagementService",
    method="DELETE",
    path="/{subscription_id}/services/serviceBus/Namespaces/{name}",
    x_ms_version="2012-03-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a namespace.",
)

CHECK_NAMESPACE_AVAILABILITY = OperationSpec(
    name="check_namespace_availability",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/CheckNamespaceAvailability/",
    x_ms_version="2012-03-01",
    params=(ParamSpec("name", "query", wire="namespace", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AtomEntry",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Tells whether a namespace name is available.",
    result=("content", "value"),
    result_type="NamespaceAvailability",
)

LIST_QUEUES = OperationSpec(
    name="list_queues",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues",
    x_ms_version="2012-03-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the queues of a namespace.",
    result=("entries", "content", "value"),
    result_type="QueueDescription",
)

LIST_TOPICS = OperationSpec(
    name="list_topics",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics",
    x_ms_version="2012-03-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the topics of a namespace.",
    result=("entries", "content", "value"),
    result_type="TopicDescription",
)

LIST_NOTIFICATION_HUBS = OperationSpec(
    name="list_notification_hubs",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs",
    x_ms_version="2012-03-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the notification hubs of a namespace.",
    result=("entries", "content", "value"),
    result_type="NotificationHubDescription",
)

LIST_RELAYS = OperationSpec(
    name="list_relays",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays",
    x_ms_version="2012-03-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the relays of a namespace.",
    result=("entries", "content", "value"),
    result_type="RelayDescription",
)

GET_SUPPORTED_METRICS_QUEUE = OperationSpec(
    name="get_supported_metrics_queue",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("queue_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the metrics one of the queues supports.",
    result=("entries", "content", "value"),
    result_type="MetricProperties",
)

GET_METRICS_DATA_QUEUE = OperationSpec(
    name="get_metrics_data_queue",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics/{metric}/Rollups/{rollup}/Values",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("queue_name", "path", required=True),
        ParamSpec("metric", "path", required=True),
        ParamSpec("rollup", "path", required=True),
        ParamSpec("filter_expresssion", "query", required=True, raw=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns rolled-up values of a metric of one of the queues.",
    result=("entries", "content", "value"),
    result_type="MetricValues",
)

GET_METRICS_ROLLUPS_QUEUE = OperationSpec(
    name="get_metrics_rollups_queue",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics/{metric}/Rollups",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("queue_name", "path", required=True),
        ParamSpec("metric", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the time grains a metric of one of the queues is rolled up at.",
    result=("entries", "content", "value"),
    result_type="MetricRollups",
)

GET_SUPPORTED_METRICS_TOPIC = OperationSpec(
    name="get_supported_metrics_topic",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("topic_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the metrics one of the topics supports.",
    result=("entries", "content", "value"),
    result_type="MetricProperties",
)

GET_METRICS_DATA_TOPIC = OperationSpec(
    name="get_metrics_data_topic",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics/{metric}/Rollups/{rollup}/Values",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("topic_name", "path", required=True),
        ParamSpec("metric", "path", required=True),
        ParamSpec("rollup", "path", required=True),
        ParamSpec("filter_expresssion", "query", required=True, raw=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns rolled-up values of a metric of one of the topics.",
    result=("entries", "content", "value"),
    result_type="MetricValues",
)

GET_METRICS_ROLLUPS_TOPIC = OperationSpec(
    name="get_metrics_rollups_topic",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics/{metric}/Rollups",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("topic_name", "path", required=True),
        ParamSpec("metric", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the time grains a metric of one of the topics is rolled up at.",
    result=("entries", "content", "value"),
    result_type="MetricRollups",
)

GET_SUPPORTED_METRICS_NOTIFICATION_HUB = OperationSpec(
    name="get_supported_metrics_notification_hub",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("hub_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the metrics one of the notification hubs supports.",
    result=("entries", "content", "value"),
    result_type="MetricProperties",
)

GET_METRICS_DATA_NOTIFICATION_HUB = OperationSpec(
    name="get_metrics_data_notification_hub",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics/{metric}/Rollups/{rollup}/Values",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("hub_name", "path", required=True),
        ParamSpec("metric", "path", required=True),
        ParamSpec("rollup", "path", required=True),
        ParamSpec("filter_expresssion", "query", required=True, raw=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns rolled-up values of a metric of one of the notification hubs.",
    result=("entries", "content", "value"),
    result_type="MetricValues",
)

GET_METRICS_ROLLUPS_NOTIFICATION_HUB = OperationSpec(
    name="get_metrics_rollups_notification_hub",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics/{metric}/Rollups",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("hub_name", "path", required=True),
        ParamSpec("metric", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the time grains a metric of one of the notification hubs is rolled up at.",
    result=("entries", "content", "value"),
    result_type="MetricRollups",
)

GET_SUPPORTED_METRICS_RELAY = OperationSpec(
    name="get_supported_metrics_relay",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("relay_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the metrics one of the relays supports.",
    result=("entries", "content", "value"),
    result_type="MetricProperties",
)

GET_METRICS_DATA_RELAY = OperationSpec(
    name="get_metrics_data_relay",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics/{metric}/Rollups/{rollup}/Values",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("relay_name", "path", required=True),
        ParamSpec("metric", "path", required=True),
        ParamSpec("rollup", "path", required=True),
        ParamSpec("filter_expresssion", "query", required=True, raw=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns rolled-up values of a metric of one of the relays.",
    result=("entries", "content", "value"),
    result_type="MetricValues",
)

GET_METRICS_ROLLUPS_RELAY = OperationSpec(
    name="get_metrics_rollups_relay",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics/{metric}/Rollups",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("relay_name", "path", required=True),
        ParamSpec("metric", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the time grains a metric of one of the relays is rolled up at.",
    result=("entries", "content", "value"),
    result_type="MetricRollups",
)

GET_QUEUE = OperationSpec(
    name="get_queue",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Queues/{queue_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("queue_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomEntry",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a queue.",
    result=("content", "value"),
    result_type="QueueDescription",
)

CREATE_QUEUE = OperationSpec(
    name="create_queue",
    client="ServiceBusManagementService",
    method="PUT",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/queues/{queue_name}/",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("queue_name", "path", required=True),
        ParamSpec("queue", "body", type="QueueDescription", required=True),
    ),
    fixed_query=(),
    request_type="AtomEntryInput",
    response_type="AtomEntry",
    statuses=(201,),
    is_async=False,
    content_type=None,
    doc="Creates a queue; returns it.",
    result=("content", "value"),
    result_type="QueueDescription",
    fixed_headers=(("type", "entry"), ("x-process-at", "ServiceBus")),
)

DELETE_QUEUE = OperationSpec(
    name="delete_queue",
    client="ServiceBusManagementService",
    method="DELETE",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Queues/{queue_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("queue_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a queue and its messages.",
)

GET_QUEUE_CONNECTION_DETAILS = OperationSpec(
    name="get_queue_connection_details",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Queues/{queue_name}/ConnectionDetails",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("queue_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the connection strings of a queue, one per shared-access rule.",
    result=("entries", "content", "value"),
    result_type="ServiceBusConnectionDetail",
)

GET_TOPIC = OperationSpec(
    name="get_topic",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/topics/{topic_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("topic_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomEntry",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a topic.",
    result=("content", "value"),
    result_type="TopicDescription",
)

CREATE_TOPIC = OperationSpec(
    name="create_topic",
    client="ServiceBusManagementService",
    method="PUT",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/topics/{topic_name}/",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("topic_name", "path", required=True),
        ParamSpec("topic", "body", type="TopicDescription", required=True),
    ),
    fixed_query=(),
    request_type="AtomEntryInput",
    response_type="AtomEntry",
    statuses=(201,),
    is_async=False,
    content_type=None,
    doc="Creates a topic; returns it.",
    result=("content", "value"),
    result_type="TopicDescription",
    fixed_headers=(("type", "entry"), ("x-process-at", "ServiceBus")),
)

DELETE_TOPIC = OperationSpec(
    name="delete_topic",
    client="ServiceBusManagementService",
    method="DELETE",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/topics/{topic_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("topic_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a topic and its subscriptions.",
)

GET_TOPIC_CONNECTION_DETAILS = OperationSpec(
    name="get_topic_connection_details",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Topics/{topic_name}/ConnectionDetails",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("topic_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the connection strings of a topic, one per shared-access rule.",
    result=("entries", "content", "value"),
    result_type="ServiceBusConnectionDetail",
)

GET_NOTIFICATION_HUB = OperationSpec(
    name="get_notification_hub",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/NotificationHubs/{notification_hub_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("notification_hub_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomEntry",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a notification hub.",
    result=("content", "value"),
    result_type="NotificationHubDescription",
)

DELETE_NOTIFICATION_HUB = OperationSpec(
    name="delete_notification_hub",
    client="ServiceBusManagementService",
    method="DELETE",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/NotificationHubs/{notification_hub_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("notification_hub_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a notification hub.",
)

GET_NOTIFICATION_HUB_CONNECTION_DETAILS = OperationSpec(
    name="get_notification_hub_connection_details",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/NotificationHubs/{notification_hub_name}/ConnectionDetails",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("notification_hub_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the connection strings of a notification hub, one per shared-access rule.",
    result=("entries", "content", "value"),
    result_type="ServiceBusConnectionDetail",
)

GET_RELAY_CONNECTION_DETAILS = OperationSpec(
    name="get_relay_connection_details",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Relays/{relay_name}/ConnectionDetails",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("relay_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the connection strings of a relay, one per shared-access rule.",
    result=("entries", "content", "value"),
    result_type="ServiceBusConnectionDetail",
)

GET_NAMESPACE_DESCRIPTION = OperationSpec(
    name="get_namespace_description",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/ConnectionDetails",
    x_ms_version="2012-03-01",
    params=(ParamSpec("namespace_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the connection strings of a namespace, one per shared-access rule.",
    result=("entries", "content", "value"),
    result_type="ServiceBusConnectionDetail",
    fixed_headers=(("Accept", "application/atom+xml"),),
)

LIST_NAMESPACE_AUTHORIZATION_RULES = OperationSpec(
    name="list_namespace_authorization_rules",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules",
    x_ms_version="2012-03-01",
    params=(ParamSpec("namespace_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AtomFeed",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the shared-access rules of a namespace.",
    result=("entries", "content", "value"),
    result_type="SharedAccessAuthorizationRule",
    fixed_headers=(("Accept", "application/atom+xml"),),
)

GET_NAMESPACE_AUTHORIZATION_RULE = OperationSpec(
    name="get_namespace_authorization_rule",
    client="ServiceBusManagementService",
    method="GET",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules/{rule_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("rule_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AtomEntry",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a shared-access rule of a namespace.",
    result=("content", "value"),
    result_type="SharedAccessAuthorizationRule",
    fixed_headers=(("Accept", "application/atom+xml"),),
)

CREATE_NAMESPACE_AUTHORIZATION_RULE = OperationSpec(
    name="create_namespace_authorization_rule",
    client="ServiceBusManagementService",
    method="POST",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("key_name", "body", required=True),
        ParamSpec("rights", "body", type="list[string]", required=True),
        ParamSpec("primary_key", "body"),
        ParamSpec("secondary_key", "body"),
    ),
    fixed_query=(),
    request_type="AtomEntryInput",
    response_type="AtomEntry",
    statuses=(201,),
    is_async=False,
    content_type=None,
    doc="Adds a shared-access rule to a namespace; returns it.",
    result=("content", "value"),
    result_type="SharedAccessAuthorizationRule",
    fixed_headers=(("Accept", "application/atom+xml"), ("type", "entry")),
)

UPDATE_NAMESPACE_AUTHORIZATION_RULE = OperationSpec(
    name="update_namespace_authorization_rule",
    client="ServiceBusManagementService",
    method="PUT",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules/{key_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("key_name", "path", required=True),
        ParamSpec("rights", "body", type="list[string]", required=True),
        ParamSpec("primary_key", "body"),
        ParamSpec("secondary_key", "body"),
        ParamSpec("revision", "body", scalar="int"),
    ),
    fixed_query=(),
    request_type="AtomEntryInput",
    response_type="AtomEntry",
    statuses=(201,),
    is_async=False,
    content_type=None,
    doc="Changes the rights or keys of a namespace's shared-access rule; returns it.",
    result=("content", "value"),
    result_type="SharedAccessAuthorizationRule",
    fixed_headers=(("Accept", "application/atom+xml"), ("If-Match", "*"), ("type", "entry")),
)

DELETE_NAMESPACE_AUTHORIZATION_RULE = OperationSpec(
    name="delete_namespace_authorization_rule",
    client="ServiceBusManagementService",
    method="DELETE",
    path="/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules/{rule_name}",
    x_ms_version="2012-03-01",
    params=(
        ParamSpec("namespace_name", "path", required=True),
        ParamSpec("rule_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(204,),
    is_async=False,
    content_type=None,
    doc="Deletes a shared-access rule of a namespace.",
)


class ServiceBusManagementServiceServicebusOperations(OperationsBase):
    """The servicebus operations of ``ServiceBusManagementService``."""

    def get_regions(
        self,
    ) -> list[ServiceBusRegion]:
        """Lists the regions namespaces can be created in.

        ``/{subscription_id}/services/serviceBus/Regions/``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_REGIONS,
            {},
            None,
        )

    def list_namespaces(
        self,
    ) -> list[ServiceBusNamespace]:
        """Lists the subscription's namespaces.

        ``/{subscription_id}/services/serviceBus/Namespaces/``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            LIST_NAMESPACES,
            {},
            None,
        )

    def get_namespace(
        self,
        name: str,
    ) -> ServiceBusNamespace | None:
        """Returns a namespace.

        ``/{subscription_id}/services/serviceBus/Namespaces/{name}``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_NAMESPACE,
            {
                "name": name,
            },
            None,
        )

    def create_namespace(
        self,
        name: str,
        region: str,
    ) -> None:
        """Creates a namespace, Activating until it becomes Active (the service answers it).

        ``/{subscription_id}/services/serviceBus/Namespaces/{name}``
        (PUT, x-ms-version 2012-03-01).

        Args:
            region: The region (see get_regions).
        """
        from servicemanagement._generated.models_servicebus import (
            AtomContent,
            AtomEntryInput,
            AtomPerson,
            AtomText,
            ServiceBusNamespace,
        )

        return self._call(
            CREATE_NAMESPACE,
            {
                "name": name,
                "region": region,
            },
            AtomEntryInput(
                title=AtomText(),
                updated=self._now().isoformat(),
                author=AtomPerson(name=""),
                id="",
                content=AtomContent(
                    type="application/xml", value=ServiceBusNamespace(region=region)
                ),
            ),
        )

    def delete_namespace(
        self,
        name: str,
    ) -> None:
        """Deletes a namespace.

        ``/{subscription_id}/services/serviceBus/Namespaces/{name}``
        (DELETE, x-ms-version 2012-03-01).
        """
        return self._call(
            DELETE_NAMESPACE,
            {
                "name": name,
            },
            None,
        )

    def check_namespace_availability(
        self,
        name: str,
    ) -> NamespaceAvailability | None:
        """Tells whether a namespace name is available.

        ``/{subscription_id}/services/serviceBus/CheckNamespaceAvailability/``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            CHECK_NAMESPACE_AVAILABILITY,
            {
                "name": name,
            },
            None,
        )

    def list_queues(
        self,
        name: str,
    ) -> list[QueueDescription]:
        """Lists the queues of a namespace.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            LIST_QUEUES,
            {
                "name": name,
            },
            None,
        )

    def list_topics(
        self,
        name: str,
    ) -> list[TopicDescription]:
        """Lists the topics of a namespace.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            LIST_TOPICS,
            {
                "name": name,
            },
            None,
        )

    def list_notification_hubs(
        self,
        name: str,
    ) -> list[NotificationHubDescription]:
        """Lists the notification hubs of a namespace.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            LIST_NOTIFICATION_HUBS,
            {
                "name": name,
            },
            None,
        )

    def list_relays(
        self,
        name: str,
    ) -> list[RelayDescription]:
        """Lists the relays of a namespace.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            LIST_RELAYS,
            {
                "name": name,
            },
            None,
        )

    def get_supported_metrics_queue(
        self,
        name: str,
        queue_name: str,
    ) -> list[MetricProperties]:
        """Lists the metrics one of the queues supports.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            GET_SUPPORTED_METRICS_QUEUE,
            {
                "name": name,
                "queue_name": queue_name,
            },
            None,
        )

    def get_metrics_data_queue(
        self,
        name: str,
        queue_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> list[MetricValues]:
        """Returns rolled-up values of a metric of one of the queues.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics/{metric}/Rollups/{rollup}/Values``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
            rollup: A time grain (see get_metrics_rollups_queue).
            filter_expresssion: A query such as $filter=Timestamp gt
                datetime'2014-10-01T00:00:00Z'.
        """
        return self._call(
            GET_METRICS_DATA_QUEUE,
            {
                "name": name,
                "queue_name": queue_name,
                "metric": metric,
                "rollup": rollup,
                "filter_expresssion": filter_expresssion,
            },
            None,
        )

    def get_metrics_rollups_queue(
        self,
        name: str,
        queue_name: str,
        metric: str,
    ) -> list[MetricRollups]:
        """Lists the time grains a metric of one of the queues is rolled up at.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics/{metric}/Rollups``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            GET_METRICS_ROLLUPS_QUEUE,
            {
                "name": name,
                "queue_name": queue_name,
                "metric": metric,
            },
            None,
        )

    def get_supported_metrics_topic(
        self,
        name: str,
        topic_name: str,
    ) -> list[MetricProperties]:
        """Lists the metrics one of the topics supports.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            GET_SUPPORTED_METRICS_TOPIC,
            {
                "name": name,
                "topic_name": topic_name,
            },
            None,
        )

    def get_metrics_data_topic(
        self,
        name: str,
        topic_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> list[MetricValues]:
        """Returns rolled-up values of a metric of one of the topics.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics/{metric}/Rollups/{rollup}/Values``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
            rollup: A time grain (see get_metrics_rollups_topic).
            filter_expresssion: A query such as $filter=Timestamp gt
                datetime'2014-10-01T00:00:00Z'.
        """
        return self._call(
            GET_METRICS_DATA_TOPIC,
            {
                "name": name,
                "topic_name": topic_name,
                "metric": metric,
                "rollup": rollup,
                "filter_expresssion": filter_expresssion,
            },
            None,
        )

    def get_metrics_rollups_topic(
        self,
        name: str,
        topic_name: str,
        metric: str,
    ) -> list[MetricRollups]:
        """Lists the time grains a metric of one of the topics is rolled up at.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics/{metric}/Rollups``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            GET_METRICS_ROLLUPS_TOPIC,
            {
                "name": name,
                "topic_name": topic_name,
                "metric": metric,
            },
            None,
        )

    def get_supported_metrics_notification_hub(
        self,
        name: str,
        hub_name: str,
    ) -> list[MetricProperties]:
        """Lists the metrics one of the notification hubs supports.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            GET_SUPPORTED_METRICS_NOTIFICATION_HUB,
            {
                "name": name,
                "hub_name": hub_name,
            },
            None,
        )

    def get_metrics_data_notification_hub(
        self,
        name: str,
        hub_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> list[MetricValues]:
        """Returns rolled-up values of a metric of one of the notification hubs.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics/{metric}/Rollups/{rollup}/Values``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
            rollup: A time grain (see get_metrics_rollups_notification_hub).
            filter_expresssion: A query such as $filter=Timestamp gt
                datetime'2014-10-01T00:00:00Z'.
        """
        return self._call(
            GET_METRICS_DATA_NOTIFICATION_HUB,
            {
                "name": name,
                "hub_name": hub_name,
                "metric": metric,
                "rollup": rollup,
                "filter_expresssion": filter_expresssion,
            },
            None,
        )

    def get_metrics_rollups_notification_hub(
        self,
        name: str,
        hub_name: str,
        metric: str,
    ) -> list[MetricRollups]:
        """Lists the time grains a metric of one of the notification hubs is rolled up at.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics/{metric}/Rollups``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            GET_METRICS_ROLLUPS_NOTIFICATION_HUB,
            {
                "name": name,
                "hub_name": hub_name,
                "metric": metric,
            },
            None,
        )

    def get_supported_metrics_relay(
        self,
        name: str,
        relay_name: str,
    ) -> list[MetricProperties]:
        """Lists the metrics one of the relays supports.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            GET_SUPPORTED_METRICS_RELAY,
            {
                "name": name,
                "relay_name": relay_name,
            },
            None,
        )

    def get_metrics_data_relay(
        self,
        name: str,
        relay_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> list[MetricValues]:
        """Returns rolled-up values of a metric of one of the relays.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics/{metric}/Rollups/{rollup}/Values``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
            rollup: A time grain (see get_metrics_rollups_relay).
            filter_expresssion: A query such as $filter=Timestamp gt
                datetime'2014-10-01T00:00:00Z'.
        """
        return self._call(
            GET_METRICS_DATA_RELAY,
            {
                "name": name,
                "relay_name": relay_name,
                "metric": metric,
                "rollup": rollup,
                "filter_expresssion": filter_expresssion,
            },
            None,
        )

    def get_metrics_rollups_relay(
        self,
        name: str,
        relay_name: str,
        metric: str,
    ) -> list[MetricRollups]:
        """Lists the time grains a metric of one of the relays is rolled up at.

        ``/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics/{metric}/Rollups``
        (GET, x-ms-version 2012-03-01).

        Args:
            name: The namespace.
        """
        return self._call(
            GET_METRICS_ROLLUPS_RELAY,
            {
                "name": name,
                "relay_name": relay_name,
                "metric": metric,
            },
            None,
        )

    def get_queue(
        self,
        namespace_name: str,
        queue_name: str,
    ) -> QueueDescription | None:
        """Returns a queue.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Queues/{queue_name}``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_QUEUE,
            {
                "namespace_name": namespace_name,
                "queue_name": queue_name,
            },
            None,
        )

    def create_queue(
        self,
        namespace_name: str,
        queue_name: str,
        queue: QueueDescription,
    ) -> QueueDescription | None:
        """Creates a queue; returns it.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/queues/{queue_name}/``
        (PUT, x-ms-version 2012-03-01).

        Args:
            queue: The queue's settings (max_size_in_megabytes, lock_duration, ...).
        """
        from servicemanagement._generated.models_servicebus import AtomContent, AtomEntryInput

        return self._call(
            CREATE_QUEUE,
            {
                "namespace_name": namespace_name,
                "queue_name": queue_name,
                "queue": queue,
            },
            AtomEntryInput(content=AtomContent(type="application/xml", value=queue)),
        )

    def delete_queue(
        self,
        namespace_name: str,
        queue_name: str,
    ) -> None:
        """Deletes a queue and its messages.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Queues/{queue_name}``
        (DELETE, x-ms-version 2012-03-01).
        """
        return self._call(
            DELETE_QUEUE,
            {
                "namespace_name": namespace_name,
                "queue_name": queue_name,
            },
            None,
        )

    def get_queue_connection_details(
        self,
        namespace_name: str,
        queue_name: str,
    ) -> list[ServiceBusConnectionDetail]:
        """Lists the connection strings of a queue, one per shared-access rule.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Queues/{queue_name}/ConnectionDetails``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_QUEUE_CONNECTION_DETAILS,
            {
                "namespace_name": namespace_name,
                "queue_name": queue_name,
            },
            None,
        )

    def get_topic(
        self,
        namespace_name: str,
        topic_name: str,
    ) -> TopicDescription | None:
        """Returns a topic.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/topics/{topic_name}``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_TOPIC,
            {
                "namespace_name": namespace_name,
                "topic_name": topic_name,
            },
            None,
        )

    def create_topic(
        self,
        namespace_name: str,
        topic_name: str,
        topic: TopicDescription,
    ) -> TopicDescription | None:
        """Creates a topic; returns it.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/topics/{topic_name}/``
        (PUT, x-ms-version 2012-03-01).

        Args:
            topic: The topic's settings (max_size_in_megabytes, ...).
        """
        from servicemanagement._generated.models_servicebus import AtomContent, AtomEntryInput

        return self._call(
            CREATE_TOPIC,
            {
                "namespace_name": namespace_name,
                "topic_name": topic_name,
                "topic": topic,
            },
            AtomEntryInput(content=AtomContent(type="application/xml", value=topic)),
        )

    def delete_topic(
        self,
        namespace_name: str,
        topic_name: str,
    ) -> None:
        """Deletes a topic and its subscriptions.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/topics/{topic_name}``
        (DELETE, x-ms-version 2012-03-01).
        """
        return self._call(
            DELETE_TOPIC,
            {
                "namespace_name": namespace_name,
                "topic_name": topic_name,
            },
            None,
        )

    def get_topic_connection_details(
        self,
        namespace_name: str,
        topic_name: str,
    ) -> list[ServiceBusConnectionDetail]:
        """Lists the connection strings of a topic, one per shared-access rule.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Topics/{topic_name}/ConnectionDetails``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_TOPIC_CONNECTION_DETAILS,
            {
                "namespace_name": namespace_name,
                "topic_name": topic_name,
            },
            None,
        )

    def get_notification_hub(
        self,
        namespace_name: str,
        notification_hub_name: str,
    ) -> NotificationHubDescription | None:
        """Returns a notification hub.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/NotificationHubs/{notification_hub_name}``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_NOTIFICATION_HUB,
            {
                "namespace_name": namespace_name,
                "notification_hub_name": notification_hub_name,
            },
            None,
        )

    def delete_notification_hub(
        self,
        namespace_name: str,
        notification_hub_name: str,
    ) -> None:
        """Deletes a notification hub.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/NotificationHubs/{notification_hub_name}``
        (DELETE, x-ms-version 2012-03-01).
        """
        return self._call(
            DELETE_NOTIFICATION_HUB,
            {
                "namespace_name": namespace_name,
                "notification_hub_name": notification_hub_name,
            },
            None,
        )

    def get_notification_hub_connection_details(
        self,
        namespace_name: str,
        notification_hub_name: str,
    ) -> list[ServiceBusConnectionDetail]:
        """Lists the connection strings of a notification hub, one per shared-access rule.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/NotificationHubs/{notification_hub_name}/ConnectionDetails``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_NOTIFICATION_HUB_CONNECTION_DETAILS,
            {
                "namespace_name": namespace_name,
                "notification_hub_name": notification_hub_name,
            },
            None,
        )

    def get_relay_connection_details(
        self,
        namespace_name: str,
        relay_name: str,
    ) -> list[ServiceBusConnectionDetail]:
        """Lists the connection strings of a relay, one per shared-access rule.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/Relays/{relay_name}/ConnectionDetails``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_RELAY_CONNECTION_DETAILS,
            {
                "namespace_name": namespace_name,
                "relay_name": relay_name,
            },
            None,
        )

    def get_namespace_description(
        self,
        namespace_name: str,
    ) -> list[ServiceBusConnectionDetail]:
        """Lists the connection strings of a namespace, one per shared-access rule.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/ConnectionDetails``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_NAMESPACE_DESCRIPTION,
            {
                "namespace_name": namespace_name,
            },
            None,
        )

    def list_namespace_authorization_rules(
        self,
        namespace_name: str,
    ) -> list[SharedAccessAuthorizationRule]:
        """Lists the shared-access rules of a namespace.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            LIST_NAMESPACE_AUTHORIZATION_RULES,
            {
                "namespace_name": namespace_name,
            },
            None,
        )

    def get_namespace_authorization_rule(
        self,
        namespace_name: str,
        rule_name: str,
    ) -> SharedAccessAuthorizationRule | None:
        """Returns a shared-access rule of a namespace.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules/{rule_name}``
        (GET, x-ms-version 2012-03-01).
        """
        return self._call(
            GET_NAMESPACE_AUTHORIZATION_RULE,
            {
                "namespace_name": namespace_name,
                "rule_name": rule_name,
            },
            None,
        )

    def create_namespace_authorization_rule(
        self,
        namespace_name: str,
        key_name: str,
        rights: list[str],
        primary_key: str | None = None,
        secondary_key: str | None = None,
    ) -> SharedAccessAuthorizationRule | None:
        """Adds a shared-access rule to a namespace; returns it.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules``
        (POST, x-ms-version 2012-03-01).

        Args:
            rights: Listen, Send and/or Manage.
            primary_key: Default: the service generates one.
            secondary_key: Default: the service generates one.
        """
        from servicemanagement._generated.models_servicebus import (
            AtomContent,
            AtomEntryInput,
            SharedAccessAuthorizationRule,
        )

        return self._call(
            CREATE_NAMESPACE_AUTHORIZATION_RULE,
            {
                "namespace_name": namespace_name,
                "key_name": key_name,
                "rights": rights,
                "primary_key": primary_key,
                "secondary_key": secondary_key,
            },
            AtomEntryInput(
                content=AtomContent(
                    type="application/xml",
                    value=SharedAccessAuthorizationRule(
                        rights=rights,
                        created_time=self._now().isoformat(),
                        modified_time=self._now().isoformat(),
                        revision=0,
                        key_name=key_name,
                        primary_key=primary_key,
                        secondary_key=secondary_key,
                    ),
                )
            ),
        )

    def update_namespace_authorization_rule(
        self,
        namespace_name: str,
        key_name: str,
        rights: list[str],
        primary_key: str | None = None,
        secondary_key: str | None = None,
        revision: int = 0,
    ) -> SharedAccessAuthorizationRule | None:
        """Changes the rights or keys of a namespace's shared-access rule; returns it.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules/{key_name}``
        (PUT, x-ms-version 2012-03-01).

        Args:
            rights: Listen, Send and/or Manage.
            revision: The rule's revision as last read.
        """
        from servicemanagement._generated.models_servicebus import (
            AtomContent,
            AtomEntryInput,
            SharedAccessAuthorizationRule,
        )

        return self._call(
            UPDATE_NAMESPACE_AUTHORIZATION_RULE,
            {
                "namespace_name": namespace_name,
                "key_name": key_name,
                "rights": rights,
                "primary_key": primary_key,
                "secondary_key": secondary_key,
                "revision": revision,
            },
            AtomEntryInput(
                content=AtomContent(
                    type="application/xml",
                    value=SharedAccessAuthorizationRule(
                        rights=rights,
                        created_time=self._now().isoformat(),
                        modified_time=self._now().isoformat(),
                        revision=revision,
                        key_name=key_name,
                        primary_key=primary_key,
                        secondary_key=secondary_key,
                    ),
                )
            ),
        )

    def delete_namespace_authorization_rule(
        self,
        namespace_name: str,
        rule_name: str,
    ) -> None:
        """Deletes a shared-access rule of a namespace.

        ``/{subscription_id}/services/servicebus/namespaces/{namespace_name}/AuthorizationRules/{rule_name}``
        (DELETE, x-ms-version 2012-03-01).
        """
        return self._call(
            DELETE_NAMESPACE_AUTHORIZATION_RULE,
            {
                "namespace_name": namespace_name,
                "rule_name": rule_name,
            },
            None,
        )
