import Foundation

/// Finds the built-in brick library: `GROUNDWORK_PLUGINS`, else `Plugins/` next to the binary,
/// `../share/groundwork/bricks` (where `scripts/install.sh` and the release archive put it) or
/// `../share/groundwork/Plugins`, else a `Plugins/` above the binary (the source tree).
package enum BuiltinPlugins {
    /// The Plugins folder, or nil when there is none.
    package static func locate(environment: [String: String] = ProcessInfo.processInfo.environment, executable: URL? = Bundle.main.executableURL) -> String? {
        if let override = environment["GROUNDWORK_PLUGINS"], !override.isEmpty { return override }
        guard let executable = executable?.resolvingSymlinksInPath() else { return nil }
        let binaryDirectory = executable.deletingLastPathComponent()
        let candidates = [
            binaryDirectory.appendingPathComponent("Plugins"),
            binaryDirectory.deletingLastPathComponent().appendingPathComponent("share/groundwork/bricks"),
            binaryDirectory.deletingLastPathComponent().appendingPathComponent("share/groundwork/Plugins"),
        ]
        for candidate in candidates where isDirectory(candidate.path) { return candidate.path }
        return sourceTreeFolder("Plugins", above: binaryDirectory)
    }

    /// The folder `relative` of the source tree (a folder with Package.swift) that holds `directory`, when
    /// groundwork runs from its build folder; nil elsewhere.
    package static func sourceTreeFolder(_ relative: String, above directory: URL) -> String? {
        var directory = directory
        while directory.path != "/" && !directory.path.isEmpty {
            let candidate = directory.appendingPathComponent(relative)
            if isDirectory(candidate.path), FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return candidate.path
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    /// True when `path` is a directory.
    package static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
