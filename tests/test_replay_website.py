"""Replay: WebsiteManagementService, driven as the legacy tests drove it."""

from __future__ import annotations

import pytest
from fixturetypes import Replay
from narrow import present
from servicemanagement import (
    AzureMissingResourceHttpError,
    MetricResponses,
    PublishData,
    Site,
    Sites,
    WebsiteManagementService,
    WebSpace,
    WebSpaces,
)

WEBSPACE = "eastuswebspace"


def _web(replay: Replay, name: str) -> WebsiteManagementService:
    return replay(f"mgmt_website.{name}", WebsiteManagementService)


def _create_site(wss: WebsiteManagementService, name: str) -> Site:
    site = wss.create_site(WEBSPACE, name, "East US", [f"{name}.azurewebsites.net"])
    assert site.name == name
    assert site.web_space == WEBSPACE
    return site


def _assert_gone(wss: WebsiteManagementService, name: str) -> None:
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        wss.get_site(WEBSPACE, name)
    assert caught.value.code == "NotFound"
    assert caught.value.message == f"The web site {name} cannot be found."


def test_list_web_spaces(replay: Replay) -> None:
    wss = _web(replay, "test_list_web_spaces")
    spaces = wss.list_webspaces()
    assert isinstance(spaces, WebSpaces)
    assert len(spaces) == 11
    east = next(s for s in spaces if present(s.name).lower() == WEBSPACE)
    assert (east.geo_location, east.geo_region, east.plan) == (
        "BLU",
        "East US",
        "VirtualDedicatedPlan",
    )
    assert east.number_of_workers is None


def test_get_web_space(replay: Replay) -> None:
    wss = _web(replay, "test_get_web_space")
    space = wss.get_webspace(WEBSPACE)
    assert isinstance(space, WebSpace)
    assert (space.geo_location, space.geo_region, space.status) == ("BLU", "East US", "Ready")
    assert space.subscription == "00000000-0000-0000-0000-000000000000"


def test_list_web_sites(replay: Replay) -> None:
    wss = _web(replay, "test_list_web_sites")
    _create_site(wss, "uts984f1228")
    sites = wss.list_sites(WEBSPACE)
    assert isinstance(sites, Sites)
    assert "uts984f1228" in [s.name for s in sites]
    assert wss.get_site(WEBSPACE, "uts984f1228").state == "Running"


def test_get_web_site(replay: Replay) -> None:
    wss = _web(replay, "test_get_web_site")
    _create_site(wss, "uts73b11139")
    site = wss.get_site(WEBSPACE, "uts73b11139")
    assert site.availability_state == "Normal"
    assert site.compute_mode == "Shared"
    assert site.enabled is True
    assert site.enabled_host_names == [
        "uts73b11139.azurewebsites.net",
        "uts73b11139.scm.azurewebsites.net",
    ]
    ssl_states = present(site.host_name_ssl_states)
    assert [s.name for s in ssl_states] == site.enabled_host_names
    assert ssl_states[0].ssl_state == "Disabled"
    assert site.host_names == ["uts73b11139.azurewebsites.net"]
    assert site.repository_site_name == "uts73b11139"
    assert present(site.self_link).endswith("/webspaces/eastuswebspace/sites/uts73b11139")
    assert site.server_farm == "Default0"
    assert site.site_mode == "Limited"
    assert site.state == site.storage_recovery_default_state == "Running"
    assert site.usage_state == "Normal"
    assert site.sku == "Free"
    assert site.site_config is None


def test_create_site(replay: Replay) -> None:
    wss = _web(replay, "test_create_site")
    site = _create_site(wss, "uts626c10d0")
    assert site.host_names == ["uts626c10d0.azurewebsites.net"]
    assert site.admin_enabled is True
    assert wss.get_site(WEBSPACE, "uts626c10d0").name == "uts626c10d0"


@pytest.mark.parametrize(
    ("cassette", "site", "options"),
    [
        ("test_delete_site", "uts625410cf", {}),
        ("test_delete_site_with_empty_farm", "utsa803177d", {"delete_empty_server_farm": True}),
        ("test_delete_site_with_metrics", "uts62d11640", {"delete_metrics": True}),
        (
            "test_delete_site_with_empty_farm_and_metrics",
            "utse12e1c65",
            {"delete_empty_server_farm": True, "delete_metrics": True},
        ),
    ],
)
def test_delete_site(replay: Replay, cassette: str, site: str, options: dict[str, bool]) -> None:
    wss = _web(replay, cassette)
    _create_site(wss, site)
    deleted = wss.delete_site(WEBSPACE, site, **options)  # type: ignore[func-returns-value]
    assert deleted is None
    _assert_gone(wss, site)


def test_restart_site(replay: Replay) -> None:
    wss = _web(replay, "test_restart_site")
    _create_site(wss, "uts74ff1161")
    result = wss.restart_site(WEBSPACE, "uts74ff1161")
    assert result.request_id


def test_shutdown_start_site(replay: Replay) -> None:
    wss = _web(replay, "test_shutdown_start_site")
    _create_site(wss, "utsfb5c1465")
    for state in ("Stopped", "Running"):
        result = wss.update_site(WEBSPACE, "utsfb5c1465", state=state)
        assert result.request_id is not None
        operation = wss.wait_for_operation_status(result.request_id, sleep_interval=0)
        assert operation.status == "Succeeded"
        assert wss.get_site(WEBSPACE, "utsfb5c1465").state == state


def test_get_historical_usage_metrics(replay: Replay) -> None:
    wss = _web(replay, "test_get_historical_usage_metrics")
    _create_site(wss, "utsc06017e3")
    metrics = wss.get_historical_usage_metrics(WEBSPACE, "utsc06017e3")
    assert isinstance(metrics, MetricResponses)
    first = metrics[0]
    assert first.code == "Success"
    assert first.message == ""
    data = first.data
    assert data is not None
    assert data.display_name == "Incoming request bytes"
    assert data.name == "IncomingRequestBytes"
    assert data.primary_aggregation_type == "Total"
    assert data.start_time == "2015-07-01T00:00:00Z"
    assert data.time_grain == "PT1H"
    assert data.unit == "Bytes"
    assert len(present(data.values)) == 0
    assert "CpuTime" in [present(m.data).name for m in metrics]


def test_get_publish_profile_xml(replay: Replay) -> None:
    wss = _web(replay, "test_get_publish_profile_xml")
    _create_site(wss, "uts4d9515de")
    text = wss.get_publish_profile_xml(WEBSPACE, "uts4d9515de")
    assert text.startswith("<publishData>")
    assert 'profileName="uts4d9515de - Web Deploy"' in text


def test_get_publish_profile(replay: Replay) -> None:
    wss = _web(replay, "test_get_publish_profile")
    _create_site(wss, "utsf8a4142e")
    data = wss.get_publish_profile(WEBSPACE, "utsf8a4142e")
    assert isinstance(data, PublishData)
    deploy, ftp = present(data.publish_profiles)
    assert deploy.profile_name == "utsf8a4142e - Web Deploy"
    assert deploy.publish_method == "MSDeploy"
    assert deploy.publish_url == "utsf8a4142e.scm.azurewebsites.net:443"
    assert deploy.msdeploysite == "utsf8a4142e"
    assert deploy.user_name == "$utsf8a4142e"
    assert deploy.user_pwd == ftp.user_pwd
    assert deploy.destination_app_url == "http://utsf8a4142e.azurewebsites.net"
    assert deploy.sql_server_db_connection_string == ""
    assert deploy.my_sqldb_connection_string == ""
    assert deploy.ftp_passive_mode is None
    assert deploy.databases == []
    assert ftp.publish_method == "FTP"
    assert ftp.ftp_passive_mode is True
    assert ftp.user_name == "utsf8a4142e\\$utsf8a4142e"
