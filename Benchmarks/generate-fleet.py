#!/usr/bin/env python3
"""Generates a fleet of synthetic client repositories for Benchmarks/fleet-benchmark.sh, with the
fleet.yaml and policy.yaml that audit them.

    python3 generate-fleet.py OUT [COUNT]        default COUNT: 200

OUT/repos/<client>/<name>   work trees, found by `scan: true` (one source per client)
OUT/remotes/<client>/<name>.git   bare repositories listed as `git: file://…` (cloned into the cache)
OUT/fleet.yaml, OUT/policy.yaml

Repositories differ in stack (eight of them), hygiene (README, licence, CI, Dockerfile… present or
not), history length (50 to 2,000 commits, most of them short), authors and age; a few add a secret
that a later commit removes, a few still have one in the tree, a few have stale branches. Everything
is seeded, so the same COUNT always gives the same fleet. Histories are written with `git fast-import`.
"""
import os
import random
import subprocess
import sys

out = os.path.abspath(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
rng = random.Random(2026)

CLIENTS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka", "tyrell", "cyberdyne",
           "soylent", "vandelay", "oscorp", "gringotts"]
FIRST = ["Ana", "Ben", "Chloe", "Dev", "Eve", "Femi", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea", "Moe", "Nia"]
LAST = ["Lima", "Ode", "Park", "Rao", "Stone", "Berg", "Costa", "Diaz", "Ek", "Fox"]
# The moment the benchmark audits at (GROUNDWORK_NOW); histories end before it.
NOW = 1_796_083_200  # 2026-12-01T00:00:00Z
DAY = 86_400
# Split so that this file itself holds no token a scanner would flag.
AWS_KEY = "AKIA" + "QY7RZ3WXKB2M4NTL"
GITHUB_TOKEN = "ghp_" + "Zq3Vb8Kd2LmN5pR7sT9wX1yA4cE6gH0A47lk"


# Per stack: its files (NAME stands for the repository's name), the paths of its modules and tests, and
# the line a module is made of.
STACKS = {
    "node": ({
        "package.json": '{\n  "name": "NAME",\n  "version": "1.0.0",\n  "scripts": {"start": "node src/server.js", "test": "node --test"},\n'
                        '  "dependencies": {"express": "^4.19.2", "pg": "^8.11.0"}\n}\n',
        "package-lock.json": '{"name": "NAME", "lockfileVersion": 3, "packages": {}}\n',
        "src/server.js": "const express = require('express')\nconst app = express()\napp.listen(process.env.PORT || 3000)\n",
    }, "src/routes/route{}.js", "test/route{}.test.js", "export const value{j} = {v}\n"),
    "flask": ({
        "requirements.txt": "flask==3.0.3\nsqlalchemy==2.0.30\ngunicorn==22.0.0\n",
        "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    }, "app/views/view{}.py", "tests/test_view{}.py", "VALUE_{j} = {v}\n"),
    "django": ({
        "requirements.txt": "Django==5.0.6\npsycopg==3.1.19\n",
        "manage.py": "#!/usr/bin/env python\nimport os\nimport sys\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n",
        "site/settings.py": "INSTALLED_APPS = ['django.contrib.admin']\n",
    }, "site/apps/app{}/models.py", "site/apps/app{}/tests.py", "VALUE_{j} = {v}\n"),
    "go": ({
        "go.mod": "module example.com/NAME\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n",
        "go.sum": "github.com/gin-gonic/gin v1.10.0 h1:nTuyha1TYqgedzytsKYqna+DfLos46nTv2ygFy86HFU=\n",
        "cmd/server/main.go": "package main\n\nfunc main() {}\n",
    }, "internal/pkg{0}/pkg{0}.go", "internal/pkg{0}/pkg{0}_test.go", "const Value{j} = {v}\n"),
    "spring": ({
        "pom.xml": "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n  <artifactId>NAME</artifactId>\n"
                   "  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>"
                   "<version>3.3.0</version></parent>\n  <dependencies><dependency><groupId>org.springframework.boot</groupId>"
                   "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>\n</project>\n",
        "src/main/java/com/example/Application.java": "package com.example;\n\npublic class Application {}\n",
    }, "src/main/java/com/example/Service{}.java", "src/test/java/com/example/Service{}Test.java", "    static final int VALUE{j} = {v};\n"),
    "rails": ({
        "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'pg'\n",
        "Gemfile.lock": "GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (7.1.3)\n",
        "config/application.rb": "require 'rails/all'\nmodule App\n  class Application < Rails::Application\n  end\nend\n",
    }, "app/models/model{}.rb", "spec/models/model{}_spec.rb", "VALUE_{j} = {v}\n"),
    "laravel": ({
        "composer.json": '{"name": "agency/NAME", "require": {"php": "^8.2", "laravel/framework": "^11.0"}}\n',
        "composer.lock": '{"packages": []}\n',
        "artisan": "#!/usr/bin/env php\n<?php\n",
    }, "app/Http/Controllers/Controller{}.php", "tests/Feature/Controller{}Test.php", "const VALUE_{j} = {v};\n"),
    "rust": ({
        "Cargo.toml": '[package]\nname = "NAME"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naxum = "0.7"\ntokio = "1"\n',
        "Cargo.lock": "version = 3\n",
        "src/main.rs": "fn main() {}\n",
    }, "src/module{}.rs", "tests/module{}.rs", "pub const VALUE_{j}: u64 = {v};\n"),
}
SUFFIXES = ["api", "web", "portal", "billing", "orders", "auth", "search", "worker", "admin", "shop", "reports", "gateway"]


def hygiene_files(name, stack):
    """README, licence, CI and the rest, each present with its own probability."""
    files = {}
    readme = rng.random()
    if readme < 0.75:
        files["README.md"] = (f"# {name}\n\nThis {stack} service belongs to the client's platform and is looked after by the agency.\n"
                              "Run it locally with the usual tooling of its stack; it reads its settings from the environment.\n"
                              "It logs to standard output. Ask the platform team before changing the deployment or the schema.\n")
    elif readme < 0.9:
        files["README.md"] = f"# {name}\n\nTODO\n"  # a title, not an explanation
    if rng.random() < 0.6:
        files["LICENSE"] = "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
    ci = rng.random()
    if ci < 0.55:
        files[".github/workflows/ci.yml"] = ("name: ci\non: [push, pull_request]\npermissions:\n  contents: read\njobs:\n  test:\n"
                                             "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
                                             "      - run: make test\n")
    elif ci < 0.7:
        files[".gitlab-ci.yml"] = "stages: [test]\ntest:\n  stage: test\n  script: [make test]\n"
    if rng.random() < 0.45:
        files["Dockerfile"] = "FROM debian:12-slim AS build\nWORKDIR /app\nCOPY . .\nFROM debian:12-slim\nUSER 1000\nCOPY --from=build /app /app\n"
        if rng.random() < 0.6:
            files[".dockerignore"] = ".git\n.env\n"
    for path, share in [(".editorconfig", 0.3), ("CHANGELOG.md", 0.3), ("CONTRIBUTING.md", 0.2), ("SECURITY.md", 0.15),
                        (".github/CODEOWNERS", 0.2), (".gitignore", 0.75)]:
        if rng.random() < share:
            files[path] = {".editorconfig": "root = true\n[*]\nindent_style = space\n",
                           ".gitignore": "node_modules/\n.env\ntarget/\n",
                           ".github/CODEOWNERS": "* @agency/platform\n"}.get(path, f"# {path}\n")
    return files


def history_length():
    """Mostly short histories, a few long ones: log-uniform over 50…2000."""
    return int(round(50 * (40 ** rng.random())))


def data(text):
    encoded = text.encode()
    return b"data %d\n" % len(encoded) + encoded + b"\n"


def stream(name, stack_name, commits, client_authors, secret):
    """The fast-import stream of one repository."""
    base, source_pattern, test_pattern, line_pattern = STACKS[stack_name]
    package_name = name.replace("-", "_") if stack_name == "rust" else name
    files = {path: text.replace("NAME", package_name) for path, text in base.items()}
    files.update(hygiene_files(name, stack_name))
    modules = rng.randint(8, 120)
    sources = [source_pattern.format(i) for i in range(modules)]
    sources += [test_pattern.format(i) for i in range(0, modules, rng.choice([2, 3, 5, 1000]))]
    age_days = rng.choice([20, 60, 200, 400, 900])         # days since the last commit
    span_days = rng.randint(60, 1000)
    end = NOW - age_days * DAY
    start = end - span_days * DAY
    step = max(1, (end - start) // commits)
    authors = rng.sample(client_authors, rng.randint(1, min(5, len(client_authors))))
    secret_at = rng.randint(commits // 4, commits // 2) if secret else -1
    branches = ["main"] + ([f"feature/old-{k}" for k in range(rng.randint(1, 3))] if rng.random() < 0.15 else [])

    out = [b"reset refs/heads/main\n"]
    mark_of_main = None
    for n in range(commits):
        author = authors[0] if n % 5 == 0 else rng.choice(authors)
        when = start + n * step
        out.append(b"commit refs/heads/main\n")
        out.append(b"mark :%d\n" % (n + 1))
        out.append(f"author {author[0]} <{author[1]}> {when} +0000\ncommitter {author[0]} <{author[1]}> {when} +0000\n".encode())
        out.append(data(f"{rng.choice(['Add', 'Fix', 'Change', 'Refactor'])} {rng.choice(sources)}"))
        changed = {}
        if n == 0:
            changed.update(files)
        for path in rng.sample(sources, min(len(sources), rng.randint(1, 3))):
            changed[path] = "".join(line_pattern.format(j=j, v=rng.randint(0, 10**9)) for j in range(rng.randint(10, 40)))
        if n == secret_at:
            # Added here and removed by the next commit: only the history walk finds it.
            changed["config/deploy.env"] = f"AWS_ACCESS_KEY_ID={AWS_KEY}\n"
        if secret_at >= 0 and n == secret_at + 1:
            out.append(b"D config/deploy.env\n")
        if secret == "tree" and n == commits - 1:
            changed["scripts/release.sh"] = f"#!/bin/sh\nexport GITHUB_TOKEN={GITHUB_TOKEN}\n"
        for path, text in sorted(changed.items()):
            out.append(f"M 644 inline {path}\n".encode() + data(text))
        out.append(b"\n")
        mark_of_main = n + 1
    for k, branch in enumerate(branches[1:]):
        fork = max(1, mark_of_main - rng.randint(5, 40))
        when = start + fork * step + DAY
        out.append(f"commit refs/heads/{branch}\n".encode())
        out.append(f"author {authors[0][0]} <{authors[0][1]}> {when} +0000\ncommitter {authors[0][0]} <{authors[0][1]}> {when} +0000\n".encode())
        out.append(data(f"WIP {branch}"))
        out.append(f"from :{fork}\n".encode())
        out.append(f"M 644 inline notes/{branch.replace('/', '-')}.md\n".encode() + data("unfinished\n"))
        out.append(b"\n")
    return b"".join(out)


def make_repository(path, payload, bare):
    subprocess.run(["git", "init", "-q", "-b", "main"] + (["--bare"] if bare else []) + [path], check=True)
    git_dir = path if bare else os.path.join(path, ".git")
    subprocess.run(["git", "--git-dir", git_dir, "fast-import", "--quiet"], input=payload, check=True)
    if not bare:
        subprocess.run(["git", "-C", path, "checkout", "-q", "main"], check=True)


def main():
    if os.path.exists(out):
        sys.exit(f"{out} exists; remove it first")
    authors = {client: [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"dev{k}@{client}.example") for k in range(rng.randint(2, 7))]
               for client in CLIENTS}
    remote_every = 20  # one repository in twenty is a `git: file://…` source
    names = set()
    local_clients, remotes, total_commits = set(), [], 0
    for index in range(count):
        client = CLIENTS[index % len(CLIENTS)] if index < len(CLIENTS) else rng.choice(CLIENTS)
        stack_name = rng.choice(list(STACKS))
        name = f"{client}-{rng.choice(SUFFIXES)}-{stack_name}"
        while name in names:
            name = f"{client}-{rng.choice(SUFFIXES)}-{stack_name}-{rng.randint(2, 99)}"
        names.add(name)
        commits = history_length()
        total_commits += commits
        roll = rng.random()
        secret = "history" if roll < 0.06 else ("tree" if roll < 0.08 else None)
        payload = stream(name, stack_name, commits, authors[client], secret)
        if index % remote_every == remote_every - 1:
            path = os.path.join(out, "remotes", client, name + ".git")
            make_repository(path, payload, bare=True)
            remotes.append((client, stack_name, path))
        else:
            make_repository(os.path.join(out, "repos", client, name), payload, bare=False)
            local_clients.add(client)

    with open(os.path.join(out, "fleet.yaml"), "w") as fleet:
        fleet.write("version: 1\nname: benchmark-agency\ndefaults:\n  tags: [managed]\nsources:\n")
        for client in sorted(local_clients):
            fleet.write(f"  - path: repos/{client}\n    scan: true\n    client: {client}\n")
        for client, stack_name, path in remotes:
            fleet.write(f"  - git: file://{path}\n    client: {client}\n    tags: [{stack_name}, mirrored]\n")
    exempt = sorted(names)[:3]
    with open(os.path.join(out, "policy.yaml"), "w") as policy:
        policy.write("version: 1\nlevels:\n"
                     "  - name: bronze\n    checks: [docs.readme, docs.license]\n"
                     "  - name: silver\n    checks: [ci.configured, ci.runs-tests]\n    min_score: 60\n"
                     "  - name: gold\n    checks: [delivery.dockerfile, delivery.non-root-user]\n    min_score: 75\n"
                     "gates:\n  - severity: critical\n  - check: security.secrets-in-tree\n  - min_score: 30\n"
                     "campaigns:\n  - name: ci-everywhere\n    checks: [ci.configured]\n    due: 2027-03-31\n"
                     "exemptions:\n")
        for name in exempt:
            policy.write(f"  - repo: {name}\n    check: docs.license\n    reason: licence under legal review\n"
                         f"    ticket: LEGAL-{len(name)}\n    expires: 2027-01-31\n")
    print(f"{count} repositories ({len(remotes)} as git: file:// sources), {total_commits} commits, in {out}")


main()
