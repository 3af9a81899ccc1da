"""Websites operations the legacy package did not have, without recordings.

Requests must be exactly as given (the replay server compares method, path, query,
x-ms-version, content type and body); responses are hand-written from the documents of
the Azure .NET SDK's WebSiteManagement client and, where marked in the spec, responses
other public SDKs recorded. Constant headers (Accept) are checked on the built request.
"""

from __future__ import annotations

import json

import pytest
from cassettes import SUBSCRIPTION_ID as SUB, Interaction
from exchanges import document, exchange
from fixturetypes import Serve
from requestcapture import capturing, sent
from servicemanagement import (
    BackupRequest,
    BackupSchedule,
    DatabaseBackupSetting,
    RelayServiceConnectionEntity,
    RestoreRequest,
    Site,
    WebsiteManagementService,
    from_xml,
)

SPACES = f"/{SUB}/services/WebSpaces"
SITE = f"{SPACES}/space/sites/site"
SER = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
JSON = "application/json; charset=utf-8"


def websites(serve: Serve, *interactions: Interaction) -> WebsiteManagementService:
    return serve(list(interactions), WebsiteManagementService)


def test_web_space_properties(serve: Serve) -> None:
    regions = document(
        "GeoRegions",
        '<GeoRegion><Description i:nil="true"/><DisplayName>West US</DisplayName>'
        "<Name>West US</Name><SortOrder>1</SortOrder></GeoRegion>",
    )
    user = (
        "<Name>u</Name><PublishingPassword>p</PublishingPassword>"
        "<PublishingUserName>u</PublishingUserName>"
    )
    client = websites(
        serve,
        exchange(
            "GET",
            SPACES,
            {"ishostnameavailable": "site"},
            response=f'<boolean xmlns="{SER}">true</boolean>',
        ),
        exchange(
            "GET",
            SPACES,
            {"properties": "dnssuffix"},
            response=f'<string xmlns="{SER}">azurewebsites.net</string>',
        ),
        exchange("GET", SPACES, {"properties": "georegions"}, response=regions),
        exchange(
            "GET",
            SPACES,
            {"properties": "publishingUsers"},
            response=f'<ArrayOfstring xmlns="{ARRAYS}"><string>u</string><string>v</string>'
            "</ArrayOfstring>",
        ),
        exchange(
            "PUT",
            SPACES,
            {"properties": "publishingCredentials"},
            body=document("User", user),
            status=201,
            response=document("User", user),
        ),
    )

    assert client.is_site_hostname_available("site") is True
    assert client.get_webspace_dns_suffix() == "azurewebsites.net"
    assert [(r.name, r.sort_order, r.description) for r in client.list_webspace_geo_regions()] == [
        ("West US", 1, None)
    ]
    assert client.list_webspace_publishing_users() == ["u", "v"]
    assert client.create_webspace_publishing_user("u", "p", name="u").publishing_user_name == "u"


def test_site_calls_without_bodies(serve: Serve) -> None:
    usages = document(
        "Usages",
        "<Usage><ComputeMode>Shared</ComputeMode><CurrentValue>5</CurrentValue>"
        "<DisplayName>CPU Time</DisplayName><Limit>60</Limit><Name>CpuTime</Name>"
        "<ResourceName>site</ResourceName><SiteMode>Limited</SiteMode><Unit>Minutes</Unit></Usage>",
    )
    uri = f'<anyURI xmlns="{SER}">https://site.scm.azurewebsites.net/site.git</anyURI>'
    ids = f'<ArrayOfstring xmlns="{ARRAYS}"><string>a1</string></ArrayOfstring>'
    client = websites(
        serve,
        exchange("POST", f"{SITE}/newpassword"),
        exchange("GET", f"{SITE}/instanceids", response=ids),
        exchange("GET", f"{SITE}/usages", response=usages),
        exchange("POST", f"{SITE}/repository"),
        exchange("GET", f"{SITE}/repository", response=uri),
        exchange("POST", f"{SITE}/repository", {"action": "sync"}),
        exchange("DELETE", f"{SITE}/repository", response=uri),
    )

    client.generate_site_password("space", "site")
    assert client.get_site_instance_ids("space", "site") == ["a1"]
    assert [(u.name, u.limit) for u in client.get_site_usage_metrics("space", "site")] == [
        ("CpuTime", "60")
    ]
    client.create_site_repository("space", "site")
    assert (
        client.get_site_repository("space", "site") == "https://site.scm.azurewebsites.net/site.git"
    )
    client.sync_site_repository("space", "site")
    assert (
        client.delete_site_repository("space", "site")
        == "https://site.scm.azurewebsites.net/site.git"
    )


OPERATION = document(
    "Operation",
    '<CreatedTime>2015-07-01T10:00:00Z</CreatedTime><Errors i:nil="true"/>'
    '<ExpirationTime>2015-07-03T10:00:00Z</ExpirationTime><GeoMasterOperationId i:nil="true"/>'
    "<Id>op-7</Id><ModifiedTime>2015-07-01T10:00:01Z</ModifiedTime><Name>SwapSlots</Name>"
    "<Status>InProgress</Status>",
)


def test_slot_swap_and_its_operation(serve: Serve) -> None:
    client = websites(
        serve,
        exchange(
            "POST",
            f"{SPACES}/space/sites/site(staging)/slots",
            {"Command": "swap", "targetSlot": "site"},
            status=202,
            response=OPERATION,
        ),
        exchange("GET", f"{SITE}/operations/op-7", response=OPERATION),
        exchange("POST", f"{SITE}/applySlotConfig", {"targetSwapSlot": "staging"}),
        exchange("POST", f"{SITE}/resetSlotConfig"),
    )

    swap = client.swap_site_slots("space", "site", "staging", "site")
    assert (swap.id, swap.status, swap.errors) == ("op-7", "InProgress", None)
    assert client.get_site_operation_status("space", "site", "op-7").name == "SwapSlots"
    client.apply_site_slot_configuration("space", "site", "staging")
    client.reset_site_slot_configuration("space", "site")


def test_the_websites_operation_document_has_its_own_type() -> None:
    # Same root element as an asynchronous operation's status, another document.
    operation = from_xml(OPERATION, type="WebsiteOperation")
    assert (operation.id, operation.expiration_time) == ("op-7", "2015-07-03T10:00:00Z")
    assert from_xml(OPERATION, type="Operation").status == "InProgress"


def test_json_calls(serve: Serve) -> None:
    config = {"AppSettings": [{"Name": "k", "Value": "v"}], "NumberOfWorkers": "2"}
    names = {"AppSettingNames": ["k"], "ConnectionStringNames": []}
    client = websites(
        serve,
        exchange(
            "GET",
            f"{SITE}/config",
            response=json.dumps({"NumberOfWorkers": 1, "PhpVersion": "5.6"}),
        ),
        exchange("PUT", f"{SITE}/config", body=json.dumps(config), content_type=JSON),
        exchange("GET", f"{SITE}/slotConfigNames", response=json.dumps(names)),
        exchange("POST", f"{SITE}/slotConfigNames", body=json.dumps(names), content_type=JSON),
    )

    assert client.get_site_configuration("space", "site") == {
        "NumberOfWorkers": 1,
        "PhpVersion": "5.6",
    }
    client.update_site_configuration("space", "site", config)
    assert client.get_site_slot_config_names("space", "site") == names
    client.update_site_slot_config_names("space", "site", names)


@pytest.mark.parametrize(
    "operation",
    [
        "get_site_configuration",
        "get_site_slot_config_names",
        "apply_site_slot_configuration",
        "reset_site_slot_configuration",
    ],
)
def test_json_calls_ask_for_json(operation: str) -> None:
    with capturing(WebsiteManagementService)(SUB, credential="not-used") as client:
        args = ("space", "site", "staging")[: 3 if operation.startswith("apply") else 2]
        request = sent(getattr(client, operation)(*args))
    assert ("Accept", "application/json") in request.headers


BACKUP_ITEM = (
    "<BlobName>site_201507011000.zip</BlobName><Created>2015-07-01T10:00:00Z</Created>"
    "<Databases><DatabaseBackupSetting><ConnectionString>Server=db</ConnectionString>"
    "<ConnectionStringName>main</ConnectionStringName><DatabaseType>SqlAzure</DatabaseType>"
    "<Name>db</Name></DatabaseBackupSetting></Databases><Name>nightly</Name>"
    "<Scheduled>false</Scheduled><SizeInBytes>1048576</SizeInBytes><Status>Succeeded</Status>"
    "<StorageAccountUrl>https://acct.blob.core.windows.net/bak?sig=x</StorageAccountUrl>"
)


def test_backups_and_restores(serve: Serve) -> None:
    database = DatabaseBackupSetting(
        connection_string="Server=db",
        connection_string_name="main",
        database_type="SqlAzure",
        name="db",
    )
    storage = "https://acct.blob.core.windows.net/bak?sig=x"
    backup = BackupRequest(name="nightly", storage_account_url=storage, databases=[database])
    schedule = BackupRequest(
        backup_schedule=BackupSchedule(
            frequency_interval=1,
            frequency_unit="Day",
            keep_at_least_one_backup=True,
            retention_period_in_days=30,
        ),
        enabled=True,
        storage_account_url=storage,
    )
    restore = RestoreRequest(
        adjust_connection_strings=False,
        blob_name="site_201507011000.zip",
        ignore_conflicting_host_names=True,
        overwrite=True,
        storage_account_url=storage,
    )
    client = websites(
        serve,
        exchange(
            "PUT",
            f"{SITE}/backup",
            body=backup.to_xml().decode(),
            response=document("BackupItem", BACKUP_ITEM),
        ),
        exchange("PUT", f"{SITE}/backup/config", body=schedule.to_xml().decode()),
        exchange("GET", f"{SITE}/backup/config", response=schedule.to_xml().decode()),
        exchange(
            "GET",
            f"{SITE}/restore",
            response=document("BackupItems", f"<BackupItem>{BACKUP_ITEM}</BackupItem>"),
        ),
        exchange(
            "PUT",
            f"{SITE}/restore/discover",
            body=restore.to_xml().decode(),
            response=restore.to_xml().decode(),
        ),
        exchange(
            "PUT",
            f"{SITE}/restore",
            body=restore.to_xml().decode(),
            response=document("RestoreResponse", "<OperationId>op-9</OperationId>"),
        ),
    )

    item = client.backup_site("space", "site", backup)
    assert (item.status, item.size_in_bytes, item.scheduled) == ("Succeeded", 1048576, False)
    assert item.databases is not None and item.databases[0].database_type == "SqlAzure"
    client.update_site_backup_configuration("space", "site", schedule)
    assert client.get_site_backup_configuration("space", "site") == schedule
    assert [b.blob_name for b in client.list_site_backups("space", "site")] == [
        "site_201507011000.zip"
    ]
    assert client.discover_site("space", "site", restore) == restore
    assert client.restore_site("space", "site", restore).operation_id == "op-9"


def test_hybrid_connections(serve: Serve) -> None:
    connection = RelayServiceConnectionEntity(
        biztalk_uri="https://bt.biztalk.windows.net/default",
        entity_connection_string="Endpoint=sb://relay/",
        entity_name="onprem-db",
        hostname="db.corp.example",
        port=1433,
        resource_type="hybridconnection",
    )
    entity = connection.to_xml().decode()
    # The same element inside the list document (whose default namespace it shares).
    listed = entity.replace(' xmlns="http://schemas.microsoft.com/windowsazure"', "", 1)
    entities = document("ArrayOfRelayServiceConnectionEntity", listed)
    hybrid = f"{SITE}/hybridconnection"
    client = websites(
        serve,
        exchange("POST", hybrid, body=entity, response=entity),
        exchange("PUT", hybrid, body=entity),
        exchange("GET", f"{hybrid}/onprem-db", response=entity),
        exchange("GET", hybrid, response=entities),
        exchange("DELETE", f"{hybrid}/onprem-db"),
    )

    assert client.create_site_hybrid_connection("space", "site", connection) == connection
    client.update_site_hybrid_connection("space", "site", connection)
    assert client.get_site_hybrid_connection("space", "site", "onprem-db").port == 1433
    assert [c.hostname for c in client.list_site_hybrid_connections("space", "site")] == [
        "db.corp.example"
    ]
    client.delete_site_hybrid_connection("space", "site", "onprem-db")


FARM = (
    '<AdminSiteName i:nil="true"/><CurrentNumberOfWorkers>1</CurrentNumberOfWorkers>'
    "<CurrentWorkerSize>Small</CurrentWorkerSize><CurrentWorkerSizeId>0</CurrentWorkerSizeId>"
    '<HostingEnvironment i:nil="true"/><Name>plan</Name><NumberOfSites>0</NumberOfSites>'
    "<NumberOfWorkers>1</NumberOfWorkers><PerSiteScaling>false</PerSiteScaling><SKU>Standard</SKU>"
    "<Status>Ready</Status><WebSpace>space</WebSpace><WorkerSize>Small</WorkerSize>"
)


def test_web_hosting_plans(serve: Serve) -> None:
    create = document(
        "ServerFarm",
        "<Name>plan</Name><NumberOfWorkers>1</NumberOfWorkers><SKU>Standard</SKU><WorkerSize>Small</WorkerSize>",
    )
    update = document("ServerFarm", "<NumberOfWorkers>2</NumberOfWorkers><SKU>Standard</SKU>")
    metrics = document(
        "MetricResponses",
        "<MetricResponse><Code>Success</Code><Data><Name>CpuPercentage</Name><Values><MetricSample>"
        "<Count>2</Count><InstanceName>RD00</InstanceName><Maximum>40</Maximum>"
        '<Minimum i:nil="true"/><TimeCreated>2015-07-01T10:00:00Z</TimeCreated><Total>55</Total>'
        "</MetricSample></Values></Data></MetricResponse>",
    )
    query = {"names": "CpuPercentage", "StartTime": "2015-07-01T00:00:00Z", "details": "true"}
    farms = f"{SPACES}/space"
    client = websites(
        serve,
        exchange(
            "POST", f"{farms}/ServerFarms", body=create, response=document("ServerFarm", FARM)
        ),
        exchange("GET", f"{farms}/serverFarms/plan", response=document("ServerFarm", FARM)),
        exchange(
            "GET",
            f"{farms}/serverFarms",
            response=document("ServerFarms", f"<ServerFarm>{FARM}</ServerFarm>"),
        ),
        exchange(
            "PUT", f"{farms}/ServerFarms/plan", body=update, response=document("ServerFarm", FARM)
        ),
        exchange("GET", f"{farms}/serverFarms/plan/metrics", query, response=metrics),
        exchange("DELETE", f"{farms}/ServerFarms/plan"),
    )

    plan = client.create_web_hosting_plan(
        "space", "plan", "Standard", number_of_workers=1, worker_size="Small"
    )
    assert (plan.sku, plan.current_worker_size, plan.admin_site_name, plan.per_site_scaling) == (
        "Standard",
        "Small",
        None,
        False,
    )
    assert client.get_web_hosting_plan("space", "plan").status == "Ready"
    assert [p.name for p in client.list_web_hosting_plan("space")] == ["plan"]
    client.update_web_hosting_plan("space", "plan", "Standard", number_of_workers=2)
    samples = client.get_web_hosting_plan_historical_usage_metrics(
        "space", "plan", ["CpuPercentage"], "2015-07-01T00:00:00Z", details=True
    )
    sample = samples.metric_response[0].data.values.metric_sample[0]  # type: ignore[index,union-attr]
    assert (sample.instance_name, sample.maximum, sample.minimum) == ("RD00", "40", None)
    client.delete_web_hosting_plan("space", "plan")


def test_ssl_certificates_of_a_site_are_structured() -> None:
    site = from_xml(
        document(
            "Site",
            "<Name>site</Name><SSLCertificates><Certificate><ExpirationDate>2016-07-01T00:00:00Z"
            '</ExpirationDate><HostNames><a:string xmlns:a="'
            + ARRAYS
            + '">www.example.com</a:string>'
            "</HostNames><Issuer>CN=CA</Issuer><SubjectName>CN=www.example.com</SubjectName>"
            "<Thumbprint>AB12</Thumbprint></Certificate></SSLCertificates>",
        ),
        type=Site,
    )
    assert site.ssl_certificates is not None
    [certificate] = site.ssl_certificates
    assert (certificate.thumbprint, certificate.host_names) == ("AB12", ["www.example.com"])
