"""SQL Database operations the legacy package did not have, without recordings.

Requests must be exactly as given (the replay server compares them element by element);
responses are hand-written from the documents of the Azure .NET SDK's SqlManagement
client, in the ServiceResource envelope every recorded SQL resource has.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cassettes import SUBSCRIPTION_ID as SUB, Interaction
from exchanges import document, exchange
from fixturetypes import Serve
from servicemanagement import DacBlobCredentials, DacConnectionInfo, SqlDatabaseManagementService

SERVER = f"/{SUB}/services/sqlservers/servers/srv"
XML = "application/xml"
DAC = "http://schemas.datacontract.org/2004/07/Microsoft.SqlServer.Management.Dac.ServiceTypes"


def envelope(inner: str, name: str = "n", kind: str = "Microsoft.SqlAzure.Database") -> str:
    return f"<Name>{name}</Name><Type>{kind}</Type><State>Normal</State>{inner}"


def resource(inner: str, name: str = "n") -> str:
    return f"<ServiceResource>{envelope(inner, name)}</ServiceResource>"


def resources(*items: str) -> str:
    return document("ServiceResources", "".join(items))


def single(inner: str, name: str = "n", kind: str = "Microsoft.SqlAzure.Database") -> str:
    return document("ServiceResource", envelope(inner, name, kind))


def sql(serve: Serve, *interactions: Interaction) -> SqlDatabaseManagementService:
    return serve(list(interactions), SqlDatabaseManagementService)


def test_gets(serve: Serve) -> None:
    database = single(
        "<Id>5</Id><Edition>Standard</Edition><MaxSizeGB>250</MaxSizeGB>"
        "<IsFederationRoot>False</IsFederationRoot>",
        name="db",
    )
    rule = single(
        "<StartIPAddress>192.0.2.1</StartIPAddress><EndIPAddress>192.0.2.9</EndIPAddress>",
        name="office",
    )
    quota = single("<Value>150</Value>", name="Premium_Databases")
    objective = single(
        "<Id>dd6d99bb</Id><IsDefault>True</IsDefault><IsSystem>False</IsSystem>"
        "<Description>S0</Description><Enabled>True</Enabled><DimensionSettings/>",
        name="S0",
    )
    events = resources(
        resource(
            "<DatabaseName>db</DatabaseName><EventType>deadlock</EventType>"
            "<NumberOfEvents>2</NumberOfEvents>",
            name="ev",
        )
    )
    window = {"startDate": "2015-07-01T00:00:00Z", "intervalSizeInMinutes": "60", "eventTypes": ""}
    client = sql(
        serve,
        exchange("GET", f"{SERVER}/databases/db", response=database),
        exchange("GET", f"{SERVER}/firewallrules/office", response=rule),
        exchange("GET", f"{SERVER}/serverquotas/Premium_Databases", response=quota),
        exchange("GET", f"{SERVER}/serviceobjectives/dd6d99bb", response=objective),
        exchange("GET", f"{SERVER}/databases/db/events", window, response=events),
    )

    got = client.get_database("srv", "db")
    assert (got.name, got.id, got.edition, got.max_size_gb, got.is_federation_root) == (
        "db",
        5,
        "Standard",
        250,
        False,
    )
    assert client.get_firewall_rule("srv", "office").end_ip_address == "192.0.2.9"
    assert client.get_server_quota("srv", "Premium_Databases").value == 150
    assert client.get_service_objective("srv", "dd6d99bb").is_default is True
    logs = client.get_database_event_logs("srv", "db", "2015-07-01T00:00:00Z", 60)
    assert [(e.event_type, e.number_of_events) for e in logs] == [("deadlock", 2)]


COPY = (
    "<SourceServerName>srv</SourceServerName><SourceDatabaseName>db</SourceDatabaseName>"
    "<DestinationServerName>srv2</DestinationServerName>"
    "<DestinationDatabaseName>db</DestinationDatabaseName><IsContinuous>True</IsContinuous>"
    "<ReplicationState>1</ReplicationState><ReplicationStateDescription>CATCH_UP"
    "</ReplicationStateDescription><PercentComplete>42.5</PercentComplete>"
    "<IsOfflineSecondary>False</IsOfflineSecondary><IsTerminationAllowed>True</IsTerminationAllowed>"
)


def test_database_copy_life_cycle(serve: Serve) -> None:
    copies = f"{SERVER}/databases/db/databasecopies"
    create = document(
        "ServiceResource",
        "<PartnerServer>srv2</PartnerServer><PartnerDatabase>db</PartnerDatabase>"
        "<IsContinuous>true</IsContinuous><IsOfflineSecondary>false</IsOfflineSecondary>",
    )
    terminate = document("ServiceResource", "<IsForcedTerminate>true</IsForcedTerminate>")
    link = single(COPY, name="c0ffee", kind="Microsoft.SqlAzure.DatabaseCopy")
    client = sql(
        serve,
        exchange("POST", copies, body=create, content_type=XML, status=201, response=link),
        exchange("GET", f"{copies}/c0ffee", response=link),
        exchange("GET", copies, response=resources(resource(COPY, name="c0ffee"))),
        exchange("PUT", f"{copies}/c0ffee", body=terminate, content_type=XML, response=link),
        exchange("DELETE", f"{copies}/c0ffee"),
    )

    created = client.create_database_copy("srv", "db", "srv2", "db", is_continuous=True)
    assert (created.name, created.is_continuous, created.percent_complete) == ("c0ffee", True, 42.5)
    assert client.get_database_copy("srv", "db", "c0ffee").replication_state == 1
    assert [c.destination_server_name for c in client.list_database_copy("srv", "db")] == ["srv2"]
    assert (
        client.update_database_copy("srv", "db", "c0ffee", is_forced_terminate=True).name
        == "c0ffee"
    )
    client.delete_database_copy("srv", "db", "c0ffee")


def test_database_operations(serve: Serve) -> None:
    operation = (
        "<Id>9a1b</Id><StateId>2</StateId><DatabaseName>db</DatabaseName>"
        "<PercentComplete>100</PercentComplete><ErrorCode>0</ErrorCode>"
    )
    client = sql(
        serve,
        exchange("GET", f"{SERVER}/databaseoperations/9a1b", response=single(operation)),
        exchange(
            "GET",
            f"{SERVER}/databaseoperations",
            {"databaseName": "db"},
            response=resources(resource(operation)),
        ),
        exchange(
            "GET", f"{SERVER}/databaseoperations", {"contentview": "generic"}, response=resources()
        ),
    )

    assert client.get_database_operation("srv", "9a1b").percent_complete == 100
    assert [o.id for o in client.list_database_operation_by_database("srv", "db")] == ["9a1b"]
    assert len(client.list_database_operation_by_server("srv")) == 0


def test_recovery_and_restore(serve: Serve) -> None:
    recoverable = "<EntityId>db</EntityId><ServerName>srv</ServerName><Edition>Basic</Edition>"
    dropped = "<EntityId>db,130803000000000000</EntityId><MaxSizeBytes>2147483648</MaxSizeBytes>"
    recover = document(
        "ServiceResource",
        "<SourceDatabaseName>db</SourceDatabaseName><TargetDatabaseName>db2</TargetDatabaseName>",
    )
    restore = document(
        "ServiceResource",
        "<SourceDatabaseName>db</SourceDatabaseName>"
        "<SourceDatabaseDeletionDate>2015-07-01T10:00:00Z</SourceDatabaseDeletionDate>"
        "<TargetDatabaseName>db2</TargetDatabaseName>",
    )
    started = single("<RequestID>4f2c</RequestID><SourceDatabaseName>db</SourceDatabaseName>")
    client = sql(
        serve,
        exchange("GET", f"{SERVER}/recoverabledatabases/db", response=single(recoverable)),
        exchange(
            "GET",
            f"{SERVER}/recoverabledatabases",
            {"contentview": "generic"},
            response=resources(resource(recoverable)),
        ),
        exchange(
            "POST",
            f"{SERVER}/recoverdatabaseoperations",
            body=recover,
            content_type=XML,
            status=201,
            response=started,
        ),
        exchange(
            "GET",
            f"{SERVER}/restorabledroppeddatabases/db%2C130803000000000000",
            response=single(dropped),
        ),
        exchange(
            "GET",
            f"{SERVER}/restorabledroppeddatabases",
            {"contentview": "generic"},
            response=resources(resource(dropped)),
        ),
        exchange(
            "POST",
            f"{SERVER}/restoredatabaseoperations",
            body=restore,
            content_type=XML,
            status=201,
            response=started,
        ),
    )

    assert client.get_recoverable_database("srv", "db").edition == "Basic"
    assert [d.entity_id for d in client.list_recoverable_database("srv")] == ["db"]
    assert (
        client.create_recover_database_operation("srv", "db", target_database_name="db2").request_id
        == "4f2c"
    )
    assert (
        client.get_restorable_dropped_database("srv", "db,130803000000000000").max_size_bytes
        == 2147483648
    )
    assert len(client.list_restorable_dropped_database("srv")) == 1
    deleted = datetime(2015, 7, 1, 10, 0, tzinfo=UTC)
    assert (
        client.create_restore_database_operation("srv", "db", "db2", deleted).request_id == "4f2c"
    )


@pytest.mark.parametrize("operation", ["export", "import"])
def test_dac_requests_return_the_request_id(serve: Serve, operation: str) -> None:
    credentials = (
        '<BlobCredentials i:type="BlobStorageAccessKeyCredentials">'
        "<Uri>https://acct.blob.core.windows.net/bak/db.bacpac</Uri>"
        "<StorageAccessKey>a2V5</StorageAccessKey></BlobCredentials>"
        "<ConnectionInfo><DatabaseName>db</DatabaseName><Password>p&amp;w</Password>"
        "<ServerName>srv.database.windows.net</ServerName><UserName>admin</UserName></ConnectionInfo>"
    )
    if operation == "export":
        body = document("ExportInput", credentials, DAC)
    else:
        body = document(
            "ImportInput",
            f"<AzureEdition>Standard</AzureEdition>{credentials}<DatabaseSizeInGB>5</DatabaseSizeInGB>",
            DAC,
        )
    guid = '<guid xmlns="http://schemas.microsoft.com/2003/10/Serialization/">7a3d</guid>'
    path = f"{SERVER}/DacOperations/{operation.title()}"
    client = sql(serve, exchange("POST", path, body=body, content_type=XML, response=guid))
    blob = DacBlobCredentials(
        uri="https://acct.blob.core.windows.net/bak/db.bacpac", storage_access_key="a2V5"
    )
    connection = DacConnectionInfo(
        database_name="db",
        password="p&w",
        server_name="srv.database.windows.net",
        user_name="admin",
    )

    if operation == "export":
        assert client.export_dac("srv", connection, blob) == "7a3d"
    else:
        assert client.import_dac("srv", connection, blob, 5, azure_edition="Standard") == "7a3d"


def test_dac_status(serve: Serve) -> None:
    statuses = document(
        "ArrayOfStatusInfo",
        "<StatusInfo><BlobUri>https://acct.blob.core.windows.net/bak/db.bacpac</BlobUri>"
        '<DatabaseName>db</DatabaseName><ErrorMessage i:nil="true"/>'
        "<RequestId>7a3d</RequestId><RequestType>Export</RequestType><Status>Completed</Status>"
        "</StatusInfo>",
        DAC,
    )
    status_input = document(
        "StatusInput",
        "<Password>pw</Password><RequestId>7a3d</RequestId>"
        "<ServerName>srv.database.windows.net</ServerName><UserName>admin</UserName>",
        DAC,
    )
    query = {
        "servername": "srv.database.windows.net",
        "username": "admin",
        "password": "pw",
        "reqId": "7a3d",
    }
    path = f"{SERVER}/DacOperations/Status"
    client = sql(
        serve,
        exchange("GET", path, query, response=statuses),
        exchange("POST", path, body=status_input, content_type=XML, response=statuses),
    )

    for found in (
        client.get_dac_status("srv", "srv.database.windows.net", "admin", "pw", "7a3d"),
        client.get_dac_status_post("srv", "srv.database.windows.net", "admin", "pw", "7a3d"),
    ):
        assert [(s.request_type, s.status, s.error_message) for s in found] == [
            ("Export", "Completed", None)
        ]
