#if Enterprise
/// How the load ladder runs.
package struct MeasurementOptions: Sendable, Equatable {
    /// The p95 latency the capacity is read at, milliseconds.
    package var p95TargetMilliseconds: Double = 200
    /// How long each step of the ladder runs, seconds.
    package var stepSeconds: Int = 10
    /// A first run at one connection, not recorded, so that caches, JITs and pools are warm.
    package var warmupSeconds: Int = 2
    /// The ladder doubles connections from 1 up to this many.
    package var maxConnections: Int = 256
    /// How long the service may take to answer its URL after starting, seconds.
    package var startTimeoutSeconds: Double = 60
    /// Request headers sent with every request (`Name: value`), e.g. an Authorization token.
    package var headers: [String] = []

    package init() {}
}
#endif
