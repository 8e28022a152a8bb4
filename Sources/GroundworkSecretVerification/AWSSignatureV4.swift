import Crypto
import Foundation
import GroundworkHTTP

/// AWS Signature Version 4 for one request (docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html):
/// a canonical request, the string to sign, a key derived from the secret by date, region and service, and the
/// Authorization header that carries the signature, never the secret.
struct AWSSignatureV4 {
    let accessKeyID: String
    let secretAccessKey: String
    let region: String
    let service: String

    /// Adds `X-Amz-Date` and `Authorization` (marked sensitive) to `request`.
    func sign(_ request: inout HTTPRequest, now: Date) {
        let (amzDate, day) = Self.timestamps(now)
        guard let url = URLComponents(string: request.url), let host = url.host else { return }
        let hostHeader = url.port.map { "\(host):\($0)" } ?? host
        request.headers.set("X-Amz-Date", amzDate)
        let payloadHash = Self.hex(SHA256.hash(data: request.body ?? Data()))
        var signed: [(String, String)] = [("host", hostHeader), ("x-amz-date", amzDate)]
        if let contentType = request.headers["Content-Type"] { signed.append(("content-type", contentType)) }
        signed.sort { $0.0 < $1.0 }
        let signedHeaders = signed.map(\.0).joined(separator: ";")
        let canonicalRequest = [
            request.method.rawValue, url.path.isEmpty ? "/" : url.path, url.query ?? "",
            signed.map { "\($0.0):\($0.1.trimmingCharacters(in: .whitespaces))\n" }.joined(), signedHeaders, payloadHash,
        ].joined(separator: "\n")
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, Self.hex(SHA256.hash(data: Data(canonicalRequest.utf8)))]
            .joined(separator: "\n")
        var key = SymmetricKey(data: Data("AWS4\(secretAccessKey)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key))
        request.headers.set(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=\(accessKeyID)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)",
            sensitive: true
        )
    }

    /// `20250131T120000Z` and `20250131`, in UTC.
    static func timestamps(_ date: Date) -> (String, String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let day = String(format: "%04d", parts.year ?? 1970) + two(parts.month) + two(parts.day)
        return (day + "T" + two(parts.hour) + two(parts.minute) + two(parts.second) + "Z", day)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
