import Crypto
import Foundation
import GroundworkTestSupport
import Testing

/// Starting services, running contract tests, tokens and HTTP calls for the pair.
extension ServicesThatTalkTests {
    /// A service started with `scripts/stacks/<stack>.sh --serve DIR` in its own process group.
    final class RunningService: @unchecked Sendable {
        let process = Process()
        let log: String

        init(stack: String, folder: String, log: String, environment extra: [String: String]) throws {
            self.log = log
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            var environment = ProcessInfo.processInfo.environment
            environment.merge(extra) { _, new in new }
            environment["RATE_LIMIT_PER_MINUTE"] = "100000"
            environment["RATE_LIMIT_BURST"] = "10000"
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            process.arguments = ["--wait", "/bin/bash", ServicesThatTalkTests.root + "/scripts/stacks/\(stack).sh", "--serve", folder]
            process.environment = environment
            process.standardOutput = handle
            process.standardError = handle
            try UnblockedSignals.run(process)
        }

        /// Polls `/health` until it answers 200; fails with the log's tail when the service stops or the deadline passes.
        func waitForHealth(port: Int, deadline: TimeInterval) async throws {
            let start = Date()
            while Date().timeIntervalSince(start) < deadline {
                if let answer = try? ServicesThatTalkTests.http("GET", "http://127.0.0.1:\(port)/health", token: nil), answer.status == 200 { return }
                guard process.isRunning else { throw GeneratedServiceError("the service stopped before answering /health:\n\(logTail())") }
                try await Task.sleep(nanoseconds: 1_000_000_000)
            }
            throw GeneratedServiceError("no answer on /health within \(Int(deadline / 60)) minutes:\n\(logTail())")
        }

        func logTail() -> String {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(60).joined(separator: "\n")
        }

        /// Stops the service's whole session (make, the runtime, the compiler if still building). `setsid`
        /// forks when it already leads a process group, so the session may be led by its child: both are
        /// signalled. Never `waitUntilExit`, which can wait forever on Linux when the exit was missed; a
        /// bounded poll of `isRunning` instead.
        func stop() {
            let pid = process.processIdentifier
            let children = ((try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { Int32($0) }
            for signal in [SIGTERM, SIGKILL] {
                for leader in [pid] + children { kill(-leader, signal) }
                let start = Date()
                while process.isRunning, Date().timeIntervalSince(start) < 10 { usleep(100_000) }
                if !process.isRunning { return }
            }
        }
    }

    /// The consumer's generated contract test, run with its stack's test runner against the provider.
    static func runContractTest(consumerStack: String, folder: String, billingURL: String, token: String, log: String) throws -> (status: Int32, output: String) {
        let arguments: [String]
        switch consumerStack {
        case "node-express": arguments = ["node", "--test", "test/billing.contract.test.js"]
        case "swift-hummingbird":
            let scratch = ProcessInfo.processInfo.environment["GROUNDWORK_SWIFT_SCRATCH"] ?? NSHomeDirectory() + "/.cache/groundwork/swift-hummingbird-build"
            // Not --skip-build: the build folder is shared, and another package may have built in it since.
            arguments = ["swift", "test", "--scratch-path", scratch, "--filter", "BillingContractTests"]
        case "go-chi": arguments = ["bash", root + "/scripts/stacks/go-chi.sh", "--exec", folder, "go", "test", "-v", "-count=1", "./internal/clients/billing/"]
        default: arguments = [folder + "/.venv/bin/pytest", "-v", "tests/test_billing_contract.py"]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["BILLING_URL"] = billingURL
        environment["BILLING_TOKEN"] = token
        environment["DATABASE_URL"] = environment["DATABASE_URL"] ?? "postgres://unused"
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try UnblockedSignals.run(process)
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    /// An HS256 development token with the claims of docs/model.md (sub, roles, tenant).
    static func token(subject: String, roles: [String]) throws -> String {
        func base64URL(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let header = base64URL(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let claims: [String: Any] = ["sub": subject, "roles": roles, "tenant": "acme", "iat": Int(Date().timeIntervalSince1970), "exp": Int(Date().timeIntervalSince1970) + 3600]
        let payload = base64URL(try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys]))
        let signature = HMAC<SHA256>.authenticationCode(for: Data("\(header).\(payload)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "\(header).\(payload).\(base64URL(Data(signature)))"
    }

    /// One HTTP exchange through curl (the test's own client; the product's HTTP goes through libcurl).
    static func http(_ method: String, _ url: String, token: String?, body: String? = nil) throws -> (status: Int, body: String) {
        var arguments = ["-sS", "-X", method, "-o", "-", "-w", "\n%{http_code}", "--max-time", "30", url]
        if let token { arguments += ["-H", "Authorization: Bearer \(token)"] }
        if let body { arguments += ["-H", "Content-Type: application/json", "--data", body] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try UnblockedSignals.run(process)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GeneratedServiceError("curl \(method) \(url) failed (\(process.terminationStatus))") }
        let text = String(decoding: data, as: UTF8.self)
        let split = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(split.last ?? "") ?? 0, split.dropLast().joined(separator: "\n"))
    }

    static func freePort() throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1]); s.close()"]
        let output = Pipe()
        process.standardOutput = output
        try UnblockedSignals.run(process)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let port = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else { throw GeneratedServiceError("no free port") }
        return port
    }

    static func editedContract(_ data: Data, _ edit: (inout [String: Any]) -> Void) throws -> Data {
        var document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&document)
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
