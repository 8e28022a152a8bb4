#if Enterprise
import Foundation

/// A license file: a readable JSON payload, the id of the vendor key that signed it, and an Ed25519
/// signature over the payload's canonical bytes.
///
/// ```json
/// {
///   "payload": { "format_version": 1, "license_id": "…", "licensee": "Acme Agency", … },
///   "key_id": "gw-2026-1",
///   "signature": "<base64 of 64 bytes>"
/// }
/// ```
/// The signature covers `signingContext` followed by the payload's canonical form (see
/// `LicenseJSON.canonicalBytes`), so the file may be re-indented, its members reordered or its strings
/// escaped differently and still verify. Parsing checks form only; `LicenseVerifier` decides trust.
package struct SignedLicense: Sendable {
    /// Prepended to the canonical payload before signing, so a license signature can never be mistaken
    /// for a signature over anything else made with the same key.
    package static let signingContext = "groundwork-license-v1\n"
    /// License files are small; anything larger is not one.
    static let maximumFileSize = 1 << 20

    /// The envelope's member names.
    enum Field {
        static let payload = "payload"
        static let keyID = "key_id"
        static let signature = "signature"
    }

    /// What the license grants; not to be trusted until verified.
    package let payload: LicensePayload
    /// The id of the vendor key that signed it (`key_id`), so keys can be rotated.
    package let keyID: String
    /// The 64-byte Ed25519 signature (`signature`, base64 in the file).
    package let signature: Data
    /// The exact bytes the signature covers: the signing context and the canonical payload.
    package let signedMessage: Data
    /// The payload as found, unknown members included, so that encoding keeps them.
    let payloadJSON: LicenseJSON

    /// Assembles a license from a payload object as found in a file (or as written by the issuer).
    init(payloadJSON: LicenseJSON, keyID: String, signature: Data, file: String) throws(LicenseError) {
        self.payload = try LicensePayload(json: payloadJSON, file: file)
        self.payloadJSON = payloadJSON
        self.keyID = keyID
        self.signature = signature
        self.signedMessage = try Self.message(for: payloadJSON, file: file)
    }

    /// The bytes a signature over `payloadJSON` covers.
    static func message(for payloadJSON: LicenseJSON, file: String) throws(LicenseError) -> Data {
        Data(signingContext.utf8) + (try payloadJSON.canonicalBytes(file: file))
    }

    /// Parses the contents of a license file; `file` names it in errors.
    package static func parse(_ data: Data, file: String) throws(LicenseError) -> SignedLicense {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw LicenseError.unreadable(file, "the file is empty; expected a license (a JSON object)")
        }
        guard String(validating: data, as: UTF8.self) != nil else {
            throw LicenseError.unreadable(file, "the file is not UTF-8 text; expected a license (a JSON object)")
        }
        let document = try LicenseJSON.parse(data, file: file)
        let reader = try LicenseJSON.FieldReader(document, file: file, context: "the license")
        let payloadMember = try reader.member(Field.payload, "the signed payload, an object")
        let keyID = try reader.string(Field.keyID, "the id of the signing key, a string")
        if keyID.isEmpty {
            throw LicenseError.shape(file, line: reader.line(of: Field.keyID), "expected \"key_id\" to name a key, found an empty string")
        }
        let encodedSignature = try reader.string(Field.signature, "the Ed25519 signature in base64")
        guard let signature = Data(base64Encoded: encodedSignature), signature.count == 64 else {
            throw LicenseError.shape(
                file, line: reader.line(of: Field.signature),
                "expected \"signature\" to be 64 bytes in base64 (88 characters ending in \"==\")"
            )
        }
        return try SignedLicense(payloadJSON: payloadMember.value, keyID: keyID, signature: signature, file: file)
    }

    /// Reads and parses the license file at `path`.
    package static func load(from path: String) throws(LicenseError) -> SignedLicense {
        try parse(try readFile(at: path), file: path)
    }

    /// The bytes of the license file at `path`, refusing directories and files too large to be licenses.
    static func readFile(at path: String) throws(LicenseError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LicenseError.unreadable(path, "no license file here")
        }
        if isDirectory.boolValue {
            throw LicenseError.unreadable(path, "this is a directory; expected a license file")
        }
        // Opened without blocking and checked on the open descriptor: a FIFO or a device would wait
        // forever for a writer, and checking the path first would race with a swap.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw LicenseError.unreadable(path, "could not open the file: \(String(cString: strerror(errno)))") }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw LicenseError.unreadable(path, "not a regular file (a FIFO, socket or device); expected a license file")
        }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            throw LicenseError.unreadable(path, "could not read the file: \(error.localizedDescription)")
        }
        if data.count > maximumFileSize {
            throw LicenseError.unreadable(path, "the file is larger than \(maximumFileSize / 1024) KiB; expected a license file")
        }
        return data
    }

    /// The license as a readable JSON file.
    package func encoded() -> Data {
        let document = LicenseJSON(
            .object([
                LicenseJSON.Member(key: Field.payload, line: 0, value: payloadJSON),
                LicenseJSON.Member(key: Field.keyID, line: 0, value: LicenseJSON(.string(keyID))),
                LicenseJSON.Member(key: Field.signature, line: 0, value: LicenseJSON(.string(signature.base64EncodedString()))),
            ]))
        return Data(document.prettyPrinted().utf8)
    }
}
#endif
