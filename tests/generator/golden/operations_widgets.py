# Generated from spec/operations/widgets.yaml by `make generate`; do not edit.
"""Operations of the widgets area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase, given, present
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_owners import (
        Owner,
        WidgetStats,
    )
    from servicemanagement._generated.models_widgets import (
        CircleShape,
        Extra,
        Part,
        Shape,
        SquareShape,
        Widget,
        Widgets,
    )
    from servicemanagement.results import AsynchronousOperationResult

GET_WIDGET = OperationSpec(
    name="get_widget",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/widgets/{widget_name}",
    x_ms_version="2015-04-01",
    params=(
        ParamSpec(
            "widget_name", "path", min_length=3, max_length=24, pattern="[a-z0-9-]+", required=True
        ),
        ParamSpec("expand", "query", wire="$expand", flag="true", scalar="bool"),
        ParamSpec("client_tag", "header", wire="x-ms-client-tag"),
    ),
    fixed_query=(("comp", "details"),),
    request_type=None,
    response_type="Widget",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a widget.",
)

LIST_WIDGETS = OperationSpec(
    name="list_widgets",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/widgets",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("min_size", "query", wire="minSize", scalar="int"),
        ParamSpec("color", "query", choices=("red", "green", "blue")),
    ),
    fixed_query=(),
    request_type=None,
    response_type="Widgets",
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Lists widgets.",
)

CREATE_WIDGET = OperationSpec(
    name="create_widget",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/widgets",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("name", "body", required=True),
        ParamSpec("label", "body", required=True),
        ParamSpec("size", "body", scalar="int", required=True),
        ParamSpec("shape", "body", type="Shape", required=True),
        ParamSpec("owner", "body", type="Owner"),
        ParamSpec("primary_tag", "body"),
        ParamSpec("secondary_tag", "body"),
        ParamSpec("properties", "body", type="dict"),
        ParamSpec("parts", "body", type="list[Part]"),
    ),
    fixed_query=(),
    request_type="CreateWidget",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Creates a widget.",
)

UPDATE_WIDGET = OperationSpec(
    name="update_widget",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/widgets/{widget_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("widget_name", "path", required=True),
        ParamSpec("widget", "body", type="Widget", required=True),
    ),
    fixed_query=(),
    request_type="Widget",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Replaces a widget.",
)

DELETE_WIDGET = OperationSpec(
    name="delete_widget",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/widgets/{widget_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("widget_name", "path", required=True),
        ParamSpec("delete_parts", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a widget, and its parts' storage when asked.",
)

COUNT_WIDGETS = OperationSpec(
    name="count_widgets",
    client="SampleSecondService",
    method="GET",
    path="/{subscription_id}/services/widgets/count",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="Extra",
    statuses=(),
    is_async=False,
    content_type=None,
    doc="An operation of the second client in the same area as the first's.",
)

PUT_WIDGET_STATS = OperationSpec(
    name="put_widget_stats",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/widgets/{widget_name}/stats",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("widget_name", "path", required=True),
        ParamSpec("stats", "body", type="WidgetStats", required=True),
    ),
    fixed_query=(),
    request_type="WidgetStats",
    response_type="WidgetStats",
    statuses=(),
    is_async=False,
    content_type="application/json",
    doc="Replaces a widget's usage statistics (a JSON document both ways).",
    fixed_headers=(("Accept", "application/json"),),
)


class SampleSecondServiceWidgetsOperations(OperationsBase):
    """The widgets operations of ``SampleSecondService``."""

    def count_widgets(
        self,
    ) -> Extra:
        """An operation of the second client in the same area as the first's.

        ``/{subscription_id}/services/widgets/count``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            COUNT_WIDGETS,
            {},
            None,
        )


class ServiceManagementServiceWidgetsOperations(OperationsBase):
    """The widgets operations of ``ServiceManagementService``."""

    def get_widget(
        self,
        widget_name: str,
        expand: bool = False,
        client_tag: str | None = None,
    ) -> Widget:
        """Returns a widget.

        ``/{subscription_id}/services/widgets/{widget_name}``
        (GET, x-ms-version 2015-04-01).

        Args:
            widget_name: The widget's name.
        """
        return self._call(
            GET_WIDGET,
            {
                "widget_name": widget_name,
                "expand": expand,
                "client_tag": client_tag,
            },
            None,
        )

    def list_widgets(
        self,
        min_size: int | None = None,
        color: str | None = None,
    ) -> Widgets:
        """Lists widgets.

        ``/{subscription_id}/services/widgets``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_WIDGETS,
            {
                "min_size": min_size,
                "color": color,
            },
            None,
        )

    def create_widget(
        self,
        name: str,
        label: str,
        size: int,
        shape: Shape | CircleShape | SquareShape,
        owner: Owner | None = None,
        primary_tag: str | None = None,
        secondary_tag: str | None = None,
        properties: dict[str, str] | None = None,
        parts: list[Part] | None = None,
    ) -> AsynchronousOperationResult:
        """Creates a widget.

        ``/{subscription_id}/services/widgets``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_owners import CreateWidget, WidgetSettings

        return self._call(
            CREATE_WIDGET,
            {
                "name": name,
                "label": label,
                "size": size,
                "shape": shape,
                "owner": owner,
                "primary_tag": primary_tag,
                "secondary_tag": secondary_tag,
                "properties": properties,
                "parts": parts,
            },
            CreateWidget(
                name=name,
                label=label,
                size=size,
                kind="premium",
                shape=shape,
                owner_email=given(owner, "email"),
                tags=present([primary_tag, secondary_tag, "sample"]),
                properties=properties,
                parts=parts,
                settings=WidgetSettings(enabled=True, note=label),
            ),
        )

    def update_widget(
        self,
        widget_name: str,
        widget: Widget,
    ) -> AsynchronousOperationResult:
        """Replaces a widget.

        ``/{subscription_id}/services/widgets/{widget_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            UPDATE_WIDGET,
            {
                "widget_name": widget_name,
                "widget": widget,
            },
            widget,
        )

    def delete_widget(
        self,
        widget_name: str,
        delete_parts: bool = False,
    ) -> AsynchronousOperationResult:
        """Deletes a widget, and its parts' storage when asked.

        ``/{subscription_id}/services/widgets/{widget_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_WIDGET,
            {
                "widget_name": widget_name,
                "delete_parts": delete_parts,
            },
            None,
        )

    def put_widget_stats(
        self,
        widget_name: str,
        stats: WidgetStats,
    ) -> WidgetStats:
        """Replaces a widget's usage statistics (a JSON document both ways).

        ``/{subscription_id}/services/widgets/{widget_name}/stats``
        (PUT, x-ms-version 2014-10-01).
        """
        return self._call(
            PUT_WIDGET_STATS,
            {
                "widget_name": widget_name,
                "stats": stats,
            },
            stats,
        )
