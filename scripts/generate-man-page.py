#!/usr/bin/env python3
"""Writes groundwork(1) in roff from the command tree ArgumentParser describes.

Reads `groundwork --experimental-dump-help` (JSON) on standard input and writes the man page on standard
output, so the page always lists the commands and options the binary really has.
"""
import datetime
import json
import os
import sys


def escape(text):
    """roff-safe text: backslashes doubled, leading dots and quotes guarded, dashes literal."""
    text = (text or "").replace("\\", "\\\\").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def option_label(argument):
    names = []
    for name in argument.get("names", []):
        prefix = {"long": "--", "short": "-", "longWithSingleDash": "-"}.get(name["kind"], "--")
        names.append("\\fB" + escape(prefix + name["name"]) + "\\fR")
    label = ", ".join(names) if names else "\\fI" + escape(argument.get("valueName", "value")) + "\\fR"
    if argument.get("kind") == "option":
        label += " \\fI" + escape(argument.get("valueName", "value")) + "\\fR"
    return label


def arguments(command):
    lines = []
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        lines.append(".TP")
        lines.append(option_label(argument))
        text = argument.get("abstract", "")
        if argument.get("defaultValue"):
            text += " (default: " + argument["defaultValue"] + ")"
        lines.append(escape(text))
    return lines


def section(command, path):
    lines = []
    subcommands = [c for c in command.get("subcommands", []) if c.get("commandName") != "help"]
    if path:
        lines.append('.SS "' + escape(" ".join(path)) + '"')
        lines.append(escape(command.get("abstract", "")))
        if command.get("discussion"):
            lines.append(".PP")
            lines.append(escape(command["discussion"]))
        lines += arguments(command)
    for sub in subcommands:
        lines += section(sub, path + [sub["commandName"]])
    return lines


def main():
    tool = json.load(sys.stdin)["command"]
    name = tool["commandName"]
    date = os.environ.get("SOURCE_DATE_EPOCH")
    day = datetime.datetime.fromtimestamp(int(date), datetime.timezone.utc) if date else datetime.datetime.now(datetime.timezone.utc)
    lines = [
        '.TH "' + name.upper() + '" "1" "' + day.strftime("%Y-%m-%d") + '" "' + name + '" "User Commands"',
        ".SH NAME",
        name + " \\- " + escape(tool.get("abstract", "")),
        ".SH SYNOPSIS",
        "\\fB" + name + "\\fR \\fIcommand\\fR [\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        escape(tool.get("abstract", "")),
    ]
    if tool.get("discussion"):
        lines += [".PP", escape(tool["discussion"])]
    lines += [".SH OPTIONS"] + arguments(tool)
    lines += [".SH COMMANDS"] + section(tool, [])
    lines += [
        ".SH EXIT STATUS",
        "0 ok; 1 a gate or policy failed; 2 the run could not complete; 64 usage or configuration error; 70 internal error.",
        ".SH FILES",
        ".TP",
        "\\fI../share/groundwork/bricks\\fR",
        "The built\\-in bricks, found relative to the binary (\\fBgroundwork doctor\\fR says where).",
        ".SH ENVIRONMENT",
        ".TP",
        "\\fBGROUNDWORK_PLUGINS\\fR",
        "A folder of built\\-in bricks to use instead.",
        ".TP",
        "\\fBGROUNDWORK_CACHE_DIR\\fR, \\fBGROUNDWORK_CONFIG_DIR\\fR",
        "Where the cache and the configuration live (default: the XDG folders).",
    ]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
