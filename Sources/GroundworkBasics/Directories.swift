import Foundation

/// Where groundwork keeps its files, following the XDG base directory specification.
package struct Directories: Sendable, Equatable {
    /// Caches that can be deleted at any time: bare clones, the audit result cache.
    package var cache: String
    /// User configuration: the Enterprise licence file, defaults.
    package var config: String

    package init(cache: String, config: String) {
        self.cache = cache
        self.config = config
    }

    /// Resolves the directories from an environment (`GROUNDWORK_CACHE_DIR`, `XDG_CACHE_HOME`,
    /// `XDG_CONFIG_HOME`, `HOME`), so tests can point them at a scratch directory.
    package static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> Directories {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let cacheBase = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.cache"
        let configBase = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.config"
        let cache = environment["GROUNDWORK_CACHE_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? cacheBase + "/groundwork"
        let config = environment["GROUNDWORK_CONFIG_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? configBase + "/groundwork"
        return Directories(cache: cache, config: config)
    }

    /// The directory for bare clones of remote repositories.
    package var repositories: String { cache + "/repositories" }
}
