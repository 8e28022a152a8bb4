/// Build variables (`ARG` defaults, `ENV` values) and their substitution into words:
/// `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:+alternative}`.
package struct DockerVariables: Sendable, Hashable {
    /// Platform arguments BuildKit defines by itself; their values only need to be plausible.
    private static let automatic = [
        "TARGETPLATFORM": "linux/amd64", "TARGETOS": "linux", "TARGETARCH": "amd64", "TARGETVARIANT": "",
        "BUILDPLATFORM": "linux/amd64", "BUILDOS": "linux", "BUILDARCH": "amd64", "BUILDVARIANT": "",
    ]

    private var values: [String: String]

    /// Variables with these values, later pairs winning.
    package init(_ pairs: [(String, String)] = []) {
        values = Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    /// The value of a variable, nil when it has none.
    package subscript(name: String) -> String? {
        get { values[name] ?? Self.automatic[name] }
        set { values[name] = newValue }
    }

    /// `text` with its variables substituted, and the names that had no value and no default.
    package func expand(_ text: String) -> (text: String, unresolved: [String]) {
        var output = ""
        var unresolved: [String] = []
        var characters = Substring(text)
        while let dollar = characters.firstIndex(of: "$") {
            output += characters[..<dollar]
            characters = characters[characters.index(after: dollar)...]
            if characters.first == "{", let close = characters.firstIndex(of: "}") {
                let expression = characters[characters.index(after: characters.startIndex)..<close]
                characters = characters[characters.index(after: close)...]
                output += substitute(expression, unresolved: &unresolved)
            } else {
                let name = characters.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                guard !name.isEmpty else {
                    output += "$"
                    continue
                }
                characters = characters.dropFirst(name.count)
                if let value = self[String(name)] { output += value } else { unresolved.append(String(name)) }
            }
        }
        output += characters
        return (output, unresolved)
    }

    private func substitute(_ expression: Substring, unresolved: inout [String]) -> String {
        let name = String(expression.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        var modifier = expression.dropFirst(name.count)
        let value = self[name]
        let colon = modifier.first == ":"
        if colon { modifier = modifier.dropFirst() }
        let set = colon ? (value.map { !$0.isEmpty } ?? false) : value != nil
        switch modifier.first {
        case "-":
            return set ? (value ?? "") : String(modifier.dropFirst())
        case "+":
            return set ? String(modifier.dropFirst()) : ""
        default:
            if value == nil { unresolved.append(name) }
            return value ?? ""
        }
    }
}
