#if Enterprise
import Foundation

extension FleetConfiguration {
    /// One warning per hosted source whose API is plain `http://` on another machine: its token
    /// would cross the network unencrypted. (Loopback addresses are for tests and tunnels.)
    package var plainHTTPTokenWarnings: [String] {
        sources.compactMap { source in
            let api: String, variable: String, kind: String
            switch source.kind {
            case .github(let github): (api, variable, kind) = (github.apiURL, github.tokenEnvironmentVariable, "github")
            case .gitlab(let gitlab): (api, variable, kind) = (gitlab.apiURL, gitlab.tokenEnvironmentVariable, "gitlab")
            case .path, .git: return nil
            }
            guard let components = URLComponents(string: api), components.scheme?.lowercased() == "http" else { return nil }
            let host = components.host?.lowercased() ?? ""
            if host == "localhost" || host == "::1" || host.hasPrefix("127.") { return nil }
            return "\(file):\(source.line): \(kind) API \(api) is plain http://: the token in \(variable) is sent unencrypted; use https://"
        }
    }
}
#endif
