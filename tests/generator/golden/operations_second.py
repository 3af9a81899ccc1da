# Generated from spec/operations/second.yaml by `make generate`; do not edit.
"""Operations of the second area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from typing import Any

    from servicemanagement._generated.models_widgets import Widget

GET_SECOND_WIDGET = OperationSpec(
    name="get_second_widget",
    client="SampleSecondService",
    method="GET",
    path="/{subscription_id}/second/widgets/{name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="Widget",
    statuses=(),
    is_async=False,
    content_type=None,
    doc="A widget, read through the second client.",
)

PUT_SECOND_WIDGET_DOCUMENT = OperationSpec(
    name="put_second_widget_document",
    client="SampleSecondService",
    method="PUT",
    path="/{subscription_id}/second/widgets/{name}/document",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("document", "body", required=True),
    ),
    fixed_query=(),
    request_type="text",
    response_type="json",
    statuses=(),
    is_async=False,
    content_type="application/xml",
    doc="Stores a widget's document as given; a constant header asks for a JSON answer.",
    fixed_headers=(("Accept", "application/json"),),
)


class SampleSecondServiceSecondOperations(OperationsBase):
    """The second operations of ``SampleSecondService``."""

    def get_second_widget(
        self,
        name: str,
    ) -> Widget:
        """A widget, read through the second client.

        ``/{subscription_id}/second/widgets/{name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SECOND_WIDGET,
            {
                "name": name,
            },
            None,
        )

    def put_second_widget_document(
        self,
        name: str,
        document: str,
    ) -> Any:
        """Stores a widget's document as given; a constant header asks for a JSON answer.

        ``/{subscription_id}/second/widgets/{name}/document``
        (PUT, x-ms-version 2014-10-01).

        Args:
            document: The document as the service takes it.
        """
        return self._call(
            PUT_SECOND_WIDGET_DOCUMENT,
            {
                "name": name,
                "document": document,
            },
            document.encode("utf-8"),
        )
