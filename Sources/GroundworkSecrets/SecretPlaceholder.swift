/// Recognises values that only stand in for a secret (`changeme`, `<token>`, `${API_KEY}`, `process.env.X`…),
/// so documentation, templates and configuration that reads the environment are not reported as leaks.
package enum SecretPlaceholder {
    /// True when `value` is a placeholder, a template, an environment reference or a well-known example.
    package static func isPlaceholder(_ value: some StringProtocol) -> Bool {
        let lower = value.lowercased().trimmingSurrounding(" \t")
        guard let first = lower.first else { return true }
        if exactWords.contains(lower) { return true }
        if lower.allSatisfy({ $0 == first }) { return true }
        if markers.contains(where: { containsMarker($0, in: value, lowercased: lower) }) { return true }
        if templateOpenings.contains(where: lower.contains) { return true }
        if environmentReferences.contains(where: lower.contains) { return true }
        if lower.contains("<") && lower.contains(">") { return true }
        if first == "$" { return true }
        if first == "%" && lower.hasSuffix("%") && lower.count > 2 { return true }
        if knownExamples.contains(where: { value.contains($0) }) { return true }
        if spellsOutPassword(lower) { return true }
        return false
    }

    /// True for a password that says it is one, spelled from words and digits (`password123`, `secret123456`,
    /// `new-password`, `MyPassword1!`): what a seed script or a tutorial uses, the way `changeme` is. A weak
    /// password that does not say so (`root123`, `Admin@2024`) may well be a real one, and is still reported.
    private static func spellsOutPassword(_ lower: String) -> Bool {
        let words = lower.split { !$0.isLetter }.map { Array(String($0).utf8) }
        guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.count <= 32 }) else { return false }
        var namesPassword = false
        for word in words {
            guard let hasPasswordWord = segment(word[...]) else { return false }
            namesPassword = namesPassword || hasPasswordWord
        }
        return namesPassword
    }

    /// Splits `letters` into dictionary words (`mypassword` → my, password): nil when it cannot be, else
    /// whether one of the words names a password.
    private static func segment(_ letters: ArraySlice<UInt8>) -> Bool? {
        guard !letters.isEmpty else { return false }
        var found: Bool?
        for word in passwordWords.union(qualifiers) where letters.starts(with: word.utf8) {
            guard let rest = segment(letters.dropFirst(word.utf8.count)) else { continue }
            let names = passwordWords.contains(word) || rest
            if names { return true }
            found = false
        }
        return found
    }

    /// Words that name a password.
    private static let passwordWords: Set<String> = ["password", "passwd", "pass", "pwd", "secret"]
    /// Words that go with them in made-up passwords.
    private static let qualifiers: Set<String> = [
        "my", "new", "old", "other", "another", "super", "strong", "weak", "wrong", "valid", "invalid", "correct",
        "incorrect", "bad", "good", "user", "admin", "default", "initial", "temp", "current", "confirm",
    ]

    /// Values at least this long are mostly random tokens, where a marker counts only when written in one case.
    private static let longValue = 32

    /// Whether `marker` occurs in `value`. In a long random token a short word turns up by chance in mixed case
    /// (`xXx` in one GitHub token in a thousand), so there it must be `xxx`, `XXX` or `Xxx` to count.
    private static func containsMarker(_ marker: String, in value: some StringProtocol, lowercased: String) -> Bool {
        guard lowercased.contains(marker) else { return false }
        guard value.count >= longValue else { return true }
        let forms = [marker, marker.uppercased(), marker.prefix(1).uppercased() + marker.dropFirst()]
        return forms.contains { value.contains($0) }
    }

    /// Whole values that are a word, not a secret.
    private static let exactWords: Set<String> = [
        "null", "nil", "none", "true", "false", "undefined", "empty", "required", "optional", "string", "str",
        "password", "passwd", "secret", "token", "n/a", "tbd", "unset", "default",
    ]

    /// Words that mark a value as made up (matched anywhere in the lowercased value).
    private static let markers: [String] = [
        "changeme", "change_me", "change-me", "changethis", "change_this", "change-this", "example", "xxx",
        "your", "dummy", "sample", "test", "fake", "redacted", "****", "placeholder", "replaceme", "replace_me",
        "replace-me", "insert_", "insert-", "_here", "-here", "mock", "foobar", "lorem", "invalid", "...", "•••",
        "12345678", "87654321", "abcdefgh", "qwerty", "asdfgh",
    ]

    /// Template and format syntax: the real value is filled in elsewhere.
    private static let templateOpenings: [String] = ["${", "{{", "%s", "%(", "%{", "#{", "<%", "$(", "\\("]

    /// Code that reads the secret from the environment or a secret store instead of holding it.
    private static let environmentReferences: [String] = [
        "process.env", "os.environ", "getenv", "env(", "env[", "env.", "secrets.", "vault:", "keychain",
    ]

    /// Values published in vendors' documentation as examples (the AWS ones already contain "EXAMPLE").
    private static let knownExamples: [String] = [
        // The signature of the sample token on jwt.io, copied into countless READMEs and tests.
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    ]
}

extension String {
    /// The string without `characters` at either end.
    fileprivate func trimmingSurrounding(_ characters: String) -> String {
        let set = Set(characters)
        guard let start = firstIndex(where: { !set.contains($0) }),
            let end = lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(self[start...end])
    }
}
