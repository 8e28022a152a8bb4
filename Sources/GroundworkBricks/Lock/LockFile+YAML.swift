import Foundation
import GroundworkFormats
import Yams

extension LockFile {
    /// The lock file as YAML, in a stable order (bricks as recorded, parameters by name), so that
    /// applying the same bricks twice writes the same bytes.
    package func yaml() -> String {
        var lines = [
            "# Written by groundwork: which bricks were applied, from where, and the hash of each pristine render.",
            "# `groundwork update` and `groundwork check` read it; edit it only to forget a brick.",
            "version: \(Self.currentVersion)",
        ]
        if bricks.isEmpty { lines.append("bricks: []") } else { lines.append("bricks:") }
        for brick in bricks {
            lines.append("  - id: \(Self.plainOrQuoted(brick.id))")
            lines.append("    version: \(brick.version)")
            lines.append("    source: " + Self.flow(Self.sourcePairs(brick.source, id: brick.id)))
            let parameters = brick.parameters.sorted { $0.key < $1.key }.map { (Self.plainOrQuoted($0.key), Self.scalar($0.value)) }
            lines.append("    parameters: " + Self.flow(parameters))
            if brick.files.isEmpty { lines.append("    files: []") } else { lines.append("    files:") }
            for file in brick.files {
                lines.append("      - path: \(Self.quoted(file.path))")
                lines.append("        mode: \(file.mode.rawValue)")
                lines.append("        sha256: \(Self.plainOrQuoted(file.sha256))")
            }
        }
        // Written only when there is one, so the lock files of services that call nobody keep their bytes.
        if !consumes.isEmpty { lines.append("consumes:") }
        for entry in consumes {
            lines.append("  - provider: \(Self.plainOrQuoted(entry.provider))")
            lines.append("    provider_stack: \(Self.plainOrQuoted(entry.providerStack))")
            lines.append("    contract: \(Self.quoted(entry.contract))")
            lines.append("    version: \(Self.quoted(entry.version))")
            lines.append("    digest: \(Self.plainOrQuoted(entry.digest))")
            lines.append("    language: \(Self.plainOrQuoted(entry.language))")
            lines.append("    client: \(Self.quoted(entry.client))")
            lines.append("    operations: [" + entry.operations.map(Self.quoted).joined(separator: ", ") + "]")
            lines.append("    files:")
            for file in entry.files {
                lines.append("      - path: \(Self.quoted(file.path))")
                lines.append("        mode: \(file.mode.rawValue)")
                lines.append("        sha256: \(Self.plainOrQuoted(file.sha256))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func sourcePairs(_ origin: BrickOrigin, id: String) -> [(String, String)] {
        switch origin {
        case .builtin: [("builtin", plainOrQuoted(id))]
        case .directory(let path): [("path", quoted(path))]
        case .git(let url, let commit): [("git", quoted(url)), ("commit", plainOrQuoted(commit))]
        case .tarball(let url, let sha256): [("url", quoted(url)), ("sha256", plainOrQuoted(sha256))]
        }
    }

    private static func flow(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private static func scalar(_ value: ParameterValue) -> String {
        switch value {
        case .string(let text): quoted(text)
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(quoted).joined(separator: ", ") + "]"
        }
    }

    /// A YAML double-quoted scalar (always valid, whatever the text holds).
    static func quoted(_ text: String) -> String { JSONString.quoted(text) }

    /// `text` as written when YAML reads it back as that same string — letters, digits and `._/+-`, starting
    /// with a letter or digit, not `null` — else double-quoted. Ids, hashes and commits groundwork wrote are
    /// plain, so lock files keep their bytes; a hand-edited value with a comma or a colon (read from a committed
    /// lock, which is untrusted input) still writes back to the same lock, in block and in flow context alike.
    static func plainOrQuoted(_ text: String) -> String {
        let isPlain =
            text.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/+-".contains($0)) }
            && text.lowercased() != "null"
        return isPlain ? text : quoted(text)
    }

    /// Parses lock file text; mistakes are reported with the file's path and line.
    package static func parse(_ text: String, file: String = LockFile.path) throws(BrickError) -> LockFile {
        let reader = ManifestReader(file: file)
        func fail(_ error: BrickError) -> BrickError { BrickError(.repository, error.message, file: error.file, line: error.line) }
        do throws(BrickError) {
            guard let root = try ManifestReader.compose(text, file: file) else { return LockFile() }
            let pairs = try reader.mapping(root, "", allowed: ["version", "bricks", "consumes"])
            var lock = LockFile()
            for (key, _, value) in pairs where key == "version" {
                let version = try reader.int(value, "version")
                guard version == currentVersion else { throw reader.error(value, "version", "this groundwork reads lock file version \(currentVersion), found \(version); update groundwork") }
            }
            for (key, _, value) in pairs where key == "bricks" {
                for (index, item) in try reader.sequence(value, "bricks").enumerated() {
                    lock.bricks.append(try brick(item, "bricks[\(index)]", reader: reader))
                }
            }
            for (key, _, value) in pairs where key == "consumes" {
                for (index, item) in try reader.sequence(value, "consumes").enumerated() {
                    lock.consumes.append(try consumed(item, "consumes[\(index)]", reader: reader))
                }
            }
            return lock
        } catch {
            throw fail(error)
        }
    }

    private static func brick(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> LockedBrick {
        let pairs = try reader.mapping(node, field, allowed: ["id", "version", "source", "parameters", "files"])
        let present = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let idNode = present["id"], let versionNode = present["version"], let sourceNode = present["source"] else {
            throw reader.error(node, field, "expected id, version and source")
        }
        let versionText = try reader.string(versionNode, "\(field).version")
        guard let version = SemanticVersion(versionText) else { throw reader.error(versionNode, "\(field).version", "expected a semantic version, found \"\(versionText)\"") }
        var parameters: [String: ParameterValue] = [:]
        if let node = present["parameters"], !reader.isNull(node) {
            for (name, _, value) in try reader.mapping(node, "\(field).parameters", allowed: (node.mapping?.keys.compactMap { $0.scalar?.string }) ?? []) {
                parameters[name] = try parameter(value, "\(field).parameters.\(name)", reader: reader)
            }
        }
        let files = try present["files"].map { node throws(BrickError) in try lockedFiles(node, field, reader: reader) } ?? []
        let id = try reader.string(idNode, "\(field).id")
        // The lock names bricks: an id no brick.yaml may have cannot name one (a hand edit, or a hostile lock).
        guard BrickManifest.isValidID(id) else {
            throw reader.error(idNode, "\(field).id", "expected a brick id (lowercase letters, digits and dashes, such as docker), found \"\(id)\"")
        }
        return LockedBrick(id: id, version: version, source: try source(sourceNode, "\(field).source", reader: reader), parameters: parameters, files: files)
    }

    /// The `files` list of a brick or a consumed contract: paths held to the rules of a brick's destination.
    private static func lockedFiles(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> [LockedFile] {
        var files: [LockedFile] = []
        for (index, item) in try reader.sequence(node, "\(field).files").enumerated() {
            let fileField = "\(field).files[\(index)]"
            let filePairs = try reader.mapping(item, fileField, allowed: ["path", "mode", "sha256"])
            let values = Dictionary(filePairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            guard let path = values["path"], let mode = values["mode"], let sha = values["sha256"] else {
                throw reader.error(item, fileField, "expected path, mode and sha256")
            }
            let modeText = try reader.string(mode, "\(fileField).mode")
            guard let fileMode = BrickFileMode(rawValue: modeText) else { throw reader.error(mode, "\(fileField).mode", "unknown mode \"\(modeText)\"") }
            // A committed lock file is untrusted input: `update` removes the files it names, so a path
            // must follow the same rules as a brick's destination before anything reads or deletes it.
            let pathText = try reader.string(path, "\(fileField).path")
            if let problem = DestinationPath.problem(pathText) { throw reader.error(path, "\(fileField).path", "\(pathText): \(problem)") }
            if DestinationPath.normalise(pathText) == .success(LockFile.path) { throw reader.error(path, "\(fileField).path", "\(pathText) is the lock file itself, which no brick writes") }
            files.append(LockedFile(path: pathText, mode: fileMode, sha256: try reader.string(sha, "\(fileField).sha256")))
        }
        return files
    }

    private static func consumed(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> ConsumedContract {
        let keys = ["provider", "provider_stack", "contract", "version", "digest", "language", "client", "operations", "files"]
        let pairs = try reader.mapping(node, field, allowed: keys)
        let present = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        func text(_ key: String) throws(BrickError) -> String {
            guard let value = present[key] else { throw reader.error(node, field, "expected \(keys.dropLast().joined(separator: ", ")) and files") }
            return try reader.string(value, "\(field).\(key)")
        }
        let operations =
            try present["operations"].map { value throws(BrickError) in
                try reader.sequence(value, "\(field).operations").enumerated().map { index, item throws(BrickError) in try reader.string(item, "\(field).operations[\(index)]") }
            } ?? []
        let files = try present["files"].map { value throws(BrickError) in try lockedFiles(value, field, reader: reader) } ?? []
        return ConsumedContract(
            provider: try text("provider"), providerStack: try text("provider_stack"), contract: try text("contract"), version: try text("version"),
            digest: try text("digest"), language: try text("language"), client: try text("client"), operations: operations, files: files
        )
    }

    private static func source(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> BrickOrigin {
        let pairs = try reader.mapping(node, field, allowed: ["builtin", "path", "git", "commit", "url", "sha256"])
        let values = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        if values["builtin"] != nil { return .builtin }
        if let path = values["path"] { return .directory(try reader.string(path, "\(field).path")) }
        if let git = values["git"], let commit = values["commit"] {
            return .git(url: try reader.string(git, "\(field).git"), commit: try reader.string(commit, "\(field).commit"))
        }
        if let url = values["url"], let sha = values["sha256"] {
            return .tarball(url: try reader.string(url, "\(field).url"), sha256: try reader.string(sha, "\(field).sha256"))
        }
        throw reader.error(node, field, "expected {builtin: ID}, {path: DIR}, {git: URL, commit: ID} or {url: URL, sha256: HEX}")
    }

    private static func parameter(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> ParameterValue {
        if let sequence = node.sequence {
            return .list(try sequence.enumerated().map { index, item throws(BrickError) in try reader.string(item, "\(field)[\(index)]") })
        }
        guard let scalar = node.scalar else { throw reader.error(node, field, "expected a value or a list") }
        if scalar.style == .plain {
            if let number = node.int { return .int(number) }
            if let flag = node.bool { return .bool(flag) }
        }
        return .string(scalar.string)
    }
}
