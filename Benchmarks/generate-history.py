#!/usr/bin/env python3
"""Writes a git fast-import stream for a synthetic repository: N commits by a handful of authors
over two years, touching a small Node service, with a few secrets added and removed on the way.

    python3 generate-history.py 20000 | git -C repo fast-import --quiet
    python3 generate-history.py 20000 --dense | git -C repo fast-import --quiet

--dense: 2,000 files of authentication code whose every line names a secret keyword (token, session,
password, secret, auth…) without holding a secret, as real auth code does: the secret matcher's worst case.
"""
import random
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
dense = "--dense" in sys.argv
commits = int(args[0]) if args else 20000
random.seed(7)
authors = [("Ana Lima", "ana@example.com"), ("Ben Ode", "ben@example.com"), ("Chloe Park", "chloe@example.com"),
           ("Dev Rao", "dev@example.com"), ("Eve Stone", "eve@example.com")]
files = [f"src/module{i}.js" for i in range(200)] + [f"test/module{i}.test.js" for i in range(50)]
if dense:
    files = [f"src/auth/{d}/session{i}.js" for d in range(20) for i in range(90)] + [f"test/auth/session{i}.test.js" for i in range(200)]
dense_lines = [
    "const token = req.headers.authorization?.split(' ')[1] ?? session.token",
    "if (!session || session.expiresAt < Date.now()) return res.status(401).json({ error: 'session expired' })",
    "const refreshToken = await tokens.issueRefreshToken(user.id, { sessionId: session.id })",
    "export const passwordHash = await hashPassword(body.password, config.auth.saltRounds)",
    "const secret = process.env.JWT_SECRET",
    "authToken = signToken({ sub: user.id, session: session.id }, secret)",
    "res.cookie('session', session.id, { httpOnly: true, secure: config.auth.secureCookies })",
    "const apiKey = request.get('x-api-key') || query.api_key",
    "tokenStore.revoke(session.token, { reason: 'logout', auth: currentAuth })",
    "password: user.password === undefined ? null : '[redacted]',",
]
start = 1_700_000_000
out = sys.stdout.buffer


def blob(text: str) -> bytes:
    data = text.encode()
    return b"data %d\n" % len(data) + data + b"\n"


out.write(b"reset refs/heads/main\n")
for n in range(commits):
    name, email = authors[n % len(authors)] if n % 7 else authors[0]
    when = start + n * 3000
    message = f"Change {n}"
    out.write(b"commit refs/heads/main\n")
    out.write(f"author {name} <{email}> {when} +0000\ncommitter {name} <{email}> {when} +0000\n".encode())
    out.write(blob(message))
    if n == 0:
        out.write(b"M 644 inline package.json\n" + blob('{"name": "bench", "scripts": {"test": "node --test"}, "dependencies": {"express": "^4.19.2"}}\n'))
    for path in random.sample(files, 3):
        if dense:
            body = "".join(random.choice(dense_lines) + f" // {random.randint(0, 10**9)}\n" for _ in range(60))
        else:
            body = "".join(f"export const value{j} = {random.randint(0, 10**9)}\n" for j in range(40))
        if n % 2500 == 1234:
            # A secret that a later commit removes: only history scanning finds it.
            body += "const key = 'AKIA" + "QY7RZ3WXKB2M4NTL'\n"
        out.write(f"M 644 inline {path}\n".encode() + blob(body))
    out.write(b"\n")
out.flush()
