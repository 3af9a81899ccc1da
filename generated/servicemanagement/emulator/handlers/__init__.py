"""Operation handlers, one module per area; importing this package registers them all."""

from servicemanagement.emulator.handlers import catalogue, operations

__all__ = ["catalogue", "operations"]
