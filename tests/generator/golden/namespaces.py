# Generated from spec/service.yaml by `make generate`; do not edit.
"""XML namespaces and service defaults."""

NS_EXT = "http://example.com/sample/extensions"
NS_I = "http://www.w3.org/2001/XMLSchema-instance"
NS_WA = "http://schemas.microsoft.com/windowsazure"

HOST = "sample.example.com"
X_MS_VERSION = "2014-10-01"
CONTENT_TYPE = "application/xml;charset=utf-8"
