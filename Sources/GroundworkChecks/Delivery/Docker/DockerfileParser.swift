/// Reads a Dockerfile the way BuildKit does: parser directives, comments, line continuations
/// with the file's escape character, and here-documents whose bodies are not instructions.
///
/// It never fails: a line it cannot make sense of becomes an instruction with an unknown keyword.
package enum DockerfileParser {
    /// Instructions that accept here-documents.
    private static let heredocKeywords: Set<String> = ["RUN", "COPY", "ADD"]
    /// Shell characters that end an unquoted here-document delimiter.
    private static let delimiterEnds: Set<Character> = [";", "&", "|", "<", ">", "(", ")", "\"", "'"]

    /// Parses `text`, the content of the Dockerfile at `path`.
    package static func parse(_ text: String, path: String) -> Dockerfile {
        // Swift reads "\r\n" as one character, so both line ends are separators.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        let (escape, firstInstructionLine) = readDirectives(lines)
        var instructions: [DockerInstruction] = []
        var index = firstInstructionLine
        while index < lines.count {
            if isBlankOrComment(lines[index]) {
                index += 1
                continue
            }
            let startLine = index + 1
            var logical = ""
            while index < lines.count {
                let (content, continues) = stripContinuation(lines[index], escape: escape)
                logical += content
                index += 1
                guard continues else { break }
                // BuildKit drops comment and empty lines inside a continued instruction.
                while index < lines.count, isBlankOrComment(lines[index]) { index += 1 }
            }
            let trimmed = logical.drop { $0.isWhitespace }
            let keyword = trimmed.prefix { !$0.isWhitespace }
            let arguments = String(trimmed.dropFirst(keyword.count).drop { $0.isWhitespace })
            var instruction = DockerInstruction(keyword: keyword.uppercased(), arguments: arguments, line: startLine)
            if heredocKeywords.contains(instruction.keyword) {
                for marker in heredocMarkers(in: arguments) {
                    let (heredoc, next) = readHeredoc(marker, lines: lines, from: index)
                    instruction.heredocs.append(heredoc)
                    index = next
                }
            }
            instructions.append(instruction)
        }
        return Dockerfile(path: path, escape: escape, instructions: instructions)
    }

    // MARK: - Directives and continuations

    /// The escape character and the index of the first line after the parser directives.
    private static func readDirectives(_ lines: [String]) -> (Character, Int) {
        var escape: Character = "\\"
        var index = 0
        while index < lines.count {
            let line = lines[index].drop { $0.isWhitespace }
            guard line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { break }
            let key = line.dropFirst()[..<equals].trimmingWhitespace()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" }) else { break }
            let value = line[line.index(after: equals)...].trimmingWhitespace()
            if key.lowercased() == "escape", value == "`" || value == "\\" { escape = value.first ?? escape }
            index += 1
        }
        return (escape, index)
    }

    private static func isBlankOrComment(_ line: String) -> Bool {
        let content = line.drop { $0.isWhitespace }
        return content.isEmpty || content.hasPrefix("#")
    }

    /// The line without a trailing escape character, and whether it continues on the next line.
    private static func stripContinuation(_ line: String, escape: Character) -> (String, Bool) {
        var content = Substring(line)
        while let last = content.last, last.isWhitespace { content = content.dropLast() }
        guard content.last == escape else { return (line, false) }
        return (String(content.dropLast()), true)
    }

    // MARK: - Here-documents

    private struct HeredocMarker {
        var delimiter: String
        var stripsTabs: Bool
    }

    /// `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`, `<<robots.txt` and `3<<EOF` in order; not `<<<` (a here-string)
    /// nor a shift inside `$(( ))`.
    private static func heredocMarkers(in arguments: String) -> [HeredocMarker] {
        let characters = Array(arguments)
        var markers: [HeredocMarker] = []
        var arithmeticDepth = 0
        var index = 0
        while index < characters.count {
            if characters[index...].starts(with: "$((") {
                arithmeticDepth += 1
                index += 3
                continue
            }
            if arithmeticDepth > 0, characters[index...].starts(with: "))") {
                arithmeticDepth -= 1
                index += 2
                continue
            }
            guard arithmeticDepth == 0, characters[index...].starts(with: "<<"),
                index == 0 || characters[index - 1] != "<"
            else {
                index += 1
                continue
            }
            var cursor = index + 2
            let stripsTabs = cursor < characters.count && characters[cursor] == "-"
            if stripsTabs { cursor += 1 }
            // The delimiter is the rest of the shell word (`<<robots.txt` ends at `robots.txt`), quotes removed.
            var delimiter = ""
            if cursor < characters.count, characters[cursor] == "\"" || characters[cursor] == "'" {
                let quote = characters[cursor]
                cursor += 1
                while cursor < characters.count, characters[cursor] != quote {
                    delimiter.append(characters[cursor])
                    cursor += 1
                }
                cursor += 1
            } else {
                while cursor < characters.count, !characters[cursor].isWhitespace, !delimiterEnds.contains(characters[cursor]) {
                    delimiter.append(characters[cursor])
                    cursor += 1
                }
            }
            if !delimiter.isEmpty, !delimiter.allSatisfy(\.isNumber) {
                markers.append(HeredocMarker(delimiter: delimiter, stripsTabs: stripsTabs))
            }
            index = max(cursor, index + 2)
        }
        return markers
    }

    /// The body from `start` to the delimiter line, and the index after that line.
    private static func readHeredoc(_ marker: HeredocMarker, lines: [String], from start: Int) -> (DockerHeredoc, Int) {
        var body: [String] = []
        var index = start
        while index < lines.count {
            let line = marker.stripsTabs ? String(lines[index].drop { $0 == "\t" }) : lines[index]
            index += 1
            if line == marker.delimiter { break }
            body.append(line)
        }
        let heredoc = DockerHeredoc(delimiter: marker.delimiter, body: body.joined(separator: "\n"), line: start + 1, stripsTabs: marker.stripsTabs)
        return (heredoc, index)
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
