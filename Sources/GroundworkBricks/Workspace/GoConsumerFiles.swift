import Foundation
import GroundworkContracts
import GroundworkFormats

/// What `groundwork link` writes into a go-chi consumer: the client joins the consumer's module as the
/// package `<module>/clients/<provider>` (its go.mod is left out: one module, one go.mod), a package
/// under internal/clients that reads `<PROVIDER>_URL` at start and forwards the caller's token and trace
/// context, and the consumer contract test (`go test`).
enum GoConsumerFiles {
    static func files(_ edge: ConsumerEdge) -> [(path: String, contents: String)] {
        [
            ("internal/clients/\(packageName(edge))/\(packageName(edge)).go", glue(edge)),
            ("internal/clients/\(packageName(edge))/contract_test.go", contractTest(edge)),
        ]
    }

    /// The client's files that belong in the consumer's module: all but its own go.mod.
    static func clientFiles(_ files: [(path: String, contents: String)]) -> [(path: String, contents: String)] {
        files.filter { $0.path != "go.mod" }
    }

    /// The glue's package name: the provider's name as a Go package name (`billing`).
    static func packageName(_ edge: ConsumerEdge) -> String {
        IdentifierWords.snake(edge.provider.name).replacingOccurrences(of: "_", with: "")
    }

    /// The module path in a go.mod (`module orders`), or nil when it names none.
    static func modulePath(goMod text: String) -> String? {
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if words.count >= 2, words[0] == "module" { return String(words[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    /// The client package's import line, aliased because its name (`billingclient`) is not its folder's.
    static func clientImport(_ edge: ConsumerEdge) -> String {
        "\(edge.packageName) \"\(edge.consumerModule)/\(edge.clientFolder)\""
    }

    static func glue(_ edge: ConsumerEdge) -> String {
        let p = edge.prefix, name = edge.provider.name, client = edge.packageName, package = packageName(edge)
        return """
            // Package \(package) is how \(edge.consumer.name) calls \(name) (\(edge.provider.stack)): settings read at start,
            // and the caller's token and trace context forwarded on each call.
            //
            // Written by `groundwork link \(edge.consumer.name) \(name)`, which rewrites it (merging your edits) when
            // \(name)'s contract changes. Environment:
            //
            \(environmentTable(p, name: name))
            //
            // In a handler:
            //
            //	client, err := \(package).Client()
            //	...
            //	answer, err := client.Operation(\(package).Context(r), ...)
            package \(package)

            import (
            \t"context"
            \t"encoding/json"
            \t"errors"
            \t"fmt"
            \t"io"
            \t"net/http"
            \t"net/url"
            \t"os"
            \t"strings"
            \t"sync"
            \t"time"

            \t\(clientImport(edge))
            )

            // Settings say how to reach \(name).
            type Settings struct {
            \tURL          string
            \tAuth         string
            \tTimeout      time.Duration
            \tTokenURL     string
            \tClientID     string
            \tClientSecret string
            \tScope        string
            }

            var errNoURL = errors.New("\(p)_URL is not set: the base URL of the \(name) service, e.g. http://\(name):8080")

            // LoadSettings reads and checks the settings; the error names the variable
            // that is missing or wrong.
            func LoadSettings(getenv func(string) string) (Settings, error) {
            \ts := Settings{URL: getenv("\(p)_URL"), Auth: getenv("\(p)_AUTH"), Timeout: 10 * time.Second}
            \tif s.URL == "" {
            \t\treturn s, errNoURL
            \t}
            \tif u, err := url.Parse(s.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
            \t\treturn s, fmt.Errorf("\(p)_URL must be an http or https URL, found %q", s.URL)
            \t}
            \tif s.Auth == "" {
            \t\ts.Auth = "forward"
            \t}
            \tif s.Auth != "forward" && s.Auth != "client-credentials" {
            \t\treturn s, fmt.Errorf("\(p)_AUTH must be forward or client-credentials, found %q", s.Auth)
            \t}
            \tif value := getenv("\(p)_TIMEOUT"); value != "" {
            \t\ttimeout, err := time.ParseDuration(value)
            \t\tif err != nil || timeout <= 0 {
            \t\t\treturn s, fmt.Errorf("\(p)_TIMEOUT must be a positive duration such as 10s, found %q", value)
            \t\t}
            \t\ts.Timeout = timeout
            \t}
            \tif s.Auth == "client-credentials" {
            \t\ts.TokenURL, s.ClientID, s.ClientSecret, s.Scope = getenv("\(p)_TOKEN_URL"), getenv("\(p)_CLIENT_ID"), getenv("\(p)_CLIENT_SECRET"), getenv("\(p)_SCOPE")
            \t\tfor _, variable := range []string{"\(p)_TOKEN_URL", "\(p)_CLIENT_ID", "\(p)_CLIENT_SECRET"} {
            \t\t\tif getenv(variable) == "" {
            \t\t\t\treturn s, fmt.Errorf("%s is not set: \(p)_AUTH=client-credentials needs it", variable)
            \t\t\t}
            \t\t}
            \t}
            \treturn s, nil
            }

            var settings, settingsErr = LoadSettings(os.Getenv)

            var (
            \tshared       *\(client).Client
            \tserviceToken tokenCache
            )

            // The settings are checked when the service starts (this package is linked in
            // with the code that calls \(name)): a missing or malformed variable stops the
            // service before it takes traffic. A test binary may run without \(p)_URL:
            // the service's own tests need not reach \(name).
            func init() {
            \tif settingsErr == nil {
            \t\tshared, settingsErr = \(client).NewClient(settings.URL, \(client).WithTimeout(settings.Timeout), \(client).WithTokenProvider(token))
            \t}
            \tif settingsErr != nil && !(errors.Is(settingsErr, errNoURL) && strings.HasSuffix(os.Args[0], ".test")) {
            \t\tfmt.Fprintln(os.Stderr, "error:", settingsErr)
            \t\tos.Exit(1)
            \t}
            }

            // Client returns the client of \(name), shared and safe for concurrent use. Each
            // call sends the token its context carries (see Context) or, with
            // \(p)_AUTH=client-credentials, this service's own.
            func Client() (*\(client).Client, error) {
            \tif settingsErr != nil {
            \t\treturn nil, settingsErr
            \t}
            \treturn shared, nil
            }

            type callerTokenKey struct{}

            // Context returns the request's context carrying what a call to \(name)
            // forwards: the caller's bearer token and the W3C traceparent.
            func Context(r *http.Request) context.Context {
            \tctx := r.Context()
            \tif traceparent := r.Header.Get("traceparent"); traceparent != "" {
            \t\tctx = \(client).WithTraceparent(ctx, traceparent)
            \t}
            \tif scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " "); ok && strings.EqualFold(scheme, "Bearer") {
            \t\tctx = context.WithValue(ctx, callerTokenKey{}, strings.TrimSpace(token))
            \t}
            \treturn ctx
            }

            // token is the bearer token of a call: the caller's, or this service's own.
            func token(ctx context.Context) (string, error) {
            \tif settings.Auth == "client-credentials" {
            \t\treturn serviceToken.get(ctx)
            \t}
            \tcaller, _ := ctx.Value(callerTokenKey{}).(string)
            \treturn caller, nil
            }

            // tokenCache holds a token of this service's own (client-credentials grant),
            // reused until a minute before it expires.
            type tokenCache struct {
            \tmu        sync.Mutex
            \ttoken     string
            \texpiresAt time.Time
            }

            func (c *tokenCache) get(ctx context.Context) (string, error) {
            \tc.mu.Lock()
            \tdefer c.mu.Unlock()
            \tif c.token != "" && time.Until(c.expiresAt) > time.Minute {
            \t\treturn c.token, nil
            \t}
            \tform := url.Values{"grant_type": {"client_credentials"}}
            \tif settings.Scope != "" {
            \t\tform.Set("scope", settings.Scope)
            \t}
            \tctx, cancel := context.WithTimeout(ctx, settings.Timeout)
            \tdefer cancel()
            \trequest, err := http.NewRequestWithContext(ctx, http.MethodPost, settings.TokenURL, strings.NewReader(form.Encode()))
            \tif err != nil {
            \t\treturn "", err
            \t}
            \trequest.SetBasicAuth(url.QueryEscape(settings.ClientID), url.QueryEscape(settings.ClientSecret))
            \trequest.Header.Set("Content-Type", "application/x-www-form-urlencoded")
            \trequest.Header.Set("Accept", "application/json")
            \tresponse, err := http.DefaultClient.Do(request)
            \tif err != nil {
            \t\treturn "", fmt.Errorf("\(name): the token endpoint: %w", err)
            \t}
            \tdefer response.Body.Close()
            \tif response.StatusCode != http.StatusOK {
            \t\treturn "", fmt.Errorf("\(name): the token endpoint answered %d", response.StatusCode)
            \t}
            \tvar grant struct {
            \t\tAccessToken string `json:"access_token"`
            \t\tExpiresIn   int    `json:"expires_in"`
            \t}
            \tif err := json.NewDecoder(io.LimitReader(response.Body, 1<<20)).Decode(&grant); err != nil {
            \t\treturn "", fmt.Errorf("\(name): the token endpoint's answer: %w", err)
            \t}
            \tif grant.ExpiresIn <= 0 {
            \t\tgrant.ExpiresIn = 300
            \t}
            \tc.token, c.expiresAt = grant.AccessToken, time.Now().Add(time.Duration(grant.ExpiresIn)*time.Second)
            \treturn c.token, nil
            }

            """
    }

    /// The glue's variables as a preformatted block of its doc comment, the descriptions in one column.
    static func environmentTable(_ p: String, name: String) -> String {
        let rows: [(String, [String])] = [
            ("\(p)_URL", ["the base URL of \(name), e.g. http://\(name):8080 (required)"]),
            (
                "\(p)_AUTH",
                [
                    "forward (default): send the caller's bearer token on;",
                    "client-credentials: get a token of this service's own from",
                    "\(p)_TOKEN_URL with \(p)_CLIENT_ID, \(p)_CLIENT_SECRET",
                    "and the optional \(p)_SCOPE (OAuth 2.0 client-credentials grant)",
                ]
            ),
            ("\(p)_TIMEOUT", ["per attempt, a Go duration (default 10s)"]),
        ]
        let width = (rows.map(\.0.count).max() ?? 0) + 2
        return rows.flatMap { variable, lines in
            lines.enumerated().map { index, line in
                "//\t" + (index == 0 ? variable.padding(toLength: width, withPad: " ", startingAt: 0) : String(repeating: " ", count: width)) + line
            }
        }.joined(separator: "\n")
    }

    /// A Go string literal (JSON's escapes are Go's, but for `\/`, which JSONString never writes).
    static func literal(_ text: String) -> String { JSONString.quoted(text) }
}
