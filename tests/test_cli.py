"""The command line against the emulator: commands, output, waits, errors, exit codes."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servicemanagement._generated.commands import COMMANDS, GROUPS
from servicemanagement._xml import parse_document
from servicemanagement.cli.run import EXIT_OK, EXIT_SERVICE, EXIT_TRANSPORT, EXIT_USAGE, main
from servicemanagement.emulator import Emulator

NS = "{http://schemas.microsoft.com/windowsazure}"
#: Long enough for a first status poll to find the operation InProgress.
OPERATION_DELAY = 1.0


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    with Emulator(
        tmp_path_factory.mktemp("cli-emulator"), operation_delay=OPERATION_DELAY
    ) as running:
        yield running


@pytest.fixture(scope="module")
def profile(emulator: Emulator) -> str:
    """The emulator's connection.json: a profile as it is."""
    assert emulator.state_dir is not None
    return str(emulator.state_dir / "connection.json")


class Asm:
    """``asm --profile PROFILE ARGS...`` in this process: (exit status, stdout, stderr)."""

    def __init__(self, profile: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.profile = profile
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        status = main(["--profile", self.profile, *args], prog="asm")
        out, err = self.capsys.readouterr()
        return status, out, err

    def json(self, *args: str) -> Any:
        status, out, err = self(*args)
        assert status == EXIT_OK, err
        return json.loads(out)


@pytest.fixture
def asm(profile: str, capsys: pytest.CaptureFixture[str]) -> Asm:
    return Asm(profile, capsys)


def test_create_get_list_delete(asm: Asm) -> None:
    created = asm.json(
        "create-storage-account", "--service-name", "clistore", "--description", "d & <d>",
        "--label", "L", "--location", "West US", "--wait",
    )  # fmt: skip
    assert created == {**created, "status": "Succeeded", "error": None}
    got = asm.json("get-storage-account-properties", "--service-name", "clistore")
    assert got["service_name"] == "clistore"
    assert got["storage_service_properties"]["description"] == "d & <d>"
    assert got["storage_service_properties"]["location"] == "West US"
    listed = asm.json("list-storage-accounts")
    assert "clistore" in [s["service_name"] for s in listed["storage_services"]]
    assert asm("delete-storage-account", "--service-name", "clistore", "--wait")[0] == EXIT_OK
    status, _, err = asm("get-storage-account-properties", "--service-name", "clistore")
    assert status == EXIT_SERVICE
    assert "ResourceNotFound" in err


def test_wait_draws_a_progress_line_on_a_terminal(profile: str) -> None:
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "servicemanagement", "--profile", profile,
             "create-hosted-service", "--service-name", "clipty", "--label", "l",
             "--location", "West US", "--wait", "--poll-interval", "0.1"],
            stdout=subprocess.PIPE, stderr=follower, text=True, check=False, timeout=60,
        )  # fmt: skip
    finally:
        os.close(follower)
    shown = b""
    with contextlib.suppress(OSError):  # EIO: the terminal has no writer left
        while chunk := os.read(leader, 4096):
            shown += chunk
    os.close(leader)
    assert result.returncode == EXIT_OK
    lines = shown.decode().split("\r\x1b[K")
    assert lines[0] == "" and len(lines) > 2
    assert all(re.fullmatch(r"\w+: InProgress \(\d+s\)", line) for line in lines[1:-1])
    assert re.fullmatch(r"\w+: Succeeded \(\d+s\)\r?\n", lines[-1])


def test_ctrl_c_during_a_wait_exits_130(profile: str) -> None:
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "servicemanagement", "--profile", profile,
         "create-hosted-service", "--service-name", "cliint", "--label", "l",
         "--location", "West US", "--wait", "--poll-interval", "0.1"],
        stdout=subprocess.DEVNULL, stderr=follower,
    )  # fmt: skip
    os.close(follower)
    shown = b""
    try:
        while b"InProgress" not in shown:  # interrupted while it polls
            shown += os.read(leader, 4096)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
        with contextlib.suppress(OSError):
            while chunk := os.read(leader, 4096):
                shown += chunk
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
    assert shown.decode().endswith("\npython -m servicemanagement: interrupted\r\n")


def test_without_a_terminal_waits_are_quiet(asm: Asm) -> None:
    status, out, err = asm("create-hosted-service", "--service-name", "cliquiet", "--label", "l",
                           "--location", "West US", "--wait", "--poll-interval", "0.1")  # fmt: skip
    assert (status, err) == (EXIT_OK, "")
    assert json.loads(out)["status"] == "Succeeded"


def test_async_without_wait_prints_the_request_id(asm: Asm) -> None:
    started = asm.json("create-hosted-service", "--service-name", "cliasync", "--label", "l",
                       "--location", "West US")  # fmt: skip
    assert list(started) == ["request_id"]
    status = asm.json("get-operation-status", "--request-id", started["request_id"])
    assert status["status"] in ("InProgress", "Succeeded")


def test_all_pages_lists_the_items_of_every_page(asm: Asm) -> None:
    asm.json("create-hosted-service", "--service-name", "clipages", "--label", "l",
             "--location", "West US")  # fmt: skip
    page = asm.json("list-subscription-operations")
    items = asm.json("list-subscription-operations", "--all-pages")
    assert items == page["subscription_operations"]["subscription_operations"]
    assert "create_hosted_service" in [i["operation_name"] for i in items]


def test_json_keys_follow_the_wire_order(asm: Asm) -> None:
    status, out, _ = asm("list-locations")
    assert status == EXIT_OK
    first = json.loads(out)["locations"][0]
    assert list(first)[:2] == ["name", "display_name"]


def test_xml_output_is_the_response_document(asm: Asm) -> None:
    status, out, _ = asm("list-locations", "--output", "xml")
    assert status == EXIT_OK
    root = parse_document(out)
    assert root.tag == f"{NS}Locations"
    names = [e.findtext(f"{NS}Name") for e in root.iter(f"{NS}Location")]
    assert names == [loc["name"] for loc in asm.json("list-locations")["locations"]]


def test_table_output(asm: Asm) -> None:
    status, out, _ = asm("list-locations", "-o", "table")
    assert status == EXIT_OK
    header, rule, *rows = out.splitlines()
    assert header.split()[:2] == ["NAME", "DISPLAY_NAME"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert len(rows) == len(asm.json("list-locations")["locations"])


def test_a_failed_operation_exits_1_with_its_error(asm: Asm) -> None:
    """The certificate is opened asynchronously: bad data fail the operation, not the call."""
    asm.json("create-hosted-service", "--service-name", "clicert", "--label", "l",
             "--location", "West US", "--wait")  # fmt: skip
    status, out, err = asm(
        "add-service-certificate", "--service-name", "clicert",
        "--data", base64.b64encode(b"not a certificate").decode(),
        "--certificate-format", "pfx", "--password", "p", "--wait",
    )  # fmt: skip
    assert (status, out) == (EXIT_SERVICE, "")
    assert "AzureAsyncOperationHttpError 400 BadRequest" in err
    assert "not a certificate" in err
    assert "request id" in err


def test_a_wait_that_times_out_exits_3(asm: Asm) -> None:
    status, _, err = asm("create-hosted-service", "--service-name", "cliwait", "--label", "l",
                         "--location", "West US", "--wait", "--wait-timeout", "0")  # fmt: skip
    assert status == EXIT_TRANSPORT
    assert "OperationTimeoutError" in err


def test_transport_errors_exit_3(asm: Asm) -> None:
    status, _, err = asm("list-locations", "--host", "127.0.0.1:1", "--timeout", "1")
    assert status == EXIT_TRANSPORT
    assert "TransportError" in err


#: A virtual machine deployment's required parameters, for bad structured ones.
VM = ("create-virtual-machine-deployment", "--service-name", "s", "--deployment-name", "d",
      "--deployment-slot", "production", "--label", "l", "--role-name", "r")  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "usage:"),
        (("list-locatoins",), "did you mean list-locations"),
        (("sql", "no-such-command"), "unknown command sql 'no-such-command'"),
        (("sql",), "usage:"),
        (("create-hosted-service", "--service-name", "x"), "required: --label"),
        (("list-locations", "--no-such-option", "1"), "unrecognized arguments"),
        (("list-locations", "--output", "yaml"), "invalid choice"),
        ((*VM, "--system-config", "{not json"), "not valid JSON"),
        ((*VM, "--system-config", '{"host_nam": "h"}'), "has no field 'host_nam'"),
        ((*VM, "--system-config", '{"$type": "OSImage"}'), "is not one of"),
        ((*VM, "--system-config", "@/no/such/file.json"), "cannot read /no/such/file.json"),
        (("completion", "fish"), "completion [bash|zsh]"),
    ],
)
def test_usage_errors_exit_2(asm: Asm, args: tuple[str, ...], message: str) -> None:
    status, out, err = asm(*args)
    assert (status, out) == (EXIT_USAGE, "")
    assert message in err


def test_invalid_argument_values_exit_2_before_any_request(asm: Asm) -> None:
    """The library's own checks (a pattern, a length) are usage errors too."""
    status, _, err = asm("create-storage-account", "--service-name", "NOT valid!",
                         "--description", "d", "--label", "l", "--location", "West US")  # fmt: skip
    assert status == EXIT_USAGE
    assert "service_name" in err


def test_structured_parameters_from_json_and_files(asm: Asm, tmp_path: Path) -> None:
    """A virtual machine from JSON: the system configuration from a file (its variant by
    its discriminator), the network one inline (by ``$type``), a list wrapper as a list."""
    images = asm.json("list-os-images")
    image = next(i["name"] for i in images["images"] if i["os"] == "Linux")
    asm.json("create-hosted-service", "--service-name", "clivm", "--label", "l",
             "--location", "West US", "--wait")  # fmt: skip
    system = tmp_path / "linux.json"
    system.write_text(json.dumps({
        "configuration_set_type": "LinuxProvisioningConfiguration", "host_name": "clivm",
        "user_name": "azureuser", "user_password": "Secret-Pa55!",
        "disable_ssh_password_authentication": False,
    }))  # fmt: skip
    network = {"$type": "ConfigurationSet", "configuration_set_type": "NetworkConfiguration",
               "input_endpoints": [{"name": "ssh", "protocol": "tcp", "port": "22",
                                    "local_port": "22"}]}  # fmt: skip
    disk = {"source_image_name": image,
            "media_link": "https://clistore.blob.core.windows.net/vhds/clivm.vhd"}  # fmt: skip
    status, _, err = asm(
        "create-virtual-machine-deployment", "--service-name", "clivm", "--deployment-name",
        "clivm", "--deployment-slot", "production", "--label", "clivm", "--role-name", "clivm",
        "--role-size", "Small", "--system-config", f"@{system}", "--network-config",
        json.dumps(network), "--os-virtual-hard-disk", json.dumps(disk), "--wait", "--debug",
    )  # fmt: skip
    assert status == EXIT_OK, err
    assert "Secret-Pa55!" not in err  # --debug logs the request with the password redacted
    assert "<UserPassword>***</UserPassword>" in err
    role = asm.json("get-role", "--service-name", "clivm", "--deployment-name", "clivm",
                    "--role-name", "clivm")  # fmt: skip
    [network_set] = role["configuration_sets"]["configuration_sets"]
    [endpoint] = network_set["input_endpoints"]["input_endpoints"]
    assert (endpoint["name"], endpoint["port"]) == ("ssh", "22")
    assert role["os_virtual_hard_disk"]["source_image_name"] == image


def test_options_override_the_profile_and_the_environment_serves(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = emulator.connection
    status = main(["--profile", connection.certificate_path, "list-locations"], prog="asm")
    assert status == EXIT_USAGE  # a PEM file is no JSON profile
    assert "is not valid JSON" in capsys.readouterr().err
    monkeypatch.setenv("AZURE_SUBSCRIPTION_ID", connection.subscription_id)
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", connection.certificate_path)
    args = ["--host", connection.host, "--ca-certs", connection.ca_certs, "list-locations"]
    assert main(args, prog="asm") == EXIT_OK
    assert json.loads(capsys.readouterr().out)["locations"]
    # The option wins over the profile: an unknown subscription, refused by the service.
    profile = str(Path(connection.certificate_path).with_name("connection.json"))
    unknown = ["--subscription-id", "00000000-0000-0000-0000-000000000000"]
    assert main(["--profile", profile, *unknown, "list-locations"], prog="asm") == EXIT_SERVICE
    assert "403 ForbiddenError" in capsys.readouterr().err


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    """Help is built from the table for every operation: each parameter, async or not."""
    by_client = {g.client: g.command for g in GROUPS}
    for command in COMMANDS:
        words = (
            [by_client[command.client], command.name]
            if by_client[command.client]
            else [command.name]
        )
        assert main([*words, "--help"], prog="asm") == EXIT_OK
        text = capsys.readouterr().out
        for argument in command.arguments:
            assert (argument.option in text) != argument.ignored, (command.name, argument.name)
        assert ("--wait" in text) == command.is_async, command.name


def test_top_level_help_lists_every_group_and_default_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"], prog="asm") == EXIT_OK
    text = capsys.readouterr().out
    assert all(g.command in text for g in GROUPS[1:])
    assert all(c.name in text for c in COMMANDS if c.client == GROUPS[0].client)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(
    ("line", "group"),
    [("asm sql ", "sql"), ("asm --output table li", ""), ("asm websites get-", "websites")],
)
def test_bash_completion(capsys: pytest.CaptureFixture[str], line: str, group: str) -> None:
    assert main(["completion", "bash"], prog="asm") == EXIT_OK
    script = capsys.readouterr().out
    words = line.split(" ")
    probe = (
        f"{script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
        "_asm_complete; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    result = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    client = next(g.client for g in GROUPS if g.command == group)
    expected = {c.name for c in COMMANDS if c.client == client and c.name.startswith(words[-1])}
    assert set(result.stdout.split()) >= expected and expected


def test_the_emulator_is_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["emulator", "--help"], prog="asm") == EXIT_OK
    assert "--operation-delay" in capsys.readouterr().out


def test_python_dash_m_and_the_console_script(profile: str) -> None:
    """``python -m servicemanagement`` runs in a fresh process; ``asm`` is installed."""
    result = subprocess.run(
        [sys.executable, "-m", "servicemanagement", "--profile", profile, "list-locations",
         "-o", "table"],
        capture_output=True, text=True, check=False, env={**os.environ, "PYTHONWARNINGS": "error"},
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.startswith("NAME")
    script = Path(sys.executable).with_name("asm")
    assert script.exists()
    usage = subprocess.run([script, "no-such-command"], capture_output=True, text=True)
    assert usage.returncode == EXIT_USAGE
    assert usage.stderr.startswith("asm: error: unknown command")
