# Generated from spec/ by `make generate`; do not edit.
"""Registries of the generated package: model classes, document roots, operations.

Nothing is imported up front: a name imported from here, or a value looked up in
``MODEL_TYPES`` or ``OPERATIONS``, imports the one module that defines it
(servicemanagement._lazy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._lazy import LazyRegistry, lazy_attributes

if TYPE_CHECKING:
    from servicemanagement._generated.clients import (
        SampleSecondServiceOperations,
        ServiceManagementServiceOperations,
    )
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
    from servicemanagement._model import Model
    from servicemanagement._schema import OperationSpec


#: Every model class by its spec name.
MODEL_TYPES: LazyRegistry[type[Model]] = LazyRegistry(
    __name__,
    {
        "CreateWidget": ("models_owners", "CreateWidget"),
        "Owner": ("models_owners", "Owner"),
        "WidgetSample": ("models_owners", "WidgetSample"),
        "WidgetSettings": ("models_owners", "WidgetSettings"),
        "WidgetStats": ("models_owners", "WidgetStats"),
        "CircleShape": ("models_widgets", "CircleShape"),
        "Extra": ("models_widgets", "Extra"),
        "Part": ("models_widgets", "Part"),
        "Shape": ("models_widgets", "Shape"),
        "SquareShape": ("models_widgets", "SquareShape"),
        "Widget": ("models_widgets", "Widget"),
        "Widgets": ("models_widgets", "Widgets"),
    },
)

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
OPERATIONS: LazyRegistry[OperationSpec] = LazyRegistry(
    __name__,
    {
        "count_widgets": ("operations_widgets", "COUNT_WIDGETS"),
        "create_widget": ("operations_widgets", "CREATE_WIDGET"),
        "delete_widget": ("operations_widgets", "DELETE_WIDGET"),
        "get_second_widget": ("operations_second", "GET_SECOND_WIDGET"),
        "get_widget": ("operations_widgets", "GET_WIDGET"),
        "list_widgets": ("operations_widgets", "LIST_WIDGETS"),
        "put_second_widget_document": ("operations_second", "PUT_SECOND_WIDGET_DOCUMENT"),
        "put_widget_stats": ("operations_widgets", "PUT_WIDGET_STATS"),
        "update_widget": ("operations_widgets", "UPDATE_WIDGET"),
    },
)

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_attributes(
        __name__,
        {
            **MODEL_TYPES.modules(),
            "SampleSecondServiceOperations": ".clients",
            "ServiceManagementServiceOperations": ".clients",
        },
        globals(),
    )

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
