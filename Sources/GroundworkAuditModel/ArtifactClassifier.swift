/// Recognises build artefacts and binaries that do not belong in git.
package enum ArtifactClassifier {
    /// Directories whose content is produced by a build or a package manager.
    static let artifactDirectories: Set<String> = [
        "node_modules", "bower_components", "__pycache__", ".pytest_cache", ".mypy_cache", ".tox", ".venv",
        ".gradle", ".next", ".nuxt", ".build", "DerivedData", ".terraform",
    ]

    /// Top-level output directories of common builds. `bin/` is left out: it often holds scripts.
    static let outputDirectories: Set<String> = ["dist", "target", "out", "obj"]

    /// File names that are always noise.
    static let junkNames: Set<String> = [".ds_store", "thumbs.db", "desktop.ini", "npm-debug.log", "yarn-error.log"]

    /// Extensions of compiled objects and packaged binaries.
    static let binaryExtensions: Set<String> = [
        "exe", "dll", "so", "dylib", "o", "obj", "a", "lib", "class", "pyc", "pyo", "jar", "war", "ear",
        "apk", "ipa", "dmg", "msi", "deb", "rpm", "whl", "egg", "nupkg",
    ]

    /// Why `path` looks like a committed artefact, or nil when it does not.
    package static func reason(for path: String) -> String? {
        let components = path.split(separator: "/").map(String.init)
        guard let name = components.last else { return nil }
        let lowered = name.lowercased()
        if junkNames.contains(lowered) { return "\(name) is operating-system or tool noise" }
        for directory in components.dropLast() where artifactDirectories.contains(directory) {
            return "\(directory)/ is produced by a build or package manager"
        }
        if components.count > 1, outputDirectories.contains(components[0]) { return "\(components[0])/ is build output" }
        let parts = lowered.split(separator: ".")
        let fileExtension = parts.count > 1 ? String(parts[parts.count - 1]) : ""
        if binaryExtensions.contains(fileExtension) {
            // Build-tool wrappers are meant to be committed.
            if lowered == "gradle-wrapper.jar" || lowered == "maven-wrapper.jar" { return nil }
            return ".\(fileExtension) files are compiled or packaged binaries"
        }
        return nil
    }
}
