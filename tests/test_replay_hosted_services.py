"""Replay: cloud services (hosted services)."""

from __future__ import annotations

import pytest
from compute_steps import LOCATION, create_hosted_service, wait
from fixturetypes import Replay
from narrow import present
from servicemanagement import AzureMissingResourceHttpError


def test_create_update_delete_hosted_service(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_create_update_delete_hosted_service")
    name = "utsvc1ee3195f"

    result = sms.create_hosted_service(
        name,
        "pythonlabel",
        "python hosted service description",
        LOCATION,
        None,
        {"ext2": "val2", "ext1": "val1"},
    )
    wait(sms, result)
    created = sms.get_hosted_service_properties(name)
    assert created.service_name == name
    assert present(created.hosted_service_properties).label == "pythonlabel"

    updated = sms.update_hosted_service(  # type: ignore[func-returns-value]
        name,
        "ptvslabelupdate",
        "ptvs description update",
        {"ext2": "val2update", "ext1": "val1update", "ext3": "brandnew"},
    )
    assert updated is None
    props = sms.get_hosted_service_properties(name).hosted_service_properties
    assert props is not None
    assert props.label == "ptvslabelupdate"
    assert props.description == "ptvs description update"
    assert props.extended_properties == {
        "ext2": "val2update",
        "ext1": "val1update",
        "ext3": "brandnew",
    }

    wait(sms, sms.delete_hosted_service(name))
    with pytest.raises(AzureMissingResourceHttpError) as raised:
        sms.get_hosted_service_properties(name)
    assert raised.value.code == "ResourceNotFound"


def test_get_hosted_service_properties(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_get_hosted_service_properties")
    name = "utsvc8fe71723"
    create_hosted_service(sms, name, {"ext2": "42", "ext1": "val1"})

    result = sms.get_hosted_service_properties(name)

    assert result.service_name == name
    assert result.url is not None
    assert result.url.endswith(f"/services/hostedservices/{name}")
    props = result.hosted_service_properties
    assert props is not None and props.extended_properties is not None
    assert props.description == name + "description"
    assert props.location == LOCATION
    assert props.label == name + "label"
    assert props.status == "Created"
    assert props.date_created and props.date_last_modified
    assert props.extended_properties["ext1"] == "val1"
    assert props.extended_properties["ext2"] == "42"
    assert result.deployments is None  # embed_detail=False


def test_list_hosted_services(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_hosted_services")
    name = "utsvcd0591366"
    create_hosted_service(sms, name, {"ext1": "val1", "ext2": "42"})

    result = sms.list_hosted_services()

    assert len(result) == 12
    service = next(s for s in result if s.service_name == name)
    assert service.url is not None
    assert service.url.endswith(name)
    props = service.hosted_service_properties
    assert props is not None and props.extended_properties is not None
    assert props.label == name + "label"
    assert props.description == name + "description"
    assert props.extended_properties["ext2"] == "42"
    assert service.deployments is None
    capabilities = present(service.compute_capabilities)
    assert "Standard_D14" in present(capabilities.virtual_machines_role_sizes)
    # A service without a description comes back as <Description i:nil="true"/>, which
    # reads as the legacy default.
    assert result[0].service_name == "crwcent"
    assert present(result[0].hosted_service_properties).description == ""


def test_check_hosted_service_name_availability_available(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_check_hosted_service_name_availability_available")

    result = sms.check_hosted_service_name_availability("utsvc8b751e8f")

    assert result.result is True
    assert result.reason is False  # <Reason i:nil="true"/>: the legacy default


def test_check_hosted_service_name_availability_not_available(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_check_hosted_service_name_availability_not_available")
    name = "utsvcab8203f"
    create_hosted_service(sms, name, {"ext2": "42", "ext1": "val1"})

    result = sms.check_hosted_service_name_availability(name)

    assert result.result is False
    assert result.reason == "A hosted service with the specified name already exists."
