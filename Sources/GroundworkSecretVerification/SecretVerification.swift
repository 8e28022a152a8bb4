import Foundation
import GroundworkHTTP
import Synchronization

/// Asks providers whether found credentials are live (`groundwork audit --verify-secrets`, opt-in).
///
/// Only what a verifier accepts is sent, only to its provider's endpoint (or the URL its environment variable
/// names), one request per distinct secret, at most `maximumRequestsPerProvider` per provider and run, spaced by
/// `minimumInterval`, each bounded by `timeout` and never retried; a provider that answers 429 is asked nothing
/// more in the run. Secrets are held only for the request: the Authorization headers are marked sensitive, and
/// nothing here prints or stores them, nor the verdicts beside them.
package struct SecretVerification: Sendable {
    /// One credential to ask about: the rule that found it, the secret, and a second secret it needs.
    package struct Candidate: Sendable, CustomStringConvertible {
        package let ruleID: String
        let secret: String
        let companion: String?

        package init(ruleID: String, secret: String, companion: String? = nil) {
            self.ruleID = ruleID
            self.secret = secret
            self.companion = companion
        }

        /// The rule only: a candidate is never printed with its secret.
        package var description: String { "\(ruleID) candidate" }
    }

    /// The verdicts of one run, and which providers were asked.
    package struct Outcome: Sendable {
        /// One verdict per candidate, in order.
        package var verdicts: [SecretLiveness] = []
        /// The number of requests sent to each provider.
        package var requests: [String: Int] = [:]
        /// Providers that answered 429 (too many requests) and were asked nothing more.
        package var rateLimited: Set<String> = []
    }

    package var verifiers: [SecretVerifier] = SecretVerifier.all
    /// Where `GROUNDWORK_VERIFY_<PROVIDER>_URL` overrides are read (the process environment by default).
    package var environment: [String: String] = ProcessInfo.processInfo.environment
    package var maximumRequestsPerProvider = 25
    package var minimumInterval: Duration = .milliseconds(200)
    package var timeout: Duration = .seconds(10)
    package var now: @Sendable () -> Date = { Date() }

    package init() {}

    /// The verifier for a secret found by `ruleID`, if any provider can be asked about it.
    package func verifier(for ruleID: String, secret: String) -> SecretVerifier? {
        verifiers.first { $0.accepts(ruleID, secret) }
    }

    /// The verdict for every candidate; candidates no verifier accepts are `unknown` without a request.
    package func verify(_ candidates: [Candidate]) async -> Outcome {
        let client = HTTPClient(
            configuration: .init(
                connectTimeout: timeout, timeout: timeout, maxResponseBytes: 1 << 20, maxRedirects: 0, retry: .never
            ))
        var outcome = Outcome()
        var answers: [String: SecretLiveness] = [:]
        var lastSent: [String: ContinuousClock.Instant] = [:]
        for candidate in candidates {
            guard let verifier = verifier(for: candidate.ruleID, secret: candidate.secret),
                verifier.companionRuleID == nil || candidate.companion != nil
            else {
                outcome.verdicts.append(.unknown)
                continue
            }
            let key = verifier.provider + "\u{1F}" + candidate.secret + "\u{1F}" + (candidate.companion ?? "")
            if let known = answers[key] {
                outcome.verdicts.append(known)
                continue
            }
            guard outcome.requests[verifier.provider, default: 0] < maximumRequestsPerProvider,
                !outcome.rateLimited.contains(verifier.provider)
            else {
                outcome.verdicts.append(.unknown)
                continue
            }
            if let last = lastSent[verifier.provider] {
                let wait = minimumInterval - last.duration(to: .now)
                if wait > .zero { try? await Task.sleep(for: wait) }
            }
            outcome.requests[verifier.provider, default: 0] += 1
            lastSent[verifier.provider] = .now
            let request = verifier.request(verifier.baseURL(in: environment), candidate.secret, candidate.companion, now())
            var status: Int?
            var body = Data()
            do {
                let response = try await client.send(request)
                status = response.status
                body = response.body
            } catch let error as HTTPError {
                if case .httpStatus(let code) = error.code {
                    status = code
                    body = error.response?.body ?? Data()
                }
            } catch {}
            if status == 429 { outcome.rateLimited.insert(verifier.provider) }
            let verdict = status.map { verifier.verdict($0, body) } ?? .unknown
            answers[key] = verdict
            outcome.verdicts.append(verdict)
        }
        return outcome
    }

    /// `verify` for synchronous callers (the audit engine). HTTP transfers block threads of their own, so waiting
    /// here holds no thread the verification needs.
    package func verifyBlocking(_ candidates: [Candidate]) -> Outcome {
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached { [self] in
            let outcome = await verify(candidates)
            box.outcome.withLock { $0 = outcome }
            done.signal()
        }
        done.wait()
        return box.outcome.withLock { $0 }
    }
}

/// Carries an outcome from the verifying task to the waiting thread.
private final class OutcomeBox: Sendable {
    let outcome = Mutex(SecretVerification.Outcome())
}
