"""The legacy service classes' defaults, and ``azure.servicemanagement`` as an alias.

Every legacy signature is checked in test_legacy_surface.py.
"""

from __future__ import annotations

import servicemanagement
from servicemanagement import (
    SchedulerManagementService,
    ServiceBusManagementService,
    SqlDatabaseManagementService,
    WebsiteManagementService,
)


def test_legacy_class_defaults() -> None:
    assert ServiceBusManagementService.x_ms_version == "2012-03-01"
    assert SqlDatabaseManagementService.content_type == "application/xml"
    assert WebsiteManagementService.x_ms_version == SchedulerManagementService.x_ms_version
    assert WebsiteManagementService.x_ms_version == "2014-10-01"


def test_azure_namespace_exports_the_service_classes() -> None:
    import azure.servicemanagement as legacy

    for name in (
        "SqlDatabaseManagementService",
        "ServiceBusManagementService",
        "WebsiteManagementService",
        "SchedulerManagementService",
        "get_certificate_from_publish_settings",
        "parse_response_for_async_op",
        "Database",
        "PublishData",
        "QueueDescription",
        "CloudService",
    ):
        assert getattr(legacy, name) is getattr(servicemanagement, name)
