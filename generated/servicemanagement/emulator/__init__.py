"""A local Service Management endpoint over mutual TLS, for demos and tests.

``python -m servicemanagement.emulator`` runs it; in-process::

    with Emulator(operation_delay=0) as emulator:
        sms = emulator.client()          # a ServiceManagementService over mutual TLS
        sms.list_locations()

Routing comes from the generated operation table (``servicemanagement.OPERATIONS``)
and bodies from the generated models; handlers are registered per operation name.
"""

from servicemanagement.emulator.core import HANDLERS
from servicemanagement.emulator.faults import Fault
from servicemanagement.emulator.provision import Connection
from servicemanagement.emulator.server import Emulator

__all__ = ["Connection", "Emulator", "Fault", "implemented_operations"]


def implemented_operations() -> list[str]:
    """Names of the spec operations this emulator answers (others get 501)."""
    from servicemanagement._generated import OPERATIONS

    return sorted(
        op.name
        for op in OPERATIONS.values()
        if op.client == "ServiceManagementService" and op.name in HANDLERS
    )
