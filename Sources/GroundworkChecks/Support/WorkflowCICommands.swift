import Foundation
import GroundworkAuditModel

/// What the CI configuration runs, line by line, following one level of `make <target>`,
/// `npm run <script>` and `bash scripts/ci.sh` into the root Makefile, package.json and the shell
/// scripts of the repository: `make ci` counts as `pytest` when the Makefile's `ci:` recipe runs pytest.
struct WorkflowCICommands {
    let configs: [WorkflowCIConfigs.ConfigFile]
    private let texts: [String: String]
    private let makeTargets: [String: [String]]
    private let packageScripts: [String: String]
    private let snapshot: RepoSnapshot

    /// Shell scripts larger than this are not read for the commands they run.
    static let largestScript = 200_000

    init(_ context: AuditContext) {
        configs = WorkflowCIConfigs.files(in: context)
        var texts: [String: String] = [:]
        for config in configs { texts[config.path] = context.snapshot.text(at: config.path) }
        self.texts = texts
        let makefile = ["Makefile", "makefile", "GNUmakefile"].lazy.compactMap { context.snapshot.text(at: $0) }.first
        makeTargets = makefile.map(Self.recipes) ?? [:]
        packageScripts = context.snapshot.text(at: "package.json").map(Self.scripts) ?? [:]
        snapshot = context.snapshot
    }

    /// True when a meaningful CI line, or the recipe or script it calls, matches one of `patterns`.
    func runs(any patterns: [TextPattern]) -> Bool {
        for config in configs {
            guard let text = texts[config.path] else { continue }
            for (_, line) in TextLines(text).meaningfulLines() {
                if patterns.contains(where: { $0.matches(line) }) { return true }
                for called in expansions(of: String(line)) where patterns.contains(where: { $0.matches(called) }) {
                    return true
                }
            }
        }
        return false
    }

    /// Reusable workflows and GitLab includes from other repositories, whose commands cannot be read here.
    var unreadableIncludes: [String] {
        var found: [String] = []
        for config in configs {
            guard let text = texts[config.path] else { continue }
            for (_, line) in TextLines(text).meaningfulLines() {
                let trimmed = line.drop { $0 == " " || $0 == "-" }
                if trimmed.hasPrefix("uses:"), trimmed.contains("/.github/workflows/"), !trimmed.contains("./.github/") {
                    found.append(trimmed.dropFirst("uses:".count).trimmingCharacters(in: .whitespaces))
                } else if config.system == "gitlab-ci", ["project:", "remote:", "template:", "component:"].contains(where: { trimmed.hasPrefix($0) }) {
                    found.append(trimmed.trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return found
    }

    /// A note, as evidence, that included configuration from elsewhere was not read; empty when there is none.
    var unreadableIncludesEvidence: [Evidence] {
        let includes = unreadableIncludes
        guard !includes.isEmpty else { return [] }
        return [Evidence("configuration from other repositories was not read: \(includes.joined(separator: ", "))")]
    }

    /// The recipe lines of the `make` targets, the npm scripts and the lines of the shell scripts a CI line calls.
    func expansions(of line: String) -> [String] {
        var called: [String] = []
        for target in Self.words(after: Self.makeCall, in: line) { called += makeTargets[target] ?? [] }
        for script in Self.words(after: Self.scriptCall, in: line) { called += packageScripts[script].map { [$0] } ?? [] }
        for path in Self.shellScripts(calledBy: line) {
            guard let file = snapshot.file(at: path), file.size <= Self.largestScript, let text = snapshot.text(file),
                Self.isShellScript(path, text: text)
            else { continue }
            called += TextLines(text).meaningfulLines().map { String($0.text) }
        }
        return called
    }

    private static let makeCall = TextPattern("make", #"\b(?:make|\$\(MAKE\))((?:\s+[\w./:-]+)+)"#)
    private static let scriptCall = TextPattern("script", #"\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)"#)
    /// `bash scripts/test.sh`, `sh -e ci/run`, `./scripts/coverage.sh`, `scripts/lint.sh`.
    private static let shellCall = TextPattern(
        "shell script", #"(?:^|[\s;&|(])(?:(?:bash|sh|zsh)\s+(?:-\w+\s+)*([\w./-]+)|(\./[\w./-]+|[\w./-]+\.(?:sh|bash)))(?=$|[\s;&|)])"#
    )

    /// Build tool wrappers: shell scripts, but what they run is the build tool the line names.
    private static let wrappers: Set<String> = ["gradlew", "mvnw"]

    /// True for a script whose name or shebang says shell, and that is not a build tool's wrapper.
    private static func isShellScript(_ path: String, text: String) -> Bool {
        let name = String(TextPaths.name(path))
        guard !wrappers.contains(name) else { return false }
        if name.hasSuffix(".sh") || name.hasSuffix(".bash") { return true }
        let shebang = text.prefix { $0 != "\n" }
        return shebang.hasPrefix("#!") && ["sh", "bash", "zsh"].contains { shebang.hasSuffix("/" + $0) || shebang.hasSuffix(" " + $0) || shebang.contains("/" + $0 + " ") }
    }

    /// Repository paths of the shell scripts a CI line runs, relative to the root.
    static func shellScripts(calledBy line: String) -> [String] {
        shellCall.expressionMatches(in: line).compactMap { match in
            let group = (1...2).first { match.range(at: $0).location != NSNotFound }
            guard let group, let range = Range(match.range(at: group), in: line) else { return nil }
            var path = String(line[range])
            while path.hasPrefix("./") { path.removeFirst(2) }
            return path.isEmpty || path.hasPrefix("/") || path.contains("..") ? nil : path
        }
    }

    /// The words of a pattern's first capture group, leaving out options (`-C dir` keeps `dir`, harmlessly).
    private static func words(after pattern: TextPattern, in line: String) -> [String] {
        pattern.captures(in: line).flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(String.init).filter { !$0.hasPrefix("-") }
    }

    /// Target → recipe lines of a Makefile (tab-indented lines after `target:`).
    static func recipes(_ makefile: String) -> [String: [String]] {
        var recipes: [String: [String]] = [:]
        var current: [String] = []
        for line in TextLines(makefile).lines {
            if line.hasPrefix("\t") {
                for target in current { recipes[target, default: []].append(String(line.dropFirst())) }
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            current = []
            guard let colon = trimmed.firstIndex(of: ":"), !trimmed[colon...].hasPrefix(":="),
                !trimmed[..<colon].contains("="), !trimmed.hasPrefix(".")
            else { continue }
            current = trimmed[..<colon].split(separator: " ").map(String.init)
            // A recipe can follow the colon after a semicolon: `test: ; pytest`.
            if let semicolon = trimmed[colon...].firstIndex(of: ";") {
                for target in current { recipes[target, default: []].append(String(trimmed[trimmed.index(after: semicolon)...])) }
            }
        }
        return recipes
    }

    /// Script name → command of a package.json.
    static func scripts(_ manifest: String) -> [String: String] {
        guard case .success(let object) = TextJSONC.parseObject(manifest), let scripts = object["scripts"] as? [String: Any] else { return [:] }
        return scripts.compactMapValues { $0 as? String }
    }
}
