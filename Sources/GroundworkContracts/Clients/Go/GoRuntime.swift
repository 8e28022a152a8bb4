/// `client.go`: the fixed part of the Go client — options, `*APIError`, retries, timeouts, credentials,
/// trace context and the query helpers the operations use.
enum GoRuntime {
    static func source(_ api: ClientAPI, package: String) -> String {
        GoClientEmitter.header(api) + """

            package \(package)

            import (
            \t"bytes"
            \t"context"
            \t"encoding/json"
            \t"errors"
            \t"fmt"
            \t"io"
            \t"math/rand"
            \t"net/http"
            \t"net/url"
            \t"strconv"
            \t"strings"
            \t"time"
            )

            const (
            \tmaxBackoff      = 5 * time.Second
            \tmaxRetryAfter   = 30 * time.Second
            \tmaxResponseSize = 64 << 20
            )

            // Client calls the \(GoSyntax.comment(api.title)) API. It is safe for concurrent use.
            type Client struct {
            \tbaseURL            string
            \thttpClient         *http.Client
            \ttoken              string
            \ttokenProvider      func(context.Context) (string, error)
            \tapiKey             string
            \ttimeout            time.Duration
            \tretries            int
            \tretryNonIdempotent bool
            \theader             http.Header
            }

            // Option configures a Client.
            type Option func(*Client)

            // WithToken sends a fixed bearer token.
            func WithToken(token string) Option {
            \treturn func(c *Client) { c.token = token }
            }

            // WithTokenProvider asks for a bearer token before each request (service credentials, a forwarded caller token).
            func WithTokenProvider(provider func(context.Context) (string, error)) Option {
            \treturn func(c *Client) { c.tokenProvider = provider }
            }

            // WithAPIKey sends an API key in the X-API-Key header.
            func WithAPIKey(key string) Option {
            \treturn func(c *Client) { c.apiKey = key }
            }

            // WithHTTPClient replaces http.DefaultClient.
            func WithHTTPClient(client *http.Client) Option {
            \treturn func(c *Client) { c.httpClient = client }
            }

            // WithTimeout bounds each attempt (default 10 seconds).
            func WithTimeout(timeout time.Duration) Option {
            \treturn func(c *Client) { c.timeout = timeout }
            }

            // WithRetries sets how often network errors, 429 and 5xx answers are retried (default 2).
            func WithRetries(retries int) Option {
            \treturn func(c *Client) { c.retries = retries }
            }

            // WithRetryNonIdempotent retries POST and PATCH too (by default only idempotent methods are retried).
            func WithRetryNonIdempotent() Option {
            \treturn func(c *Client) { c.retryNonIdempotent = true }
            }

            // WithHeader sends a header with every request.
            func WithHeader(name, value string) Option {
            \treturn func(c *Client) { c.header.Set(name, value) }
            }

            // NewClient returns a client of the service at baseURL (e.g. "http://billing:8080").
            func NewClient(baseURL string, options ...Option) (*Client, error) {
            \tparsed, err := url.Parse(baseURL)
            \tif err != nil || parsed.Scheme == "" || parsed.Host == "" {
            \t\treturn nil, fmt.Errorf("\(package): base URL %q is not an absolute URL", baseURL)
            \t}
            \tc := &Client{
            \t\tbaseURL:    strings.TrimRight(baseURL, "/"),
            \t\thttpClient: http.DefaultClient,
            \t\ttimeout:    10 * time.Second,
            \t\tretries:    2,
            \t\theader:     http.Header{},
            \t}
            \tfor _, option := range options {
            \t\toption(c)
            \t}
            \treturn c, nil
            }

            type traceparentKey struct{}

            // WithTraceparent returns a context whose requests carry the W3C traceparent value.
            func WithTraceparent(ctx context.Context, traceparent string) context.Context {
            \treturn context.WithValue(ctx, traceparentKey{}, traceparent)
            }

            // ProblemField is one entry of a problem's "errors" list.
            type ProblemField struct {
            \tField   string `json:"field"`
            \tMessage string `json:"message"`
            }

            // APIError is an error answer (RFC 9457 problem+json when the server sends one).
            type APIError struct {
            \tStatus int
            \tType   string
            \tTitle  string
            \tDetail string
            \tErrors []ProblemField
            \tHeader http.Header
            }

            func (e *APIError) Error() string {
            \tswitch {
            \tcase e.Detail != "":
            \t\treturn fmt.Sprintf("HTTP %d: %s", e.Status, e.Detail)
            \tcase e.Title != "":
            \t\treturn fmt.Sprintf("HTTP %d: %s", e.Status, e.Title)
            \tdefault:
            \t\treturn fmt.Sprintf("HTTP %d", e.Status)
            \t}
            }

            func idempotent(method string) bool {
            \tswitch method {
            \tcase http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
            \t\treturn true
            \t}
            \treturn false
            }

            func backoff(attempt int) time.Duration {
            \tbase := 100 * time.Millisecond << attempt
            \tif base > maxBackoff || base <= 0 {
            \t\tbase = maxBackoff
            \t}
            \treturn base/2 + time.Duration(rand.Int63n(int64(base/2)+1))
            }

            func retryAfter(header http.Header) (time.Duration, bool) {
            \tvalue := header.Get("Retry-After")
            \tif value == "" {
            \t\treturn 0, false
            \t}
            \twait := time.Duration(0)
            \tif seconds, err := strconv.ParseFloat(value, 64); err == nil {
            \t\twait = time.Duration(seconds * float64(time.Second))
            \t} else if moment, err := http.ParseTime(value); err == nil {
            \t\twait = time.Until(moment)
            \t} else {
            \t\treturn 0, false
            \t}
            \tif wait < 0 {
            \t\twait = 0
            \t}
            \tif wait > maxRetryAfter {
            \t\twait = maxRetryAfter
            \t}
            \treturn wait, true
            }

            func sleep(ctx context.Context, wait time.Duration) error {
            \ttimer := time.NewTimer(wait)
            \tdefer timer.Stop()
            \tselect {
            \tcase <-ctx.Done():
            \t\treturn ctx.Err()
            \tcase <-timer.C:
            \t\treturn nil
            \t}
            }

            // formatValue writes a parameter value: RFC 3339 for times, the plain value otherwise.
            func formatValue(value any) string {
            \tif moment, ok := value.(time.Time); ok {
            \t\treturn moment.UTC().Format(time.RFC3339)
            \t}
            \treturn fmt.Sprint(value)
            }

            func addQuery[T any](query url.Values, name string, value *T) {
            \tif value != nil {
            \t\tquery.Add(name, formatValue(*value))
            \t}
            }

            func addHeader[T any](header http.Header, name string, value *T) {
            \tif value != nil {
            \t\theader.Set(name, formatValue(*value))
            \t}
            }

            // do sends a request, retrying what is safe to retry, and decodes a JSON answer into result.
            func (c *Client) do(ctx context.Context, method, path string, query url.Values, header http.Header, body any, result any, authenticated bool) error {
            \tvar payload []byte
            \tif body != nil {
            \t\tencoded, err := json.Marshal(body)
            \t\tif err != nil {
            \t\t\treturn fmt.Errorf("\(package): encode request body: %w", err)
            \t\t}
            \t\tpayload = encoded
            \t}
            \ttarget := c.baseURL + path
            \tif len(query) > 0 {
            \t\ttarget += "?" + query.Encode()
            \t}
            \tretriable := idempotent(method) || c.retryNonIdempotent
            \tfor attempt := 0; ; attempt++ {
            \t\tstatus, answer, answerHeader, err := c.send(ctx, method, target, header, payload, authenticated)
            \t\tif err != nil {
            \t\t\tif ctx.Err() != nil || !retriable || attempt >= c.retries {
            \t\t\t\treturn err
            \t\t\t}
            \t\t\tif err := sleep(ctx, backoff(attempt)); err != nil {
            \t\t\t\treturn err
            \t\t\t}
            \t\t\tcontinue
            \t\t}
            \t\tif (status == http.StatusTooManyRequests || status >= 500) && retriable && attempt < c.retries {
            \t\t\twait, ok := retryAfter(answerHeader)
            \t\t\tif !ok {
            \t\t\t\twait = backoff(attempt)
            \t\t\t}
            \t\t\tif err := sleep(ctx, wait); err != nil {
            \t\t\t\treturn err
            \t\t\t}
            \t\t\tcontinue
            \t\t}
            \t\tif status >= 400 {
            \t\t\treturn problem(status, answer, answerHeader)
            \t\t}
            \t\tif result == nil || len(answer) == 0 {
            \t\t\treturn nil
            \t\t}
            \t\tif err := json.Unmarshal(answer, result); err != nil {
            \t\t\treturn fmt.Errorf("\(package): decode %s %s answer: %w", method, path, err)
            \t\t}
            \t\treturn nil
            \t}
            }

            // send makes one attempt under the per-attempt timeout and reads the whole answer.
            func (c *Client) send(ctx context.Context, method, target string, header http.Header, payload []byte, authenticated bool) (int, []byte, http.Header, error) {
            \tattempt, cancel := context.WithTimeout(ctx, c.timeout)
            \tdefer cancel()
            \tvar reader io.Reader
            \tif payload != nil {
            \t\treader = bytes.NewReader(payload)
            \t}
            \trequest, err := http.NewRequestWithContext(attempt, method, target, reader)
            \tif err != nil {
            \t\treturn 0, nil, nil, err
            \t}
            \tfor name, values := range c.header {
            \t\trequest.Header[name] = values
            \t}
            \tfor name, values := range header {
            \t\trequest.Header[name] = values
            \t}
            \trequest.Header.Set("Accept", "application/json, application/problem+json")
            \tif payload != nil {
            \t\trequest.Header.Set("Content-Type", "application/json")
            \t}
            \tif authenticated {
            \t\ttoken := c.token
            \t\tif c.tokenProvider != nil {
            \t\t\tif token, err = c.tokenProvider(ctx); err != nil {
            \t\t\t\treturn 0, nil, nil, fmt.Errorf("\(package): token provider: %w", err)
            \t\t\t}
            \t\t}
            \t\tif token != "" {
            \t\t\trequest.Header.Set("Authorization", "Bearer "+token)
            \t\t}
            \t\tif c.apiKey != "" {
            \t\t\trequest.Header.Set("X-API-Key", c.apiKey)
            \t\t}
            \t}
            \tif traceparent, ok := ctx.Value(traceparentKey{}).(string); ok && traceparent != "" {
            \t\trequest.Header.Set("Traceparent", traceparent)
            \t}
            \tresponse, err := c.httpClient.Do(request)
            \tif err != nil {
            \t\treturn 0, nil, nil, err
            \t}
            \tdefer response.Body.Close()
            \tanswer, err := io.ReadAll(io.LimitReader(response.Body, maxResponseSize))
            \tif err != nil {
            \t\treturn 0, nil, nil, err
            \t}
            \treturn response.StatusCode, answer, response.Header, nil
            }

            func problem(status int, answer []byte, header http.Header) error {
            \tapiError := &APIError{Status: status, Header: header}
            \tif strings.Contains(header.Get("Content-Type"), "json") {
            \t\tvar decoded struct {
            \t\t\tType   string         `json:"type"`
            \t\t\tTitle  string         `json:"title"`
            \t\t\tDetail string         `json:"detail"`
            \t\t\tErrors []ProblemField `json:"errors"`
            \t\t}
            \t\tif json.Unmarshal(answer, &decoded) == nil {
            \t\t\tapiError.Type, apiError.Title, apiError.Detail, apiError.Errors = decoded.Type, decoded.Title, decoded.Detail, decoded.Errors
            \t\t}
            \t}
            \treturn apiError
            }

            // IsStatus reports whether err is an *APIError with the given status.
            func IsStatus(err error, status int) bool {
            \tvar apiError *APIError
            \treturn errors.As(err, &apiError) && apiError.Status == status
            }

            """
    }
}
