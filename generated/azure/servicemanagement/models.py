"""The legacy ``azure.servicemanagement.models``: it is ``servicemanagement.models``
(every model class, loaded on first use, and the legacy names defined there)."""

import sys
from typing import TYPE_CHECKING

import servicemanagement.models

if TYPE_CHECKING:
    from servicemanagement.models import *  # noqa: F403
else:
    sys.modules[__name__] = servicemanagement.models
