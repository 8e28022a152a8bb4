#if Enterprise
/// One step of the load ladder: wrk with a fixed number of connections for a fixed time, and what the
/// service's processes spent meanwhile.
package struct LoadStep: Sendable, Equatable, Codable {
    /// Open connections, each sending its next request when the previous answer arrives (closed loop).
    package var connections: Int
    /// wrk threads.
    package var threads: Int
    /// How long the step ran, seconds (wrk's own measure).
    package var seconds: Double
    /// Completed requests.
    package var requests: Int
    /// Socket errors (connect, read, write, timeout) plus answers outside 2xx and 3xx.
    package var errors: Int
    /// Completed requests per second.
    package var rps: Double
    /// Latency percentiles from wrk's histogram, milliseconds.
    package var p50Milliseconds: Double
    package var p95Milliseconds: Double
    package var p99Milliseconds: Double
    /// CPU time (user + system, /proc/PID/stat) the service's processes used during the step, milliseconds.
    package var cpuMilliseconds: Double
    /// Resident memory of the service's processes at the end of the step, bytes (/proc/PID/status VmRSS).
    package var rssBytes: Int
    /// The most database connections the service's processes held during the step (pg_stat_activity).
    package var databaseConnections: Int?
    /// The most of those that were running a query when sampled.
    package var activeDatabaseConnections: Int?

    /// CPU milliseconds per completed request.
    package var cpuMillisecondsPerRequest: Double? {
        requests > 0 ? cpuMilliseconds / Double(requests) : nil
    }

    /// The share of requests that failed.
    package var errorRate: Double {
        requests + errors > 0 ? Double(errors) / Double(requests + errors) : 0
    }
}
#endif
