/// gitignore-style globs for configuration files: `*` within a segment, `**` across segments, `?` one character.
package enum Glob {
    /// True when `path` matches `pattern`. A pattern without `/` matches the last component anywhere.
    package static func matches(pattern: String, path: String) -> Bool {
        var pattern = pattern
        if pattern.hasSuffix("/") { pattern += "**" }
        if !pattern.contains("/") {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return match(Array(pattern.utf8)[...], Array(name.utf8)[...])
        }
        if pattern.hasPrefix("/") { pattern.removeFirst() }
        return match(Array(pattern.utf8)[...], Array(path.utf8)[...])
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        let star = UInt8(ascii: "*"), slash = UInt8(ascii: "/"), question = UInt8(ascii: "?")
        guard let first = pattern.first else { return text.isEmpty }
        if first == star {
            let doubleStar = pattern.dropFirst().first == star
            if doubleStar {
                var rest = pattern.dropFirst(2)
                if rest.first == slash { rest = rest.dropFirst() }
                // `**` matches any number of whole segments, including none.
                if match(rest, text) { return true }
                var index = text.startIndex
                while index < text.endIndex {
                    if text[index] == slash, match(rest, text[(index + 1)...]) { return true }
                    index += 1
                }
                return rest.isEmpty
            }
            var index = text.startIndex
            while true {
                if match(pattern.dropFirst(), text[index...]) { return true }
                guard index < text.endIndex, text[index] != slash else { return false }
                index += 1
            }
        }
        guard let character = text.first else { return false }
        if first == question ? character != slash : first == character {
            return match(pattern.dropFirst(), text.dropFirst())
        }
        return false
    }
}
