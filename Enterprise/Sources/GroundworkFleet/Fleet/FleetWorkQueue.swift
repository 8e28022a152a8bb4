#if Enterprise
/// Hands each repository to exactly one worker, never two of the same location at once (they would share
/// one mirror and one history cache).
actor FleetWorkQueue {
    private var pending: [FleetRepository]
    private var busy: Set<String> = []

    init(_ repositories: [FleetRepository]) {
        pending = repositories
    }

    /// The next repository whose location no other worker is auditing; nil when none is left.
    func next() async -> FleetRepository? {
        while !pending.isEmpty {
            if let index = pending.firstIndex(where: { !busy.contains($0.location) }) {
                let repository = pending.remove(at: index)
                busy.insert(repository.location)
                return repository
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// Frees `location` for the next worker.
    func done(_ location: String) {
        busy.remove(location)
    }
}
#endif
