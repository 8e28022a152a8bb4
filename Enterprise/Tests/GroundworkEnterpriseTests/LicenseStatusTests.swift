#if Enterprise
import Foundation
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct LicenseStatusTests {
    let fixtures = LicenseFixtures()

    private func status(on day: String, graceDays: Int = 14) throws -> LicenseStatus {
        let license = try fixtures.issuer.issue(try LicenseFixtures.payload(graceDays: graceDays))
        return fixtures.verifier.status(of: license, file: "license.json", now: try LicenseFixtures.noon(day))
    }

    @Test func validThroughTheLastDay() throws {
        let lastDay = try status(on: "2026-12-31")
        #expect(lastDay.state == .valid)
        #expect(lastDay.daysLeft == 0)
        #expect(!lastDay.entitlement.isEvaluation)
        #expect(lastDay.warnings == ["the license for Acme Agency Ltd expires today, on 2026-12-31; renew it with the vendor"])
    }

    @Test func nearExpiryWarns() throws {
        #expect(try status(on: "2026-12-01").warnings.first?.contains("expires in 30 days") == true)
        #expect(try status(on: "2026-11-30").warnings.isEmpty)
    }

    @Test func expiredWithinGraceStillWorksWithAWarning() throws {
        let inGrace = try status(on: "2027-01-03")
        #expect(inGrace.state == .inGrace)
        #expect(inGrace.isUsable)
        #expect(inGrace.daysLeft == -3)
        #expect(inGrace.problem == nil)
        let entitlement = inGrace.entitlement
        #expect(entitlement.edition == .enterprise)
        #expect(entitlement.maxRepositories == 50)
        #expect(
            entitlement.warnings == [
                "the license for Acme Agency Ltd expired on 2026-12-31; it keeps working during its grace period "
                    + "until 2027-01-14 (11 days left); renew it with the vendor"
            ])
        #expect(try status(on: "2027-01-14").state == .inGrace)
    }

    @Test func pastGraceIsEvaluation() throws {
        let expired = try status(on: "2027-01-15")
        #expect(expired.state == .expired)
        #expect(!expired.isUsable)
        #expect(expired.problem?.code == .expired)
        let entitlement = expired.entitlement
        #expect(entitlement.isEvaluation)
        #expect(entitlement.maxRepositories == 5)
        #expect(entitlement.licensee == nil)
        #expect(entitlement.warnings.first?.contains("expired on 2026-12-31 and its grace period ended on 2027-01-14") == true)
        #expect(entitlement.reportMarker?.hasPrefix("EVALUATION") == true)
    }

    @Test func noGraceMeansEvaluationTheDayAfterExpiry() throws {
        #expect(try status(on: "2027-01-01", graceDays: 0).state == .expired)
    }

    @Test func evaluationAllowsEveryFeatureOnFiveRepositories() {
        let evaluation = Entitlement.evaluation(warnings: [])
        #expect(LicenseFeature.known.allSatisfy(evaluation.allows))
        #expect(evaluation.allows(repositoryCount: 5))
        #expect(!evaluation.allows(repositoryCount: 6))
    }

    @Test func licensedEntitlementGrantsItsFeaturesAndLimit() throws {
        let entitlement = try status(on: "2026-06-01").entitlement
        #expect(entitlement.allows(.fleet))
        #expect(!entitlement.allows(.webhooks))
        #expect(entitlement.allows(repositoryCount: 50))
        #expect(!entitlement.allows(repositoryCount: 51))
        #expect(entitlement.reportMarker == nil)
        let unlimited = try fixtures.issuer.issue(try LicenseFixtures.payload(maxRepositories: nil))
        let status = fixtures.verifier.status(of: unlimited, now: try LicenseFixtures.noon("2026-06-01"))
        #expect(status.entitlement.allows(repositoryCount: 100_000))
    }

    @Test func showDetailsForAValidLicense() throws {
        let status = try status(on: "2026-06-01")
        let id = try #require(status.license?.licenseID.uuidString.lowercased())
        #expect(
            status.details == """
                license file:     license.json
                status:           valid
                licensee:         Acme Agency Ltd
                plan:             agency
                license id:       \(id)
                issued:           2026-01-01
                expires:          2026-12-31 (213 days left)
                grace period:     14 days (until 2027-01-14)
                max repositories: 50
                features:         fleet, policy, reports
                signed with key:  test-key-1
                """)
        #expect(status.verdict == "license valid: Acme Agency Ltd (agency), expires 2026-12-31 (213 days left)")
    }

    @Test func showDetailsForAnExpiredLicenseEndInEvaluationMode() throws {
        let status = try status(on: "2027-02-01")
        #expect(status.details.contains("status:           expired, past its grace period\n"))
        #expect(status.details.contains("expires:          2026-12-31 (expired 32 days ago)"))
        #expect(status.details.hasSuffix("\nevaluation mode: at most 5 repositories"))
        #expect(status.verdict.hasPrefix("license not valid: license.json: the license expired on 2026-12-31"))
    }
}
#endif
