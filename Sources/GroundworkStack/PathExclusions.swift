import GroundworkAuditModel

/// Which paths hold other people's code or build output, and so say nothing about the repository's own stack.
package enum PathExclusions {
    /// Directories of third-party code installed or copied into the tree.
    package static let dependencyDirectories: Set<String> = [
        "node_modules", "bower_components", "jspm_packages", "vendor", "third_party", "third-party", "thirdparty",
        "Pods", "Carthage", ".venv", "venv", "site-packages", "__pycache__", ".terraform", ".yarn", ".pnpm-store",
        ".bundle", ".git",
    ]

    /// Directories of build output and caches.
    package static let buildDirectories: Set<String> = [
        "dist", "build", "target", "out", ".next", ".nuxt", ".svelte-kit", ".output", "coverage", ".gradle",
        ".build", "DerivedData", ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "htmlcov", "obj",
    ]

    /// Directories whose manifests describe fixtures or samples rather than the repository's own packages.
    package static let sampleDirectories: Set<String> = [
        "testdata", "fixtures", "__fixtures__", "__mocks__", "__tests__", "test", "tests", "e2e", "playground",
        "examples", "example", "samples", "sample", "fuzz",
    ]

    /// Dependency lockfiles: generated data, never code.
    package static let lockfileNames: Set<String> = [
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock",
        "poetry.lock", "pipfile.lock", "uv.lock", "pdm.lock", "cargo.lock", "gemfile.lock", "composer.lock",
        "go.sum", "package.resolved", "packages.lock.json", "gradle.lockfile", "mix.lock", "flake.lock",
    ]

    /// True when a directory component of `path` is a dependency directory.
    package static func isDependency(_ path: String) -> Bool {
        hasComponent(of: path, in: dependencyDirectories)
    }

    /// True when a directory component of `path` is build output.
    package static func isBuildOutput(_ path: String) -> Bool {
        hasComponent(of: path, in: buildDirectories) || path.contains("/bin/Debug/") || path.contains("/bin/Release/")
    }

    /// True when a directory component of `path` is a fixture or sample folder.
    package static func isSample(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).dropLast().contains { isSampleFolder($0) }
    }

    /// True for a fixture or sample folder's name, also written `_examples` (Go's tools skip folders
    /// starting with `_`) or as a suffix: `cart-e2e` (Nx's end-to-end projects), `online-playground`.
    package static func isSampleFolder(_ name: Substring) -> Bool {
        let name = name.drop { $0 == "_" }
        if sampleDirectories.contains(String(name)) { return true }
        return sampleSuffixes.contains { name.hasSuffix($0) } || name.hasPrefix("playground-")
    }

    /// Name endings of sample and end-to-end test folders.
    private static let sampleSuffixes = ["-e2e", "-playground", "-example", "-examples"]

    /// True for minified bundles, source maps and lockfiles, whatever their folder.
    package static func isGeneratedByName(_ file: SnapshotFile) -> Bool {
        let name = file.name.lowercased()
        if lockfileNames.contains(name) { return true }
        return name.hasSuffix(".min.js") || name.hasSuffix(".min.css") || name.hasSuffix(".min.mjs")
            || name.hasSuffix("-min.js") || name.hasSuffix(".map") || name.hasSuffix(".bundle.js")
            || name.hasSuffix(".pb.go") || name.hasSuffix("_pb2.py") || name.hasSuffix(".g.dart")
    }

    /// True when any directory of `path` (not its file name) is in `names`.
    private static func hasComponent(of path: String, in names: Set<String>) -> Bool {
        var start = path.startIndex
        while let slash = path[start...].firstIndex(of: "/") {
            if names.contains(String(path[start..<slash])) { return true }
            start = path.index(after: slash)
        }
        return false
    }
}
