"""The legacy ``azure.servicemanagement.publishsettings``."""

from servicemanagement.publishsettings import (
    get_certificate_from_publish_settings as get_certificate_from_publish_settings,
)
