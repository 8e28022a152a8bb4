#if Enterprise
import Foundation
import GroundworkAuditModel

/// A generated CRUD service reads single rows through a Redis cache (cache-aside) that every process shares,
/// and its pods are given the Redis to use: without it each replica reads every row from PostgreSQL, so read
/// traffic scales the database rather than the pods.
package struct ReadCacheCheck: ScaleCheck {
    /// A stack whose generated services the cache recipe changes: the file that marks a service generated from a
    /// model (relative to the package), and the source file endings searched for the cache.
    struct Stack {
        var ecosystem: String
        var framework: String
        var marker: String
        var extensions: [String]
    }

    static let stacks = [
        Stack(ecosystem: "node", framework: "express", marker: "src/api/resource.js", extensions: [".js", ".mjs", ".cjs", ".ts"]),
        Stack(ecosystem: "python", framework: "fastapi", marker: "app/core/crud.py", extensions: [".py"]),
        Stack(ecosystem: "go", framework: "chi", marker: "internal/resource/handler.go", extensions: [".go"]),
        Stack(ecosystem: "swift", framework: "hummingbird", marker: "Sources/App/Resources/EntityController.swift", extensions: [".swift"]),
    ]

    package let id = "scale.read-cache"
    package let title = "Generated services cache single-row reads in Redis"
    package let severity = Severity.info
    package let rationale =
        "Reads of one row (GET /<entities>/{id}) are the commonest request of a CRUD service; cached in a Redis that every replica shares, they stop scaling with the database. The cache must answer what the database would answer this caller (row rules, field visibility) and forget a row in every process when it is written. Information only: a service without a cache is correct, just more expensive to scale. No Polaris, kube-score, kube-linter or Checkov check looks at application caching."
    package let fixedBy = ["cache"]
    package let effortHours = 4.0
    // None of the four tools looks at the application's caching.
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        var evidence: [Evidence] = []
        var cached = false
        for package in context.stack.packages {
            guard let stack = Self.stacks.first(where: { $0.ecosystem == package.ecosystem && package.frameworks.contains($0.framework) }) else { continue }
            let prefix = package.path.isEmpty ? "" : package.path + "/"
            guard context.includedFiles.contains(where: { $0.path == prefix + stack.marker }) else { continue }
            if Self.cachesReads(prefix: prefix, stack: stack, context: context) {
                cached = true
            } else {
                evidence.append(
                    Evidence(
                        "\(package.name) (\(stack.ecosystem)-\(stack.framework), generated from a model) reads every row from the database: no source uses Redis with the cache: key prefix",
                        path: package.manifest))
            }
        }
        guard cached || !evidence.isEmpty else {
            return .notApplicable("no service generated from a model (node-express, python-fastapi, go-chi, swift-hummingbird)")
        }
        // The cache is off without REDIS_URL: the serving workloads must be given one.
        if cached {
            let inventory = ScaleInventory.load(context)
            for workload in inventory.workloads {
                let serving = workload.containers.filter { $0["ports"] != nil && $0["image"]?.string?.contains("pgbouncer") != true }
                for container in serving where !ScaleWorkload.environmentNames(of: container).contains("REDIS_URL") {
                    evidence.append(
                        Evidence(
                            "container \(ScaleWorkload.name(of: container)) of \(workload.reference) sets no REDIS_URL: the service's read cache is off in the cluster",
                            path: workload.path, line: ScaleWorkload.line(of: container) ?? workload.line))
                }
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// True when a source of the package (tests left out) talks to Redis and writes keys under `cache:`.
    static func cachesReads(prefix: String, stack: Stack, context: AuditContext) -> Bool {
        for file in context.includedFiles where file.path.hasPrefix(prefix) && stack.extensions.contains(where: file.path.hasSuffix) {
            let components = file.path.split(separator: "/")
            if components.contains(where: { ["tests", "test", "Tests", "node_modules", "vendor", ".build"].contains($0) }) || file.path.hasSuffix("_test.go") { continue }
            guard let text = context.snapshot.text(file) else { continue }
            if text.range(of: "redis", options: .caseInsensitive) != nil, text.contains("'cache:'") || text.contains("\"cache:\"") { return true }
        }
        return false
    }

    package var examples: [CheckExample] {
        let package = #"{"name": "orders", "dependencies": {"express": "^4.21.0", "pg": "^8.8.0"}}"#
        let resource = "const express = require('express')\n\nfunction entityRouter (entity, { pool }) {\n  return express.Router()\n}\n\nmodule.exports = { entityRouter }\n"
        let cache = "const { createClient } = require('redis')\n\nconst PREFIX = 'cache:'\n\nmodule.exports = { createClient, PREFIX }\n"
        let redis = [("REDIS_URL", "redis://redis:6379/0")]
        return [
            CheckExample(
                "a generated Express service whose reads go through the cache, its pods given REDIS_URL", .pass,
                files: [
                    "package.json": package, "src/api/resource.js": resource, "src/api/read-cache.js": cache,
                    "k8s/web.yaml": ScaleExampleFiles.deployment(env: redis),
                ]),
            CheckExample(
                "a generated Express service without a read cache", .fail,
                files: ["package.json": package, "src/api/resource.js": resource, "k8s/web.yaml": ScaleExampleFiles.deployment(env: redis)]),
            CheckExample(
                "a generated Express service with the cache, but pods without REDIS_URL (the cache is off)", .fail,
                files: ["package.json": package, "src/api/resource.js": resource, "src/api/read-cache.js": cache, "k8s/web.yaml": ScaleExampleFiles.deployment()]),
            CheckExample(
                "a generated chi service without a read cache", .fail,
                files: [
                    "go.mod": "module orders\n\ngo 1.19\n\nrequire github.com/go-chi/chi/v5 v5.0.7\n",
                    "internal/resource/handler.go": "package resource\n\n// Handler serves the entities.\ntype Handler struct{}\n",
                ]),
            CheckExample(
                "a generated FastAPI service whose reads go through the cache (no manifests yet)", .pass,
                files: [
                    "requirements.txt": "fastapi==0.115.0\nredis==8.2.0\n",
                    "app/core/crud.py": "class Resource:\n    pass\n",
                    "app/core/read_cache.py": "import redis\n\nPREFIX = \"cache:\"\n",
                ]),
            CheckExample(
                "a hand-written Express service (not generated from a model)", .notApplicable,
                files: ["package.json": package, "index.js": "const express = require('express')\nexpress().listen(3000)\n"]),
        ]
    }
}
#endif
