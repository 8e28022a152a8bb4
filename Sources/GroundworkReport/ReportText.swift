import Foundation
import GroundworkAuditModel

/// Small formatting rules shared by the renderers, so every format writes hours, commits and dates alike.
package enum ReportText {
    /// `2 h`, `1.5 h`, `0.25 h`.
    package static func hours(_ value: Double) -> String {
        number(value) + " h"
    }

    /// A number with at most two decimals and no trailing zeros, independent of the locale.
    package static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "?" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A share as a whole percentage; shares that round to zero read `<1%`.
    package static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "?" }
        let value = Int((fraction * 100).rounded())
        return value == 0 && fraction > 0 ? "<1%" : "\(value)%"
    }

    /// The first seven characters of a commit id.
    package static func shortCommit(_ commit: String) -> String {
        String(commit.prefix(7))
    }

    /// `2025-03-01`, in UTC.
    package static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }

    /// `2025-03-01 14:05 UTC`.
    package static func dateTime(_ date: Date) -> String {
        let time = date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).time(includingFractionalSeconds: false))
        return "\(day(date)) \(time.prefix(5)) UTC"
    }

    /// `Critical`, `High`….
    package static func severityName(_ severity: Severity) -> String {
        severity.rawValue.prefix(1).uppercased() + severity.rawValue.dropFirst()
    }

    /// The tool's version from `tool` (`groundwork 0.1.0` → `0.1.0`), nil when it names none.
    package static func toolVersion(_ tool: String) -> String? {
        let parts = tool.split(separator: " ")
        return parts.count > 1 ? parts.last.map(String.init) : nil
    }

    /// Where the evidence points, for people: `path:line · abc1234`, or nil when it names no place.
    package static func place(_ evidence: Evidence) -> String? {
        let parts = [evidence.location, evidence.commit.map(shortCommit)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// "fix: groundwork apply docker" or nil for a check no brick fixes.
    package static func fixCommand(_ result: CheckResult) -> String? {
        result.fixedBy.isEmpty ? nil : "groundwork apply " + result.fixedBy.joined(separator: " ")
    }

    /// A package in one line: `api (services/api) — node/pnpm · express · service`.
    package static func packageLine(_ package: StackPackage) -> String {
        var parts = ["\(package.ecosystem)/\(package.packageManager)"]
        if !package.frameworks.isEmpty { parts.append(package.frameworks.joined(separator: ", ")) }
        if let runtime = package.runtimeVersion { parts.append("runtime \(runtime)") }
        parts.append(package.kind.rawValue)
        let location = package.path.isEmpty ? "root" : package.path
        return "\(package.name) (\(location)) — " + parts.joined(separator: " · ")
    }

    /// Delivery files in one line: `Dockerfile ×2 · compose (3 services) · Kubernetes ×4`, nil when none.
    package static func deliveryLine(_ delivery: DeliveryFacts) -> String? {
        var parts: [String] = []
        func add(_ name: String, _ items: [String]) {
            if !items.isEmpty { parts.append(items.count == 1 ? name : "\(name) ×\(items.count)") }
        }
        add("Dockerfile", delivery.dockerfiles)
        if delivery.dockerignore != nil { parts.append(".dockerignore") }
        if !delivery.composeFiles.isEmpty {
            let services = delivery.composeServices.count
            parts.append("compose (\(services) service\(services == 1 ? "" : "s"))")
        }
        add("Kubernetes manifest", delivery.kubernetesManifests)
        add("Helm chart", delivery.helmCharts)
        add("Kustomize", delivery.kustomizations)
        add("Terraform", delivery.terraform)
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The licence in one line: `MIT (LICENSE)`, `unrecognised (COPYING)`, or nil when there is none.
    package static func licenseLine(_ license: LicenseFact?) -> String? {
        license.map { "\($0.spdx ?? "unrecognised") (\($0.path))" }
    }

    /// Counts of passed, failed and not-applicable checks in one sentence.
    package static func verdictCounts(_ digest: ReportDigest) -> String {
        "\(digest.failures.count) failing, \(digest.passed.count) passed, \(digest.notApplicable.count) not applicable"
    }
}
