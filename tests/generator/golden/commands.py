# Generated from spec/ by `make generate`; do not edit.
"""The command line's table: a group per client, a command per operation (see cli/table.py)."""

from __future__ import annotations

from servicemanagement.cli.table import Argument, Command, Group

GROUPS: tuple[Group, ...] = (
    Group("ServiceManagementService", "", "The default client of the sample."),
    Group(
        "SampleSecondService",
        "sample-second",
        "A second client, with an operation named like one of the first.",
    ),
)

COMMANDS: tuple[Command, ...] = (
    Command(
        "get_second_widget",
        "SampleSecondService",
        "A widget, read through the second client.",
        (Argument("name", required=True),),
    ),
    Command(
        "put_second_widget_document",
        "SampleSecondService",
        "Stores a widget's document as given; a constant header asks for a JSON answer.",
        (
            Argument("name", required=True),
            Argument("document", required=True, doc="The document as the service takes it."),
        ),
    ),
    Command(
        "get_widget",
        "ServiceManagementService",
        "Returns a widget.",
        (
            Argument("widget_name", required=True, doc="The widget's name."),
            Argument("expand", type="bool", has_default=True, default=False),
            Argument("client_tag", has_default=True, default=None),
        ),
    ),
    Command(
        "list_widgets",
        "ServiceManagementService",
        "Lists widgets.",
        (
            Argument("min_size", type="int", has_default=True, default=None),
            Argument("color", has_default=True, default=None, choices=("red", "green", "blue")),
        ),
    ),
    Command(
        "create_widget",
        "ServiceManagementService",
        "Creates a widget.",
        (
            Argument("name", required=True),
            Argument("label", required=True),
            Argument("size", type="int", required=True),
            Argument("shape", type="Shape", required=True),
            Argument("owner", type="Owner", has_default=True, default=None),
            Argument("primary_tag", has_default=True, default=None),
            Argument("secondary_tag", has_default=True, default=None),
            Argument("properties", type="dict", has_default=True, default=None),
            Argument("parts", type="list[Part]", has_default=True, default=None),
        ),
        is_async=True,
    ),
    Command(
        "update_widget",
        "ServiceManagementService",
        "Replaces a widget.",
        (
            Argument("widget_name", required=True),
            Argument("widget", type="Widget", required=True),
        ),
        is_async=True,
    ),
    Command(
        "delete_widget",
        "ServiceManagementService",
        "Deletes a widget, and its parts' storage when asked.",
        (
            Argument("widget_name", required=True),
            Argument("delete_parts", type="bool", has_default=True, default=False),
        ),
        is_async=True,
    ),
    Command(
        "count_widgets",
        "SampleSecondService",
        "An operation of the second client in the same area as the first's.",
        (),
    ),
    Command(
        "put_widget_stats",
        "ServiceManagementService",
        "Replaces a widget's usage statistics (a JSON document both ways).",
        (
            Argument("widget_name", required=True),
            Argument("stats", type="WidgetStats", required=True),
        ),
    ),
)
