"""The command table is generated: an operation added to a spec is a command, with its
help, choices, defaults and async flag, and no hand-written code."""

from __future__ import annotations

import shutil
import types
from collections.abc import Sequence
from pathlib import Path

import pytest
from servicemanagement.cli.run import EXIT_OK, EXIT_USAGE, main
from servicemanagement.cli.table import Command, Group

from generator.loader import load_service
from generator.render import render
from generator.yamlsource import SpecError

SAMPLE_SPEC = Path(__file__).resolve().parent / "generator" / "sample_spec"

PROBE = """\
format: 1
operations:
  restart_probe:
    method: POST
    path: /{subscription_id}/probes/{probe_name}
    params:
      - {name: probe_name, in: path, doc: The probe to restart.}
      - {name: mode, in: query, default: soft, choices: [soft, hard], doc: How hard.}
      - {name: attempts, in: query, type: int, default: 3}
    async: true
    doc: Restarts a probe.
"""


def _spec_with(tmp_path: Path, operations: str) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(SAMPLE_SPEC, spec)
    (spec / "operations" / "probes.yaml").write_text(operations, encoding="utf-8")
    return spec


def _table(spec: Path) -> tuple[Sequence[Group], Sequence[Command]]:
    """The command table ``make generate`` renders for ``spec``, imported."""
    module = types.ModuleType("commands")
    exec(render(load_service(spec))["commands.py"], module.__dict__)
    return module.GROUPS, module.COMMANDS


def test_an_added_operation_is_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    groups, commands = _table(_spec_with(tmp_path, PROBE))
    assert main(["--help"], prog="t", groups=groups, commands=commands) == EXIT_OK
    # Whitespace normalised: the help column's width follows the longest command name.
    assert "restart-probe Restarts a probe." in " ".join(capsys.readouterr().out.split())
    args = ["restart-probe", "--help"]
    assert main(args, prog="t", groups=groups, commands=commands) == EXIT_OK
    text = " ".join(capsys.readouterr().out.split())
    assert "usage: t restart-probe --probe-name VALUE [options]" in text
    assert "--probe-name VALUE The probe to restart (string)" in text
    assert '--mode VALUE How hard (string, one of soft, hard, default "soft")' in text
    assert "--attempts INT (int, default 3)" in text
    assert "Asynchronous" in text and "--wait" in text
    args = ["restart-probe", "--probe-name", "p", "--mode", "medium"]
    assert main(args, prog="t", groups=groups, commands=commands) == EXIT_USAGE
    assert "invalid choice: 'medium'" in capsys.readouterr().err
    args = ["restart-probe", "--probe-name", "p", "--attempts", "many"]
    assert main(args, prog="t", groups=groups, commands=commands) == EXIT_USAGE
    assert "argument --attempts: expected int, got 'many'" in capsys.readouterr().err
    assert main(["completion"], prog="t", groups=groups, commands=commands) == EXIT_OK
    [case] = [line for line in capsys.readouterr().out.splitlines() if '"restart-probe")' in line]
    assert {"--probe-name", "--mode", "--attempts", "--wait", "--debug"} <= set(
        case.split('"')[3].split()
    )


def test_a_client_gets_its_group_from_the_spec(tmp_path: Path) -> None:
    spec = _spec_with(
        tmp_path,
        PROBE.replace("    method: POST", "    client: SampleSecondService\n    method: POST"),
    )
    service = spec / "service.yaml"
    service.write_text(
        service.read_text().replace(
            "doc: A second client, with an operation named like one of the first.",
            "doc: A second client.\n    command: probes",
        )
    )
    groups, commands = _table(spec)
    assert [(g.client, g.command) for g in groups][1] == ("SampleSecondService", "probes")
    [probe] = [c for c in commands if c.operation == "restart_probe"]
    assert probe.client == "SampleSecondService"


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("get-widget", "command 'get-widget' is also the command of SampleSecondService"),
        ("Not Words", "command 'Not Words' must be lower-case-words"),
    ],
)
def test_bad_groups_fail_generation(tmp_path: Path, command: str, message: str) -> None:
    spec = _spec_with(tmp_path, "format: 1\noperations: {}\n")
    service = spec / "service.yaml"
    text = service.read_text().replace(
        "doc: A second client, with an operation named like one of the first.",
        f"doc: A second client.\n    command: {command}",
    )
    service.write_text(text)
    with pytest.raises(SpecError, match=message):
        load_service(spec)


def test_the_default_client_has_no_group(tmp_path: Path) -> None:
    spec = _spec_with(tmp_path, "format: 1\noperations: {}\n")
    service = spec / "service.yaml"
    service.write_text(
        service.read_text().replace(
            "doc: The default client of the sample.",
            "doc: The default client.\n    command: main",
        )
    )
    with pytest.raises(SpecError, match="the default client's commands have no prefix"):
        load_service(spec)
