import Foundation
import Testing

@testable import GroundworkSecrets

/// Issue 15, §2: the generic rule reads assignments in the syntax of the common languages and configuration
/// formats, and stays quiet on code that reads a secret instead of holding one, in each of them.
@Suite("generic assignments in every syntax")
struct GenericAssignmentSyntaxTests {
    static let scanner = SecretScanner()
    /// A made-up secret of the shape the rule reports, joined at run time (see FakeSecrets).
    static let secret = "Zq8wN3vB" + "x7Lk2Pm"

    /// One syntax: lines that assign `secret` (reported) and lines that do not hold a secret (not reported).
    struct Syntax: Sendable, CustomTestStringConvertible {
        let name: String
        let reported: [String]
        let quiet: [String]
        var testDescription: String { name }
    }

    static let syntaxes: [Syntax] = [
        Syntax(
            name: "Python",
            reported: [
                "API_KEY = \"@\"", "client_secret = '@'", "    secret_key: str = \"@\"", "self.password = '@'",
                "token = os.getenv(\"API_TOKEN\", \"@\")", "secret = os.environ.get(\"APP_SECRET\", \"@\")",
                "settings = {\"db_password\": \"@\"}", "conn = connect(password=\"@\")",
            ],
            quiet: [
                "API_KEY = os.environ[\"API_KEY\"]", "token = os.getenv(\"API_TOKEN\")", "password = getpass.getpass()",
                "secret = settings.SECRET_KEY", "token = None", "password = \"\"", "api_key = f\"{prefix}-{suffix}\"",
                "secret = os.environ.get(\"APP_SECRET\", None)",
            ]
        ),
        Syntax(
            name: "JavaScript and TypeScript",
            reported: [
                "const apiKey = '@';", "let authToken = \"@\";", "const token: string = '@';", "export const SECRET = `@`;",
                "const token = process.env.API_TOKEN || '@';", "const apiKey = process.env.API_KEY ?? \"@\";",
                "  clientSecret: '@',", "headers['X-Api-Key'] = '@';",
            ],
            quiet: [
                "const apiKey = process.env.API_KEY;", "const token = process.env.API_TOKEN || '';",
                "const token = req.headers.authorization?.split(' ')[1] ?? session.token",
                "  clientSecret: config.clientSecret,", "const { token } = await login(user, password);",
                "fetch(url, { credentials: 'include' })", "password: user.password === undefined ? null : '[redacted]',",
            ]
        ),
        Syntax(
            name: "Java and Kotlin",
            reported: [
                "private static final String DB_PASSWORD = \"@\";", "String apiKey = \"@\";",
                "System.setProperty(\"X_TOKEN\", \"@\");", "val privateKey: String = \"@\"", "var authToken = \"@\"",
                "props.put(\"db.password\", \"@\");",
            ],
            quiet: [
                "String apiKey = System.getenv(\"API_KEY\");", "System.setProperty(\"X_TOKEN\", token);",
                "val privateKey: String = BuildConfig.PRIVATE_KEY", "@Value(\"${app.secret}\") private String secret;",
                "private String password;", "if (token.equals(\"\")) return;",
            ]
        ),
        Syntax(
            name: "Go",
            reported: [
                "var apiToken string = \"@\"", "\tclientSecret := \"@\"", "const apiKey = \"@\"",
                "\tPassword: \"@\",", "os.Setenv(\"API_TOKEN\", \"@\")",
            ],
            quiet: [
                "var apiToken string = os.Getenv(\"API_TOKEN\")", "apiToken := cfg.APIToken", "\tPassword: password,",
                "token, err := auth.Token(ctx)", "var apiToken string",
            ]
        ),
        Syntax(
            name: "C#",
            reported: [
                "private const string ApiKey = \"@\";", "public const string Password = \"@\";",
                "var connection = \"Server=db;User Id=app;Password=@;\";",
            ],
            quiet: [
                "private const string ApiKey = \"\";", "var token = Environment.GetEnvironmentVariable(\"TOKEN\");",
                "public string Password { get; set; }",
            ]
        ),
        Syntax(
            name: "PHP",
            reported: [
                "$apiKey = '@';", "$apiKey .= '@';", "define('DB_PASSWORD', '@');", "  'api_key' => '@',",
                "$config['secret'] = \"@\";",
            ],
            quiet: [
                "$apiKey = getenv('API_KEY');", "$apiKey .= $suffix;", "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
                "  'api_key' => env('API_KEY'),",
            ]
        ),
        Syntax(
            name: "Ruby",
            reported: [
                "@credentials ||= \"@\"", "API_TOKEN = '@'", "  secret_key_base: \"@\",",
                "password = ENV.fetch(\"DB_PASSWORD\", \"@\")", "config.api_key = '@'",
            ],
            quiet: [
                "@credentials ||= load_credentials", "password = ENV.fetch(\"DB_PASSWORD\")",
                "API_TOKEN = ENV['API_TOKEN']", "  secret_key_base: Rails.application.credentials.secret_key_base,",
            ]
        ),
        Syntax(
            name: "Shell, .env and Make",
            reported: [
                "export API_TOKEN=@", "DB_PASSWORD=@", "API_KEY_1=@", "DEPLOY_TOKEN ::= @", "SIGNING_SECRET :::= @",
                "API_KEY ?= @", "AUTH_TOKEN := @", "TOKEN='@'",
            ],
            quiet: [
                "export API_TOKEN=$API_TOKEN", "DB_PASSWORD=${DB_PASSWORD}", "API_KEY ?= $(shell cat key.txt)",
                "TOKEN=$(vault read -field=token secret/ci)", "PWD=$(pwd)", "AUTH_TOKEN :=",
            ]
        ),
        Syntax(
            name: "YAML",
            reported: [
                "password: @", "  api_key: \"@\"", "aws_credentials: '@'", "api_key: |\n  @", "db_password:\n  @",
                "  token: >-\n    @",
            ],
            quiet: [
                "password: ${DB_PASSWORD}", "  api_key: !vault |", "token: {{ .Values.token }}",
                "db_password:\n  min_length: 12", "credentials:\n  - name: registry", "api_key: |\n  ${API_KEY}",
                "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
            ]
        ),
        Syntax(
            name: "JSON",
            reported: [
                "{\"client_secret\": \"@\"}", "  \"apiKey\": \"@\",", "{\"private-key\":\"@\"}", "  \"token2\": \"@\"",
            ],
            quiet: [
                "{\"client_secret\": \"\"}", "  \"apiKey\": null,", "  \"passwordMinLength\": 12,",
                "    \"@inquirer/password\": \"npm:^4.0.23\"",
            ]
        ),
        Syntax(
            name: "XML, properties, TOML and INI",
            reported: [
                "<password>@</password>", "<password>\n    @\n</password>", "<add key=\"ApiKey\" value=\"@\" />",
                "<property name=\"db.password\" value=\"@\"/>", "spring.datasource.password=@", "db.password: @",
                "client_secret = '@'", "password = @",
            ],
            quiet: [
                "<password>${DB_PASSWORD}</password>", "<password>\n  <encrypted>true</encrypted>\n</password>",
                "<add key=\"ApiKey\" value=\"#{ApiKey}#\" />", "spring.datasource.password=${DB_PASSWORD}",
                "<secret-ref name=\"db\" />", "password =",
            ]
        ),
        Syntax(
            name: "Terraform and HCL",
            reported: ["  admin_password = \"@\"", "  client_secret  = \"@\"", "  token = \"@\""],
            quiet: [
                "  admin_password = var.admin_password", "  client_secret = data.vault_generic_secret.app.data[\"secret\"]",
                "  token = random_password.token.result", "variable \"db_password\" {",
            ]
        ),
    ]

    @Test("assignments are reported", arguments: syntaxes)
    func assignmentsAreReported(syntax: Syntax) {
        for template in syntax.reported {
            let text = template.replacingOccurrences(of: "@", with: Self.secret)
            let found = Self.scanner.scan(text: text)
            #expect(found.map(\.ruleID) == ["generic-assignment"], "\(syntax.name): \(text) (found \(found))")
            #expect(found.first?.redacted == Redaction.redact(Self.secret), "\(syntax.name): \(text)")
        }
    }

    @Test("code that does not hold a secret is not reported", arguments: syntaxes)
    func nonSecretsAreQuiet(syntax: Syntax) {
        for text in syntax.quiet {
            let found = Self.scanner.scan(text: text)
            #expect(found.isEmpty, "\(syntax.name): \(text) (found \(found))")
        }
    }

    @Test("a value on the line after its name is reported on its own line and column")
    func nextLineValuePosition() throws {
        let match = try #require(Self.scanner.scan(text: "config:\n  <password>\n    \(Self.secret)\n  </password>\n").first)
        #expect(match.line == 3 && match.column == 5)
        #expect(Self.scanner.scan(lines: [(1, "api_key: |"), (5, "  " + Self.secret)]).isEmpty, "lines must be consecutive")
        #expect(Self.scanner.scan(text: "api_key: |\n  \(Self.secret) # groundwork:allow").isEmpty)
    }

    @Test("a provider token on the line after a secret name is reported once, by its provider's rule")
    func providerTokenOnNextLine() {
        let token = FakeSecrets.gitHubToken // a valid checksum: the provider rule reports it
        #expect(Self.scanner.scan(text: "api_key: |\n  \(token)").map(\.ruleID) == ["github-token"])
    }

    @Test(
        "the wider vocabulary: credentials, private keys, pwd, secrets inside names, numeric suffixes",
        arguments: [
            "creds", "credentials", "PRIVATE_KEY", "private-key", "pwd", "db_passwd", "JWT_SECRET_KEY_PROD",
            "client_secret", "auth", "token2", "API_KEY_1", "app_secret_value",
        ])
    func widerVocabulary(name: String) {
        let found = Self.scanner.scan(text: "\(name) = \"\(Self.secret)\"")
        #expect(found.map(\.ruleID) == ["generic-assignment"], "\(name)")
    }
}
