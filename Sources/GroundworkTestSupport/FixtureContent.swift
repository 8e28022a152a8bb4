import Foundation
import GroundworkGit

/// The content of one file in a fixture repository.
package enum FixtureContent: Sendable, Hashable, ExpressibleByStringInterpolation {
    case text(String)
    case bytes(Data)
    case executable(String)
    case symlink(target: String)
    /// A submodule entry (gitlink) pointing at a commit of another repository.
    case submodule(commit: ObjectID)

    package init(stringLiteral value: String) { self = .text(value) }

    /// `count` pseudo-random bytes with NULs, which git treats as binary.
    package static func binary(count: Int, seed: UInt64 = 42) -> FixtureContent {
        var state = seed
        var data = Data(capacity: count)
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            data.append(index % 97 == 0 ? 0 : UInt8(truncatingIfNeeded: state >> 33))
        }
        return .bytes(data)
    }

    var data: Data {
        switch self {
        case .text(let text), .executable(let text): Data(text.utf8)
        case .bytes(let data): data
        case .symlink(let target): Data(target.utf8)
        case .submodule: Data()
        }
    }

    /// The tree change that writes this content at `path`.
    func change(at path: String) -> TreeChange {
        if case .submodule(let commit) = self { return .submodule(path: path, commit: commit) }
        return .write(path: path, content: data, mode: mode)
    }

    var mode: TreeChange.FileMode {
        switch self {
        case .text, .bytes: .regular
        case .executable: .executable
        case .symlink, .submodule: .symlink
        }
    }
}

/// People who make commits in fixtures.
extension Signature {
    package static func fixture(_ name: String, email: String? = nil, date: Date) -> Signature {
        Signature(name: name, email: email ?? "\(name.lowercased().replacingOccurrences(of: " ", with: "."))@example.com", date: date)
    }
}
