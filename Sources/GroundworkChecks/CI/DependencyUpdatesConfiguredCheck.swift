import Foundation
import GroundworkAuditModel

/// Dependabot or Renovate proposes dependency updates.
struct DependencyUpdatesConfiguredCheck: Check {
    let id = "ci.dependency-updates"
    let title = "Dependency updates are automated (Dependabot or Renovate)"
    let severity = Severity.medium
    let rationale = "Dependencies age quietly until a vulnerability forces a rushed upgrade across many versions. Dependabot or Renovate proposes small updates continuously, each one tested by CI."
    let fixedBy = ["dependabot", "renovate"]
    let effortHours = 1.0

    static let dependabotPaths = [".github/dependabot.yml", ".github/dependabot.yaml"]
    static let renovatePaths = [
        "renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json", ".renovaterc.json5",
        ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json", ".gitlab/renovate.json5",
    ]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let snapshot = context.snapshot
        let present = { (path: String) in snapshot.file(at: path).flatMap { context.configuration.isExcluded(path) ? nil : $0 } }
        var problems: [Evidence] = []
        for file in Self.dependabotPaths.compactMap(present) {
            guard let problem = Self.dependabotProblem(file, in: snapshot) else { return .passed }
            problems.append(problem)
        }
        for file in Self.renovatePaths.compactMap(present) {
            guard let problem = Self.renovateProblem(file, in: snapshot) else { return .passed }
            problems.append(problem)
        }
        if let manifest = present("package.json"), let text = snapshot.text(manifest),
            case .success(let object) = TextJSONC.parseObject(text), object["renovate"] != nil
        {
            return .passed
        }
        if !problems.isEmpty { return .failed(problems) }
        let files = TextPaths.projectFiles(context)
        guard
            TextPaths.hasSourceCode(context, files: files) || !WorkflowCIConfigs.files(in: context).isEmpty
                || !context.stack.delivery.dockerfiles.isEmpty
        else { return .notApplicable("nothing to update: no code, no workflow and no container image") }
        return .failed([Evidence("no Dependabot or Renovate configuration (.github/dependabot.yml, renovate.json, .github/renovate.json…)")])
    }

    /// Why a dependabot.yml updates nothing: malformed YAML, or no entry under `updates`.
    static func dependabotProblem(_ file: SnapshotFile, in snapshot: RepoSnapshot) -> Evidence? {
        guard let parsed = WorkflowFile.read(file, in: snapshot) else { return nil }
        if let problem = parsed.problem { return problem }
        guard let updates = parsed.root?["updates"], !updates.items.isEmpty else {
            return Evidence("\(file.path) has no entries under `updates`, so Dependabot updates nothing", path: file.path, line: parsed.root?.keyLine("updates") ?? 1)
        }
        return nil
    }

    /// Why a Renovate configuration does nothing: malformed JSON, or `"enabled": false`.
    static func renovateProblem(_ file: SnapshotFile, in snapshot: RepoSnapshot) -> Evidence? {
        // JSON5 allows more than comments (unquoted keys, single quotes); its presence is taken on trust.
        guard TextPaths.fileExtension(file.path) != "json5", let text = snapshot.text(file) else { return nil }
        switch TextJSONC.parseObject(text) {
        case .failure(let error):
            return Evidence("\(file.path) is not valid JSON: \(error.message)", path: file.path, line: error.line)
        case .success(let object):
            guard object["enabled"] as? Bool == false else { return nil }
            let line = TextLines(text).firstLine(containing: "\"enabled\"")
            return Evidence("\(file.path) sets \"enabled\": false, so Renovate updates nothing", path: file.path, line: line)
        }
    }

    var examples: [CheckExample] {
        [
            CheckExample(
                "Dependabot for npm and actions", .pass,
                files: CIExampleFiles.nodeProject.merging([
                    ".github/dependabot.yml":
                        "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n  - package-ecosystem: github-actions\n    directory: /\n    schedule:\n      interval: weekly\n"
                ]) { $1 }),
            CheckExample(
                "renovate.json with comments", .pass,
                files: CIExampleFiles.goModule.merging([
                    "renovate.json": "{\n  // shared preset of the agency\n  \"extends\": [\"config:recommended\"],\n}\n"
                ]) { $1 }),
            CheckExample(
                "Renovate in package.json", .pass,
                files: [
                    "package.json": "{ \"name\": \"web\", \"renovate\": { \"extends\": [\"config:recommended\"] } }\n",
                    "src/index.js": "export {}\n",
                ]),
            CheckExample("nothing configured", .fail, files: CIExampleFiles.nodeProject),
            CheckExample(
                "dependabot.yml that does not parse", .fail,
                files: CIExampleFiles.nodeProject.merging([
                    ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: npm\n   directory: /\n"
                ]) { $1 }),
            CheckExample(
                "Renovate switched off", .fail,
                files: CIExampleFiles.goModule.merging([
                    ".github/renovate.json": "{ \"extends\": [\"config:recommended\"], \"enabled\": false }\n"
                ]) { $1 }),
            CheckExample("a repository of documents only", .notApplicable, files: ["README.md": ContentExampleTexts.readme, "docs/guide.md": "# Guide\n"]),
        ]
    }
}
