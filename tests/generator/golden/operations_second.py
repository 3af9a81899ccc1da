# Generated from spec/operations/second.yaml by `make generate`; do not edit.
"""Operations of the second area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from servicemanagement._generated.models_widgets import Widget
from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

SAMPLE_SECOND_SERVICE_GET_WIDGET = OperationSpec(
    name="get_widget",
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
    doc="Same Python name as ServiceManagementService.get_widget, on another client.",
)


class SampleSecondServiceSecondOperations(OperationsBase):
    """The second operations of ``SampleSecondService``."""

    def get_widget(
        self,
        name: str,
    ) -> Widget:
        """Same Python name as ServiceManagementService.get_widget, on another client.

        ``/{subscription_id}/second/widgets/{name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            SAMPLE_SECOND_SERVICE_GET_WIDGET,
            {
                "name": name,
            },
            None,
        )
