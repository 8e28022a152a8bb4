import Foundation
import GroundworkFormats

/// Known findings to leave out of a report: fingerprints `commit:path:rule:line` (commit empty for the tree),
/// stored as `{"version":1,"fingerprints":[…]}`.
package struct SecretBaseline: Sendable, Equatable {
    /// The file format version this build reads and writes.
    package static let version = 1

    /// The accepted fingerprints.
    package private(set) var fingerprints: Set<String>

    /// A baseline of `fingerprints`.
    package init(fingerprints: some Sequence<String> = []) {
        self.fingerprints = Set(fingerprints)
    }

    /// True when the finding with this fingerprint is accepted.
    package func contains(_ fingerprint: String) -> Bool {
        fingerprints.contains(fingerprint)
    }

    /// Adds a fingerprint.
    package mutating func insert(_ fingerprint: String) {
        fingerprints.insert(fingerprint)
    }

    /// Reads a baseline file.
    package init(contentsOf path: String) throws(SecretBaselineError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SecretBaselineError(path: path, problem: "cannot be read (\(Self.reason(error)))")
        }
        try self.init(data: data, path: path)
    }

    /// Parses baseline JSON; `path` names the file in errors.
    package init(data: Data, path: String) throws(SecretBaselineError) {
        func fail(_ problem: String) -> SecretBaselineError { SecretBaselineError(path: path, problem: problem) }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("is not valid JSON (not UTF-8 text)") }
        let root: JSONValue
        switch JSONParser.parse(text) {
        case .success(let value): root = value
        case .failure(let error): throw fail("is not valid JSON (line \(error.line): \(error.message))")
        }
        // A list of findings is a gitleaks JSON report: the triage of a team switching over.
        if case let .array(findings) = root {
            self = try GitleaksReport.baseline(findings, path: path)
            return
        }
        guard case let .object(members) = root else {
            throw fail("expected a JSON object at the top level (or a gitleaks JSON report, a list), found \(root.kind)")
        }
        let object = Dictionary(members, uniquingKeysWith: { first, _ in first })
        guard let version = object["version"] else { throw fail("expected a \"version\" member, found none") }
        guard case let .number(number) = version else {
            throw fail("expected \"version\" to be the number \(Self.version), found \(version.kind)")
        }
        guard Double(number) == Double(Self.version) else {
            throw fail("version \(number) is not supported; expected \(Self.version)")
        }
        guard let list = object["fingerprints"] else { throw fail("expected a \"fingerprints\" member, found none") }
        guard case let .array(entries) = list else {
            throw fail("expected \"fingerprints\" to be an array of strings, found \(list.kind)")
        }
        var fingerprints = Set<String>()
        for (index, entry) in entries.enumerated() {
            guard case let .string(fingerprint) = entry else {
                throw fail("fingerprint \(index + 1) is \(entry.kind); expected a string commit:path:rule:line")
            }
            guard Self.isWellFormed(fingerprint) else {
                throw fail("fingerprint \(index + 1) \"\(fingerprint)\" is not of the form commit:path:rule:line")
            }
            fingerprints.insert(fingerprint)
        }
        self.fingerprints = fingerprints
    }

    /// The file's bytes: sorted fingerprints, one per line, so baselines diff well in review.
    package func encoded() -> Data {
        let entries = fingerprints.sorted().map { "    " + JSONString.quoted($0) }
        let list = entries.isEmpty ? "[]" : "[\n" + entries.joined(separator: ",\n") + "\n  ]"
        return Data("{\n  \"version\": \(Self.version),\n  \"fingerprints\": \(list)\n}\n".utf8)
    }

    /// Writes the baseline file atomically.
    package func write(to path: String) throws(SecretBaselineError) {
        do {
            try encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SecretBaselineError(path: path, problem: "cannot be written (\(Self.reason(error)))")
        }
    }

    /// `commit:path:rule:line`: at least three colons and a line number at the end.
    private static func isWellFormed(_ fingerprint: String) -> Bool {
        let parts = fingerprint.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 4, let line = parts.last, let number = Int(line), number > 0 else { return false }
        return !parts[parts.count - 2].isEmpty
    }

    /// What the operating system said about a read or write that failed.
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
