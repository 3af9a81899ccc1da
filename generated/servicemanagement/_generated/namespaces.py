# Generated from spec/service.yaml by `make generate`; do not edit.
"""XML namespaces, service defaults, and the names the spec marks as secrets."""

NS_ARR = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
NS_ATOM = "http://www.w3.org/2005/Atom"
NS_DAC = "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes"
NS_DC = "http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement"
NS_HDI13 = "http://schemas.microsoft.com/hdinsight/2013/05/management"
NS_HDI14 = "http://schemas.microsoft.com/hdinsight/2014/05/management"
NS_I = "http://www.w3.org/2001/XMLSchema-instance"
NS_MEDIA = "http://schemas.datacontract.org/2004/07/Microsoft.Cloud.Media.Management.ResourceProvider.Models"
NS_NC = "http://schemas.microsoft.com/ServiceHosting/2011/07/NetworkConfiguration"
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

#: Python and wire names of the fields and parameters marked ``secret: true``: what
#: servicemanagement.redaction keeps out of logs.
SECRET_NAMES = frozenset(
    {
        "AdminPassword",
        "AdministratorLoginPassword",
        "ConnectionString",
        "DefaultKey",
        "Password",
        "Primary",
        "PrimaryKey",
        "SQLServerDBConnectionString",
        "Secondary",
        "SecondaryKey",
        "UserPassword",
        "admin_password",
        "administrator_login_password",
        "connectionString",
        "connection_string",
        "default_key",
        "mySQLDBConnectionString",
        "my_sqldb_connection_string",
        "password",
        "primary",
        "primary_key",
        "secondary",
        "secondary_key",
        "sql_server_db_connection_string",
        "userPWD",
        "user_password",
        "user_pwd",
    }
)
