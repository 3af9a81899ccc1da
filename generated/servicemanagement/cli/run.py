"""Parse, connect, call, print: the command line's flow and its exit statuses."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from servicemanagement.cli.parser import PARAM_DEST, command_parser, group_help, top_parser
from servicemanagement.cli.table import Command, Group

if TYPE_CHECKING:
    from servicemanagement.results import OperationProgress

#: The console script's name (pyproject.toml [project.scripts]).
SCRIPT = "asm"

EXIT_OK = 0
EXIT_SERVICE = 1
EXIT_USAGE = 2
EXIT_TRANSPORT = 3
#: The shell's status for a command ended by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130

log = logging.getLogger("servicemanagement.cli")


def _usage_error(prog: str, message: str) -> int:
    print(f"{prog}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _find(
    prog: str, words: list[str], groups: Sequence[Group], commands: Sequence[Command]
) -> tuple[Command, str, list[str]] | int:
    """The command ``words`` name, its program name, and the words after it; or an exit
    status (group help printed, unknown command)."""
    by_group = {g.command: g for g in groups[1:]}
    group, rest = groups[0], words
    if words[0] in by_group:
        group, rest = by_group[words[0]], words[1:]
        if not rest or rest[0] in ("-h", "--help"):
            print(
                group_help(prog, group, commands), end="", file=sys.stdout if rest else sys.stderr
            )
            return EXIT_OK if rest else EXIT_USAGE
    own = {c.name: c for c in commands if c.client == group.client}
    command = own.get(rest[0])
    if command is None:
        where = f" {group.command}" if group.command else ""
        near = get_close_matches(rest[0], [*own, *by_group], n=3)
        hint = f"; did you mean {' or '.join(near)}?" if near else f"; see {prog}{where} --help"
        return _usage_error(prog, f"unknown command{where} {rest[0]!r}{hint}")
    return command, f"{prog} {group.command}".rstrip(), rest[1:]


def main(
    argv: list[str] | None = None,
    *,
    prog: str | None = None,
    groups: Sequence[Group] | None = None,
    commands: Sequence[Command] | None = None,
) -> int:
    """Exit status: 0 ok, 1 service error, 2 usage, 3 transport or timeout.

    ``groups`` and ``commands`` default to the generated table of the spec.
    """
    if groups is None or commands is None:
        from servicemanagement._generated.commands import COMMANDS, GROUPS

        groups, commands = GROUPS, COMMANDS
    prog = prog or Path(sys.argv[0]).name
    argv = sys.argv[1:] if argv is None else argv
    try:
        top = top_parser(prog, groups, commands)
        options = top.parse_args(argv)
        words: list[str] = options.words
        if not words:
            top.print_help(sys.stderr)
            return EXIT_USAGE
        if words[0] == "emulator":
            from servicemanagement.emulator.__main__ import main as emulator

            return emulator(words[1:])
        if words[0] == "completion":
            return _completion(prog, words[1:], groups, commands)
        found = _find(prog, words, groups, commands)
        if isinstance(found, int):
            return found
        command, command_prog, rest = found
        args = command_parser(command_prog, command).parse_args(rest, namespace=options)
    except SystemExit as exc:  # argparse: help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _execute(command, vars(args))
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _completion(
    prog: str, words: list[str], groups: Sequence[Group], commands: Sequence[Command]
) -> int:
    if words not in ([], ["bash"], ["zsh"]):
        return _usage_error(prog, "usage: completion [bash|zsh]")
    from servicemanagement.cli.completion import bash_script

    # ``python -m servicemanagement`` is no word a shell completes: the script is for asm.
    script = bash_script(SCRIPT if " " in prog else prog, groups, commands)
    if words == ["zsh"]:
        script = "autoload -U +X bashcompinit && bashcompinit\n" + script
    sys.stdout.write(script)
    return EXIT_OK


def _arguments(command: Command, values: dict[str, Any]) -> dict[str, Any]:
    """The method's keyword arguments: what was given; None for parameters without a
    default that may be None (not required) or are never sent (ignored)."""
    given: dict[str, Any] = {}
    for argument in command.arguments:
        if PARAM_DEST + argument.name in values:
            given[argument.name] = values[PARAM_DEST + argument.name]
        elif not argument.has_default:
            given[argument.name] = None
    return given


class _Progress:
    """``wait_for_operation_status(progress=)``: one line on a terminal, redrawn."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.drawn = False

    def __call__(self, progress: OperationProgress) -> None:
        line = f"{progress.request_id}: {progress.status} ({progress.elapsed:.0f}s)"
        # Drawn before it shows: a Ctrl-C as the line appears still gets it ended.
        self.drawn = True
        self.stream.write(f"\r\x1b[K{line}")
        self.stream.flush()

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _report(error: BaseException) -> None:
    """An error on stderr: its class, the service's code and message, the request id."""
    code = getattr(error, "code", None)
    status = getattr(error, "status_code", None)
    request_id = getattr(error, "request_id", None)
    head = " ".join(str(p) for p in (status, code) if p)
    message = getattr(error, "message", None) or str(error)
    line = f"error: {type(error).__name__}{f' {head}' if head else ''}: {message}"
    if request_id:
        line += f" (request id {request_id})"
    print(line, file=sys.stderr)


def _execute(command: Command, values: dict[str, Any]) -> int:
    # The package's logger, not the root: --debug shows this package's lines only, and a
    # caller's logging configuration is left alone (the handler goes when the call ends).
    package_log = logging.getLogger("servicemanagement")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    level = package_log.level
    package_log.addHandler(handler)
    package_log.setLevel(logging.DEBUG if values["debug"] else logging.WARNING)
    try:
        return _call(command, values)
    finally:
        package_log.removeHandler(handler)
        package_log.setLevel(level)


def _call(command: Command, values: dict[str, Any]) -> int:
    from servicemanagement.cli import connect
    from servicemanagement.errors import (
        ArgumentTypeError,
        AzureHttpError,
        InvalidArgumentError,
        OperationTimeoutError,
        TransportError,
        XmlError,
    )

    responses: list[Any] = []
    client: Any = None
    try:
        client = connect.connect(command.client, connect.settings(values))
        arguments = _arguments(command, values)
        if values["debug"]:
            from servicemanagement.cli.output import plain
            from servicemanagement.redaction import redact_value

            log.debug("%s %s", command.operation, redact_value(plain(arguments)))
            client = client.with_filter(connect.debug_filter)

        def keep(request: Any, send: Any) -> Any:
            response = send(request)
            responses.append(response)
            return response

        client = client.with_filter(keep)
        result: Any
        if command.iterator and values.get("all_pages"):
            result = list(getattr(client, command.iterator)(**arguments))
        else:
            result = getattr(client, command.operation)(**arguments)
        if command.is_async and values.get("wait") and result.request_id:
            progress = _Progress(sys.stderr) if sys.stderr.isatty() else None
            try:
                result = client.wait_for_operation_status(
                    result.request_id,
                    timeout=values["wait_timeout"],
                    sleep_interval=values["poll_interval"],
                    progress_callback=None,
                    success_callback=None,
                    progress=progress,
                )
            finally:
                if progress is not None:
                    progress.close()
    except (OperationTimeoutError, TransportError) as exc:
        _report(exc)
        return EXIT_TRANSPORT
    except (InvalidArgumentError, ArgumentTypeError) as exc:  # 400s, but nothing was sent
        _report(exc)
        return EXIT_USAGE
    except (AzureHttpError, XmlError) as exc:
        _report(exc)
        return EXIT_SERVICE
    except ValueError as exc:  # invalid certificates or profile
        _report(exc)
        return EXIT_USAGE
    finally:
        if client is not None:
            client.close()
    try:
        _print(values["output"], result, responses)
    except BrokenPipeError:  # the reader went away (``| head``): nothing left to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _print(output: str, result: Any, responses: list[Any]) -> None:
    if output == "xml":
        body = responses[-1].body if responses else b""
        sys.stdout.write(body.decode("utf-8", "replace"))
        if body and not body.endswith(b"\n"):
            sys.stdout.write("\n")
        return
    from servicemanagement.cli.output import to_json, to_table

    if result is None:
        return
    print(to_table(result) if output == "table" else to_json(result))


__all__ = ["EXIT_OK", "EXIT_SERVICE", "EXIT_TRANSPORT", "EXIT_USAGE", "main"]
