/// Removes credentials from URLs before they reach an error, a log or a report.
public enum URLRedaction {
    /// Query keys whose values are credentials, matched case-insensitively as a substring of the key.
    public static let sensitiveQueryKeys = ["token", "key", "secret", "password", "passwd", "sig", "credential", "auth"]

    /// The URL without userinfo and with the values of sensitive query keys replaced by `****`.
    ///
    /// Works on text that is not a valid URL too, since invalid URLs are reported as well.
    public static func redact(_ url: String) -> String {
        var rest = Substring(url)
        var result = ""
        if let schemeEnd = rest.range(of: "://") {
            result += rest[..<schemeEnd.upperBound]
            rest = rest[schemeEnd.upperBound...]
            let authorityEnd = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@") {
                result += authority[authority.index(after: at)...]
            } else {
                result += authority
            }
            rest = rest[authorityEnd...]
        }
        guard let queryStart = rest.firstIndex(of: "?") else { return result + rest }
        result += rest[...queryStart]
        let afterQuestion = rest[rest.index(after: queryStart)...]
        let queryEnd = afterQuestion.firstIndex(of: "#") ?? afterQuestion.endIndex
        let pairs = afterQuestion[..<queryEnd].split(separator: "&", omittingEmptySubsequences: false)
        result += pairs.map(redactPair).joined(separator: "&")
        return result + afterQuestion[queryEnd...]
    }

    /// The values `redact` would hide: the userinfo password and the sensitive query values.
    static func secrets(in url: String) -> [String] {
        var found: [String] = []
        if let schemeEnd = url.range(of: "://") {
            let rest = url[schemeEnd.upperBound...]
            let authority = rest[..<(rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex)]
            if let at = authority.lastIndex(of: "@") {
                let userinfo = authority[..<at]
                found.append(String(userinfo))
                found += userinfo.split(separator: ":").map(String.init)
            }
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

    private static func redactPair(_ pair: Substring) -> String {
        guard let equals = pair.firstIndex(of: "="), isSensitiveKey(pair[..<equals]) else { return String(pair) }
        return pair[...equals] + "****"
    }

    private static func isSensitiveKey(_ key: Substring) -> Bool {
        let lowered = key.lowercased()
        return sensitiveQueryKeys.contains { lowered.contains($0) }
    }
}
