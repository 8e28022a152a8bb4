/// The fixed part of the JavaScript client: errors, retries, timeouts, auth and trace headers.
enum TypeScriptRuntime {
    static func source(_ api: ClientAPI) -> String {
        TypeScriptClientEmitter.header(api) + #"""

            const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
            const MAX_BACKOFF_MS = 5000;
            const MAX_RETRY_AFTER_MS = 30000;

            /** An error answer (RFC 9457 problem+json when the server sends one). */
            export class ApiError extends Error {
              constructor(status, problem, headers) {
                super(problem?.detail || problem?.title || `HTTP ${status}`);
                this.name = 'ApiError';
                this.status = status;
                this.type = problem?.type;
                this.title = problem?.title;
                this.detail = problem?.detail;
                this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
                this.problem = problem;
                this.headers = headers;
              }
            }

            const sleep = (ms, signal) => new Promise((resolve, reject) => {
              const timer = setTimeout(resolve, ms);
              signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
            });

            /** Milliseconds the server asks to wait (Retry-After in seconds or as a date), capped. */
            function retryAfterMs(response) {
              const value = response.headers.get('retry-after');
              if (!value) return undefined;
              const seconds = Number(value);
              const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
              return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
            }

            function backoffMs(attempt) {
              const base = Math.min(100 * 2 ** attempt, MAX_BACKOFF_MS);
              return base / 2 + Math.random() * (base / 2);
            }

            class BaseClient {
              #options;

              constructor(options) {
                if (!options?.baseUrl) throw new TypeError('Client: baseUrl is required');
                this.#options = {
                  timeoutMs: 10000,
                  retries: 2,
                  retryNonIdempotent: false,
                  headers: {},
                  fetch: globalThis.fetch,
                  ...options,
                  baseUrl: String(options.baseUrl).replace(/\/+$/, ''),
                };
              }

              /** Sends one request, retrying what is safe to retry, and decodes the JSON answer. */
              async request(method, path, { query, headers, body, contentType, authenticated }, options = {}) {
                const settings = this.#options;
                const url = new URL(settings.baseUrl + path);
                for (const [name, value] of Object.entries(query ?? {})) {
                  if (value === undefined || value === null) continue;
                  for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
                }
                const requestHeaders = { accept: 'application/json, application/problem+json', ...settings.headers };
                for (const [name, value] of Object.entries(headers ?? {})) {
                  if (value !== undefined && value !== null) requestHeaders[name] = String(value);
                }
                Object.assign(requestHeaders, options.headers);
                if (body !== undefined) requestHeaders['content-type'] = contentType ?? 'application/json';
                if (authenticated) {
                  const token = settings.tokenProvider ? await settings.tokenProvider() : settings.token;
                  if (token) requestHeaders.authorization = `Bearer ${token}`;
                  if (settings.apiKey) requestHeaders['x-api-key'] = settings.apiKey;
                }
                const traceparent = typeof settings.traceparent === 'function' ? settings.traceparent() : settings.traceparent;
                if (traceparent) requestHeaders.traceparent = traceparent;
                const retriable = IDEMPOTENT.has(method) || settings.retryNonIdempotent;
                const payload = body === undefined ? undefined : JSON.stringify(body);

                for (let attempt = 0; ; attempt += 1) {
                  const timeout = AbortSignal.timeout(settings.timeoutMs);
                  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
                  let response;
                  try {
                    response = await settings.fetch(url, { method, headers: requestHeaders, body: payload, signal });
                  } catch (error) {
                    if (options.signal?.aborted || !retriable || attempt >= settings.retries) throw error;
                    await sleep(backoffMs(attempt), options.signal);
                    continue;
                  }
                  if ((response.status === 429 || response.status >= 500) && retriable && attempt < settings.retries) {
                    await response.body?.cancel();
                    await sleep(retryAfterMs(response) ?? backoffMs(attempt), options.signal);
                    continue;
                  }
                  const text = await response.text();
                  const type = response.headers.get('content-type') ?? '';
                  const decoded = text && /json/.test(type) ? JSON.parse(text) : undefined;
                  if (!response.ok) throw new ApiError(response.status, decoded, response.headers);
                  return decoded;
                }
              }
            }

            """#
    }
}
