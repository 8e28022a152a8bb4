#if Enterprise
import Foundation
import GroundworkFormats

/// `fleet.yaml`: the repositories of an agency, where they come from, and the defaults of a fleet run.
///
/// Relative paths resolve against the folder of the fleet file. Tokens are never in the file: a hosted
/// source names the environment variable that holds one (`token_env`).
package struct FleetConfiguration: Sendable {
    /// The only version of the format so far.
    package static let currentVersion = 1
    /// The file `--fleet` defaults to.
    package static let defaultFileName = "fleet.yaml"

    /// What a run uses unless the command line says otherwise.
    package struct Defaults: Sendable, Equatable {
        /// Repositories audited at once.
        package var jobs: Int?
        /// The policy file (absolute).
        package var policy: String?
        /// The store URL (`sqlite:PATH` or `postgres://…`).
        package var store: String?
        /// The client of sources that name none.
        package var client: String?
        /// Tags added to every repository.
        package var tags: [String]

        package init(jobs: Int? = nil, policy: String? = nil, store: String? = nil, client: String? = nil, tags: [String] = []) {
            self.jobs = jobs
            self.policy = policy
            self.store = store
            self.client = client
            self.tags = tags
        }
    }

    /// The fleet's name, recorded with each run.
    package var name: String
    package var defaults: Defaults
    package var sources: [FleetSource]
    /// The fleet file (absolute), for errors and the default store beside it.
    package var file: String

    package init(name: String, defaults: Defaults = Defaults(), sources: [FleetSource], file: String) {
        self.name = name
        self.defaults = defaults
        self.sources = sources
        self.file = file
    }

    /// The folder of the fleet file, against which relative paths resolve.
    package var directory: String { (file as NSString).deletingLastPathComponent }

    /// Reads and checks the fleet file at `path`.
    package static func load(_ path: String) throws(ConfigurationFileError) -> FleetConfiguration {
        let absolute = FleetPaths.absolute(path, relativeTo: FileManager.default.currentDirectoryPath)
        return try ConfigurationFileError.wrapping { () throws(FormatError) in
            try FleetConfigurationParser.parse(StrictYAMLReader.loadMapping(path: absolute, allowed: FleetConfigurationParser.topKeys), file: absolute)
        }
    }

    /// Parses fleet YAML `text` as if read from `file` (absolute).
    package static func parse(_ text: String, file: String) throws(ConfigurationFileError) -> FleetConfiguration {
        try ConfigurationFileError.wrapping { () throws(FormatError) in
            try FleetConfigurationParser.parse(StrictYAMLReader(file: file).mapping(text, allowed: FleetConfigurationParser.topKeys), file: file)
        }
    }
}

/// Path arithmetic for fleet files.
package enum FleetPaths {
    /// `path` made absolute against `base` (`~` is the home folder), standardised.
    package static func absolute(_ path: String, relativeTo base: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let joined = expanded.hasPrefix("/") ? expanded : (base as NSString).appendingPathComponent(expanded)
        return (joined as NSString).standardizingPath
    }
}
#endif
