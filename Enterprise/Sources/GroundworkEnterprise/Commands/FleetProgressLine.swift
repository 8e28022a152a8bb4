#if Enterprise
import Foundation
import GroundworkCLI
import GroundworkFleet

/// One self-rewriting line on standard error (`[3/12] acme/api audited`), only on a terminal.
final class FleetProgressLine: Sendable {
    let isEnabled: Bool
    private let lock = NSLock()

    init(enabled: Bool) {
        isEnabled = enabled
    }

    func update(done: Int, total: Int, result: FleetRepositoryResult) {
        guard isEnabled else { return }
        let text = "[\(done)/\(total)] \(result.repository.name) \(result.status.rawValue)"
        lock.withLock { Terminal.standardError.write("\r\u{1B}[2K" + String(text.prefix(120))) }
    }

    func finish() {
        guard isEnabled else { return }
        lock.withLock { Terminal.standardError.write("\r\u{1B}[2K") }
    }
}
#endif
