# Generated from spec/operations/extensions.yaml by `make generate`; do not edit.
"""Operations of the extensions area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_extensions import ResourceExtensions

LIST_RESOURCE_EXTENSIONS = OperationSpec(
    name="list_resource_extensions",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/resourceextensions",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="ResourceExtensions",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the latest version of every VM extension available.",
    emulator=EmulatorSpec(seed="resource_extensions"),
)

LIST_RESOURCE_EXTENSION_VERSIONS = OperationSpec(
    name="list_resource_extension_versions",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/resourceextensions/{publisher_name}/{extension_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("publisher_name", "path", required=True),
        ParamSpec("extension_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="ResourceExtensions",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists every version of one VM extension.",
)


class ServiceManagementServiceExtensionsOperations(OperationsBase):
    """The extensions operations of ``ServiceManagementService``."""

    def list_resource_extensions(
        self,
    ) -> ResourceExtensions:
        """Lists the latest version of every VM extension available.

        ``/{subscription_id}/services/resourceextensions``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_RESOURCE_EXTENSIONS,
            {},
            None,
        )

    def list_resource_extension_versions(
        self,
        publisher_name: str,
        extension_name: str,
    ) -> ResourceExtensions:
        """Lists every version of one VM extension.

        ``/{subscription_id}/services/resourceextensions/{publisher_name}/{extension_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_RESOURCE_EXTENSION_VERSIONS,
            {
                "publisher_name": publisher_name,
                "extension_name": extension_name,
            },
            None,
        )
