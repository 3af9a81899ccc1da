# Generated from spec/operations/servicebus.yaml by `make generate`; do not edit.
"""Operations of the servicebus area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from servicemanagement._generated.models_servicebus import (
    AtomContent,
    AtomEntryInput,
    AtomPerson,
    AtomText,
    MetricProperties,
    MetricRollups,
    MetricValues,
    NamespaceAvailability,
    NotificationHubDescription,
    QueueDescription,
    RelayDescription,
    ServiceBusNamespace,
    ServiceBusRegion,
    TopicDescription,
)
from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

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
