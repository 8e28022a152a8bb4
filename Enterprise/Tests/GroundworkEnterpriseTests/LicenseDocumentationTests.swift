#if Enterprise
import Foundation
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// docs/license.md documents the format; these keep it honest as codes, features and fields are added.
@Suite struct LicenseDocumentationTests {
    /// The repository root, found from this file: Enterprise/Tests/GroundworkEnterpriseTests/<file>.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func document(_ path: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyErrorCodeIsDocumented() throws {
        let document = try Self.document("docs/license.md")
        for code in LicenseError.Code.allCases {
            #expect(document.contains("`\(code.rawValue)`"), "docs/license.md does not mention \(code.rawValue)")
        }
    }

    @Test func everyFeatureAndPayloadFieldIsDocumented() throws {
        let document = try Self.document("docs/license.md")
        for feature in LicenseFeature.known {
            #expect(document.contains("`\(feature.rawValue)`"), "docs/license.md does not mention the feature \(feature)")
        }
        let payload = try LicenseFixtures.payload()
        guard case .object(let members) = payload.json.value else {
            Issue.record("the payload is not an object")
            return
        }
        for member in members {
            #expect(document.contains("`payload.\(member.key)`"), "docs/license.md does not document payload.\(member.key)")
        }
        #expect(document.contains(SignedLicense.signingContext.replacingOccurrences(of: "\n", with: "\\n")))
    }

    @Test func enterpriseTermsCoverTheEssentials() throws {
        let terms = try Self.document("LICENSE-ENTERPRISE")
        for phrase in ["Enterprise/", "5 (five) repositories", "paid license", "No circumvention", "No redistribution", "\"as is\""] {
            #expect(terms.contains(phrase), "LICENSE-ENTERPRISE does not say \(phrase)")
        }
    }
}
#endif
