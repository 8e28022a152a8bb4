import CGit2
import Foundation

/// The outcome of merging three versions of one text file.
package struct MergeResult: Sendable, Equatable {
    /// The merged content; it holds conflict markers where both sides changed the same lines.
    package var content: Data
    /// The number of conflicting regions (0 when it merged cleanly).
    package var conflictCount: Int

    /// True when nothing conflicted.
    package var isClean: Bool { conflictCount == 0 }
}

/// Three-way text merge with libgit2's `git_merge_file`, as `git merge-file` does it.
package enum ThreeWayMerge {
    /// Labels written after the conflict markers.
    package struct Labels: Sendable {
        package var base: String, ours: String, theirs: String

        package init(base: String = "base", ours: String = "ours", theirs: String = "theirs") {
            self.base = base
            self.ours = ours
            self.theirs = theirs
        }
    }

    /// Merges `ours` and `theirs`, both derived from `base`. Conflicts are written into the content
    /// with `<<<<<<<`/`=======`/`>>>>>>>` markers (and the base between `|||||||` with `showBase`).
    package static func merge(base: Data, ours: Data, theirs: Data, labels: Labels = Labels(), showBase: Bool = false) throws(GitError) -> MergeResult {
        LibGit2.ensureInitialised()
        var options = git_merge_file_options()
        git_merge_file_options_init(&options, UInt32(GIT_MERGE_FILE_OPTIONS_VERSION))
        if showBase { options.flags = GIT_MERGE_FILE_STYLE_DIFF3.rawValue }
        var result = git_merge_file_result()
        let code: Int32 = base.withUnsafeBytes { baseBytes in
            ours.withUnsafeBytes { ourBytes in
                theirs.withUnsafeBytes { theirBytes in
                    labels.base.withCString { baseLabel in
                        labels.ours.withCString { ourLabel in
                            labels.theirs.withCString { theirLabel in
                                options.ancestor_label = baseLabel
                                options.our_label = ourLabel
                                options.their_label = theirLabel
                                var baseInput = input(baseBytes), ourInput = input(ourBytes), theirInput = input(theirBytes)
                                return git_merge_file(&result, &baseInput, &ourInput, &theirInput, &options)
                            }
                        }
                    }
                }
            }
        }
        try check(code, "merging three versions of a file")
        defer { git_merge_file_result_free(&result) }
        let content = result.len == 0 ? Data() : Data(bytes: result.ptr, count: result.len)
        let conflicts = result.automergeable == 1 ? 0 : max(1, countConflicts(in: content))
        return MergeResult(content: content, conflictCount: conflicts)
    }

    private static func input(_ bytes: UnsafeRawBufferPointer) -> git_merge_file_input {
        var input = git_merge_file_input()
        git_merge_file_input_init(&input, UInt32(GIT_MERGE_FILE_INPUT_VERSION))
        // An empty buffer may have no address; libgit2 wants a valid pointer for size 0 too.
        input.ptr = bytes.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) } ?? UnsafePointer(emptyCString)
        input.size = bytes.count
        return input
    }

    private nonisolated(unsafe) static let emptyCString: UnsafeMutablePointer<CChar> = {
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    /// Counts the regions that open with a `<<<<<<< ` marker line.
    private static func countConflicts(in content: Data) -> Int {
        var count = 0
        var atLineStart = true
        var index = content.startIndex
        let marker = Array("<<<<<<< ".utf8)
        while index < content.endIndex {
            if atLineStart, content.count - (index - content.startIndex) >= marker.count,
                content[index..<index + marker.count].elementsEqual(marker)
            {
                count += 1
            }
            atLineStart = content[index] == UInt8(ascii: "\n")
            index += 1
        }
        return count
    }
}
