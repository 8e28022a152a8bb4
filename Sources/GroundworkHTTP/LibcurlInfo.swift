import CCurl

/// What the linked libcurl can do, for `groundwork doctor`.
package struct LibcurlInfo: Sendable, Equatable, CustomStringConvertible {
    /// libcurl's version, e.g. "7.88.1".
    package let version: String
    /// The TLS library and its version, e.g. "OpenSSL/3.0.11", or nil when libcurl was built without TLS.
    package let sslVersion: String?
    /// The version of zlib, or nil when compressed responses are not supported.
    package let zlibVersion: String?
    /// The URL schemes libcurl supports, lowercased.
    package let protocols: [String]

    /// Whether https:// URLs can be fetched.
    package var supportsHTTPS: Bool { protocols.contains("https") && sslVersion != nil }

    /// The libcurl this process is linked with.
    package static var current: LibcurlInfo {
        HTTPClient.initializeLibcurl()
        guard let data = gw_curl_version_info()?.pointee else {
            return LibcurlInfo(version: "unknown", sslVersion: nil, zlibVersion: nil, protocols: [])
        }
        var protocols: [String] = []
        if var cursor = data.protocols {
            while let name = cursor.pointee {
                protocols.append(String(cString: name).lowercased())
                cursor += 1
            }
        }
        return LibcurlInfo(
            version: data.version.map { String(cString: $0) } ?? "unknown",
            sslVersion: data.ssl_version.map { String(cString: $0) },
            zlibVersion: data.libz_version.map { String(cString: $0) },
            protocols: protocols
        )
    }

    /// One line: version, TLS library, and whether HTTPS works.
    package var description: String {
        "libcurl \(version), TLS \(sslVersion ?? "none"), HTTPS \(supportsHTTPS ? "supported" : "NOT supported")"
    }
}
