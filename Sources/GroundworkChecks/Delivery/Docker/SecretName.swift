/// Decides from a variable's name alone whether it holds a credential (`DB_PASSWORD`, `NPM_TOKEN`),
/// leaving out names that only point at one (`PASSWORD_FILE`, `TOKEN_URL`, `AWS_ACCESS_KEY_ID`).
package enum SecretName {
    /// Words that mark a credential on their own.
    private static let secretWords: Set<String> = ["PASSWORD", "PASSWD", "PASS", "SECRET", "TOKEN", "APIKEY", "CREDENTIALS", "CREDENTIAL", "PASSPHRASE"]
    /// Second words that make `…_KEY` a credential: `API_KEY`, `PRIVATE_KEY`, `ACCESS_KEY`.
    private static let keyQualifiers: Set<String> = ["API", "PRIVATE", "ACCESS", "SECRET", "AUTH", "SIGNING", "ENCRYPTION", "MASTER", "LICENSE", "CLIENT"]
    /// Last words that describe a credential's metadata rather than hold it.
    private static let metadataSuffixes: Set<String> = [
        "FILE", "PATH", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "NAME", "USER", "USERNAME", "ID",
        "LENGTH", "LEN", "TTL", "EXPIRY", "EXPIRES", "TIMEOUT", "ENABLED", "TYPE", "HEADER", "PREFIX", "REF",
    ]

    /// True when `name` looks like it holds a secret value.
    package static func looksSecret(_ name: String) -> Bool {
        let words = splitWords(name)
        guard let last = words.last, !metadataSuffixes.contains(last) else { return false }
        if words.contains(where: secretWords.contains) { return true }
        return zip(words, words.dropFirst()).contains { first, second in second == "KEY" && keyQualifiers.contains(first) }
    }

    /// Upper-case words of `DB_PASSWORD`, `db-password` and `dbPassword` alike.
    private static func splitWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase, previousWasLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.uppercased()
            previousWasLower = character.isLowercase
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
