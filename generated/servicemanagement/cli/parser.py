"""argparse parsers built from the command table: global options, top-level and group
help, and one command's parser (built only for the command being run)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any

from servicemanagement.cli.table import Argument, Command, Group
from servicemanagement.cli.values import (
    ValueProblem,
    argument_value,
    describe_types,
    structured_types,
    type_label,
)

OUTPUTS = ("json", "table", "xml")
#: Parameters are kept apart from global options in the parsed namespace.
PARAM_DEST = "param:"
#: Commands of the command line itself, beside the spec's.
BUILTINS = {
    "emulator": "run the local emulator (python -m servicemanagement.emulator; see --help)",
    "completion": "print a shell completion script (bash; zsh with bashcompinit)",
}


def add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options of every command. Given after the command they override those before
    it, so there their defaults are suppressed."""
    group = parser.add_argument_group("global options")

    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    group.add_argument(
        "--subscription-id",
        default=default(None),
        help="subscription id (else the profile's, $AZURE_SUBSCRIPTION_ID, or the"
        " .publishsettings file's)",
    )
    group.add_argument(
        "--cert",
        default=default(None),
        metavar="FILE",
        help="management certificate: PEM, PFX or .publishsettings"
        " (else the profile's, or $AZURE_MANAGEMENT_CERTFILE)",
    )
    group.add_argument(
        "--cert-password",
        default=default(None),
        metavar="PASSWORD",
        help="password of a protected PFX",
    )
    group.add_argument(
        "--host",
        default=default(None),
        help="endpoint host[:port] (default: management.core.windows.net)",
    )
    group.add_argument(
        "--ca-certs",
        default=default(None),
        metavar="FILE",
        help="CA bundle that signs the endpoint's certificate",
    )
    group.add_argument(
        "--timeout", type=float, default=default(None), metavar="SECONDS", help="HTTP timeout"
    )
    group.add_argument(
        "--profile",
        default=default(None),
        metavar="FILE",
        help="JSON settings (subscription_id, cert or certificate_path,"
        " cert_password, host, ca_certs, timeout), e.g. the emulator's"
        " connection.json; options override it",
    )
    group.add_argument(
        "--output",
        "-o",
        choices=OUTPUTS,
        default=default("json"),
        help="json (default), table, or xml: the response document as sent",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=default(False),
        help="log requests and responses to stderr (secrets redacted)",
    )


def _first_line(doc: str) -> str:
    return doc.strip().split("\n", 1)[0]


def _listing(commands: Sequence[Command]) -> str:
    width = max((len(c.name) for c in commands), default=0)
    return "\n".join(f"  {c.name.ljust(width)}  {_first_line(c.doc)}" for c in commands)


def top_parser(
    prog: str, groups: Sequence[Group], commands: Sequence[Command]
) -> argparse.ArgumentParser:
    default, *others = groups
    own = [c for c in commands if c.client == default.client]
    width = max(len(n) for n in [*BUILTINS, *(g.command for g in others)])
    epilog = "\n".join(
        ["groups (`%(prog)s GROUP -h` lists their commands):"]
        + [f"  {g.command.ljust(width)}  {_first_line(g.doc)}" for g in others]
        + ["", "more:"]
        + [f"  {name.ljust(width)}  {text}" for name, text in BUILTINS.items()]
        + ["", f"commands ({_first_line(default.doc)}):", _listing(own)]
    )
    parser = argparse.ArgumentParser(
        prog=prog,
        usage="%(prog)s [options] [GROUP] COMMAND [--PARAMETER VALUE ...]",
        description="The Azure Service Management API from the shell: every operation of\n"
        "the spec is a command.\n"
        "Exit status: 0 ok, 1 service error, 2 usage, 3 transport or timeout.",
        epilog=epilog.replace("%", "%%").replace("%%(prog)s", "%(prog)s"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,  # a new parameter must not change what an abbreviation meant
    )
    add_global_options(parser, top=True)
    parser.add_argument("words", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def group_help(prog: str, group: Group, commands: Sequence[Command]) -> str:
    own = [c for c in commands if c.client == group.client]
    return (
        f"usage: {prog} {group.command} COMMAND [--PARAMETER VALUE ...]\n\n"
        f"{group.doc}\n\ncommands:\n{_listing(own)}\n"
    )


def _describe(argument: Argument) -> str:
    parts = [argument.doc.rstrip(".")] if argument.doc else []
    detail = type_label(argument.type)
    if argument.choices:
        detail += ", one of " + ", ".join(argument.choices)
    if argument.has_default and argument.default is not None:
        detail += f", default {json.dumps(argument.default)}"
    parts.append(f"({detail})")
    return " ".join(parts).replace("%", "%%")


def _converter(argument: Argument) -> Any:
    def convert(text: str) -> Any:
        try:
            return argument_value(argument, text)
        except ValueProblem as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


class _CommandParser(argparse.ArgumentParser):
    """Its help ends with the JSON shape of its structured parameters, worked out (from
    the model schemas) only when help is shown."""

    structured: list[str]

    def format_help(self) -> str:
        text = super().format_help()
        if self.structured:
            lines = describe_types(self.structured)
            text += (
                "\nstructured parameters: JSON, inline or @FILE; objects keyed by these"
                " fields:\n" + "\n".join(lines) + "\n"
            )
        return text


def command_parser(prog: str, command: Command) -> argparse.ArgumentParser:
    """The parser of one command: its parameters as options (absent ones stay out of the
    namespace, so the method's own defaults apply), and the global options."""
    description = command.doc
    if command.is_async:
        description += (
            "\n\nAsynchronous: prints the request id; --wait polls the operation until it ends."
        )
    needed = " ".join(f"{a.option} VALUE" for a in command.arguments if a.required)
    parser = _CommandParser(
        prog=f"{prog} {command.name}",
        usage=f"%(prog)s {needed} [options]".replace("  ", " "),
        description=description.replace("%", "%%"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
        argument_default=argparse.SUPPRESS,
        # A parameter named like a global option wins after the command; the global
        # option stays available before it.
        conflict_handler="resolve",
    )
    required = parser.add_argument_group("required parameters")
    optional = parser.add_argument_group("parameters")
    waiting = parser.add_argument_group("waiting") if command.is_async else None
    add_global_options(parser, top=False)
    parser.structured = [
        name for a in command.arguments if not a.ignored for name in structured_types(a.type)
    ]
    for argument in command.arguments:
        if argument.ignored:
            continue
        where = required if argument.required else optional
        dest = PARAM_DEST + argument.name
        if argument.type == "bool" and not argument.required:
            where.add_argument(
                argument.option,
                dest=dest,
                help=_describe(argument),
                action=argparse.BooleanOptionalAction,
            )
            continue
        metavar = argument.type.upper() if argument.type in ("int", "float") else "VALUE"
        where.add_argument(
            argument.option,
            dest=dest,
            required=argument.required,
            type=_converter(argument),
            choices=argument.choices,
            metavar=metavar,
            help=_describe(argument),
        )
    if command.iterator:
        parser.add_argument(
            "--all-pages",
            action="store_true",
            default=False,
            help="follow the continuation tokens: every item of every page",
        )
    if waiting is not None:
        waiting.add_argument(
            "--wait",
            action="store_true",
            default=False,
            help="poll the operation until it ends; exit 1 if it fails",
        )
        waiting.add_argument(
            "--wait-timeout",
            type=float,
            default=600,
            metavar="SECONDS",
            help="give up waiting after this long (exit 3; default 600)",
        )
        waiting.add_argument(
            "--poll-interval",
            type=float,
            default=2,
            metavar="SECONDS",
            help="seconds between status polls (default 2)",
        )
    return parser
