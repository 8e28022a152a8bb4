import Foundation

/// How the model derives names: snake_case tables and columns, plurals for routes, relation names.
///
/// The readers use it to fill in what a model leaves out (`table`, the `as` of a reference), so every
/// consumer sees the same names.
package enum ModelNaming {
    /// `OrderLine` → `order_line`, `HTTPRequest` → `http_request`, `order-line` → `order_line`.
    package static func snakeCase(_ name: String) -> String {
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character == "-" || character == " " {
                if !result.hasSuffix("_") { result.append("_") }
                continue
            }
            if character.isUppercase {
                let previous = index > 0 ? characters[index - 1] : nil
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord = previous.map { $0.isLowercase || $0.isNumber } ?? false
                let endsAcronym = (previous?.isUppercase ?? false) && (next?.isLowercase ?? false)
                if (startsWord || endsAcronym) && !result.isEmpty && !result.hasSuffix("_") { result.append("_") }
                result.append(contentsOf: character.lowercased())
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The English plural of a snake_case name, on its last word: `order_line` → `order_lines`,
    /// `category` → `categories`, `address` → `addresses`, `person` → `people`.
    package static func plural(_ name: String) -> String {
        let irregular = ["person": "people", "child": "children", "man": "men", "woman": "women", "mouse": "mice"]
        let words = name.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard let last = words.last, !last.isEmpty else { return name }
        let head = words.dropLast().map { $0 + "_" }.joined()
        if let plural = irregular[last] { return head + plural }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last.hasSuffix("y"), last.count > 1, !vowels.contains(last[last.index(before: last.index(before: last.endIndex))]) {
            return head + last.dropLast() + "ies"
        }
        for suffix in ["s", "x", "z", "ch", "sh"] where last.hasSuffix(suffix) {
            return head + last + "es"
        }
        return head + last + "s"
    }

    /// The default table of an entity: its name in snake_case, pluralised (`OrderLine` → `order_lines`).
    package static func table(forEntity name: String) -> String { plural(snakeCase(name)) }

    /// The default relation name of a many-to-one field: the field name without `_id` (`customer_id` → `customer`).
    package static func relationName(forField name: String) -> String {
        name.hasSuffix("_id") && name.count > 3 ? String(name.dropLast(3)) : name + "_ref"
    }

    /// The PascalCase form of a snake_case or kebab-case name (`order_line` → `OrderLine`).
    package static func pascalCase(_ name: String) -> String {
        name.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// A crude English singular, used to name entities read from tables (`order_lines` → `order_line`).
    package static func singular(_ name: String) -> String {
        let irregular = ["people": "person", "children": "child", "men": "man", "women": "woman", "mice": "mouse"]
        let words = name.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard let last = words.last, !last.isEmpty else { return name }
        let head = words.dropLast().map { $0 + "_" }.joined()
        if let singular = irregular[last] { return head + singular }
        if last.hasSuffix("ies"), last.count > 3 { return head + last.dropLast(3) + "y" }
        for suffix in ["sses", "xes", "zes", "ches", "shes"] where last.hasSuffix(suffix) {
            return head + last.dropLast(2)
        }
        if last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("us"), !last.hasSuffix("is"), last.count > 1 {
            return head + last.dropLast()
        }
        return name
    }

    /// `name` made into a model name: lower case, runs of other characters as `-`, starting with a letter.
    package static func modelName(_ name: String) -> String {
        var result = ""
        for character in ModelNaming.snakeCase(name).lowercased() {
            if character.isASCII, character.isLetter || character.isNumber || character == "_" {
                result.append(character)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
        }
        result = result.trimmingCharacters(in: CharacterSet(charactersIn: "-_"))
        if let first = result.first, !first.isLetter { result = "m-" + result }
        return result.isEmpty ? "model" : result
    }

}
