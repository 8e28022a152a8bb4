#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// Issue 10, D11: a licence "file" that is a FIFO is refused at once instead of blocking forever.
@Suite struct LicenseFIFOTests {
    let fixtures = LicenseFixtures()

    @Test(.timeLimit(.minutes(1)))
    func aFIFOIsRefusedWithoutBlocking() throws {
        let scratch = try ScratchDirectory()
        let fifo = scratch.path + "/license.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        let error = #expect(throws: LicenseError.self) { try SignedLicense.readFile(at: fifo) }
        #expect(error?.message.contains("not a regular file") == true)

        let store = LicenseStore(configDirectory: scratch.path + "/config", overridePath: fifo, verifier: fixtures.verifier)
        let status = store.status(now: try LicenseFixtures.noon("2026-06-01"))
        #expect(status.problem?.code == .unreadable)
        #expect(status.entitlement.isEvaluation)
        #expect(throws: LicenseError.self) { try store.install(from: fifo, now: try LicenseFixtures.noon("2026-06-01")) }
    }
}
#endif
