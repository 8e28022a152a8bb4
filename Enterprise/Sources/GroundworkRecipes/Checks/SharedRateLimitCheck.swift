#if Enterprise
import GroundworkAuditModel

/// A service that runs more than one pod keeps its rate limiter's counts where every pod sees them: a
/// limiter counting in process memory allows its limit once per process, so behind N replicas the real
/// limit is N times the configured one, and it moves with the autoscaler.
package struct SharedRateLimitCheck: ScaleCheck {
    /// A way of writing a rate limiter, recognised by text in one source file.
    struct Limiter {
        /// The file name endings it is written in.
        var extensions: [String]
        /// What it is, as the evidence names it.
        var what: String
        /// Text the file holds when it uses this limiter (an identifier is matched whole, not inside a longer one).
        var marker: String
        /// The file holds one of these as well (none: no condition).
        var within: [String] = []
        /// The file holds none of these (a store configured beside the marker).
        var unless: [String] = []
        /// True when the counts live in a store every process shares.
        var shared = false
    }

    static let javascript = [".js", ".mjs", ".cjs", ".ts"]

    /// The limiters recognised, in the order they are looked for. Counts in process memory:
    static let inMemory = [
        Limiter(extensions: javascript, what: "the generated token bucket (src/api/middleware/rate-limit.js: a Map)", marker: "require('./middleware/rate-limit')", unless: ["ratelimit:"]),
        Limiter(extensions: javascript, what: "express-rate-limit without a store (its MemoryStore)", marker: "express-rate-limit", unless: ["store:", "store,"]),
        Limiter(extensions: javascript, what: "rate-limiter-flexible's RateLimiterMemory", marker: "RateLimiterMemory"),
        Limiter(extensions: [".py"], what: "the generated token bucket (RateLimitMiddleware: a dict)", marker: "RateLimitMiddleware,", within: ["add_middleware("], unless: ["ratelimit:"]),
        Limiter(extensions: [".py"], what: "slowapi/limits without a storage_uri (memory://)", marker: "Limiter(", within: ["slowapi", "from limits"], unless: ["storage_uri"]),
        Limiter(extensions: [".py"], what: "slowapi/limits with memory:// storage", marker: "memory://", within: ["slowapi", "limits"]),
        Limiter(extensions: [".py"], what: "limits' MemoryStorage", marker: "MemoryStorage("),
        Limiter(extensions: [".go"], what: "the generated token bucket (httpx.NewRateLimiter: a map)", marker: "httpx.NewRateLimiter(", unless: ["ratelimit:"]),
        Limiter(extensions: [".go"], what: "go-chi/httprate with its in-memory counter", marker: "\"github.com/go-chi/httprate\"", unless: ["WithLimitCounter", "httprateredis"]),
        Limiter(extensions: [".go"], what: "golang.org/x/time/rate (a limiter in process memory)", marker: "\"golang.org/x/time/rate\""),
        Limiter(extensions: [".go"], what: "ulule/limiter's memory store", marker: "\"github.com/ulule/limiter/v3/drivers/store/memory\""),
        Limiter(extensions: [".swift"], what: "the generated token bucket (TokenBuckets: an actor's dictionary)", marker: "TokenBuckets(perMinute:", unless: ["ratelimit:"]),
    ]

    /// …and in a shared store.
    static let inSharedStore = [
        Limiter(
            extensions: javascript + [".py", ".go", ".swift"], what: "a token bucket in Redis under ratelimit: (the rate-limit recipe's)", marker: "ratelimit:", within: ["redis", "Redis"],
            shared: true),
        Limiter(extensions: javascript, what: "express-rate-limit with a store", marker: "express-rate-limit", within: ["store:", "store,"], shared: true),
        Limiter(extensions: javascript, what: "rate-limiter-flexible in Redis", marker: "RateLimiterRedis", shared: true),
        Limiter(extensions: [".py"], what: "slowapi/limits with a storage_uri", marker: "storage_uri", within: ["slowapi", "limits"], unless: ["memory://"], shared: true),
        Limiter(extensions: [".go"], what: "go-chi/httprate with a shared counter", marker: "\"github.com/go-chi/httprate\"", within: ["WithLimitCounter", "httprateredis"], shared: true),
    ]

    package let id = "scale.rate-limit-shared"
    package let title = "Rate limits hold across replicas"
    package let severity = Severity.medium
    package let rationale =
        "A rate limiter that counts in process memory allows its limit once per process: behind N replicas a client gets N times the configured rate, and the limit changes whenever the autoscaler adds or removes pods. Where a workload runs more than one pod, the counts belong in a store every pod shares (Redis). Recognised in the sources (tests left out): groundwork's generated limiters, express-rate-limit without a store, rate-limiter-flexible's RateLimiterMemory, slowapi/limits with memory storage, go-chi/httprate without a shared counter, golang.org/x/time/rate, ulule/limiter's memory store. No Polaris, kube-score, kube-linter or Checkov check looks at the application's limiter."
    package let fixedBy = ["rate-limit"]
    package let effortHours = 4.0
    // None of the four tools reads application code.
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        let replicated = inventory.workloads.filter { workload in
            inventory.replicaRange(of: workload).max > 1 && workload.containers.contains { $0["ports"] != nil }
        }
        guard let widest = replicated.max(by: { inventory.replicaRange(of: $0).max < inventory.replicaRange(of: $1).max }) else {
            return .notApplicable("no serving Deployment or StatefulSet runs more than one pod")
        }
        let (memory, shared) = Self.limiters(in: context)
        guard !memory.isEmpty || !shared.isEmpty else { return .notApplicable("no rate limiter recognised in the sources") }
        guard !memory.isEmpty else { return .passed }
        let pods = inventory.replicaRange(of: widest).max
        return .failed(
            memory.map { found in
                Evidence(
                    "\(found.limiter.what) counts in process memory, and \(widest.reference) runs up to \(pods) pods: a client gets up to \(pods) times the configured limit",
                    path: found.path, line: found.line)
            })
    }

    /// A limiter found in a source file.
    struct Found {
        var limiter: Limiter
        var path: String
        var line: Int
    }

    /// The limiters the sources use (tests and vendored code left out), in process memory and shared.
    static func limiters(in context: AuditContext) -> (memory: [Found], shared: [Found]) {
        let extensions = Set((inMemory + inSharedStore).flatMap(\.extensions))
        var memory: [Found] = [], shared: [Found] = []
        for file in context.includedFiles where extensions.contains(where: file.path.hasSuffix) {
            let components = file.path.split(separator: "/")
            if components.contains(where: { ["tests", "test", "Tests", "node_modules", "vendor", ".build"].contains($0) }) || file.path.hasSuffix("_test.go")
                || file.path.contains(".test.") || file.path.contains(".spec.")
            {
                continue
            }
            guard let text = context.snapshot.text(file) else { continue }
            for limiter in inMemory + inSharedStore where limiter.extensions.contains(where: file.path.hasSuffix) {
                guard let line = limiter.line(in: text) else { continue }
                let found = Found(limiter: limiter, path: file.path, line: line)
                if limiter.shared { shared.append(found) } else { memory.append(found) }
            }
        }
        return (memory, shared)
    }

    package var examples: [CheckExample] {
        let express = #"{"name": "web", "dependencies": {"express": "^4.21.0", "express-rate-limit": "^7.4.0"}}"#
        let generatedApp = "const { rateLimit } = require('./middleware/rate-limit')\n\nmodule.exports = { rateLimit }\n"
        return [
            CheckExample(
                "the rate-limit recipe's limiter in Redis, three replicas", .pass,
                files: [
                    "package.json": express,
                    "src/api/app.js": "const { rateLimit } = require('./middleware/rate-limit-redis')\n",
                    "src/api/middleware/rate-limit-redis.js": "const { createClient } = require('redis')\nconst KEY_PREFIX = 'ratelimit:'\n",
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 3),
                ]),
            CheckExample(
                "express-rate-limit with a Redis store behind an HPA", .pass,
                files: [
                    "package.json": express,
                    "index.js":
                        "const rateLimit = require('express-rate-limit')\nconst { RedisStore } = require('rate-limit-redis')\napp.use(rateLimit({ windowMs: 60000, limit: 100, store: new RedisStore({ sendCommand }) }))\n",
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(min: 2),
                ]),
            CheckExample(
                "the generated limiter (buckets in a Map), two replicas", .fail,
                files: ["package.json": express, "src/api/app.js": generatedApp, "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 2)]),
            CheckExample(
                "slowapi without storage_uri behind an HPA", .fail,
                files: [
                    "requirements.txt": "fastapi==0.115.0\nslowapi==0.1.9\n",
                    "app/main.py": "from slowapi import Limiter\nfrom slowapi.util import get_remote_address\n\nlimiter = Limiter(key_func=get_remote_address)\n",
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(min: 1, max: 5),
                ]),
            CheckExample(
                "go-chi/httprate's in-memory counter, three replicas", .fail,
                files: [
                    "main.go": "package main\n\nimport (\n\t\"time\"\n\n\t\"github.com/go-chi/httprate\"\n)\n\nvar limit = httprate.LimitByIP(100, time.Minute)\n",
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 3),
                ]),
            CheckExample(
                "the generated limiter, one replica", .notApplicable,
                files: ["package.json": express, "src/api/app.js": generatedApp, "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 1)]),
            CheckExample("three replicas and no rate limiter", .notApplicable, files: ["index.js": "require('express')().listen(3000)\n", "k8s/web.yaml": ScaleExampleFiles.deployment()]),
        ]
    }
}

extension SharedRateLimitCheck.Limiter {
    /// The 1-based line of the marker when `text` uses this limiter, else nil.
    func line(in text: String) -> Int? {
        guard within.isEmpty || within.contains(where: text.contains), !unless.contains(where: text.contains) else { return nil }
        var start = text.startIndex
        while let range = text.range(of: marker, range: start..<text.endIndex) {
            // `RateLimitMiddleware` inside `RedisRateLimitMiddleware` is another type.
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            if let before, before.isLetter || before.isNumber || before == "_", marker.first?.isLetter == true {
                start = range.upperBound
                continue
            }
            return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        }
        return nil
    }
}
#endif
