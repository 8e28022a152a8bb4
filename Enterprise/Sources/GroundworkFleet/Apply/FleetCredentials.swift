#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkGit

/// The tokens and key a campaign authenticates with, from the environment or a credentials file.
///
/// `GROUNDWORK_GIT_TOKEN` serves every https remote; a credentials file (`--credentials FILE`, else
/// `~/.config/groundwork/credentials` when it exists) holds `HOST TOKEN` lines for per-host tokens, `#`
/// comments allowed. `GROUNDWORK_SSH_KEY` names a private key for ssh remotes (else the ssh agent).
/// Every token read is also a secret that `scrub` removes from any text before it is printed or stored.
package struct FleetCredentials: Sendable {
    /// The environment variable holding a token for every https remote.
    package static let tokenVariable = "GROUNDWORK_GIT_TOKEN"
    /// The environment variable naming an ssh private key file.
    package static let sshKeyVariable = "GROUNDWORK_SSH_KEY"

    var defaultToken: String?
    var tokensByHost: [String: String]
    var sshKeyPath: String?
    /// Forge API tokens by the environment variable a hosted source names (`token_env`).
    var apiTokens: [String: String]

    package init(defaultToken: String? = nil, tokensByHost: [String: String] = [:], sshKeyPath: String? = nil, apiTokens: [String: String] = [:]) {
        self.defaultToken = defaultToken
        self.tokensByHost = tokensByHost
        self.sshKeyPath = sshKeyPath
        self.apiTokens = apiTokens
    }

    /// Takes the forge tokens the hosted repositories name from `environment`.
    package mutating func addAPITokens(for repositories: [FleetRepository], environment: [String: String]) {
        for variable in Set(repositories.compactMap(\.host?.tokenEnvironmentVariable)) {
            if let token = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty { apiTokens[variable] = token }
        }
    }

    /// The forge token of a hosted repository.
    package func apiToken(for host: FleetRepositoryHost) -> String? { apiTokens[host.tokenEnvironmentVariable] }

    /// What libgit2 is given for `repository`: a hosted repository is cloned and pushed with its forge token.
    package func forRepository(_ repository: FleetRepository) -> RemoteMirror.Credentials {
        var credentials = forRemote(repository.location)
        if let host = repository.host, let token = apiToken(for: host) { credentials.token = token }
        return credentials
    }

    /// Reads the environment and the credentials file (`file`, else the default one when present).
    package static func load(environment: [String: String], file: String?, configFolder: String) throws -> FleetCredentials {
        var credentials = FleetCredentials(
            defaultToken: environment[tokenVariable].flatMap { $0.isEmpty ? nil : $0 },
            sshKeyPath: environment[sshKeyVariable].flatMap { $0.isEmpty ? nil : $0 }
        )
        let path = file ?? configFolder + "/credentials"
        guard let data = FileManager.default.contents(atPath: path) else {
            if let file { throw FleetError(.missingToken, "\(file): cannot read the credentials file; give a readable file of `HOST TOKEN` lines") }
            return credentials
        }
        for (index, raw) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard parts.count == 2 else {
                throw FleetError(.missingToken, "\(path):\(index + 1): expected `HOST TOKEN` (two words); the line is not shown because it may hold a token")
            }
            credentials.tokensByHost[parts[0].lowercased()] = parts[1]
        }
        return credentials
    }

    /// What libgit2 is given for `url`: the token of its host, else the default token, and the ssh key.
    package func forRemote(_ url: String) -> RemoteMirror.Credentials {
        let host = URLComponents(string: url)?.host?.lowercased()
        return RemoteMirror.Credentials(token: host.flatMap { tokensByHost[$0] } ?? defaultToken, sshKeyPath: sshKeyPath)
    }

    /// `text` with every known token replaced by `****`, and URL user information redacted.
    package func scrub(_ text: String) -> String {
        var result = URLRedaction.redactingText(text)
        for token in [defaultToken].compactMap({ $0 }) + tokensByHost.values + apiTokens.values where !token.isEmpty {
            result = result.replacingOccurrences(of: token, with: "****")
        }
        return result
    }
}
#endif
