#!/usr/bin/env python3
"""Turns the files groundwork rendered into the equivalent copier template, for the bricks benchmark.

    make-copier-template.py RENDER_DIR TEMPLATE_DIR NAME PORT HOLDER

Every file of RENDER_DIR goes to TEMPLATE_DIR/template/. Where a file holds the project's name, its
port or the copyright holder, those become copier's Jinja variables (project_name, port, holder) and
the file gets the `.jinja` suffix; text that Jinja would read as its own syntax (`${{ github.ref }}`)
is wrapped in {% raw %}. Other files are copied verbatim, as a person writing the template would.
Writes copier.yml (the three questions, with the rendered values as defaults) and the answers file
that `copier update` needs.
"""
import os
import re
import sys

JINJA_MARKERS = ("{{", "{%", "{#", "}}", "%}", "#}")


def literal(text):
    if any(marker in text for marker in JINJA_MARKERS):
        return "{% raw %}" + text + "{% endraw %}"
    return text


def templated(text, substitutions):
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(value)}(?![\w])" for value in substitutions))
    pieces, last, found = [], 0, False
    for match in pattern.finditer(text):
        pieces.append(literal(text[last:match.start()]))
        pieces.append("{{ " + substitutions[match.group(0)] + " }}")
        last, found = match.end(), True
    pieces.append(literal(text[last:]))
    return "".join(pieces), found


def main():
    if len(sys.argv) != 6:
        sys.exit("usage: make-copier-template.py RENDER_DIR TEMPLATE_DIR NAME PORT HOLDER")
    render, template, name, port, holder = sys.argv[1:]
    substitutions = {name: "project_name", port: "port", holder: "holder"}
    files = 0
    for folder, _, names in os.walk(render):
        for file_name in names:
            source = os.path.join(folder, file_name)
            relative = os.path.relpath(source, render)
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
            converted, found = templated(text, substitutions)
            destination = os.path.join(template, "template", relative + (".jinja" if found else ""))
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            with open(destination, "w", encoding="utf-8") as handle:
                handle.write(converted if found else text)
            os.chmod(destination, os.stat(source).st_mode & 0o777)
            files += 1
    with open(os.path.join(template, "copier.yml"), "w", encoding="utf-8") as handle:
        handle.write(
            "_subdirectory: template\n"
            "_templates_suffix: .jinja\n"
            f"project_name:\n  type: str\n  default: {name}\n"
            f"port:\n  type: int\n  default: {port}\n"
            f"holder:\n  type: str\n  default: {holder}\n"
        )
    with open(os.path.join(template, "template", "{{_copier_conf.answers_file}}.jinja"), "w", encoding="utf-8") as handle:
        handle.write("# Changes here will be overwritten by Copier\n{{ _copier_answers|to_nice_yaml -}}\n")
    print(files)


if __name__ == "__main__":
    main()
