"""A bash completion script generated from the command table (zsh: via bashcompinit)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence

from servicemanagement.cli.parser import BUILTINS, OUTPUTS, command_parser, top_parser
from servicemanagement.cli.table import Command, Group


def _options(parser: argparse.ArgumentParser, *, valued: bool = False) -> list[str]:
    """The options of ``parser`` (``valued``: only those that take a value)."""
    return [
        option
        for action in parser._actions
        if not valued or action.nargs != 0
        for option in action.option_strings
    ]


def _function_name(prog: str) -> str:
    return "_" + re.sub(r"\W", "_", prog) + "_complete"


def bash_script(prog: str, groups: Sequence[Group], commands: Sequence[Command]) -> str:
    """``complete -F`` for ``prog``: groups and commands first, then the command's options
    (read from the parser the command runs with)."""
    by_client = {g.client: g.command for g in groups}
    top = top_parser(prog, groups, commands)
    cases: dict[str, list[str]] = {
        "": [
            *BUILTINS,
            *(g.command for g in groups if g.command),
            *(c.name for c in commands if c.client == groups[0].client),
            *(o for o in _options(top) if o.startswith("--")),
        ]
    }
    for group in groups[1:]:
        cases[group.command] = [c.name for c in commands if c.client == group.client]
    for command in commands:
        key = f"{by_client[command.client]} {command.name}".strip()
        parser = command_parser(f"{prog} {by_client[command.client]}".rstrip(), command)
        cases[key] = [o for o in _options(parser) if o.startswith("--")]
    function = _function_name(prog)
    lines = [
        f"# bash completion for {prog}; generated from the command table.",
        f'# Load it with: eval "$({prog} completion bash)"',
        f"{function}() {{",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local key="" word i',
        '    case "$prev" in',
        f'        --output|-o) COMPREPLY=($(compgen -W "{" ".join(OUTPUTS)}" -- "$cur")); return;;',
        '        --cert|--ca-certs|--profile) COMPREPLY=($(compgen -f -- "$cur")); return;;',
        "    esac",
        f'    local valued=" {" ".join(_options(top, valued=True))} "',
        f'    local groups=" {" ".join(g.command for g in groups[1:])} "',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        word="${COMP_WORDS[i]}"',
        '        [[ $word == -* || $valued == *" ${COMP_WORDS[i-1]} "* ]] && continue',
        '        [[ -z $key || $groups == *" $key "* ]] && key="${key:+$key }$word"',
        "    done",
        "    local words",
        '    case "$key" in',
    ]
    for key, words in cases.items():
        lines.append(f'        "{key}") words="{" ".join(words)}";;')
    lines += [
        '        *) words="";;',
        "    esac",
        '    COMPREPLY=($(compgen -W "$words" -- "$cur"))',
        "}",
        f"complete -F {function} {prog}",
        "",
    ]
    return "\n".join(lines)
