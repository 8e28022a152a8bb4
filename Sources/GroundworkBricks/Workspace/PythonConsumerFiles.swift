import Foundation
import GroundworkContracts
import GroundworkFormats

/// What `groundwork link` writes into a python-fastapi consumer: the glue (settings read at start, a
/// FastAPI dependency that yields a client per request) and the consumer contract test. The client
/// itself is installed from its folder by a line in requirements.txt (`ConsumerStack.requirement`).
enum PythonConsumerFiles {
    static func files(_ edge: ConsumerEdge) -> [(path: String, contents: String)] {
        [
            ("app/clients/__init__.py", "\"\"\"Clients of the services this one calls, written by `groundwork link`.\"\"\"\n"),
            ("app/clients/\(edge.snakeName).py", glue(edge)),
            ("tests/test_\(edge.snakeName)_contract.py", contractTest(edge)),
        ]
    }

    /// The client folder's ruff settings: the generated client is checked by its own tests, so the
    /// service's stricter lint and format rules leave it alone (ruff prefers ruff.toml to the client's pyproject.toml).
    static func ruffSettings(_ edge: ConsumerEdge) -> (path: String, contents: String) {
        (edge.clientFolder + "/ruff.toml", "# Written by groundwork link: the generated client is checked by its own tests, not by this service's ruff.\nextend-exclude = [\"*\"]\n")
    }

    static func glue(_ edge: ConsumerEdge) -> String {
        let p = edge.prefix, name = edge.provider.name, snake = edge.snakeName, package = edge.packageName
        let settings = IdentifierWords.pascal(edge.provider.name) + "Settings"
        return #"""
            """How \#(edge.consumer.name) calls \#(name) (\#(edge.provider.stack)): settings read at start, and a client per request.

            Written by `groundwork link \#(edge.consumer.name) \#(name)`, which rewrites it (merging your edits) when \#(name)'s
            contract changes. Environment:

            - ``\#(p)_URL``: the base URL of \#(name), e.g. ``http://\#(name):8080`` (required);
            - ``\#(p)_AUTH``: ``forward`` (default) sends the caller's bearer token on; ``client-credentials`` gets a
              token of this service's own from ``\#(p)_TOKEN_URL`` with ``\#(p)_CLIENT_ID``, ``\#(p)_CLIENT_SECRET``
              and the optional ``\#(p)_SCOPE`` (OAuth 2.0 client-credentials grant);
            - ``\#(p)_TIMEOUT``: seconds per attempt (default 10).
            """

            import os
            import sys
            import threading
            import time
            from collections.abc import Iterator, Mapping
            from dataclasses import dataclass
            from urllib.parse import urlparse

            \#(thirdPartyImports(package: package))

            MODES = ("forward", "client-credentials")


            @dataclass(frozen=True)
            class \#(settings):
                """How to reach \#(name)."""

                url: str
                auth: str = "forward"
                timeout: float = 10.0
                token_url: str | None = None
                client_id: str | None = None
                client_secret: str | None = None
                scope: str | None = None


            def load_settings(environ: Mapping[str, str] = os.environ) -> \#(settings) | None:
                """Reads and checks the settings; raises naming the variable that is missing or wrong.

                Under pytest a missing \#(p)_URL is not an error until a client is asked for: the service's own
                tests need not reach \#(name).
                """
                url = environ.get("\#(p)_URL", "")
                if not url and "pytest" in sys.modules:
                    return None
                if not url:
                    raise RuntimeError("\#(p)_URL is not set: the base URL of the \#(name) service, e.g. http://\#(name):8080")
                if urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc:
                    raise RuntimeError(f"\#(p)_URL must be an http or https URL, found {url!r}")
                auth = environ.get("\#(p)_AUTH", "forward")
                if auth not in MODES:
                    raise RuntimeError(f"\#(p)_AUTH must be one of {', '.join(MODES)}, found {auth!r}")
                try:
                    timeout = float(environ.get("\#(p)_TIMEOUT", "10"))
                except ValueError:
                    timeout = 0.0
                if timeout <= 0:
                    raise RuntimeError("\#(p)_TIMEOUT must be a positive number of seconds")
                credentials: dict[str, str | None] = {}
                if auth == "client-credentials":
                    for variable in ("\#(p)_TOKEN_URL", "\#(p)_CLIENT_ID", "\#(p)_CLIENT_SECRET"):
                        if not environ.get(variable):
                            raise RuntimeError(f"{variable} is not set: \#(p)_AUTH=client-credentials needs it")
                    credentials = {
                        "token_url": environ["\#(p)_TOKEN_URL"],
                        "client_id": environ["\#(p)_CLIENT_ID"],
                        "client_secret": environ["\#(p)_CLIENT_SECRET"],
                        "scope": environ.get("\#(p)_SCOPE"),
                    }
                return \#(settings)(url=url, auth=auth, timeout=timeout, **credentials)


            # Read when the service starts (this module is imported with the routes that use it): a missing or
            # malformed variable stops the service before it takes traffic.
            settings = load_settings()


            class _ServiceToken:
                """A token of this service's own (client-credentials grant), reused until a minute before it expires."""

                def __init__(self, settings: \#(settings)) -> None:
                    self._settings = settings
                    self._lock = threading.Lock()
                    self._token: str | None = None
                    self._expires_at = 0.0

                def __call__(self) -> str | None:
                    with self._lock:
                        if self._token is None or self._expires_at < time.monotonic() + 60:
                            settings = self._settings
                            form = {"grant_type": "client_credentials"}
                            if settings.scope:
                                form["scope"] = settings.scope
                            response = httpx.post(
                                settings.token_url or "",
                                data=form,
                                auth=(settings.client_id or "", settings.client_secret or ""),
                                timeout=settings.timeout,
                            )
                            response.raise_for_status()
                            grant = response.json()
                            self._token = grant["access_token"]
                            self._expires_at = time.monotonic() + float(grant.get("expires_in", 300))
                        return self._token


            _service_token = _ServiceToken(settings) if settings is not None else None


            def \#(snake)_client(request: Request) -> Iterator[Client]:
                """A FastAPI dependency: a client of \#(name) carrying the caller's token (or this service's own)."""
                if settings is None:
                    raise RuntimeError("\#(p)_URL is not set: the base URL of the \#(name) service, e.g. http://\#(name):8080")
                header = request.headers.get("authorization", "")
                caller = header[7:] if header[:7].lower() == "bearer " else None
                with Client(
                    settings.url,
                    token_provider=_service_token if settings.auth == "client-credentials" and _service_token else (lambda: caller),
                    timeout=settings.timeout,
                    traceparent=request.headers.get("traceparent"),
                ) as client:
                    yield client

            """#
    }

    static func contractTest(_ edge: ConsumerEdge) -> String {
        let p = edge.prefix, name = edge.provider.name
        var tests: [String] = []
        for (index, operation) in edge.used.enumerated() {
            let method = ClientMethodName.name(operation, language: .python)
            let collection = ConsumerEdge.collection(of: operation.path)
            var arguments = operation.parameters.filter { $0.location == .path }.map { "known(seen, \(literal(collection)), \(literal($0.wireName)))" }
            var setup = ""
            if let body = operation.body {
                let json = edge.samples.body(method: operation.method, path: operation.path) ?? ClientSamples.json(body.type, in: edge.api)
                setup = "    body = \(pythonLiteral(json, indent: 4))\n"
                arguments.append(edge.bodyTypeName(of: operation).map { "models.\($0).from_dict(body)" } ?? "body")
            }
            for parameter in operation.parameters where parameter.location != .path && parameter.required {
                arguments.append("\(ClientMethodName.parameter(parameter, language: .python))=\(pythonLiteral(ClientSamples.json(parameter.type, in: edge.api), indent: 4))")
            }
            var test = "def test_\(String(format: "%02d", index + 1))_\(method)(client: Client, seen: dict[str, Any]) -> None:\n"
            test += "    \"\"\"\(operation.method.uppercased()) \(operation.path)\"\"\"\n" + setup
            test += "    result = client.\(method)(\(arguments.joined(separator: ", ")))\n"
            let properties = edge.requiredProperties(of: operation)
            if !properties.isEmpty {
                test += "    answer = result.to_dict()\n"
                test += "    for field in (\(properties.map(literal).joined(separator: ", "))\(properties.count == 1 ? "," : "")):\n"
                test += "        assert field in answer, f\"\(method): the answer has no {field}\"\n"
            }
            if operation.method.uppercased() == "POST", !operation.parameters.contains(where: { $0.location == .path }) {
                test += "    seen[\(literal(collection))] = result.to_dict()\n"
            } else if let page = operation.pagination {
                let items = IdentifierWords.snake(page.itemsProperty)
                test += "    if \(literal(collection)) not in seen and result.\(items):\n"
                test += "        seen[\(literal(collection))] = result.\(items)[0].to_dict()\n"
            }
            tests.append(test)
        }
        if tests.isEmpty {
            tests.append(
                """
                def test_nothing_used_yet() -> None:
                    pytest.skip("\(edge.consumer.name) calls no operation of \(name) yet: run `groundwork link \(edge.consumer.name) \(name)` again once it does")

                """)
        }
        return #"""
            """The consumer contract test of \#(edge.consumer.name) → \#(name): every operation \#(edge.consumer.name) uses, against a real \#(name).

            The calls go through the generated client to \#(p)_URL with the bearer token in \#(p)_TOKEN, in order (later
            calls take the ids earlier ones created). Written by `groundwork link \#(edge.consumer.name) \#(name)`, which rewrites it
            when the operations used or the contract change: a \#(name) change that breaks \#(edge.consumer.name) fails here, in CI.
            """

            import os
            from collections.abc import Iterator
            from typing import Any

            import pytest
            from \#(edge.packageName) import Client, models

            pytestmark = pytest.mark.skipif(
                not os.environ.get("\#(p)_URL"),
                reason="\#(p)_URL is not set: start \#(name) and set \#(p)_URL and \#(p)_TOKEN",
            )


            @pytest.fixture(scope="module")
            def client() -> Iterator[Client]:
                with Client(os.environ["\#(p)_URL"], token=os.environ.get("\#(p)_TOKEN"), retries=0) as client:
                    yield client


            @pytest.fixture(scope="module")
            def seen() -> dict[str, Any]:
                """What earlier calls created or listed, by collection path."""
                return {}


            def known(seen: dict[str, Any], collection: str, field: str) -> Any:
                assert collection in seen, f"no {collection} item was created or listed before a call that needs its {field}"
                return seen[collection].get(field, seen[collection].get("id"))


            \#(tests.joined(separator: "\n\n"))
            """#
    }

    /// A Python string literal (JSON's escapes are Python's too).
    static func literal(_ text: String) -> String { JSONString.quoted(text) }

    /// The third-party imports of the glue in isort's order (plain imports, then `from` imports by module),
    /// which depends on the client package's name.
    static func thirdPartyImports(package: String) -> String {
        let from = [("fastapi", "from fastapi import Request"), (package, "from \(package) import Client")].sorted { $0.0 < $1.0 }.map(\.1)
        return (["import httpx"] + from).joined(separator: "\n")
    }

    /// A JSON text as a Python literal laid out as ruff format leaves it: objects and arrays one entry a
    /// line with a trailing comma, so no line grows with the sample.
    static func pythonLiteral(_ json: String, indent: Int) -> String {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { return "None" }
        return python(value, indent: indent)
    }

    private static func python(_ value: Any, indent: Int) -> String {
        let inner = String(repeating: " ", count: indent + 4), closing = String(repeating: " ", count: indent)
        switch value {
        case let object as [String: Any]:
            guard !object.isEmpty else { return "{}" }
            let entries = object.keys.sorted().map { "\(inner)\(literal($0)): \(python(object[$0]!, indent: indent + 4)),\n" }
            return "{\n" + entries.joined() + closing + "}"
        case let array as [Any]:
            guard !array.isEmpty else { return "[]" }
            return "[\n" + array.map { "\(inner)\(python($0, indent: indent + 4)),\n" }.joined() + closing + "]"
        case let text as String:
            return literal(text)
        case is NSNull:
            return "None"
        case let number as NSNumber:
            // JSONSerialization gives booleans as NSNumbers of type char.
            if String(cString: number.objCType) == "c" { return number.boolValue ? "True" : "False" }
            return number.stringValue
        default:
            return "None"
        }
    }
}
