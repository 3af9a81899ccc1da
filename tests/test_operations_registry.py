"""``servicemanagement.OPERATIONS``: every spec operation by name, as data."""

from __future__ import annotations

import servicemanagement
from servicemanagement import OPERATIONS
from servicemanagement._schema import OperationSpec
from test_legacy_surface import BASE, METHODS


def test_keyed_by_operation_name() -> None:
    assert all(isinstance(spec, OperationSpec) for spec in OPERATIONS.values())
    assert all(name == spec.name for name, spec in OPERATIONS.items())
    assert list(OPERATIONS) == sorted(OPERATIONS)


def test_every_operation_is_a_method_of_its_client() -> None:
    for name, spec in OPERATIONS.items():
        assert callable(getattr(getattr(servicemanagement, spec.client), name)), name


def test_every_legacy_operation_is_listed_under_its_own_class() -> None:
    # The legacy classes never shared a method name, which is why one registry keyed by
    # name serves them all. Their shared helpers (perform_get, ...) are no operations.
    helpers = {signature.name for signature in BASE}
    for cls, signature in METHODS:
        if signature.name not in helpers:
            assert OPERATIONS[signature.name].client == cls, signature.name


def test_the_description_is_complete() -> None:
    associate = OPERATIONS["associate_reserved_ip_address"]
    assert (associate.client, associate.method) == ("ServiceManagementService", "POST")
    assert associate.path == (
        "/{subscription_id}/services/networking/reservedips/{name}/operations/associate"
    )
    assert associate.x_ms_version == "2015-02-01"
    assert associate.request_type == "ReservedIPAssociation"
    assert associate.is_async
    assert associate.doc
    namespace = OPERATIONS["create_namespace"]
    assert (namespace.client, namespace.x_ms_version) == (
        "ServiceBusManagementService",
        "2012-03-01",
    )
    assert not namespace.is_async
    assert OPERATIONS["list_role_sizes"].response_type == "RoleSizes"
