import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LocalHTTPServer.Core {
    /// Serves requests on one connection until the client or the server closes it.
    func serve(_ fd: Int32) {
        var reader = LocalHTTPServer.Reader(fd: fd, core: self)
        while let head = reader.readHead() {
            if head.header("Expect")?.lowercased() == "100-continue" {
                guard sendAll(fd, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return }
            }
            guard let body = reader.readBody(of: head) else { return }
            let request = record(method: head.method, target: head.target, headers: head.headers, body: body)
            let arrived = ContinuousClock.now
            let response = handler(request)
            guard waitOut(response.delay, on: fd) else {
                if !isStopped { recordAbandonment(of: request.index, after: ContinuousClock.now - arrived) }
                return
            }
            guard !response.closesWithoutResponse else { return }
            let (bytes, mustClose) = Self.serialize(response, for: request)
            guard sendAll(fd, bytes), !mustClose, head.header("Connection")?.lowercased() != "close" else { return }
        }
    }

    /// The bytes of `response`, and whether the connection must close after them.
    static func serialize(_ response: ScriptedResponse, for request: RecordedRequest) -> (Data, Bool) {
        let chunked = response.header("Transfer-Encoding")?.lowercased() == "chunked"
        let declaredLength = response.header("Content-Length").flatMap { Int($0) }
        let mustClose =
            response.header("Connection")?.lowercased() == "close"
            || (declaredLength.map { $0 != response.body.count } ?? false)
        var head = "HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\r\n"
        for field in response.headers { head += "\(field.name): \(field.value)\r\n" }
        if declaredLength == nil, !chunked { head += "Content-Length: \(response.body.count)\r\n" }
        if mustClose, response.header("Connection") == nil { head += "Connection: close\r\n" }
        var bytes = Data((head + "\r\n").utf8)
        guard request.method != "HEAD" else { return (bytes, mustClose) }
        if chunked, !response.body.isEmpty {
            bytes.append(Data((String(response.body.count, radix: 16) + "\r\n").utf8) + response.body + Data("\r\n".utf8))
        }
        bytes.append(chunked ? Data("0\r\n\r\n".utf8) : response.body)
        return (bytes, mustClose)
    }

    /// Sleeps for `delay`, waking early (and answering false) when the client hangs up or the server stops.
    private func waitOut(_ delay: Duration, on fd: Int32) -> Bool {
        let deadline = ContinuousClock.now + delay
        while ContinuousClock.now < deadline {
            if isStopped { return false }
            let left = (deadline - ContinuousClock.now).components
            let milliseconds = Int32(clamping: min(50, left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000 + 1))
            guard waitUntilReadable(fd, timeoutMilliseconds: milliseconds) else { continue }
            var byte: UInt8 = 0
            let peeked = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
            if peeked == 0 || (peeked < 0 && errno != EAGAIN && errno != EINTR) { return false }
            usleep(UInt32(milliseconds) * 1000)
        }
        return !isStopped
    }

    private func sendAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let flags = Int32(MSG_NOSIGNAL)
                #else
                let flags: Int32 = 0
                #endif
                let sent = send(fd, buffer.baseAddress! + offset, buffer.count - offset, flags)
                if sent < 0, errno == EINTR { continue }
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }

    private static func reasonPhrase(_ status: Int) -> String {
        let phrases = [
            200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found", 303: "See Other",
            304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
            401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 409: "Conflict", 422: "Unprocessable Content",
            429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
            504: "Gateway Timeout",
        ]
        return phrases[status] ?? "Status \(status)"
    }
}

extension LocalHTTPServer {
    /// A request line and its header fields.
    struct RequestHead {
        var method: String
        var target: String
        var headers: [(name: String, value: String)]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    /// Buffered reads from a connection, giving up when the server stops.
    struct Reader {
        let fd: Int32
        let core: LocalHTTPServer.Core
        private var buffer: [UInt8] = []
        private static let maxHeadBytes = 1 << 20

        init(fd: Int32, core: LocalHTTPServer.Core) {
            self.fd = fd
            self.core = core
        }

        /// The next request's head, or nil when the connection ends (or sends something that is not HTTP).
        mutating func readHead() -> RequestHead? {
            let terminator: [UInt8] = Array("\r\n\r\n".utf8)
            var end: Int?
            while true {
                end = buffer.firstRange(of: terminator)?.lowerBound
                if end != nil || buffer.count > Self.maxHeadBytes || !fill() { break }
            }
            guard let end else { return nil }
            let lines = String(decoding: buffer[..<end], as: UTF8.self).components(separatedBy: "\r\n")
            buffer.removeFirst(end + terminator.count)
            let requestLine = lines[0].split(separator: " ")
            guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
            let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            return RequestHead(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers)
        }

        /// The body announced by `head` (Content-Length or chunked), or nil when the connection ends first.
        mutating func readBody(of head: RequestHead) -> Data? {
            if head.header("Transfer-Encoding")?.lowercased().contains("chunked") == true {
                var body = Data()
                while true {
                    guard let sizeLine = readLine(), let size = Int(sizeLine.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces), radix: 16),
                        size >= 0
                    else { return nil }
                    if size == 0 {
                        while let trailer = readLine(), !trailer.isEmpty {}
                        return body
                    }
                    guard let chunk = read(count: size + 2) else { return nil }
                    body.append(contentsOf: chunk.prefix(size))
                }
            }
            let length = head.header("Content-Length").flatMap { Int($0) } ?? 0
            return read(count: length).map { Data($0) }
        }

        private mutating func readLine() -> String? {
            let crlf: [UInt8] = [13, 10]
            while buffer.firstRange(of: crlf) == nil {
                guard fill() else { return nil }
            }
            let end = buffer.firstRange(of: crlf)!.lowerBound
            defer { buffer.removeFirst(end + 2) }
            return String(decoding: buffer[..<end], as: UTF8.self)
        }

        private mutating func read(count: Int) -> [UInt8]? {
            while buffer.count < count {
                guard fill() else { return nil }
            }
            defer { buffer.removeFirst(count) }
            return Array(buffer[..<count])
        }

        /// Reads what is available into the buffer; false at end of stream, on error, or when the server stops.
        private mutating func fill() -> Bool {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while !core.isStopped {
                guard core.waitUntilReadable(fd, timeoutMilliseconds: 100) else { continue }
                let received = recv(fd, &chunk, chunk.count, 0)
                if received < 0, errno == EINTR || errno == EAGAIN { continue }
                guard received > 0 else { return false }
                buffer.append(contentsOf: chunk[..<received])
                return true
            }
            return false
        }
    }
}
