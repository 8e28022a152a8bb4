#!/usr/bin/env python3
"""A local HTTP server shaped like Stripe's API for the endpoints the payments connector uses.

    python3 scripts/connectors/stripe_server.py PORT

Answers the documented JSON of POST /v1/customers, GET /v1/customers/{id} and POST /v1/checkout/sessions
(https://docs.stripe.com/api): form-encoded bodies with bracket nesting, `Authorization: Bearer sk_test_…`
(401 otherwise), Idempotency-Key replays, errors as `{"error": {"type", "code", "message", "param"}}`.
For retry tests, `POST /_test/fail?status=503&count=2` makes the next requests answer that status. Standard
library only, so every stack's connector tests can start it with the system's python3.
"""

import json
import re
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, parse_qsl, urlparse

LOCK = threading.Lock()
CUSTOMERS: dict[str, dict] = {}
IDEMPOTENT: dict[tuple[str, str], tuple[int, dict]] = {}
FAILURES: list[int] = []


def nest(pairs: list[tuple[str, str]]) -> dict:
    """`line_items[0][price]=p` → {"line_items": [{"price": "p"}]}; `metadata[k]=v` → {"metadata": {"k": "v"}}."""
    root: dict = {}
    for key, value in pairs:
        parts = re.findall(r"[^\[\]]+", key)
        node = root
        for index, part in enumerate(parts):
            if index == len(parts) - 1:
                node[part] = value
            else:
                node = node.setdefault(part, {})
    return listify(root)


def listify(node):
    if isinstance(node, dict):
        if node and all(key.isdigit() for key in node):
            return [listify(node[key]) for key in sorted(node, key=int)]
        return {key: listify(value) for key, value in node.items()}
    return node


def error(status: int, kind: str, message: str, code: str | None = None, param: str | None = None) -> tuple[int, dict]:
    body = {"type": kind, "message": message}
    if code:
        body["code"] = code
    if param:
        body["param"] = param
    return status, {"error": body}


def create_customer(params: dict) -> tuple[int, dict]:
    customer = {
        "id": f"cus_{secrets.token_hex(7)}",
        "object": "customer",
        "created": int(time.time()),
        "email": params.get("email"),
        "name": params.get("name"),
        "metadata": params.get("metadata") or {},
        "livemode": False,
    }
    CUSTOMERS[customer["id"]] = customer
    return 200, customer


def create_session(params: dict) -> tuple[int, dict]:
    for required in ("mode", "success_url"):
        if not params.get(required):
            return error(400, "invalid_request_error", f"Missing required param: {required}.", "parameter_missing", required)
    if params["mode"] not in ("payment", "subscription", "setup"):
        return error(400, "invalid_request_error", "Invalid mode.", "parameter_invalid_string", "mode")
    items = params.get("line_items") or []
    if params["mode"] != "setup" and not items:
        return error(400, "invalid_request_error", "Missing required param: line_items.", "parameter_missing", "line_items")
    customer = params.get("customer")
    if customer and customer not in CUSTOMERS:
        return error(400, "invalid_request_error", f"No such customer: '{customer}'", "resource_missing", "customer")
    session_id = f"cs_test_{secrets.token_hex(24)}"
    return 200, {
        "id": session_id,
        "object": "checkout.session",
        "created": int(time.time()),
        "expires_at": int(time.time()) + 86400,
        "mode": params["mode"],
        "status": "open",
        "payment_status": "unpaid",
        "customer": customer,
        "client_reference_id": params.get("client_reference_id"),
        "success_url": params["success_url"],
        "cancel_url": params.get("cancel_url"),
        "url": f"https://checkout.stripe.com/c/pay/{session_id}",
        "livemode": False,
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - BaseHTTPRequestHandler's signature
        pass

    def answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Request-Id", f"req_{secrets.token_hex(7)}")
        if status >= 500 or status == 429:
            self.send_header("Stripe-Should-Retry", "true")
        self.end_headers()
        self.wfile.write(data)

    def body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def authorised(self) -> bool:
        auth = self.headers.get("Authorization", "")
        if re.fullmatch(r"Bearer (sk|rk)_test_\w+", auth):
            return True
        self.answer(*error(401, "invalid_request_error", "Invalid API Key provided."))
        return False

    def failure(self) -> bool:
        with LOCK:
            status = FAILURES.pop(0) if FAILURES else None
        if status is None:
            return False
        self.answer(*error(status, "api_error", "Injected failure."))
        return True

    def do_GET(self) -> None:  # noqa: N802 - BaseHTTPRequestHandler's naming
        if not self.authorised() or self.failure():
            return
        match = re.fullmatch(r"/v1/customers/([\w]+)", urlparse(self.path).path)
        if not match:
            self.answer(*error(404, "invalid_request_error", f"Unrecognized request URL (GET: {self.path})."))
            return
        with LOCK:
            customer = CUSTOMERS.get(match.group(1))
        if customer is None:
            self.answer(*error(404, "invalid_request_error", f"No such customer: '{match.group(1)}'", "resource_missing", "id"))
        else:
            self.answer(200, customer)

    def do_POST(self) -> None:  # noqa: N802 - BaseHTTPRequestHandler's naming
        url = urlparse(self.path)
        raw = self.body()
        if url.path == "/_test/fail":
            query = parse_qs(url.query)
            with LOCK:
                FAILURES.extend([int(query.get("status", ["503"])[0])] * int(query.get("count", ["1"])[0]))
            self.answer(200, {"queued": len(FAILURES)})
            return
        if not self.authorised() or self.failure():
            return
        routes = {"/v1/customers": create_customer, "/v1/checkout/sessions": create_session}
        route = routes.get(url.path)
        if route is None:
            self.answer(*error(404, "invalid_request_error", f"Unrecognized request URL (POST: {url.path})."))
            return
        params = nest(parse_qsl(raw.decode(), keep_blank_values=True))
        key = self.headers.get("Idempotency-Key")
        with LOCK:
            if key and (url.path, key) in IDEMPOTENT:
                self.answer(*IDEMPOTENT[(url.path, key)])
                return
            status, body = route(params)
            if key and status < 500:
                IDEMPOTENT[(url.path, key)] = (status, body)
        self.answer(status, body)


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 12111
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"stripe-shaped server on http://127.0.0.1:{port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
