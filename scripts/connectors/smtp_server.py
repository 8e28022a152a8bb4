#!/usr/bin/env python3
"""Local SMTP servers for the email connector's tests, on aiosmtpd (PyPI):

    smtp_server.py --cert CERT --key KEY --maildir DIR --starttls-port P1 --tls-port P2

P1 requires STARTTLS before AUTH and MAIL; P2 speaks TLS from the first byte (SMTPS). Both require AUTH PLAIN or LOGIN
as `connector` / `connector-password` and write each accepted message to DIR/<n>.eml, so tests read what was
delivered. The addresses `tempfail@…` answer 451 (a temporary failure) once per message, `reject@…` 550.
"""

import argparse
import asyncio
import itertools
import ssl
from email import message_from_bytes
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USERNAME = b"connector"
PASSWORD = b"connector-password"  # noqa: S105 - the test server's fixed credential


class Maildir:
    """Accepts messages into a folder; `tempfail@` and `reject@` recipients exercise the client's error paths."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.counter = itertools.count(1)
        self.failed_once: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802 - aiosmtpd's hook name
        if address.startswith("reject@"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        message_id = message_from_bytes(envelope.original_content or envelope.content)["Message-ID"]
        if any(rcpt.startswith("tempfail@") for rcpt in envelope.rcpt_tos) and message_id not in self.failed_once:
            self.failed_once.add(message_id)
            return "451 4.3.0 try again later"
        path = self.folder / f"{next(self.counter):04d}.eml"
        path.write_bytes(envelope.original_content or envelope.content)
        return "250 Message accepted"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USERNAME and auth_data.password == PASSWORD
    # handled=False: aiosmtpd itself answers 535 to a refused login.
    return AuthResult(success=ok, handled=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--maildir", required=True, type=Path)
    parser.add_argument("--starttls-port", type=int, required=True)
    parser.add_argument("--tls-port", type=int, required=True)
    args = parser.parse_args()
    args.maildir.mkdir(parents=True, exist_ok=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    handler = Maildir(args.maildir)
    # The implicit-TLS server is encrypted from the first byte, so AUTH there needs no STARTTLS.
    common = {"hostname": "127.0.0.1", "authenticator": authenticate, "auth_required": True}
    starttls = Controller(handler, port=args.starttls_port, tls_context=context, require_starttls=True, **common)
    implicit = Controller(handler, port=args.tls_port, ssl_context=context, auth_require_tls=False, **common)
    starttls.start()
    implicit.start()
    print(f"smtp: STARTTLS on {args.starttls_port}, TLS on {args.tls_port}, mail in {args.maildir}", flush=True)
    try:
        asyncio.run(asyncio.Event().wait())
    finally:
        starttls.stop()
        implicit.stop()


if __name__ == "__main__":
    main()
