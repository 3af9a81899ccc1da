# Generated from spec/operations/subscriptions.yaml by `make generate`; do not edit.
"""Operations of the subscriptions area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from servicemanagement._generated.models_subscriptions import (
        Subscription,
        SubscriptionOperation,
        SubscriptionOperationCollection,
        Subscriptions,
    )
    from servicemanagement.results import AsynchronousOperationResult

GET_SUBSCRIPTION = OperationSpec(
    name="get_subscription",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="Subscription",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the subscription's name, status, quotas and usage.",
)

LIST_SUBSCRIPTIONS = OperationSpec(
    name="list_subscriptions",
    client="ServiceManagementService",
    method="GET",
    path="/subscriptions",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="Subscriptions",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the subscriptions the management certificate (or token) can manage.",
)

LIST_SUBSCRIPTION_OPERATIONS = OperationSpec(
    name="list_subscription_operations",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("start_time", "query", wire="StartTime"),
        ParamSpec("end_time", "query", wire="EndTime"),
        ParamSpec("object_id_filter", "query", wire="ObjectIdFilter"),
        ParamSpec(
            "operation_result_filter",
            "query",
            wire="OperationResultFilter",
            choices=("Succeeded", "Failed", "InProgress"),
        ),
        ParamSpec("continuation_token", "query", wire="ContinuationToken"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="SubscriptionOperationCollection",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists one page of the create, update and delete operations made on the subscription.",
    paging="continuation_token",
)

ENTITLE_RESOURCE = OperationSpec(
    name="entitle_resource",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/EntitleResource",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("resource_provider_namespace", "body", required=True),
        ParamSpec("resource_type", "body", required=True),
        ParamSpec("registration_date", "body", scalar="datetime", required=True),
    ),
    fixed_query=(),
    request_type="EntitleResource",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Entitles the subscription to a resource provider's resource type (e.g. scheduler job collections).",
)

REGISTER_SUBSCRIPTION_RESOURCE = OperationSpec(
    name="register_subscription_resource",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services",
    x_ms_version="2014-10-01",
    params=(ParamSpec("resource_name", "query", wire="service", required=True),),
    fixed_query=(("action", "register"),),
    request_type=None,
    response_type=None,
    statuses=(200, 202),
    is_async=True,
    content_type=None,
    doc="Registers the subscription with a resource provider.",
)

UNREGISTER_SUBSCRIPTION_RESOURCE = OperationSpec(
    name="unregister_subscription_resource",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services",
    x_ms_version="2014-10-01",
    params=(ParamSpec("resource_name", "query", wire="service", required=True),),
    fixed_query=(("action", "unregister"),),
    request_type=None,
    response_type=None,
    statuses=(200, 202),
    is_async=True,
    content_type=None,
    doc="Unregisters the subscription from a resource provider.",
)


class ServiceManagementServiceSubscriptionsOperations(OperationsBase):
    """The subscriptions operations of ``ServiceManagementService``."""

    def get_subscription(
        self,
    ) -> Subscription:
        """Returns the subscription's name, status, quotas and usage.

        ``/{subscription_id}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SUBSCRIPTION,
            {},
            None,
        )

    def list_subscriptions(
        self,
    ) -> Subscriptions:
        """Lists the subscriptions the management certificate (or token) can manage.

        ``/subscriptions``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_SUBSCRIPTIONS,
            {},
            None,
        )

    def list_subscription_operations(
        self,
        start_time: str | None = None,
        end_time: str | None = None,
        object_id_filter: str | None = None,
        operation_result_filter: str | None = None,
        continuation_token: str | None = None,
    ) -> SubscriptionOperationCollection:
        """Lists one page of the create, update and delete operations made on the subscription.

        ``/{subscription_id}/operations``
        (GET, x-ms-version 2014-10-01).

        Args:
            start_time: UTC, e.g. 2011-03-01T16:30:00Z.
        """
        return self._call(
            LIST_SUBSCRIPTION_OPERATIONS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "object_id_filter": object_id_filter,
                "operation_result_filter": operation_result_filter,
                "continuation_token": continuation_token,
            },
            None,
        )

    def iter_subscription_operations(
        self,
        start_time: str | None = None,
        end_time: str | None = None,
        object_id_filter: str | None = None,
        operation_result_filter: str | None = None,
        continuation_token: str | None = None,
    ) -> Iterator[SubscriptionOperation]:
        """Every item of ``list_subscription_operations``, page after page.

        Each response's ``continuation_token`` is sent back as the ``continuation_token`` argument
        until a response carries none.
        """
        return self._iterate(
            LIST_SUBSCRIPTION_OPERATIONS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "object_id_filter": object_id_filter,
                "operation_result_filter": operation_result_filter,
                "continuation_token": continuation_token,
            },
            None,
        )

    def entitle_resource(
        self,
        resource_provider_namespace: str,
        resource_type: str,
        registration_date: datetime,
    ) -> AsynchronousOperationResult:
        """Entitles the subscription to a resource provider's resource type (e.g. scheduler job
        collections).

        ``/{subscription_id}/EntitleResource``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            resource_provider_namespace: The provider of the resource, e.g. scheduler.
            resource_type: The resource type, e.g. JobCollections.
            registration_date: When the entitlement starts (UTC).
        """
        from servicemanagement._generated.models_subscriptions import EntitleResource

        return self._call(
            ENTITLE_RESOURCE,
            {
                "resource_provider_namespace": resource_provider_namespace,
                "resource_type": resource_type,
                "registration_date": registration_date,
            },
            EntitleResource(
                resource_provider_name_space=resource_provider_namespace,
                type=resource_type,
                registration_date=registration_date,
            ),
        )

    def register_subscription_resource(
        self,
        resource_name: str,
    ) -> AsynchronousOperationResult:
        """Registers the subscription with a resource provider.

        ``/{subscription_id}/services``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            resource_name: The resource provider, e.g. sqlazure or scheduler.
        """
        return self._call(
            REGISTER_SUBSCRIPTION_RESOURCE,
            {
                "resource_name": resource_name,
            },
            None,
        )

    def unregister_subscription_resource(
        self,
        resource_name: str,
    ) -> AsynchronousOperationResult:
        """Unregisters the subscription from a resource provider.

        ``/{subscription_id}/services``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            resource_name: The resource provider.
        """
        return self._call(
            UNREGISTER_SUBSCRIPTION_RESOURCE,
            {
                "resource_name": resource_name,
            },
            None,
        )
