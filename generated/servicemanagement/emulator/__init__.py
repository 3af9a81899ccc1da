"""A local Service Management endpoint over mutual TLS, for demos and tests.

``python -m servicemanagement.emulator`` runs it; in-process::

    with Emulator(operation_delay=0) as emulator:
        sms = emulator.client()          # a ServiceManagementService over mutual TLS
        sms.list_locations()

Routing comes from the generated operation table (``servicemanagement.OPERATIONS``)
and bodies from the generated models. Every operation is served: by the generic
engine (``engine``: resource life cycles inferred from the spec), or by hand-written
behaviour registered per operation name (``handlers``).
"""

from servicemanagement.emulator.faults import Fault
from servicemanagement.emulator.provision import Connection
from servicemanagement.emulator.server import Emulator

__all__ = ["Connection", "Emulator", "Fault", "implemented_operations"]


def implemented_operations() -> list[str]:
    """Names of the spec operations this emulator answers: all of them, of every client."""
    from servicemanagement._generated import OPERATIONS

    return sorted(OPERATIONS)
