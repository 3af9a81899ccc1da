# Generated from spec/service.yaml by `make generate`; do not edit.
"""XML namespaces and service defaults."""

NS_ARR = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
NS_ATOM = "http://www.w3.org/2005/Atom"
NS_DC = "http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement"
NS_I = "http://www.w3.org/2001/XMLSchema-instance"
NS_NONE = ""
NS_ODATA = "http://schemas.microsoft.com/ado/2007/08/dataservices"
NS_ODATAMETA = "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"
NS_SB = "http://schemas.microsoft.com/netservices/2011/06/servicebus"
NS_SBC = "http://schemas.microsoft.com/netservices/2010/10/servicebus/connect"
NS_SER = "http://schemas.microsoft.com/2003/10/Serialization/"
NS_SQL = "http://schemas.microsoft.com/sqlazure/2010/12/"
NS_WA = "http://schemas.microsoft.com/windowsazure"

HOST = "management.core.windows.net"
X_MS_VERSION = "2014-10-01"
CONTENT_TYPE = "application/atom+xml;type=entry;charset=utf-8"
