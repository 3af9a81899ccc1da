# Generated from spec/ by `make generate`; do not edit.
"""Registries of the generated package: model classes, document roots, operations."""

from __future__ import annotations

from servicemanagement._generated.models_owners import (
    CreateWidget,
    Owner,
    WidgetSample,
    WidgetSettings,
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
from servicemanagement._generated.operations_second import (
    GET_SECOND_WIDGET,
    PUT_SECOND_WIDGET_DOCUMENT,
    SampleSecondServiceSecondOperations,
)
from servicemanagement._generated.operations_widgets import (
    COUNT_WIDGETS,
    CREATE_WIDGET,
    DELETE_WIDGET,
    GET_WIDGET,
    LIST_WIDGETS,
    PUT_WIDGET_STATS,
    UPDATE_WIDGET,
    SampleSecondServiceWidgetsOperations,
    ServiceManagementServiceWidgetsOperations,
)
from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec

#: Every model class by its spec name.
MODEL_TYPES: dict[str, type[Model]] = {
    "CircleShape": CircleShape,
    "CreateWidget": CreateWidget,
    "Extra": Extra,
    "Owner": Owner,
    "Part": Part,
    "Shape": Shape,
    "SquareShape": SquareShape,
    "Widget": Widget,
    "WidgetSample": WidgetSample,
    "WidgetSettings": WidgetSettings,
    "WidgetStats": WidgetStats,
    "Widgets": Widgets,
}

#: Qualified document root tag -> names of the types that use it.
ROOTS: dict[str, tuple[str, ...]] = {
    "{http://example.com/sample/extensions}Extra": ("Extra",),
    "{http://schemas.microsoft.com/windowsazure}CreateWidget": ("CreateWidget",),
    "{http://schemas.microsoft.com/windowsazure}Widget": ("Widget",),
    "{http://schemas.microsoft.com/windowsazure}Widgets": ("Widgets",),
}

#: Every operation by name (unique across clients) -> its description: method, path
#: template, x-ms-version, request and response types, async flag, docs, and
#: ``client``, the service class whose method it is.
OPERATIONS: dict[str, OperationSpec] = {
    "count_widgets": COUNT_WIDGETS,
    "create_widget": CREATE_WIDGET,
    "delete_widget": DELETE_WIDGET,
    "get_second_widget": GET_SECOND_WIDGET,
    "get_widget": GET_WIDGET,
    "list_widgets": LIST_WIDGETS,
    "put_second_widget_document": PUT_SECOND_WIDGET_DOCUMENT,
    "put_widget_stats": PUT_WIDGET_STATS,
    "update_widget": UPDATE_WIDGET,
}


class SampleSecondServiceOperations(
    SampleSecondServiceSecondOperations,
    SampleSecondServiceWidgetsOperations,
):
    """Every spec operation of ``SampleSecondService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/xml;charset=utf-8"


class ServiceManagementServiceOperations(
    ServiceManagementServiceWidgetsOperations,
):
    """Every spec operation of ``ServiceManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/xml;charset=utf-8"


__all__ = [
    "CircleShape",
    "CreateWidget",
    "Extra",
    "Owner",
    "Part",
    "Shape",
    "SquareShape",
    "Widget",
    "WidgetSample",
    "WidgetSettings",
    "WidgetStats",
    "Widgets",
    "SampleSecondServiceOperations",
    "ServiceManagementServiceOperations",
    "MODEL_TYPES",
    "OPERATIONS",
    "ROOTS",
]
