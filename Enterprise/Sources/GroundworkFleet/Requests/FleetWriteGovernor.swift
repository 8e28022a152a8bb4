#if Enterprise
import Foundation

/// Paces the writes made with one token: one at a time, spaced, within GitHub's secondary limits for
/// content creation (80 a minute, 500 an hour), and holding every write back while the forge asked to
/// wait (`Retry-After`, `x-ratelimit-reset`).
///
/// One governor per token (`FleetWriteGovernor.forToken`): parallel workers sharing a token share its
/// budget, so a campaign never trips the secondary rate limit by running wider.
package actor FleetWriteGovernor {
    /// The budget: at most `perMinute` writes in any minute and `perHour` in any hour.
    package struct Budget: Sendable {
        package var perMinute: Int
        package var perHour: Int

        package init(perMinute: Int = 80, perHour: Int = 500) {
            self.perMinute = perMinute
            self.perHour = perHour
        }

        /// GitHub's documented secondary limits for content-creating requests.
        package static let github = Budget()

        /// The shortest gap between two writes that keeps to `perMinute`.
        package var spacing: Duration { .milliseconds(60_000 / max(perMinute, 1)) }

        /// How long `count` writes take at this budget, at best.
        package func estimate(_ count: Int) -> Duration {
            guard count > 0 else { return .zero }
            let hours = (count - 1) / max(perHour, 1)
            let inHour = min(count, perHour)
            return .seconds(hours * 3600) + spacing * (inHour - 1)
        }
    }

    package let budget: Budget
    private var recent: [ContinuousClock.Instant] = []
    private var blockedUntil: ContinuousClock.Instant?
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    package init(budget: Budget = .github) {
        self.budget = budget
    }

    /// Runs `write` when the budget allows, one write at a time. `write` returns how long the forge asked
    /// to wait before the next write (nil when it did not), which holds back every later write.
    package func perform<T: Sendable>(_ write: @Sendable () async throws -> (value: T, wait: Duration?)) async throws -> T {
        await enter()
        defer { leave() }
        let clock = ContinuousClock()
        var now = clock.now
        if let blockedUntil, blockedUntil > now { try await Task.sleep(until: blockedUntil, clock: clock) }
        now = clock.now
        recent.removeAll { now - $0 >= .seconds(3600) }
        if recent.count >= budget.perHour, let oldest = recent.first {
            try await Task.sleep(until: oldest + .seconds(3600), clock: clock)
        }
        if let last = recent.last, clock.now - last < budget.spacing {
            try await Task.sleep(until: last + budget.spacing, clock: clock)
        }
        recent.append(clock.now)
        let result = try await write()
        if let wait = result.wait { blockedUntil = clock.now + wait }
        return result.value
    }

    private func enter() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// The governor of `token`, shared by every caller in this process.
    package static func forToken(_ token: String, budget: Budget = .github) async -> FleetWriteGovernor {
        await Registry.shared.governor(for: token, budget: budget)
    }

    /// The governors by a digest of their token (the token itself is not kept as a key).
    private actor Registry {
        static let shared = Registry()
        private var governors: [Int: FleetWriteGovernor] = [:]

        func governor(for token: String, budget: Budget) -> FleetWriteGovernor {
            let key = token.hashValue
            if let existing = governors[key] { return existing }
            let governor = FleetWriteGovernor(budget: budget)
            governors[key] = governor
            return governor
        }
    }
}
#endif
