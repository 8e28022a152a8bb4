import GroundworkAuditModel

/// The build tool a manifest belongs to; each has one detector.
package enum ManifestKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case node, python, go, maven, gradle, swift, rust, ruby, php, dotnet

    /// The kind of manifest `file` is, nil when it is none.
    package static func of(_ file: SnapshotFile) -> ManifestKind? {
        if let kind = byName[file.name] { return kind }
        if file.fileExtension == "gemspec" { return .ruby }
        if DotNetPackageDetector.projectExtensions.contains(file.fileExtension) { return .dotnet }
        return nil
    }

    /// Manifest file names, by kind.
    package static let byName: [String: ManifestKind] = [
        "package.json": .node, "pyproject.toml": .python, "setup.py": .python, "Pipfile": .python,
        "requirements.txt": .python, "go.mod": .go, "pom.xml": .maven, "build.gradle": .gradle,
        "build.gradle.kts": .gradle, "settings.gradle": .gradle, "settings.gradle.kts": .gradle,
        "Package.swift": .swift, "Cargo.toml": .rust, "Gemfile": .ruby, "composer.json": .php,
    ]

    /// Orders kinds as declared, so packages sharing a directory list in a stable order.
    package static func < (lhs: ManifestKind, rhs: ManifestKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A package candidate: a directory and the build tool whose manifest it holds.
package struct PackageKey: Hashable, Sendable {
    /// The directory holding the manifest, "" for the root.
    package var directory: String
    /// The build tool.
    package var kind: ManifestKind

    /// The candidate for `kind`'s manifest in `directory`.
    package init(_ directory: String, _ kind: ManifestKind) {
        self.directory = directory
        self.kind = kind
    }
}
