# Generated from spec/operations/second.yaml by `make generate`; do not edit.
"""Operations of the second area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from servicemanagement._generated.models_widgets import Widget
from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

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
