#if Enterprise
import Foundation
import GroundworkAuditModel
import GroundworkLicense

extension Policy {
    /// Applies the policy to `report`, the audit of the repository named `repository`, on the day of `now`.
    ///
    /// Exempted failing checks count as not applicable (for levels, gates and the score); expired
    /// exemptions exempt nothing and are listed. Campaigns warn through their due date and gate after it.
    package func evaluate(_ report: AuditReport, repository: String, now: Date) -> PolicyEvaluation {
        let today = LicenseDate(containing: now)
        let matching = exemptions.filter { $0.covers(repository: repository) }
        let active = matching.filter { today <= $0.expires }
        let expired = matching.filter { today > $0.expires }
        let failing = Set(report.results.filter { $0.status == .fail }.map(\.id))
        let exempted = Set(active.map(\.check)).intersection(failing)

        let counted = report.results.map { result -> CheckResult in
            guard exempted.contains(result.id) else { return result }
            var adjusted = result
            adjusted.status = .notApplicable
            adjusted.reason = "exempted by policy"
            return adjusted
        }
        let failures = counted.filter { $0.status == .fail }.sorted { ($0.severity, $1.id) > ($1.severity, $0.id) }
        let failingIDs = Set(failures.map(\.id))
        let score = Scoring.score(counted)
        // A repository's own .groundwork.yaml may switch checks off for its audit, but a policy judges
        // the repository: a gate, level or campaign resting on a check it disabled is overridden, not passed.
        let disabled = report.results.filter(\.isDisabledByRepository)
        let disabledIDs = Set(disabled.map(\.id))
        func overridden(_ id: String) -> String { "\(id) is disabled by the repository's .groundwork.yaml (overridden)" }

        var levelOutcomes: [PolicyEvaluation.LevelOutcome] = []
        var reached: String?
        var stillClimbing = true
        for level in levels {
            var missing = level.checks.filter(failingIDs.contains).map { "\($0) fails" } + level.checks.filter(disabledIDs.contains).map(overridden)
            if let minimum = level.minScore {
                if let score {
                    if score < minimum { missing.append("score \(score) is below \(minimum)") }
                } else {
                    missing.append("no score (no check applies), below \(minimum)")
                }
            }
            levelOutcomes.append(.init(name: level.name, met: missing.isEmpty, missing: missing))
            if stillClimbing, missing.isEmpty { reached = level.name } else { stillClimbing = false }
        }

        var gateOutcomes = gates.map { gate -> PolicyEvaluation.GateOutcome in
            let reasons: [String]
            switch gate.kind {
            case .check(let id):
                reasons = failingIDs.contains(id) ? ["\(id) fails"] : disabledIDs.contains(id) ? [overridden(id)] : []
            case .severity(let threshold):
                reasons =
                    failures.filter { $0.severity >= threshold }.map { "\($0.id) fails (\($0.severity.rawValue))" }
                    + disabled.filter { $0.severity >= threshold }.map { overridden($0.id) }
            case .minScore(let minimum):
                reasons = (score ?? 0) < minimum ? ["score \(score.map(String.init) ?? "none") is below \(minimum)"] : []
            }
            // Nothing audited (no commit, an unborn HEAD) is no evidence: it never passes a gate.
            if report.repository.commit == nil {
                return .init(gate: gate.description, passed: false, reasons: ["nothing was audited: \(report.problems.first ?? "the repository has no commit")"])
            }
            return .init(gate: gate.description, passed: reasons.isEmpty, reasons: reasons)
        }
        var warnings: [String] = []
        for campaign in campaigns {
            let failingHere = campaign.checks.filter(failingIDs.contains)
            let disabledHere = campaign.checks.filter(disabledIDs.contains)
            if today > campaign.due {
                gateOutcomes.append(
                    .init(
                        gate: "campaign \(campaign.name) (due \(campaign.due))", passed: failingHere.isEmpty && disabledHere.isEmpty,
                        reasons: failingHere.map { "\($0) fails" } + disabledHere.map(overridden)
                    ))
            } else {
                let left = today.days(to: campaign.due)
                warnings += failingHere.map {
                    "campaign \(campaign.name): \($0) fails; it becomes a gate after \(campaign.due) (\(left == 1 ? "1 day" : "\(left) days") left)"
                }
            }
        }

        func outcome(_ exemption: Exemption) -> PolicyEvaluation.ExemptionOutcome {
            .init(check: exemption.check, reason: exemption.reason, ticket: exemption.ticket, expires: exemption.expires.description)
        }
        return PolicyEvaluation(
            level: reached, levels: levelOutcomes, gates: gateOutcomes,
            exemptionsApplied: active.filter { exempted.contains($0.check) }.map(outcome),
            exemptionsExpired: expired.map(outcome), campaignWarnings: warnings,
            failingChecks: failures.map(\.id), score: score,
            disabledChecks: disabled.map(\.id).sorted()
        )
    }
}
#endif
