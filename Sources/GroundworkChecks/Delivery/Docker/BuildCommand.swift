/// Finds the commands in shell text that compile code (`go build`, `mvn package`, `cargo build`…).
package enum BuildCommand {
    /// Tools whose every use compiles.
    private static let compilers: Set<String> = ["mvn", "mvnw", "gradle", "gradlew", "javac", "tsc", "kotlinc", "rustc", "gcc", "g++"]
    /// Tools that compile with one of these subcommands.
    private static let subcommands: [String: Set<String>] = [
        "go": ["build", "install", "run"],
        "cargo": ["build", "install", "run"],
        "swift": ["build", "run"],
        "dotnet": ["build", "publish", "run"],
    ]
    /// Script runners whose `build` compiles TypeScript.
    private static let scriptRunners: Set<String> = ["npm", "yarn", "pnpm", "bun"]
    /// Framework CLIs whose `build` compiles.
    private static let frameworkBuilders: Set<String> = ["nest", "next", "ng", "vite"]

    /// The first compiling command in `script` (`go build`), or nil. `typeScript` makes
    /// `npm run build` and framework builds count, which otherwise may only bundle assets.
    package static func first(in script: String, typeScript: Bool) -> String? {
        for command in commands(in: script) {
            let words = command.drop { $0.contains("=") && !$0.hasPrefix("-") }
            guard let first = words.first else { continue }
            let tool = String(first.split(separator: "/").last ?? Substring(first))
            let rest = Array(words.dropFirst())
            if compilers.contains(tool) { return ([tool] + rest.prefix(1)).joined(separator: " ") }
            if let wanted = subcommands[tool], let sub = rest.first, wanted.contains(sub) { return "\(tool) \(sub)" }
            guard typeScript else { continue }
            if scriptRunners.contains(tool), rest.first == "build" || (rest.first == "run" && rest.dropFirst().first == "build") {
                return ([tool] + rest.prefix(rest.first == "run" ? 2 : 1)).joined(separator: " ")
            }
            if frameworkBuilders.contains(tool) || (tool == "npx" && rest.first.map(frameworkBuilders.contains) == true) {
                if rest.contains("build") { return ([tool] + rest.prefix(2)).joined(separator: " ") }
            }
        }
        return nil
    }

    /// Simple commands: words between `&&`, `||`, `;`, `|`, parentheses and line ends.
    private static func commands(in script: String) -> [[String]] {
        var commands: [[String]] = []
        var current: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { current.append(word) }
            word = ""
        }
        func endCommand() {
            endWord()
            if !current.isEmpty { commands.append(current) }
            current = []
        }
        for character in script {
            switch character {
            case "&", "|", ";", "(", ")", "\n", "\r\n", "`": endCommand()
            case "\"", "'": continue
            default:
                if character.isWhitespace { endWord() } else { word.append(character) }
            }
        }
        endCommand()
        // `RUN set -eux; exec go build` and `sudo make` still compile.
        return commands.map { words in
            Array(words.drop { ["exec", "sudo", "time", "env", "then", "do", "else", "!"].contains($0) })
        }
    }
}
