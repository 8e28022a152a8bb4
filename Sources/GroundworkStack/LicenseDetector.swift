import GroundworkAuditModel

/// Finds the licence file where hosts look for it (root, `.github/`, `docs/`, any case) and names its SPDX id.
package enum LicenseDetector {
    private static let directories = ["", ".github", "docs"]
    private static let exactNames = [
        "LICENSE", "LICENSE.md", "LICENSE.txt", "LICENSE.rst", "LICENCE", "LICENCE.md", "LICENCE.txt",
        "COPYING", "COPYING.md", "COPYING.txt", "UNLICENSE", "UNLICENSE.txt", "UNLICENSE.md",
    ]
    /// Extensions that a `LICENSE-…` file may carry (`LICENSE-MIT`, `LICENSE.APACHE2`, `LICENSE-APACHE.md`).
    private static let variantExtensions: Set<String> = [
        "", "md", "txt", "rst", "mit", "apache", "apache2", "bsd", "gpl", "gplv2", "gplv3", "lgpl", "mpl", "isc", "lesser",
    ]

    /// The licence file and its id.
    ///
    /// Directories are searched in order, and in each the plain names (`LICENSE`, then `COPYING`…) before
    /// the `LICENSE-…` variants: a root `LICENSE-APACHE` beats a `docs/license.md` that may describe
    /// something else. Variants side by side (`LICENSE-MIT`, `LICENSE-APACHE`), or licence files beside
    /// a plain one that names no known licence (ripgrep's `COPYING` points to `UNLICENSE` and
    /// `LICENSE-MIT`), offer a choice: their ids are joined by `OR`, as SPDX writes dual licensing.
    package static func detect(_ index: RepoIndex) -> LicenseFact? {
        let rank = { (file: SnapshotFile) in exactNames.firstIndex { $0.lowercased() == file.name.lowercased() } }
        for wanted in directories {
            // Hosts compare names without case, folders too (`Docs/License.md`).
            let folders = index.directories.filter { $0.lowercased() == wanted }.sorted()
            let files = folders.flatMap(index.children).sorted { $0.path < $1.path }
            let exact = files.filter { rank($0) != nil }.sorted { (rank($0) ?? 0, $0.path) < (rank($1) ?? 0, $1.path) }
            let candidates = exact + files.filter(isVariant)
            guard let chosen = candidates.first else { continue }
            // A plain LICENSE that names its licence speaks alone; `LICENSE-*` files side by side are a choice of licences.
            if !exact.isEmpty, let spdx = index.text(chosen).flatMap(LicenseCatalog.identify) {
                // The LGPL ships as the GPL's text in COPYING plus its own additions in COPYING.LESSER.
                if spdx.hasPrefix("GPL-"),
                    let lesser = candidates.dropFirst().lazy.compactMap({ file in
                        index.text(file).flatMap(LicenseCatalog.identify).flatMap { $0.hasPrefix("LGPL-") ? LicenseFact(path: file.path, spdx: $0) : nil }
                    }).first
                {
                    return lesser
                }
                return LicenseFact(path: chosen.path, spdx: spdx)
            }
            let ids = Set(candidates.compactMap { index.text($0).flatMap(LicenseCatalog.identify) })
            return LicenseFact(path: chosen.path, spdx: ids.isEmpty ? nil : ids.sorted().joined(separator: " OR "))
        }
        return nil
    }

    /// `LICENSE-MIT`, `LICENCE_APACHE`, `COPYING.LESSER`, `MIT-LICENSE` (Rails)…, not `license-checker.config.js`.
    private static func isVariant(_ file: SnapshotFile) -> Bool {
        guard variantExtensions.contains(file.fileExtension) else { return false }
        let name = file.name.lowercased()
        let stem = file.fileExtension.isEmpty || !["md", "txt", "rst"].contains(file.fileExtension) ? name : String(name.dropLast(file.fileExtension.count + 1))
        let words = ["license", "licence", "copying"]
        if let prefix = words.first(where: stem.hasPrefix) {
            let rest = stem.dropFirst(prefix.count)
            return rest.first == "-" || rest.first == "_" || rest.first == "."
        }
        return ["license", "licence"].contains { stem.hasSuffix("-" + $0) || stem.hasSuffix("_" + $0) }
    }
}
