#if Enterprise
import GroundworkAuditModel

/// A check of the `scale` area: what it looks at, plus the ids of the checks of other linters that look at
/// the same thing, so a consultant can reconcile a groundwork report with theirs.
package protocol ScaleCheck: Check {
    /// The equivalent checks of Polaris, kube-score, kube-linter and Checkov (empty where a tool has none).
    var peers: PeerCheckIDs { get }
}

/// Ids of the same check in other tools (Polaris 9, kube-score 1.19, kube-linter 0.7, Checkov 3).
package struct PeerCheckIDs: Sendable, Hashable {
    package var polaris: [String] = []
    package var kubeScore: [String] = []
    package var kubeLinter: [String] = []
    package var checkov: [String] = []

    package init(polaris: [String] = [], kubeScore: [String] = [], kubeLinter: [String] = [], checkov: [String] = []) {
        self.polaris = polaris
        self.kubeScore = kubeScore
        self.kubeLinter = kubeLinter
        self.checkov = checkov
    }

    /// Tool name and ids, in documentation order, for tools that have one.
    package var byTool: [(tool: String, ids: [String])] {
        [("Polaris", polaris), ("kube-score", kubeScore), ("kube-linter", kubeLinter), ("Checkov", checkov)].filter { !$0.ids.isEmpty }
    }
}
#endif
