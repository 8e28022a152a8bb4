import Foundation
import GroundworkAuditModel

/// Helpers for the delivery suites, visible only in the types that adopt them, so that
/// other suites of this test target can name their own helpers freely.
protocol DeliveryCheckTesting {}

extension DeliveryCheckTesting {
    /// A context over files held in memory, with a hand-made stack.
    func deliveryContext(_ files: [String: String], stack: Stack = Stack()) -> AuditContext {
        AuditContext(snapshot: RepoSnapshot(texts: files), stack: stack)
    }

    /// A stack of the given packages.
    func stack(_ packages: StackPackage...) -> Stack {
        var stack = Stack()
        stack.packages = packages
        return stack
    }

    /// A package of the given kind at `path`.
    func package(_ path: String, _ name: String, ecosystem: String = "node", kind: StackPackage.Kind = .service, typeScript: Bool = false) -> StackPackage {
        let manifest = ecosystem == "go" ? "go.mod" : "package.json"
        var package = StackPackage(path: path, name: name, ecosystem: ecosystem, packageManager: ecosystem == "go" ? "go" : "npm", manifest: path.isEmpty ? manifest : "\(path)/\(manifest)")
        package.kind = kind
        package.usesTypeScript = typeScript
        return package
    }

    /// The evidence of a failure, empty otherwise.
    func evidence(_ outcome: CheckOutcome) -> [Evidence] {
        if case .failed(let evidence) = outcome { return evidence }
        return []
    }

    /// True for `.notApplicable`.
    func isNotApplicable(_ outcome: CheckOutcome) -> Bool {
        if case .notApplicable = outcome { return true }
        return false
    }
}
