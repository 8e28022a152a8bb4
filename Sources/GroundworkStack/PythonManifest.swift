import Foundation
import GroundworkAuditModel

/// What a Python package's manifests declare: pyproject.toml (PEP 621 and Poetry), setup.py, setup.cfg,
/// Pipfile and requirements files, merged.
struct PythonManifest {
    var name: String?
    /// Distribution names, lowercased with `_` as `-`.
    var dependencies: Set<String> = []
    var requiresPython: String?
    /// True when the package carries metadata to be built and published (a `[project]` name, setup.py…).
    var isPackaged = false
    /// Console scripts it installs.
    var scripts: [String] = []
    var pyproject: TOMLValue = .table([:])
    /// Requirements files whose every requirement is pinned with `==`: they lock like a lockfile.
    var pinnedRequirements: [String] = []

    init(_ scope: PackageScope) {
        if let text = scope.text("pyproject.toml") { readPyproject(TOMLReader.parse(text)) }
        if let text = scope.text("setup.py"), Self.isSetupScript(text) { readSetupPy(text) }
        if let text = scope.text("setup.cfg") { readSetupCfg(text) }
        if let text = scope.text("Pipfile") {
            let pipfile = TOMLReader.parse(text)
            dependencies.formUnion((pipfile["packages"]?.keys ?? []) + (pipfile["dev-packages"]?.keys ?? []))
            requiresPython = requiresPython ?? pipfile[path: "requires", "python_version"]?.string
        }
        for file in scope.files where Self.isRequirementsFile(scope.relative(file.path)) {
            guard let text = scope.index.text(file) else { continue }
            let requirements = Self.requirementLines(text)
            // pip-compile writes `x.txt` from `x.in`: the .in file declares, the .txt one locks every transitive pin.
            let compiled = file.fileExtension == "txt" && scope.index.has(String(file.path.dropLast(3)) + "in")
            if !compiled { dependencies.formUnion(requirements.compactMap(Self.distributionName)) }
            if file.fileExtension == "txt", !requirements.isEmpty, requirements.allSatisfy({ $0.contains("==") }) {
                pinnedRequirements.append(file.path)
            }
        }
        if requiresPython == nil, let runtime = scope.text("runtime.txt").flatMap(RuntimeVersions.clean) {
            requiresPython = runtime.hasPrefix("python-") ? String(runtime.dropFirst("python-".count)) : runtime
        }
        dependencies = Set(dependencies.map(Self.normalise))
    }

    private mutating func readPyproject(_ toml: TOMLValue) {
        pyproject = toml
        if let project = toml["project"] {
            name = project["name"]?.string
            isPackaged = name != nil
            requiresPython = project["requires-python"]?.string
            dependencies.formUnion(project["dependencies"]?.strings.compactMap(Self.distributionName) ?? [])
            for (_, extra) in project["optional-dependencies"]?.table ?? [:] {
                dependencies.formUnion(extra.strings.compactMap(Self.distributionName))
            }
            scripts += project["scripts"]?.keys ?? []
        }
        for (_, group) in toml["dependency-groups"]?.table ?? [:] {
            dependencies.formUnion(group.strings.compactMap(Self.distributionName))
        }
        if let poetry = toml[path: "tool", "poetry"] {
            name = name ?? poetry["name"]?.string
            // Poetry's package-mode = false marks an application that is never built as a distribution.
            isPackaged = isPackaged || (poetry["name"] != nil && poetry["package-mode"]?.string != "false")
            var poetryDependencies = (poetry["dependencies"]?.keys ?? []) + (poetry["dev-dependencies"]?.keys ?? [])
            for (_, group) in poetry["group"]?.table ?? [:] { poetryDependencies += group["dependencies"]?.keys ?? [] }
            requiresPython = requiresPython ?? poetry[path: "dependencies", "python"]?.string
            dependencies.formUnion(poetryDependencies.filter { $0.lowercased() != "python" })
            scripts += poetry["scripts"]?.keys ?? []
        }
    }

    /// True when a `setup.py` is a setuptools (or distutils, scikit-build) script: a Django settings module
    /// may be called `setup.py` too (`config/settings/loggers/setup.py`).
    static func isSetupScript(_ text: String) -> Bool {
        TextSearch.containsAny(text, ["setuptools", "distutils", "skbuild", "setup("])
            && TextSearch.containsAny(text, ["import setup", "import setuptools", "from setuptools", "from distutils", "from skbuild", "import distutils"])
    }

    private mutating func readSetupPy(_ text: String) {
        isPackaged = true
        name = name ?? Self.firstCapture(#"\bname\s*=\s*["']([^"']+)["']"#, in: text)
        requiresPython = requiresPython ?? Self.firstCapture(#"python_requires\s*=\s*["']([^"']+)["']"#, in: text)
        if let list = Self.firstCapture(#"install_requires\s*=\s*\[([^\]]*)\]"#, in: text) {
            dependencies.formUnion(Self.quotedStrings(list).compactMap(Self.distributionName))
        }
        if text.contains("console_scripts") { scripts.append("console_scripts") }
    }

    private mutating func readSetupCfg(_ text: String) {
        var section = ""
        var inRequirements = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmed()
            if trimmed.hasPrefix("[") {
                section = trimmed
                inRequirements = false
                continue
            }
            if section == "[metadata]", trimmed.hasPrefix("name"), let value = trimmed.split(separator: "=", maxSplits: 1).last {
                name = name ?? value.trimmed()
                isPackaged = true
            }
            if section == "[options]" {
                if trimmed.hasPrefix("python_requires") { requiresPython = requiresPython ?? trimmed.split(separator: "=", maxSplits: 1).last?.trimmed() }
                if trimmed.hasPrefix("install_requires") {
                    inRequirements = true
                    continue
                }
                if inRequirements, line.first == " " || line.first == "\t", let dependency = Self.distributionName(trimmed) {
                    dependencies.insert(dependency)
                } else if !(line.first == " " || line.first == "\t") {
                    inRequirements = false
                }
            }
        }
    }

    // MARK: - Requirement strings

    /// `requirements.txt`, `requirements-dev.txt`, `requirements/base.txt`, `requirements.in`…
    static func isRequirementsFile(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        guard let name = parts.last?.lowercased(), name.hasSuffix(".txt") || name.hasSuffix(".in") else { return false }
        if parts.count == 1 { return name.hasPrefix("requirements") || name.hasSuffix("requirements.txt") }
        return parts.count == 2 && parts[0] == "requirements"
    }

    /// The requirement lines of a requirements file: no comments, options or includes.
    static func requirementLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmed()
            return content.isEmpty || content.hasPrefix("-") ? nil : content
        }
    }

    /// The distribution name at the start of a PEP 508 requirement (`Django>=4.2; python_version>"3"` → `django`).
    static func distributionName(_ requirement: String) -> String? {
        let name = requirement.trimmed().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
        return name.isEmpty ? nil : normalise(String(name))
    }

    static func normalise(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "_", with: "-")
    }

    private static func quotedStrings(_ text: String) -> [String] {
        guard let pattern = try? NSRegularExpression(pattern: #"["']([^"']+)["']"#) else { return [] }
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    private static func firstCapture(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }
}
