# Generated from spec/service.yaml by `make generate`; do not edit.
"""XML namespaces and service defaults."""

NS_DC = "http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement"
NS_I = "http://www.w3.org/2001/XMLSchema-instance"
NS_WA = "http://schemas.microsoft.com/windowsazure"

HOST = "management.core.windows.net"
X_MS_VERSION = "2014-10-01"
CONTENT_TYPE = "application/atom+xml;type=entry;charset=utf-8"
