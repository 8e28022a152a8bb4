/// Splits names from contracts (`order_line`, `X-Request-Id`, `total.gte`, `getHTTPStatus`) into words
/// and joins them in the cases target languages use.
package enum IdentifierWords {
    /// The words of `name`: split at every non-alphanumeric character and at lower→upper case changes.
    package static func split(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber, character.isASCII else {
                if !current.isEmpty { words.append(current); current = "" }
                previous = nil
                continue
            }
            if let previous, !current.isEmpty {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = previous.isLowercase && character.isUppercase
                let digitToLetter = previous.isNumber && character.isLetter
                // "HTTPStatus" → HTTP, Status: an upper letter followed by a lower one starts a word.
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd || digitToLetter {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `OrderLine`; a leading digit gets a `T` (`T3dModel`); empty names become `Value`.
    package static func pascal(_ name: String) -> String {
        let joined = split(name).map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
        if joined.isEmpty { return "Value" }
        return joined.first!.isNumber ? "T" + joined : joined
    }

    /// `orderLine`; a leading digit gets a `v` (`v2Items`); empty names become `value`.
    package static func camel(_ name: String) -> String {
        let words = split(name)
        guard let first = words.first else { return "value" }
        let joined = first.lowercased() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
        return joined.first!.isNumber ? "v" + joined : joined
    }

    /// `order_line`.
    package static func snake(_ name: String) -> String {
        let joined = split(name).map { $0.lowercased() }.joined(separator: "_")
        if joined.isEmpty { return "value" }
        return joined.first!.isNumber ? "v" + joined : joined
    }
}
