/// Finds the runtime version a package asks for: version files (`.nvmrc`, `.python-version`…) and
/// `.tool-versions` in its own directory first, then what its manifest declares, then the same files
/// in the directories above it (a monorepo pins its toolchain once, at the root).
package enum RuntimeVersions {
    /// The version a package asks for, or nil.
    ///
    /// - Parameters:
    ///   - files: version files by name, most specific first (`.nvmrc`, `.node-version`).
    ///   - tools: the names `.tool-versions` (asdf, mise) knows the runtime by (`nodejs`, `node`).
    ///   - declared: the version the manifest declares, if any.
    package static func resolve(_ scope: PackageScope, files: [String], tools: [String], declared: String?) -> String? {
        let directories = RepoIndex.ancestors(of: scope.directory)
        if let local = fromFiles(scope.index, directory: scope.directory, files: files, tools: tools) { return local }
        if let declared = clean(declared) { return declared }
        for directory in directories.dropFirst() {
            if let found = fromFiles(scope.index, directory: directory, files: files, tools: tools) { return found }
        }
        return nil
    }

    /// The version in `.tool-versions` text for the first of `tools` listed.
    package static func toolVersions(_ text: String, tools: [String]) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, tools.contains(String(fields[0])) else { continue }
            return clean(String(fields[1]))
        }
        return nil
    }

    /// The first meaningful line of a version file, trimmed, without a leading `v` before a digit.
    package static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        for line in text.split(whereSeparator: \.isNewline) {
            var value = line.trimmed(of: " \t\r\"'")
            if value.isEmpty || value.hasPrefix("#") { continue }
            if value.hasPrefix("v"), value.dropFirst().first?.isNumber == true { value.removeFirst() }
            return value
        }
        return nil
    }

    private static func fromFiles(_ index: RepoIndex, directory: String, files: [String], tools: [String]) -> String? {
        for name in files {
            if let text = index.text(RepoIndex.join(directory, name)), let version = clean(text) { return version }
        }
        if !tools.isEmpty, let text = index.text(RepoIndex.join(directory, ".tool-versions")) {
            return toolVersions(text, tools: tools)
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from `characters`.
    package func trimmed(of characters: String = " \t\r\n") -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
