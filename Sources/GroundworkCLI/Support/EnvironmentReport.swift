import Foundation
import GroundworkBasics
import GroundworkBricks
import GroundworkGit
import GroundworkHTTP

/// What `groundwork doctor` found about this machine.
struct EnvironmentReport: Codable, Sendable {
    var groundwork: String
    var edition: String
    var libgit2: String
    var libgit2HTTPS: Bool
    var libgit2SSH: Bool
    var libgit2Threads: Bool
    var libcurl: String
    var libcurlSSL: String?
    var libcurlHTTPS: Bool
    var cacheDirectory: String
    var configDirectory: String
    /// The built-in bricks folder this binary uses (nil: none found).
    var bricksDirectory: String?
    /// Things that will make some command fail.
    var problems: [String]
    /// Things worth knowing that break nothing.
    var warnings: [String]

    static func collect(environment: [String: String] = ProcessInfo.processInfo.environment) -> EnvironmentReport {
        let directories = Directories.resolve(environment: environment)
        let features = LibGit2.features
        let curl = LibcurlInfo.current
        var problems: [String] = []
        var warnings: [String] = []
        if !features.https { problems.append("libgit2 was built without HTTPS: cloning https:// URLs will fail (install Debian's libgit2-dev)") }
        if !features.threads { problems.append("libgit2 was built without thread support: --jobs cannot run in parallel") }
        if !features.ssh { warnings.append("libgit2 was built without SSH: ssh:// and git@ URLs cannot be cloned; use https:// URLs") }
        if !curl.supportsHTTPS { problems.append("libcurl has no HTTPS support: remote bricks and the GitHub/GitLab APIs will fail") }
        if let problem = writableProblem(directories.cache, purpose: "cache") { problems.append(problem) }
        let bricks = BuiltinPlugins.locate(environment: environment)
        if bricks == nil {
            warnings.append("no built-in bricks found (looked beside the binary, in ../share/groundwork/bricks and in a source checkout): set GROUNDWORK_PLUGINS or reinstall with scripts/install.sh")
        }
        if environment["HOME"]?.isEmpty ?? true, environment["XDG_CACHE_HOME"] == nil, environment["GROUNDWORK_CACHE_DIR"] == nil {
            warnings.append("HOME is not set: set GROUNDWORK_CACHE_DIR or XDG_CACHE_HOME to choose the cache directory")
        }
        return EnvironmentReport(
            groundwork: GroundworkVersion.current,
            edition: Edition.name,
            libgit2: LibGit2.version,
            libgit2HTTPS: features.https,
            libgit2SSH: features.ssh,
            libgit2Threads: features.threads,
            libcurl: curl.version,
            libcurlSSL: curl.sslVersion,
            libcurlHTTPS: curl.supportsHTTPS,
            cacheDirectory: directories.cache,
            configDirectory: directories.config,
            bricksDirectory: bricks,
            problems: problems,
            warnings: warnings
        )
    }

    /// Creates the directory if needed and checks that a file can be written in it.
    private static func writableProblem(_ directory: String, purpose: String) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return "the \(purpose) directory \(directory) cannot be created: \(error.localizedDescription)"
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            return "the \(purpose) directory \(directory) is not writable: fix its permissions or set GROUNDWORK_CACHE_DIR"
        }
        return nil
    }

    func text() -> String {
        func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
        var lines = [
            "groundwork \(groundwork) (\(edition) edition)",
            "libgit2    \(libgit2)  https: \(yesNo(libgit2HTTPS))  ssh: \(yesNo(libgit2SSH))  threads: \(yesNo(libgit2Threads))",
            "libcurl    \(libcurl)  tls: \(libcurlSSL ?? "none")  https: \(yesNo(libcurlHTTPS))",
            "cache      \(cacheDirectory)",
            "config     \(configDirectory)",
            "bricks     \(bricksDirectory ?? "none found")",
        ]
        lines += warnings.map { "warning: \($0)" }
        lines += problems.map { "problem: \($0)" }
        lines.append(problems.isEmpty ? "ok: no problems found" : "\(problems.count) problem(s) found")
        return lines.joined(separator: "\n") + "\n"
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
