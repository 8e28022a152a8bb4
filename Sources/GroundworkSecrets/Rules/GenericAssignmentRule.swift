import Foundation

// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// A value assigned to a name that says it is secret (`password`, `client_secret`, `API_KEY`, `authToken`…)
    /// in code, YAML, JSON, `.env` or properties, quoted or bare; kept only when it looks random enough.
    ///
    /// Runs last: a value already reported by a specific rule is not reported again as generic.
    static let genericAssignment = SecretRule(
        id: "generic-assignment",
        name: "Secret assigned in code or configuration",
        severity: .medium,
        keywords: [
            "password", "passwd", "passphrase", "secret", "token", "apikey", "api_key", "api-key", "api.key",
            "accesskey", "access_key", "access-key", "access.key",
        ] + GenericAssignment.shortWordKeywords,
        pattern: GenericAssignment.pattern,
        secretGroups: [2, 3, 4, 5],
        minimumEntropy: 3.0,
        minimumLength: 8,
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
        ],
        refine: GenericAssignment.refine
    )
}

/// The parts of the generic assignment rule that need more than a regular expression.
enum GenericAssignment {
    /// Group 1 is the name; groups 2–4 a double-, single- or backtick-quoted value; group 5 a bare value.
    static let pattern =
        // The name: a whole identifier that ends with a secret word and at most two short suffixes, and not a URL's
        // query parameter (`badge.svg?token=…`, `?alt=media&token=…`: tokens published with the link they sign).
        #"(?<![A-Za-z0-9_.\-?&])(?i:([A-Za-z0-9_.\-]{0,80}?(?:pass(?:word|wd|phrase)?|secret|token|api[_.\-]?key|access[_.\-]?key|auth)(?:[_.\-]?(?:key|base|value|token|secret|code)){0,2}[0-9]{0,2}))"#
        // Closing quotes or bracket of the name, then an optional type annotation (`password: str =`).
        + #"["'`\]]{0,2}[ \t]*(?::[ \t]*[A-Za-z_][A-Za-z0-9_.<>\[\]|?]{0,40}[ \t]*(?==))?"#
        // The operator, never a comparison; a comma only in PHP's `define('DB_PASSWORD', '…')`, since elsewhere
        // `"token", "secret"` is a list of words, not an assignment.
        + #"(?:=>|:=|\?=|=|:|,(?<=(?i:define)\([ \t]{0,3}["'][A-Za-z0-9_]{1,60}["'][ \t]{0,3},))(?![=:])[ \t]*"#
        // The value, matched possessively: a quote without its closing quote fails at once instead of backtracking,
        // and a bare value is taken whole so a call such as `getPassword()` is not cut short to `getPasswor`.
        + #"(?:"([^"\r\n]{1,300}+)"|'([^'\r\n]{1,300}+)'|`([^`\r\n]{1,300}+)`|([^\s"'`,;&(){}\[\]<>]{1,300}+)(?![(\[]))"#

    /// "auth" alone is in every "Author:" header and every "authorization", "pass" in every "passed", which would
    /// let two files in five through the prefilter; so their keywords are the word followed by each character that
    /// can follow it in a matching name: a suffix, a digit, a closing quote, a space or an operator.
    static let shortWordKeywords = ["auth", "pass"].flatMap { word in
        (["_", ".", "-", "k", "b", "v", "t", "s", "c", "\"", "'", "`", "]", " ", "\t", ":", "=", "?"]
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
    private static let bareSecretSymbols: Set<Character> = ["+", "/", "=", "!", "@", "#", "%", "^", "*", "~", "?"]
    /// Words that make a value a name rather than a secret.
    private static let secretWords = ["password", "passwd", "secret", "token", "auth", "apikey", "api_key"]

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
