/// Splits Dockerfile arguments into words the way the builder does: whitespace separates,
/// quotes group and are removed, the escape character protects the next character.
package enum DockerWords {
    /// The words of `text`, quotes and escapes removed.
    package static func split(_ text: String, escape: Character) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == escape, open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            if character == escape {
                escaped = true
                inWord = true
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
