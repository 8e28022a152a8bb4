/// The fixed part of the Python client: `ApiError`, retries, timeouts, auth and trace headers.
enum PythonRuntime {
    static func errors(_ api: ClientAPI) -> String {
        PythonClientEmitter.header(api) + #"""

            from __future__ import annotations

            from typing import Any

            import httpx


            class ApiError(Exception):
                """An error answer (RFC 9457 problem+json when the server sends one)."""

                def __init__(self, status: int, problem: dict[str, Any] | None, headers: httpx.Headers) -> None:
                    problem = problem or {}
                    self.status = status
                    self.type: str | None = problem.get("type")
                    self.title: str | None = problem.get("title")
                    self.detail: str | None = problem.get("detail")
                    errors = problem.get("errors")
                    self.errors: list[dict[str, Any]] = errors if isinstance(errors, list) else []
                    self.problem = problem
                    self.headers = headers
                    super().__init__(self.detail or self.title or f"HTTP {status}")

                @classmethod
                def from_response(cls, response: httpx.Response) -> ApiError:
                    problem = None
                    if "json" in response.headers.get("content-type", ""):
                        try:
                            decoded = response.json()
                            problem = decoded if isinstance(decoded, dict) else None
                        except ValueError:
                            problem = None
                    return cls(response.status_code, problem, response.headers)

            """#
    }

    static func client(_ api: ClientAPI) -> String {
        PythonClientEmitter.header(api) + #"""

            from __future__ import annotations

            import datetime
            import email.utils
            import enum
            import random
            import time
            from collections.abc import Callable, Iterator
            from typing import Any
            from urllib.parse import quote

            import httpx

            from . import models
            from .errors import ApiError

            IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
            MAX_BACKOFF_SECONDS = 5.0
            MAX_RETRY_AFTER_SECONDS = 30.0


            def _query_value(value: Any) -> str:
                if isinstance(value, bool):
                    return "true" if value else "false"
                if isinstance(value, enum.Enum):
                    return str(value.value)
                if isinstance(value, datetime.datetime):
                    return models.format_datetime(value)
                if isinstance(value, datetime.date):
                    return value.isoformat()
                return str(value)


            def _path(value: Any) -> str:
                return quote(_query_value(value), safe="")


            def _retry_after(response: httpx.Response) -> float | None:
                value = response.headers.get("retry-after")
                if not value:
                    return None
                try:
                    seconds = float(value)
                except ValueError:
                    moment = email.utils.parsedate_to_datetime(value)
                    seconds = (moment - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
                return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


            def _backoff(attempt: int) -> float:
                base = min(0.1 * 2**attempt, MAX_BACKOFF_SECONDS)
                return base / 2 + random.random() * base / 2


            class BaseClient:
                """Sends requests with retries, timeouts, credentials and trace context."""

                def __init__(
                    self,
                    base_url: str,
                    *,
                    token: str | None = None,
                    token_provider: Callable[[], str | None] | None = None,
                    api_key: str | None = None,
                    timeout: float = 10.0,
                    retries: int = 2,
                    retry_non_idempotent: bool = False,
                    traceparent: str | Callable[[], str | None] | None = None,
                    headers: dict[str, str] | None = None,
                    transport: httpx.BaseTransport | None = None,
                ) -> None:
                    self._http = httpx.Client(
                        base_url=base_url.rstrip("/"),
                        timeout=timeout,
                        transport=transport,
                        headers={"accept": "application/json, application/problem+json", **(headers or {})},
                    )
                    self._token = token
                    self._token_provider = token_provider
                    self._api_key = api_key
                    self._retries = retries
                    self._retry_non_idempotent = retry_non_idempotent
                    self._traceparent = traceparent

                def close(self) -> None:
                    self._http.close()

                def __enter__(self) -> BaseClient:
                    return self

                def __exit__(self, *exc_info: object) -> None:
                    self.close()

                def _request(
                    self,
                    method: str,
                    path: str,
                    *,
                    query: dict[str, Any] | None = None,
                    headers: dict[str, Any] | None = None,
                    body: Any = None,
                    has_body: bool = False,
                    authenticated: bool = True,
                ) -> Any:
                    params: list[tuple[str, str]] = []
                    for name, value in (query or {}).items():
                        if value is None:
                            continue
                        for item in value if isinstance(value, list) else [value]:
                            params.append((name, _query_value(item)))
                    request_headers = {name: _query_value(value) for name, value in (headers or {}).items() if value is not None}
                    if authenticated:
                        token = self._token_provider() if self._token_provider else self._token
                        if token:
                            request_headers["authorization"] = f"Bearer {token}"
                        if self._api_key:
                            request_headers["x-api-key"] = self._api_key
                    traceparent = self._traceparent() if callable(self._traceparent) else self._traceparent
                    if traceparent:
                        request_headers["traceparent"] = traceparent
                    retriable = method in IDEMPOTENT or self._retry_non_idempotent
                    json_body = models.to_json(body) if has_body else None
                    attempt = 0
                    while True:
                        try:
                            response = self._http.request(
                                method, path, params=params, headers=request_headers, json=json_body if has_body else None
                            )
                        except httpx.TransportError:
                            if not retriable or attempt >= self._retries:
                                raise
                            time.sleep(_backoff(attempt))
                            attempt += 1
                            continue
                        if (response.status_code == 429 or response.status_code >= 500) and retriable and attempt < self._retries:
                            wait = _retry_after(response)
                            time.sleep(_backoff(attempt) if wait is None else wait)
                            attempt += 1
                            continue
                        if response.is_error:
                            raise ApiError.from_response(response)
                        if not response.content:
                            return None
                        return response.json()

            """#
    }
}
