/// One build stage: a `FROM` line and the instructions up to the next one.
package struct DockerStage: Sendable, Hashable {
    /// The stage's position, 0 for the first.
    package var index: Int
    /// The name after `AS`, lower-cased (stage names are case-insensitive).
    package var name: String?
    /// The image as written on the `FROM` line (`node:${NODE_VERSION}`).
    package var imageText: String
    /// The image with global `ARG` defaults substituted (`node:20-alpine`).
    package var image: String
    /// Variables the image uses that have no default, so the reference cannot be known.
    package var unresolvedVariables: [String]
    /// The `--platform` option, when given.
    package var platform: String?
    /// The line of the `FROM`.
    package var line: Int
    /// The instructions after the `FROM`, up to the next stage.
    package var instructions: [DockerInstruction] = []
    /// The escape character of the file the stage comes from.
    package var escape: Character
    /// Global `ARG` defaults, which a stage sees once it re-declares them with `ARG NAME`.
    package var globals: DockerVariables

    /// Reads the `FROM [--platform=…] image [AS name]` instruction.
    package init(index: Int, from instruction: DockerInstruction, escape: Character, globals: DockerVariables) {
        let (flags, words) = instruction.options(escape: escape)
        self.index = index
        self.imageText = words.first ?? ""
        let resolved = globals.expand(imageText)
        self.image = resolved.text
        self.unresolvedVariables = resolved.unresolved
        self.platform = flags["platform"]
        if words.count >= 3, words[1].lowercased() == "as" { self.name = words[2].lowercased() }
        self.line = instruction.line
        self.escape = escape
        self.globals = globals
    }

    /// The instructions with this keyword.
    package func instructions(_ keyword: String) -> [DockerInstruction] { instructions.filter { $0.keyword == keyword } }

    /// The stage's variables at its end: re-declared global args, its own `ARG` defaults and `ENV` values.
    package var variables: DockerVariables {
        var variables = DockerVariables()
        for instruction in instructions where instruction.keyword == "ARG" || instruction.keyword == "ENV" {
            for pair in instruction.keyValues(escape: escape) {
                if let value = pair.value {
                    variables[pair.key] = variables.expand(value).text
                } else if instruction.keyword == "ARG", let inherited = globals[pair.key] {
                    variables[pair.key] = inherited
                }
            }
        }
        return variables
    }

    /// The last `USER` of the stage with variables substituted, and its line; nil when the stage sets none.
    /// A variable the Dockerfile does not define (`USER $APP_UID`, set by the base image) stays as written.
    package var user: (name: String, line: Int)? {
        guard let last = instructions("USER").last else { return nil }
        let word = DockerWords.split(last.arguments, escape: escape).first ?? ""
        let expanded = variables.expand(word)
        return (expanded.unresolved.isEmpty ? expanded.text : word, last.line)
    }

    /// The shell text the stage runs: every `RUN` line and the bodies of its here-documents.
    package var runScripts: [(text: String, line: Int)] {
        instructions("RUN").flatMap { run in
            [(run.arguments, run.line)] + run.heredocs.map { ($0.body, $0.line) }
        }
    }

    /// The parsed image reference, nil when it uses a variable without a default.
    package var imageReference: DockerImageReference? {
        unresolvedVariables.isEmpty ? DockerImageReference(image) : nil
    }
}
