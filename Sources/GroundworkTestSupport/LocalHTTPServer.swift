import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real HTTP/1.1 server on 127.0.0.1 for tests: answers through a handler and records every request.
///
/// Each connection is served on a thread of its own (keep-alive supported). `stop()` — or dropping the
/// server — closes every socket and waits for those threads to end. Do not call `stop()` from the handler.
package final class LocalHTTPServer: Sendable {
    /// Answers one request; called on the connection's thread, possibly concurrently.
    package typealias Handler = @Sendable (RecordedRequest) -> ScriptedResponse

    /// A socket call that failed while starting the server.
    package struct StartError: Error, CustomStringConvertible {
        /// The socket call, e.g. `bind`.
        package let operation: String
        /// The errno it set.
        package let code: Int32
        package var description: String { "LocalHTTPServer: \(operation) failed: \(String(cString: strerror(code)))" }
    }

    /// The port the server listens on (chosen by the system).
    package let port: UInt16
    private let core: Core

    /// Starts listening on 127.0.0.1 at a free port and serves every request with `handler`.
    package init(handler: @escaping Handler) throws {
        let listener = try Self.makeSocket(listen: true)
        port = try Self.localPort(of: listener)
        core = Core(handler: handler, listener: listener)
        core.start()
    }

    deinit {
        core.stop()
    }

    /// `http://127.0.0.1:<port>`.
    package var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The URL of `path` on this server, e.g. `url("/repos?page=2")`.
    package func url(_ path: String) -> String {
        baseURL + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// Every request received so far, in order of arrival.
    package var requests: [RecordedRequest] { core.state.withLock { $0.requests } }

    /// The requests (by index of arrival) whose client hung up while a delayed response was still waiting, and
    /// how long after the request arrived, measured on the server's own thread: a client timeout or cancellation
    /// shows here at its true time, which a test's own clock would stretch by however long a loaded machine
    /// keeps the test task from resuming.
    package var abandonments: [(request: Int, after: Duration)] { core.state.withLock { $0.abandonments } }

    /// Waits up to `limit` for the client of a delayed response to hang up; the abandonments seen by then.
    package func waitForAbandonment(upTo limit: Duration = .seconds(30)) async -> [(request: Int, after: Duration)] {
        let deadline = ContinuousClock.now + limit
        while abandonments.isEmpty, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return abandonments
    }

    /// Closes the listening socket and every connection, and waits for their threads to end.
    package func stop() {
        core.stop()
    }

    /// A port on 127.0.0.1 with nothing listening: connecting to it is refused.
    package static func unusedPort() throws -> UInt16 {
        // Bound but not listening, the port stays reserved (and refusing) until the socket closes;
        // closing it right away would let another test take the port, so it is kept for the process.
        let socket = try makeSocket(listen: false)
        return try localPort(of: socket)
    }

    private static func makeSocket(listen shouldListen: Bool) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw StartError(operation: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let code = errno
            close(fd)
            throw StartError(operation: "bind", code: code)
        }
        if shouldListen, listen(fd, 128) != 0 {
            let code = errno
            close(fd)
            throw StartError(operation: "listen", code: code)
        }
        return fd
    }

    private static func localPort(of fd: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw StartError(operation: "getsockname", code: code)
        }
        return UInt16(bigEndian: address.sin_port)
    }
}

extension LocalHTTPServer {
    /// The shared part that the server's threads hold, so that dropping the server can stop them.
    final class Core: Sendable {
        struct State {
            var requests: [RecordedRequest] = []
            var abandonments: [(request: Int, after: Duration)] = []
            var isStopped = false
            /// nil once the accept thread has closed it.
            var listener: Int32?
            /// Open connections, closed by their own threads; `stop()` only shuts them down to wake them.
            var connections: Set<Int32> = []
        }

        let handler: Handler
        let state: Mutex<State>
        private let threads = DispatchGroup()

        init(handler: @escaping Handler, listener: Int32) {
            self.handler = handler
            self.state = Mutex(State(listener: listener))
        }

        var isStopped: Bool { state.withLock { $0.isStopped } }

        func start() {
            guard let listener = state.withLock({ $0.listener }) else { return }
            spawn(named: "LocalHTTPServer.accept") { self.acceptLoop(listener) }
        }

        func stop() {
            state.withLock { state in
                state.isStopped = true
                if let listener = state.listener { shutdown(listener, Int32(SHUT_RDWR)) }
                for connection in state.connections { shutdown(connection, Int32(SHUT_RDWR)) }
            }
            _ = threads.wait(timeout: .now() + 5)
        }

        /// Records a request and returns it with its index of arrival.
        func record(method: String, target: String, headers: [(name: String, value: String)], body: Data) -> RecordedRequest {
            state.withLock { state in
                let request = RecordedRequest(index: state.requests.count, method: method, target: target, headers: headers, body: body)
                state.requests.append(request)
                return request
            }
        }

        /// Notes that the client hung up `after` the request arrived, before its delayed response was sent.
        func recordAbandonment(of request: Int, after: Duration) {
            state.withLock { $0.abandonments.append((request, after)) }
        }

        private func spawn(named name: String, _ body: @escaping @Sendable () -> Void) {
            threads.enter()
            let thread = Thread {
                body()
                self.threads.leave()
            }
            thread.name = name
            thread.start()
        }

        private func acceptLoop(_ listener: Int32) {
            while !isStopped {
                guard waitUntilReadable(listener, timeoutMilliseconds: 100) else { continue }
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else {
                    if errno == EINTR || errno == EAGAIN || errno == ECONNABORTED { continue }
                    break
                }
                let registered = state.withLock { state in
                    state.isStopped ? false : state.connections.insert(connection).inserted
                }
                guard registered else {
                    close(connection)
                    break
                }
                spawn(named: "LocalHTTPServer.connection") {
                    self.serve(connection)
                    self.state.withLock { _ = $0.connections.remove(connection) }
                    close(connection)
                }
            }
            state.withLock { $0.listener = nil }
            close(listener)
        }

        /// Whether `fd` has data (or a hang-up) within the timeout.
        func waitUntilReadable(_ fd: Int32, timeoutMilliseconds: Int32) -> Bool {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            return poll(&descriptor, 1, timeoutMilliseconds) > 0
        }
    }
}
