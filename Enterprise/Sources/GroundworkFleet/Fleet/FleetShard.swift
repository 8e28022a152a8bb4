#if Enterprise
/// One shard of a sharded fleet run: `--shard I/N`, 1-based (`1/3`, `2/3`, `3/3`), or `auto/N` to take the
/// index from a Kubernetes Indexed Job's `JOB_COMPLETION_INDEX` (0-based, so index 0 is shard 1).
///
/// A repository belongs to shard `fnv1a64(name) mod N + 1`: the same name lands in the same shard on
/// every machine and every run, whatever the order the sources list it in.
package struct FleetShard: Sendable, Equatable, CustomStringConvertible {
    /// The environment variable a Kubernetes Indexed Job sets on each pod.
    package static let indexEnvironmentVariable = "JOB_COMPLETION_INDEX"

    /// 1-based: 1…count.
    package let index: Int
    /// How many shards the fleet is split into.
    package let count: Int

    package init(index: Int, count: Int) throws {
        guard count >= 1 else { throw FleetError(.usage, "--shard: the shard count must be at least 1") }
        guard (1...count).contains(index) else {
            throw FleetError(.usage, "--shard \(index)/\(count): shards are numbered from 1 to \(count) (use auto/\(count) in a Kubernetes Indexed Job)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` or `auto/N` (reading `JOB_COMPLETION_INDEX` from `environment`).
    package static func parse(_ text: String, environment: [String: String]) throws -> FleetShard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let count = Int(parts[1]) else {
            throw FleetError(.usage, "--shard \(text): expected I/N (1-based, e.g. 2/3) or auto/N")
        }
        if parts[0] == "auto" {
            guard let raw = environment[indexEnvironmentVariable], let zeroBased = Int(raw.trimmingCharacters(in: .whitespaces)), zeroBased >= 0 else {
                throw FleetError(.usage, "--shard auto/\(count): \(indexEnvironmentVariable) is not set to a number (it is set by Kubernetes Indexed Jobs)")
            }
            return try FleetShard(index: zeroBased + 1, count: count)
        }
        guard let index = Int(parts[0]) else { throw FleetError(.usage, "--shard \(text): expected I/N (1-based, e.g. 2/3) or auto/N") }
        return try FleetShard(index: index, count: count)
    }

    /// The shard (1-based) `name` belongs to when a fleet is split into `count`.
    package static func index(of name: String, count: Int) -> Int {
        Int(stableHash(name) % UInt64(max(1, count))) + 1
    }

    /// Whether `name` belongs to this shard.
    package func contains(_ name: String) -> Bool {
        Self.index(of: name, count: count) == index
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes: stable across processes and machines (unlike `hashValue`).
    package static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// `I/N`.
    package var description: String { "\(index)/\(count)" }
}
#endif
