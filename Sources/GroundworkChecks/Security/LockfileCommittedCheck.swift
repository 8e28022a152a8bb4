import GroundworkAuditModel

/// Every application (service) package commits its dependency lockfile.
struct LockfileCommittedCheck: Check {
    let id = "security.lockfile"
    let title = "Applications commit their dependency lockfile"
    let severity = Severity.medium
    let rationale =
        "Without a lockfile each install resolves dependencies anew: builds are not reproducible and a compromised release can slip in unnoticed. Libraries may leave it out; applications should not."
    let fixedBy: [String] = []
    let effortHours = 0.5

    /// Ecosystems whose tools write a lockfile.
    static let lockingEcosystems: Set<String> = ["node", "python", "go", "rust", "ruby", "php", "swift"]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let applications = context.stack.packages.filter { $0.kind == .service && Self.lockingEcosystems.contains($0.ecosystem) }
        guard !applications.isEmpty else { return .notApplicable("no application package that uses a lockfile") }
        let missing = applications.filter { $0.lockfile == nil }
        guard !missing.isEmpty else { return .passed }
        return .failed(missing.map { Evidence("\($0.name) (\($0.packageManager)) has no committed lockfile", path: $0.manifest) })
    }

    var examples: [CheckExample] {
        let server = "const express = require('express')\nconst app = express()\napp.listen(3000)\n"
        let manifest = "{\"name\": \"api\", \"scripts\": {\"start\": \"node index.js\"}, \"dependencies\": {\"express\": \"^4.19.0\"}}\n"
        return [
            CheckExample("an Express service with package-lock.json", .pass, files: ["package.json": manifest, "package-lock.json": "{\"lockfileVersion\": 3}\n", "index.js": server]),
            CheckExample("an Express service without a lockfile", .fail, files: ["package.json": manifest, "index.js": server]),
            CheckExample("a library", .notApplicable, files: ["package.json": "{\"name\": \"left-pad\", \"main\": \"index.js\"}\n", "index.js": "module.exports = (s) => s\n"]),
        ]
    }
}
