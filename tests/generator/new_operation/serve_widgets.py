"""Run with the package generated from the real spec plus spec/ here: the emulator serves
the new widget operations with no code written for them."""

from __future__ import annotations

import pytest
from servicemanagement import AzureConflictHttpError, AzureMissingResourceHttpError
from servicemanagement.emulator import Emulator, implemented_operations


def test_the_new_operations_are_served() -> None:
    assert "polish_widget" in implemented_operations()
    with Emulator(operation_delay=0) as emulator:
        sms = emulator.client()
        created = sms.create_widget("w1", "first", 3)
        assert sms.get_operation_status(created.request_id).status == "Succeeded"
        with pytest.raises(AzureConflictHttpError):
            sms.create_widget("w1", "again", 1)
        widget = sms.get_widget("w1")
        assert (widget.name, widget.label, widget.size) == ("w1", "first", 3)
        sms.update_widget("w1", "renamed")
        assert sms.get_widget("w1").label == "renamed"
        assert sms.get_widget("w1").size == 3
        sms.resize_widget("w1", 5)
        assert (sms.get_widget("w1").label, sms.get_widget("w1").size) == ("renamed", 5)
        polished = sms.polish_widget("w1")
        assert sms.get_operation_status(polished.request_id).status == "Succeeded"
        with pytest.raises(AzureMissingResourceHttpError):
            sms.polish_widget("w2")
        assert [w.name for w in sms.list_widgets()] == ["w1"]
        assert sms.get_widget_settings("w1").colour is None
        sms.set_widget_settings("w1", "blue")
        assert sms.get_widget_settings("w1").colour == "blue"
        with pytest.raises(AzureMissingResourceHttpError):
            sms.set_widget_settings("w2", "red")
        sms.delete_widget("w1")
        with pytest.raises(AzureMissingResourceHttpError):
            sms.get_widget("w1")
        with pytest.raises(AzureMissingResourceHttpError):
            sms.get_widget_settings("w1")
        assert list(sms.list_widgets()) == []


def test_operations_under_hand_kept_resources_are_served() -> None:
    with Emulator(operation_delay=0) as emulator:
        sms = emulator.client()
        with pytest.raises(AzureMissingResourceHttpError):
            sms.list_service_widgets("mysvc")
        sms.create_hosted_service("mysvc", "my service", location="West US")
        assert list(sms.list_service_widgets("mysvc")) == []
        sms.add_service_widget("mysvc", "w1")
        assert [w.name for w in sms.list_service_widgets("mysvc")] == ["w1"]
        # the service's widgets go with it
        sms.delete_hosted_service("mysvc")
        sms.create_hosted_service("mysvc", "my service", location="West US")
        assert list(sms.list_service_widgets("mysvc")) == []
