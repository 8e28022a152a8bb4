/// A parsed Dockerfile: its instructions with line numbers, grouped into build stages.
package struct Dockerfile: Sendable, Hashable {
    /// The file's path in the repository.
    package var path: String
    /// The escape character (`\` unless a `# escape=` directive changes it to a backtick).
    package var escape: Character
    /// Every instruction in order, heredoc bodies attached to the instruction that opened them.
    package var instructions: [DockerInstruction]

    /// A Dockerfile of these instructions.
    package init(path: String, escape: Character = "\\", instructions: [DockerInstruction]) {
        self.path = path
        self.escape = escape
        self.instructions = instructions
    }

    /// The `ARG` instructions before the first `FROM`: the only variables a `FROM` line may use.
    package var globalArguments: [DockerKeyValue] {
        instructions.prefix { $0.keyword != "FROM" }.filter { $0.keyword == "ARG" }.flatMap { $0.keyValues(escape: escape) }
    }

    /// The build stages, one per `FROM`, in order.
    package var stages: [DockerStage] {
        let globals = DockerVariables(globalArguments.compactMap { pair in pair.value.map { (pair.key, $0) } })
        var stages: [DockerStage] = []
        for instruction in instructions {
            if instruction.keyword == "FROM" {
                stages.append(DockerStage(index: stages.count, from: instruction, escape: escape, globals: globals))
            } else if !stages.isEmpty {
                stages[stages.count - 1].instructions.append(instruction)
            }
        }
        return stages
    }

    /// The stage the image is built from by default (the last one).
    package var finalStage: DockerStage? { stages.last }
}

/// One instruction (`RUN`, `FROM`, `ENV`…) as one logical line, continuations joined.
package struct DockerInstruction: Sendable, Hashable {
    /// The keyword in upper case.
    package var keyword: String
    /// Everything after the keyword, continuation lines joined, comment lines inside it dropped.
    package var arguments: String
    /// The 1-based line of the keyword.
    package var line: Int
    /// The here-documents the instruction opened (`RUN <<EOF`), in order.
    package var heredocs: [DockerHeredoc]

    /// An instruction as the parser reads it.
    package init(keyword: String, arguments: String, line: Int, heredocs: [DockerHeredoc] = []) {
        self.keyword = keyword
        self.arguments = arguments
        self.line = line
        self.heredocs = heredocs
    }

    /// Leading `--name=value` options (`--from=build`, `--platform=$BUILDPLATFORM`) and the words after them.
    package func options(escape: Character) -> (flags: [String: String], rest: [String]) {
        var words = DockerWords.split(arguments, escape: escape)
        var flags: [String: String] = [:]
        while let first = words.first, first.hasPrefix("--") {
            words.removeFirst()
            let option = first.dropFirst(2)
            if let equals = option.firstIndex(of: "=") {
                flags[String(option[..<equals]).lowercased()] = String(option[option.index(after: equals)...])
            } else {
                flags[String(option).lowercased()] = ""
            }
        }
        return (flags, words)
    }

    /// The pairs of an `ENV` or `ARG` instruction, in both syntaxes (`KEY=value …` and the legacy `KEY value`).
    package func keyValues(escape: Character) -> [DockerKeyValue] {
        let words = DockerWords.split(arguments, escape: escape)
        guard let first = words.first else { return [] }
        if keyword == "ENV", !first.contains("=") {
            // Legacy form: the rest of the line, spaces included, is the value.
            let rest = words.dropFirst().joined(separator: " ")
            return [DockerKeyValue(key: first, value: rest, line: line)]
        }
        return words.map { word in
            guard let equals = word.firstIndex(of: "=") else { return DockerKeyValue(key: word, value: nil, line: line) }
            return DockerKeyValue(key: String(word[..<equals]), value: String(word[word.index(after: equals)...]), line: line)
        }
    }
}

/// The body of a here-document (`RUN <<EOF … EOF`).
package struct DockerHeredoc: Sendable, Hashable {
    /// The word that ends the body.
    package var delimiter: String
    /// The body without its closing line (tabs stripped for `<<-`).
    package var body: String
    /// The 1-based line of the body's first line.
    package var line: Int
    /// True for `<<-`, which strips leading tabs.
    package var stripsTabs: Bool

    /// A here-document as the parser reads it.
    package init(delimiter: String, body: String, line: Int, stripsTabs: Bool) {
        self.delimiter = delimiter
        self.body = body
        self.line = line
        self.stripsTabs = stripsTabs
    }
}

/// One `KEY=value` of an `ENV` or `ARG`; `value` is nil for `ARG NAME` without a default.
package struct DockerKeyValue: Sendable, Hashable {
    /// The variable's name.
    package var key: String
    /// Its value or default, quotes removed.
    package var value: String?
    /// The line of the instruction that sets it.
    package var line: Int

    /// A pair as written on `line`.
    package init(key: String, value: String?, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}
