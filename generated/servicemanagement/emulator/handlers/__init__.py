"""Operation handlers, one module per area; importing this package registers them all."""

from servicemanagement.emulator.handlers import (
    affinity_groups,
    catalogue,
    certificates,
    deployments,
    disks,
    finders,
    hosted_services,
    image_publishing,
    images,
    networking,
    operations,
    roles,
    servicebus,
    storage,
    subscriptions,
    vm_images,
)

__all__ = [
    "affinity_groups",
    "catalogue",
    "certificates",
    "deployments",
    "disks",
    "finders",
    "hosted_services",
    "image_publishing",
    "images",
    "networking",
    "operations",
    "roles",
    "servicebus",
    "storage",
    "subscriptions",
    "vm_images",
]
