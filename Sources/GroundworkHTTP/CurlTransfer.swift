import CCurl
import Foundation
import GroundworkBasics
import Synchronization

/// What one libcurl transfer produced: a response (any status) or a failure.
enum TransferOutcome: Sendable {
    /// A complete response; `redirectURL` is where a 3xx pointed when libcurl did not follow it.
    case response(HTTPResponse, redirectURL: String?)
    case failure(HTTPError.Code, detail: String?)
    case cancelled
}

/// Where the body of a 2xx response goes.
enum BodyDestination: Sendable {
    case memory
    /// Created or truncated at the start of the transfer.
    case file(path: String)
}

/// Set from a task's cancellation handler, read by libcurl's progress callback on the transfer's thread.
final class CancellationFlag: Sendable {
    private let cancelled = Atomic(false)
    func cancel() { cancelled.store(true, ordering: .relaxed) }
    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }
}

/// The limits one transfer runs under, resolved from the configuration and the request's overrides.
struct TransferLimits: Sendable {
    var connectTimeout: Duration
    var timeout: Duration
    var maxResponseBytes: Int64
    /// nil: libcurl does not follow redirects, the client does (see `HTTPClient+Redirects`).
    var maxRedirects: Int?
    var userAgent: String
}

/// One blocking libcurl easy transfer. Lives on a single thread from `perform()` to its end.
final class CurlTransfer {
    private let request: HTTPRequest
    private let limits: TransferLimits
    private let destination: BodyDestination
    private let cancellation: CancellationFlag

    private var status = 0
    private var headers = HTTPHeaders()
    private var body = Data()
    private var file: FileHandle?
    private var receivedBytes: Int64 = 0
    private var exceededLimit = false
    private var fileError: String?

    init(request: HTTPRequest, limits: TransferLimits, destination: BodyDestination, cancellation: CancellationFlag) {
        self.request = request
        self.limits = limits
        self.destination = destination
        self.cancellation = cancellation
    }

    /// Runs the transfer to its end; blocks the calling thread.
    func perform() -> TransferOutcome {
        guard let handle = curl_easy_init() else { return .failure(.transport(Int(CURLE_FAILED_INIT.rawValue)), detail: nil) }
        defer { curl_easy_cleanup(handle) }
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }
        for field in request.headers.fields {
            guard Self.isSendable(field) else { return .failure(.invalidRequest, detail: "header \(field.name)") }
            headerList = curl_slist_append(headerList, field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)")
        }
        // An empty Expect stops libcurl waiting for "100 Continue" before large bodies.
        headerList = curl_slist_append(headerList, "Expect:")
        if case .file(let path) = destination {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                return .failure(.fileWrite, detail: "cannot create \(path)")
            }
            file = handle
        }
        defer { try? file?.close() }

        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }

        let context = Unmanaged.passUnretained(self).toOpaque()
        var setup = [
            gw_curl_setopt_string(handle, CURLOPT_URL, request.url),
            gw_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"),
            gw_curl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"),
            gw_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1),
            gw_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2),
            gw_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
            gw_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, limits.connectTimeout.roundedUpMilliseconds),
            gw_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, limits.timeout.roundedUpMilliseconds),
            gw_curl_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxResponseBytes)),
            gw_curl_setopt_string(handle, CURLOPT_USERAGENT, limits.userAgent),
            gw_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList),
            gw_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer),
            gw_curl_setopt_write_callback(handle, Self.writeCallback, context),
            gw_curl_setopt_header_callback(handle, Self.headerCallback, context),
            gw_curl_setopt_xferinfo(handle, Self.progressCallback, context),
        ]
        if let maxRedirects = limits.maxRedirects {
            setup.append(gw_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1))
            setup.append(gw_curl_setopt_long(handle, CURLOPT_MAXREDIRS, max(0, maxRedirects)))
        }
        if case .memory = destination {
            // "" asks for every encoding libcurl can decode; downloads stay byte-exact for their checksum.
            setup.append(gw_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""))
        }
        setup += setMethodAndBody(handle)
        if let failed = setup.first(where: { $0 != CURLE_OK }) {
            return .failure(.transport(Int(failed.rawValue)), detail: String(cString: curl_easy_strerror(failed)))
        }

        let code = curl_easy_perform(handle)
        if code == CURLE_OK {
            return .response(
                HTTPResponse(status: status, headers: headers, body: body, url: info(handle, CURLINFO_EFFECTIVE_URL) ?? request.url),
                redirectURL: info(handle, CURLINFO_REDIRECT_URL)
            )
        }
        if cancellation.isCancelled { return .cancelled }
        let message = String(cString: errorBuffer)
        return .failure(classify(code), detail: scrub(message.isEmpty ? String(cString: curl_easy_strerror(code)) : message))
    }

    private func setMethodAndBody(_ handle: UnsafeMutableRawPointer) -> [CURLcode] {
        var results: [CURLcode] = []
        switch request.method {
        case .get where request.body == nil: return [gw_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)]
        case .head: return [gw_curl_setopt_long(handle, CURLOPT_NOBODY, 1)]
        case .post: results.append(gw_curl_setopt_long(handle, CURLOPT_POST, 1))
        default: results.append(gw_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method.rawValue))
        }
        guard let body = request.body ?? ([.post, .put, .patch].contains(request.method) ? Data() : nil) else { return results }
        results.append(gw_curl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
        // COPYPOSTFIELDS copies the bytes, so the body need not outlive this call.
        results.append(
            body.withUnsafeBytes { bytes in
                "".withCString { empty in
                    gw_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafeRawPointer(empty)))
                }
            })
        return results
    }

    private func classify(_ code: CURLcode) -> HTTPError.Code {
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT: .invalidURL
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: .couldNotResolveHost
        case CURLE_COULDNT_CONNECT: .couldNotConnect
        case CURLE_OPERATION_TIMEDOUT: .timedOut
        case CURLE_TOO_MANY_REDIRECTS: .tooManyRedirects
        case CURLE_FILESIZE_EXCEEDED: .responseTooLarge
        case CURLE_WRITE_ERROR where exceededLimit: .responseTooLarge
        case CURLE_WRITE_ERROR where fileError != nil: .fileWrite
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_CRL_BADFILE, CURLE_SSL_CLIENTCERT, CURLE_SSL_ENGINE_INITFAILED:
            .tls
        default: .transport(Int(code.rawValue))
        }
    }

    /// libcurl's message with any credential of the request (URL secrets, sensitive header values) masked.
    private func scrub(_ message: String) -> String {
        let secrets =
            URLRedaction.secrets(in: request.url)
            + request.headers.fields.filter(\.isSensitive).flatMap {
                [$0.value] + $0.value.split(separator: " ").map(String.init)
            }
        return secrets.filter { $0.count >= 4 }.reduce(fileError.map { "\(message): \($0)" } ?? message) {
            $0.replacingOccurrences(of: $1, with: "****")
        }
    }

    private func info(_ handle: UnsafeMutableRawPointer, _ name: CURLINFO) -> String? {
        var value: UnsafePointer<CChar>?
        guard gw_curl_getinfo_string(handle, name, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    private static func isSendable(_ field: HTTPHeaders.Field) -> Bool {
        // Scalars, not Characters: "\r\n" is a single Character equal to neither "\r" nor "\n".
        let forbidden: (Unicode.Scalar) -> Bool = { $0 == "\r" || $0 == "\n" || $0 == "\0" }
        return !field.name.isEmpty && !field.name.unicodeScalars.contains { forbidden($0) || $0 == ":" || $0 == " " }
            && !field.value.unicodeScalars.contains(where: forbidden)
    }

    // MARK: libcurl callbacks (called on the thread running perform())

    private func receiveHeaderLine(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("HTTP/") {
            // Each response (100 Continue, every redirect hop) starts afresh.
            status = Int(trimmed.split(separator: " ").dropFirst().first ?? "") ?? 0
            headers = HTTPHeaders()
        } else if let colon = trimmed.firstIndex(of: ":") {
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.add(String(trimmed[..<colon]), value)
        }
    }

    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        receivedBytes += Int64(bytes.count)
        if receivedBytes > limits.maxResponseBytes {
            exceededLimit = true
            return 0
        }
        guard let file, (200..<300).contains(status) else {
            body.append(contentsOf: bytes)
            return bytes.count
        }
        do {
            try file.write(contentsOf: bytes)
        } catch {
            fileError = "\(error.localizedDescription)"
            return 0
        }
        return bytes.count
    }

    private static let writeCallback: curl_write_callback = { buffer, size, count, context in
        guard let buffer, let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        return transfer.receiveBody(UnsafeRawBufferPointer(start: buffer, count: size * count))
    }

    private static let headerCallback: curl_write_callback = { buffer, size, count, context in
        guard let buffer, let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: buffer, count: size * count)
        transfer.receiveHeaderLine(String(decoding: bytes, as: UTF8.self))
        return size * count
    }

    private static let progressCallback: curl_xferinfo_callback = { context, _, _, _, _ in
        guard let context else { return 0 }
        return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().cancellation.isCancelled ? 1 : 0
    }
}
