import Foundation

// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// A value assigned to a name that says it is secret (`password`, `client_secret`, `API_KEY`, `authToken`…)
    /// in code, YAML, JSON, `.env` or properties, quoted or bare; kept only when it looks random enough.
    ///
    /// Runs last: a value already reported by a specific rule is not reported again as generic.
    static let genericAssignment: SecretRule = {
        var rule = genericAssignmentByPattern
        rule.lineCondition = GenericAssignment.mightReport(bytes:)
        return rule
    }()

    /// The rule without `GenericAssignment.mightReport`: what the scanner ran before that test existed, and what
    /// `GenericAssignmentPrefilterTests` holds the test to.
    static let genericAssignmentByPattern = SecretRule(
        id: "generic-assignment",
        name: "Secret assigned in code or configuration",
        severity: .medium,
        keywords: [
            "password", "passwd", "passphrase", "pwd", "secret", "token", "apikey", "api_key", "api-key", "api.key",
            "accesskey", "access_key", "access-key", "access.key", "privatekey", "private_key", "private-key",
            "private.key", "creds", "credential",
        ] + GenericAssignment.shortWordKeywords,
        pattern: GenericAssignment.pattern,
        secretGroups: [2, 3, 4, 5],
        minimumEntropy: GenericAssignment.minimumEntropy,
        minimumLength: GenericAssignment.minimumLength,
        reportsInTestCode: false,
        truePositives: [
            "DB_PASSWORD=" + "ElFJvhQ8" + "XIm0og",
            "  password: \"" + "R4HtXOf5" + "4fZBKA\"",
            "{\"client_secret\": \"" + "8frcZTuJ" + "aWYUH1\", \"client_id\": \"web\"}",
            "const apiKey = '" + "VAUwV1ZH" + "87MtA5';",
            "  'api_key' => '" + "vSQXEZY3" + "lEX7bw',",
            "token := \"" + "R2DRGD1q" + "So7JPR\"",
            "    secret_key: str = \"" + "bgUMxXy9" + "b4Bzwo\"",
            "auth_token = " + "Z648jjNu" + "FD7uac",
            "export ACCESS_KEY=" + "ElFJvhQ8" + "XIm0og",
            "DATABASE_PASSWORD: postgres://app:" + "R4HtXOf5" + "4fZBKA@db:5432/app",
            "headers[\"X-Api-Key\"] = \"" + "8frcZTuJ" + "aWYUH1\"",
            "define('DB_PASSWORD', '" + "R2DRGD1q" + "So7JPR');",
            "$db_pass = \"" + "bgUMxXy9" + "b4Bzwo\";",
            "SECRET_KEY_BASE=" + "8f7a9c2e4b1d" + "6f3a0c5e",
            "spring.datasource.password=" + "Adm1n@" + "2024x",
            // Go: a declaration with its type, and a short assignment.
            "var apiToken string = \"" + "Zq8wN3vB" + "x7Lk2Pm\"",
            "\tclientSecret := \"" + "hJ4nW9qT" + "2xVb7Ks\"",
            // Kotlin, C#, Java, TypeScript: typed declarations and properties.
            "val privateKey: String = \"" + "kP3vN8qZ" + "w2Lx7Ty\"",
            "private const string ApiKey = \"" + "Rt6yU1pQ" + "9sDf3Gh\";",
            "private static final String DB_PASSWORD = \"" + "Mn7bV4cX" + "1zAs8Df\";",
            "System.setProperty(\"X_TOKEN\", \"" + "Wq2eR5tY" + "8uIo3Pa\");",
            "const creds = { user: 'svc', pwd: '" + "Lk9jH4gF" + "2dSa7Qw' };",
            // PHP: concatenating assignment and define.
            "$apiKey .= '" + "Jh6gF3dS" + "9aQw2Er';",
            // Ruby: conditional assignment and hash rockets.
            "@credentials ||= \"" + "Yt5rE2wQ" + "8pLk3Mn\"",
            // Make: immediate and POSIX assignments.
            "DEPLOY_TOKEN ::= " + "Vb8nM3kL" + "6jH2gF9",
            "SIGNING_SECRET :::= " + "Cx4zA7sD" + "1fG8hJ3",
            "API_KEY ?= " + "Pq7wE2rT" + "5yU9iO4",
            // Names with numeric suffixes, and a secret word inside the name.
            "API_KEY_1=" + "Tg5hY8uJ" + "2kI6oL3",
            "token2 = '" + "Nb3vC6xZ" + "9aS2dF7'",
            "JWT_SECRET_KEY_PROD=" + "Qa8sW3dE" + "6rF1tG5",
            "aws_credentials: '" + "Hy7uJ2iK" + "5oL9pM3'",
            "\"private-key\": \"" + "Ui8oP3lK" + "6jH1gF4\"",
            // Defaults given where the environment is read.
            "api_token = os.getenv(\"api_token\", \"" + "Ds4fG7hJ" + "1kL5zX8\")",
            "secret = os.environ.get(\"APP_SECRET\", \"" + "Er6tY9uI" + "3oP7aS2\")",
            "const token = process.env.API_TOKEN || '" + "Xc5vB8nM" + "2qW6eR9';",
            "password = ENV.fetch(\"DB_PASSWORD\", \"" + "Kj3hG6fD" + "9sA2qW5\")",
            // XML: an element, and a key/value pair of .NET or Spring configuration.
            "<password>" + "Zx7cV2bN" + "5mA9sD4</password>",
            "<add key=\"ApiKey\" value=\"" + "Gf4dS7aQ" + "1wE5rT8\" />",
            "<property name=\"db.password\" value=\"" + "Oi9uY4tR" + "7eW2qA6\"/>",
            // Terraform, TOML, INI.
            "  admin_password = \"" + "Bn6mK1jH" + "4gF8dS3\"",
            "client_secret = '" + "Lp2oK7iJ" + "5uH9yG4'",
            // Values on the line after their name: an XML element, a YAML block scalar and a YAML key.
            "<password>\n    " + "Rf5tG8yH" + "2uJ6iK9\n</password>",
            "api_key: |\n  " + "Wd3eR6tF" + "9gY2hU5",
            "db_password:\n  " + "Mq8nB3vC" + "6xZ1aS7",
        ],
        falsePositives: [
            "password = \"changeme\"",
            "password: changethis123",
            "DB_PASSWORD=${DB_PASSWORD}",
            "password: \"<your password>\"",
            "api_key = os.environ[\"API_KEY\"]",
            "token = process.env.GITHUB_TOKEN",
            "secret = \"xxxxxxxxxxxx\"",
            "password = \"%s\"",
            "password: \"{{ .Values.db.password }}\"",
            "auth: true",
            "password = getPassword()",
            "token = self.token",
            "password = userPassword",
            "author: \"Jane Doe\"",
            "password_min_length: 12",
            "if password == \"hunter2hunter2\" {",
            "token: \"https://auth.internal/oauth/token\"",
            "secret: /run/secrets/db_password",
            "password = \"aaaaaaaaaaaa\"",
            "password: \"hunter2\"",
            "password: \"Please enter your password\"",
            "secret: 'auth.errors.secret_required'",
            "api_key = \"AKIAIOSFODNN7EXAMPLE\"",
            "token: \"test-token-value-123\"",
            "DATABASE_PASSWORD: postgres://postgres:postgres@localhost:5432/app",
            "TOKEN_TTL=3600",
            "password: 20240101120000",
            "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
            "password: !vault |",
            "//registry.example/:_authToken=MYTOKEN1",
            "})(Socks5Auth || (exports.Socks5Auth = Socks5Auth = {}));",
            "/// See FTS5WrapperTokenizer.accept(token:flags:tokenCallback:)",
            "define( 'AUTH_KEY', 'put your unique phrase here' );",
            "login(password, token, secret)",
            "        pass  # nothing to do here yet",
            "bypass: true",
            "log.info('token', 'creating')",
            "{\"challengePassword\", \"challengePassword\", NID_pkcs9_challengePassword, 9,",
            "def timeit(stmt=\"pass\", setup=\"pass\", timer=default_timer,",
            ">>> encoded = jwt.encode({\"some\": \"payload\"}, \"secret\", algorithm=\"HS256\")",
            "  better-auth: 1.4.0-beta.9",
            "    \"@acme/auth\": \"workspace:*\",",
            "    \"@inquirer/password\": \"npm:^4.0.23\"",
            "    implementation 'io.jsonwebtoken:jjwt-api:0.11.2'",
            "<img src=\"https://codecov.io/gh/acme/api/graph/badge.svg?token=rU2xxQ6BGH\"/>",
            "src=\"https://firebasestorage.googleapis.com/v0/b/x/o/logo.png?alt=media&token=941fcc3a-2b6f-40e9-b4c8\"",
            "<Auth :login-token=\"twoFactorLoginToken\" />",
            "FirstRun.create! email_address: \"king@example.com\", password: \"secret123456\"",
            "{\"password\": \"new-password-1\", \"new_password\": \"MyPassword1!\"}",
            "init(mightContainSecret: @escaping @Sendable (Data) -> Bool)",
            "let config = \"token: '\\(token)'\"",
            // Code that reads the secret instead of holding it, in each syntax.
            "var apiToken string = os.Getenv(\"API_TOKEN\")",
            "apiToken := cfg.APIToken",
            "System.setProperty(\"X_TOKEN\", token);",
            "val privateKey: String = BuildConfig.PRIVATE_KEY",
            "private const string ApiKey = \"\";",
            "$apiKey .= $suffix;",
            "@credentials ||= load_credentials",
            "DEPLOY_TOKEN ::= $(shell cat token.txt)",
            "API_KEY ?= ${API_KEY}",
            "api_token = os.getenv(\"api_token\")",
            "secret = os.environ.get(\"APP_SECRET\")",
            "const token = process.env.API_TOKEN || '';",
            "const token = process.env.API_TOKEN || 'changeme';",
            "password = ENV.fetch(\"DB_PASSWORD\")",
            "<password>${DB_PASSWORD}</password>",
            "<add key=\"ApiKey\" value=\"#{ApiKey}#\" />",
            "<property name=\"db.password\" value=\"${db.password}\"/>",
            "  admin_password = var.admin_password",
            "client_secret = \"<client-secret>\"",
            "credentials: 'include'",
            "withCredentials: true",
            "  credentials: same-origin",
            "creds = get_credentials(profile)",
            "pwd = os.getcwd()",
            "PWD=$(pwd)",
            "private_key_path: ./certs/key.pem",
            "API_KEY_1=${API_KEY_1}",
            "token2 = token1",
            // Names on a line of their own whose next line is no value.
            "<password>\n  <encrypted>true</encrypted>\n</password>",
            "api_key: |\n  ${API_KEY}",
            "db_password:\n  min_length: 12",
            "credentials:\n  - name: registry",
            "tokens:\n  refresh_ttl: 3600",
            // Version pins and ids named after a secret word.
            "private_key_id: 1",
            "auth: \"1.2.3\"",
        ],
        nextLineValue: NextLineValue(mightOpen: GenericAssignment.mightOpenValue, join: GenericAssignment.joinNextLine),
        refine: GenericAssignment.refine
    )
}

/// The parts of the generic assignment rule that need more than a regular expression.
enum GenericAssignment {
    /// The shortest value the rule reports.
    static let minimumLength = 8
    /// The lowest Shannon entropy (bits per byte) of a value the rule reports.
    static let minimumEntropy = 3.0

    /// A secret word, then at most three short suffixes and a number (`JWT_SECRET_KEY_PROD`, `API_KEY_1`, `token2`).
    static let secretEnding =
        #"(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_.\-]?key|access[_.\-]?key|private[_.\-]?key|auth|creds|credentials?)"#
        + #"(?:[_.\-]?(?:key|base|value|token|secret|code|access|string|salt|phrase|b64|hex|prod|live|dev|staging)){0,3}(?:[_.\-]?[0-9]{1,2})?"#

    /// The name: a whole identifier that ends with a secret word.
    static let name = #"[A-Za-z0-9_.\-]{0,80}?"# + secretEnding

    /// Group 1 is the end of the name; groups 2–4 a double-, single- or backtick-quoted value; group 5 a bare value.
    static let pattern =
        // The end of the name, so the expression starts only where a secret word does (a name that merely ends with
        // one may begin anywhere before it), and not in a URL's query parameter (`badge.svg?token=…`,
        // `?alt=media&token=…`: tokens published with the link they sign).
        #"(?i:("# + secretEnding + #"))(?<![?&][A-Za-z0-9_.\-]{0,80}+)"#
        // Closing quotes or bracket of the name, then an optional type annotation (`password: str =`, Go's
        // `apiToken string =`).
        + #"["'`\]]{0,2}[ \t]*(?::[ \t]*[A-Za-z_][A-Za-z0-9_.<>\[\]|?]{0,40}[ \t]*(?==)|(?:string|\[\]byte)[ \t]*(?==))?"#
        // The operator, never a comparison: assignments of every syntax (Make's `::=` and `:::=`, PHP's `.=`,
        // Ruby's `||=`), the text of an XML element named after a secret, and the `value` attribute next to
        // `key="…"` or `name="…"` in XML configuration.
        + #"(?:=>|:::=|::=|:=|\?=|\.=|\|\|=|\?\?=|=|:"#
        + #"|>(?<=<[A-Za-z0-9_.\-]{1,100}>)"#
        + #"|[ \t]*(?i:value)[ \t]*=(?<=(?i:key|name)=["'][A-Za-z0-9_.\-:]{1,100}["'][ \t]{0,3}(?i:value)[ \t]{0,3}=)"#
        // A comma only inside a call that sets or reads a named value (`define('DB_PASSWORD', '…')`,
        // `System.setProperty("X_TOKEN", "…")`, `os.getenv("API_TOKEN", "default")`), since elsewhere
        // `"token", "secret"` is a list of words, not an assignment.
        + #"|,(?<=(?i:define|setproperty|getproperty|setenv|putenv|getenv|get|fetch|put|set|setdefault)\([ \t]{0,3}["'][A-Za-z0-9_.\-]{1,60}["'][ \t]{0,3},))"#
        + #"(?![=:])[ \t]*"#
        // A default after a read of the environment (`process.env.API_TOKEN || "…"`, `?? "…"`): the default is the value.
        + #"(?:[A-Za-z_$][A-Za-z0-9_$.]{0,100}[ \t]*(?:\|\||\?\?)[ \t]*(?=["'`]))?"#
        // The value, matched possessively: a quote without its closing quote fails at once instead of backtracking,
        // and a bare value is taken whole so a call such as `getPassword()` is not cut short to `getPasswor`.
        + #"(?:"([^"\r\n]{1,300}+)"|'([^'\r\n]{1,300}+)'|`([^`\r\n]{1,300}+)`|([^\s"'`,;&(){}\[\]<>]{1,300}+)(?![(\[]))"#

    /// A secret name that opens a value on the next line: an XML element (`<password>`), a YAML key with a block
    /// scalar (`api_key: |`) or with nothing after it (`db_password:`).
    private static let openingLine = compile(
        #"^[ \t]*(?:<(?i:("# + name + #"))>|["']?(?i:("# + name + #"))["']?[ \t]*:[ \t]*([|>][+\-]?)?)[ \t]*$"#,
        rule: "generic-assignment")

    /// False when `line` (UTF-8 bytes) cannot open a value on the next line: it does not end, before trailing
    /// spaces, in the `>` of an element or the `:`, `|`, `>`, `-` or `+` of a YAML key and block scalar. Most
    /// lines end otherwise, and this look at their last byte spares them the expression.
    @Sendable static func mightOpenValue(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = line.last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        return last == UInt8(ascii: ">") || last == UInt8(ascii: ":") || last == UInt8(ascii: "|") || last == UInt8(ascii: "-")
            || last == UInt8(ascii: "+")
    }

    /// The name on `line` and the value on `next` as one line the pattern reads (`password = "…"`), when `line`
    /// only opens a value and `next` is one word: not markup, a list item, a comment or a key of its own.
    @Sendable static func joinNextLine(_ line: String, _ next: String) -> String? {
        var line = line
        guard line.withUTF8(mightOpenValue) else { return nil }
        guard let opening = openingLine.firstMatch(in: line, range: NSRange(location: 0, length: line.utf16.count)) else { return nil }
        let text = NSString(string: line)
        let isElement = opening.range(at: 1).location != NSNotFound
        let nameRange = isElement ? opening.range(at: 1) : opening.range(at: 2)
        var value = next.trimmingCharacters(in: .whitespaces)
        if isElement, let closing = value.range(of: "</") { value = String(value[..<closing.lowerBound]) }
        guard !value.isEmpty, !value.contains(where: \.isWhitespace), !value.contains("<"), !value.contains(": "),
            !value.hasSuffix(":"), !"-#&*!|>[{".contains(value.first ?? "-")
        else { return nil }
        // An element's text and a block scalar are taken as written, as a quoted value is; a plain YAML value
        // keeps the checks a bare value gets.
        let isLiteral = isElement || opening.range(at: 3).location != NSNotFound
        return text.substring(with: nameRange) + " = " + (isLiteral ? "\"" + value + "\"" : value)
    }

    /// "auth" alone is in every "Author:" header and every "authorization", "pass" in every "passed", which would
    /// let two files in five through the prefilter; so their keywords are the word followed by each character that
    /// can follow it in a matching name: a suffix, a digit, a closing quote, a space or an operator.
    static let shortWordKeywords = ["auth", "pass"].flatMap { word in
        ([
            "_", ".", "-", "k", "b", "v", "t", "s", "c", "a", "p", "h", "d", "l", "\"", "'", "`", "]", " ", "\t", ":", "=",
            "?", ">", "|",
        ]
            + (0...9).map(String.init)).map { word + $0 }
    }

    /// Drops values that are code, prose, paths or URLs without credentials; narrows a URL to its password.
    @Sendable static func refine(_ candidate: SecretCandidate) -> SecretCandidate? {
        let value = candidate.value
        if value.contains(where: \.isWhitespace) { return nil }
        if value.allSatisfy(\.isNumber) { return nil }
        if matches(lowercaseWords, value) { return nil }
        if let scheme = value.range(of: "://") {
            return passwordOfURL(candidate, afterScheme: scheme.upperBound)
        }
        if matches(filePath, value) { return nil }
        // `better-auth: 1.4.0-beta.9`, `"@acme/auth": "workspace:*"`, `'io.jsonwebtoken:jjwt-api:0.11.2'`: a
        // dependency named after a secret word, and its version.
        if matches(versionSpecifier, value) || dependencyProtocols.contains(where: value.hasPrefix) { return nil }
        // A value that itself says "token" or "password" names one (`"twoFactorLoginToken"`, `MYTOKEN1`,
        // `Socks5Auth`) instead of being one.
        let lower = value.lowercased()
        if matches(identifier, value), secretWords.contains(where: lower.contains) { return nil }
        let isBare = candidate.group == 5
        if isBare {
            // Bare values in code are variables, expressions and attributes (`@escaping`); in .env and YAML they
            // are the secret itself, and then hold a digit or a symbol where a name would not.
            if matches(identifier, value) || matches(dottedIdentifier, value) || value.contains("::") { return nil }
            if value.hasPrefix("!") || value.hasPrefix("&") || value.hasPrefix("*") || matches(attribute, value) { return nil }
            if !value.contains(where: { $0.isNumber || bareSecretSymbols.contains($0) }) { return nil }
            if secretWords.contains(where: lower.contains) { return nil }
        }
        return candidate
    }

    /// `scheme://user:password@host` keeps only the password; a URL without one is not a secret.
    private static func passwordOfURL(_ candidate: SecretCandidate, afterScheme: String.Index) -> SecretCandidate? {
        let value = candidate.value
        let authority = value[afterScheme...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else {
            return nil
        }
        let password = value[value.index(after: colon)..<at]
        guard !password.isEmpty else { return nil }
        let offset = value[..<password.startIndex].utf16.count
        var narrowed = candidate
        narrowed.value = String(password)
        narrowed.range = NSRange(location: candidate.range.location + offset, length: password.utf16.count)
        return narrowed
    }

    private static func matches(_ expression: NSRegularExpression, _ value: String) -> Bool {
        expression.firstMatch(in: value, range: NSRange(location: 0, length: value.utf16.count)) != nil
    }

    /// Symbols that a generated secret may hold and a name may not.
    static let bareSecretSymbols: Set<Character> = ["+", "/", "=", "!", "@", "#", "%", "^", "*", "~", "?"]
    /// Words that make a value a name rather than a secret.
    static let secretWords = ["password", "passwd", "secret", "token", "auth", "apikey", "api_key"]

    /// `1.4.0`, `^5.2`, `~1.2.3-beta.1`, `npm:^4.3.1`, `jjwt-api:0.11.2`, `>=2`: a version, with the package it pins.
    private static let versionSpecifier = compile(
        #"^(?:[A-Za-z0-9_.@/\-]+:){0,2}(?:[~^<>=]{1,2}|v)?[0-9]+(?:\.[0-9x*]+)*(?:[-+][0-9A-Za-z.\-]+)?$"#,
        rule: "generic-assignment")
    /// How package managers spell a dependency that is not a registry version (`workspace:*`, `catalog:`).
    private static let dependencyProtocols = ["workspace:", "catalog:", "link:", "portal:", "patch:", "file:", "npm:", "github:"]
    /// `@escaping`, `@Sendable`, `@Autowired`: an attribute or decorator after a parameter's colon.
    private static let attribute = compile(#"^@[A-Za-z_][A-Za-z0-9_]*$"#, rule: "generic-assignment")
    /// `userPassword`, `DB_PASSWORD`, `token2`: a name, not a value.
    private static let identifier = compile(#"^[A-Za-z_]+[0-9]{0,3}$"#, rule: "generic-assignment")
    /// `self.token`, `config.api.key2`: a reference to another value.
    private static let dottedIdentifier = compile(
        #"^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+$"#, rule: "generic-assignment")
    /// `auth.errors.secret_required`, `my-app-name`: message keys and readable names.
    private static let lowercaseWords = compile(#"^[a-z]+(?:[._\-/][a-z]+)+$"#, rule: "generic-assignment")
    /// `/run/secrets/db`, `./certs/key.pem`, `C:\keys`, `config/secret.json`.
    private static let filePath = compile(
        #"^(?:/|\./|\.\./|~/|[A-Za-z]:\\)|^[A-Za-z0-9_.\-]+(?:/[A-Za-z0-9_.\-]+)+\.[A-Za-z0-9]{1,5}$"#,
        rule: "generic-assignment")

    private static func compile(_ pattern: String, rule: String) -> NSRegularExpression {
        SecretRule.compile(pattern, rule: rule)
    }
}
