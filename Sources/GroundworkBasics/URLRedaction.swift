/// Removes credentials from URLs before they reach an error, a log, a report or a folder name: the one
/// redactor every layer uses.
///
/// The rule for user information follows RFC 3986: the authority runs from `://` to the first `/`, `?` or
/// `#`, and user information ends at the LAST `@` in it — so `https://user:p@ss@host/x` hides `user:p@ss`,
/// and `https://host/path?to=a@b` has none.
package enum URLRedaction {
    /// Query keys whose values are credentials, matched case-insensitively as a substring of the key.
    package static let sensitiveQueryKeys = ["token", "key", "secret", "password", "passwd", "sig", "credential", "auth"]

    /// The URL without user information and with the values of sensitive query keys replaced by `****`.
    ///
    /// Works on text that is not a valid URL too, since invalid URLs are reported as well.
    package static func redact(_ url: String) -> String {
        var result = ""
        var rest = Substring(url)
        if let parts = authority(of: url) {
            result += url[..<parts.authority.lowerBound]
            result += parts.userInfo.map { url[url.index(after: $0.upperBound)..<parts.authority.upperBound] } ?? url[parts.authority]
            rest = url[parts.authority.upperBound...]
        }
        guard let queryStart = rest.firstIndex(of: "?") else { return result + rest }
        result += rest[...queryStart]
        let afterQuestion = rest[rest.index(after: queryStart)...]
        let queryEnd = afterQuestion.firstIndex(of: "#") ?? afterQuestion.endIndex
        let pairs = afterQuestion[..<queryEnd].split(separator: "&", omittingEmptySubsequences: false)
        result += pairs.map(redactPair).joined(separator: "&")
        return result + afterQuestion[queryEnd...]
    }

    /// The URL without its user information (query values kept): what a remote is created with, the
    /// credentials being supplied separately.
    package static func removingUserInfo(_ url: String) -> String {
        guard let parts = authority(of: url), let userInfo = parts.userInfo else { return url }
        return String(url[..<userInfo.lowerBound]) + url[url.index(after: userInfo.upperBound)...]
    }

    /// The user information of `url` (`user:password`), or nil when it has none.
    package static func userInfo(of url: String) -> String? {
        guard let parts = authority(of: url), let userInfo = parts.userInfo else { return nil }
        return String(url[userInfo])
    }

    /// Whether `url` carries `user:password@` with a non-empty password.
    package static func hasPassword(_ url: String) -> Bool {
        guard let userInfo = userInfo(of: url), let colon = userInfo.firstIndex(of: ":") else { return false }
        return userInfo.index(after: colon) < userInfo.endIndex
    }

    /// The values `redact` hides: the user information, its parts, and the sensitive query values.
    package static func secrets(in url: String) -> [String] {
        var found: [String] = []
        if let userInfo = userInfo(of: url) {
            found.append(userInfo)
            found += userInfo.split(separator: ":", maxSplits: 1).map(String.init)
        }
        if let queryStart = url.firstIndex(of: "?") {
            let query = url[url.index(after: queryStart)...].prefix { $0 != "#" }
            for pair in query.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, isSensitiveKey(parts[0]) { found.append(String(parts[1])) }
            }
        }
        return found.filter { !$0.isEmpty }
    }

    /// The range of the authority (after `://`, up to the first `/`, `?` or `#`) and of the user
    /// information in it (up to its last `@`, which the range excludes); nil without `://`.
    private static func authority(of url: String) -> (authority: Range<String.Index>, userInfo: Range<String.Index>?)? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? url.endIndex
        let authority = schemeEnd.upperBound..<end
        guard let at = url[authority].lastIndex(of: "@") else { return (authority, nil) }
        return (authority, schemeEnd.upperBound..<at)
    }

    private static func redactPair(_ pair: Substring) -> String {
        guard let equals = pair.firstIndex(of: "="), isSensitiveKey(pair[..<equals]) else { return String(pair) }
        return pair[...equals] + "****"
    }

    private static func isSensitiveKey(_ key: Substring) -> Bool {
        let lowered = key.lowercased()
        return sensitiveQueryKeys.contains { lowered.contains($0) }
    }
}

extension URLRedaction {
    /// `text` (a command line, a message) with every URL in it redacted as `redact` does, and the values of
    /// `NAME=value` assignments whose name holds a sensitive word (`JWT_SECRET=…`, `API_TOKEN=…`) replaced
    /// by `****`: what a shell command shown in a report or a log may not carry.
    package static func redactingText(_ text: String) -> String {
        // Split on unquoted whitespace, keeping the separators, so the text reads as it was written.
        var result = ""
        var word = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                word.append(character)
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
                word.append(character)
            } else if character.isWhitespace {
                result += redactWord(word) + String(character)
                word = ""
            } else {
                word.append(character)
            }
        }
        return result + redactWord(word)
    }

    /// One shell word: `NAME=value` with a sensitive name, or any word holding `://`.
    private static func redactWord(_ word: String) -> String {
        if let equals = word.firstIndex(of: "="), word[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !word[..<equals].isEmpty {
            let name = word[..<equals].lowercased()
            if sensitiveQueryKeys.contains(where: { name.contains($0) }) { return word[...equals] + "****" }
            return word[...equals] + redactWord(String(word[word.index(after: equals)...]))
        }
        guard let scheme = word.range(of: "://") else { return word }
        // A quoted URL keeps its quotes: redact what lies between them.
        let quotes: Set<Character> = ["'", "\""]
        var start = word.startIndex, end = word.endIndex
        if let first = word.first, quotes.contains(first), word.count >= 2, word.last == first {
            start = word.index(after: start)
            end = word.index(before: end)
        }
        guard start < scheme.lowerBound else { return word }
        return String(word[..<start]) + redact(String(word[start..<end])) + String(word[end...])
    }
}
