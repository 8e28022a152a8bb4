import Foundation

/// Work that starts on a thread of its own when it is made and whose result is collected later: the audit
/// walks history while it reads the tree. A thread of its own, not a dispatch queue's, so that the work's
/// `concurrentPerform` spreads over the whole pool as it would from the caller.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchGroup()
    /// Written once by the work's thread before it leaves `finished`; read only after waiting on it.
    private var result: Result<Value, any Error>?

    init(_ body: @escaping @Sendable () throws -> Value) {
        finished.enter()
        Thread.detachNewThread { [self] in
            result = Result(catching: body)
            finished.leave()
        }
    }

    /// Waits for the work, then returns its value or throws its error.
    func value() throws -> Value {
        finished.wait()
        guard let result else { preconditionFailure("background work finished without a result") }
        return try result.get()
    }
}
