# Generated from spec/service.yaml by `make generate`; do not edit.
"""XML namespaces, service defaults, and the names the spec marks as secrets."""

NS_EXT = "http://example.com/sample/extensions"
NS_I = "http://www.w3.org/2001/XMLSchema-instance"
NS_WA = "http://schemas.microsoft.com/windowsazure"

HOST = "sample.example.com"
X_MS_VERSION = "2014-10-01"
CONTENT_TYPE = "application/xml;charset=utf-8"

#: Python and wire names of the fields and parameters marked ``secret: true``: what
#: servicemanagement.redaction keeps out of logs.
SECRET_NAMES = frozenset({})
