#if Enterprise
import Yams

/// One Kubernetes object of a manifest, with where it is: the scale checks read objects as YAML nodes
/// because they need fields (selectors, lifecycle hooks, autoscaler bounds) the delivery checks do not.
package struct ScaleObject: @unchecked Sendable {
    /// `Deployment`, `HorizontalPodAutoscaler`…
    package var kind: String
    /// `metadata.name`, or `(unnamed)`.
    package var name: String
    /// `metadata.namespace`, nil for the default one.
    package var namespace: String?
    /// The manifest's path.
    package var path: String
    /// The line of the object's `kind:`.
    package var line: Int
    /// The whole object.
    package var node: Node

    /// `Deployment/web`, for evidence.
    package var reference: String { "\(kind)/\(name)" }

    /// The node at a dotted path of mapping keys (`spec.template.spec`).
    package subscript(_ path: String) -> Node? {
        var current: Node? = node
        for key in path.split(separator: ".") { current = current?[String(key)] }
        return current
    }

    /// True when both objects live in the same namespace (an unset one is the default namespace).
    package func sharesNamespace(with other: ScaleObject) -> Bool { (namespace ?? "default") == (other.namespace ?? "default") }
}
#endif
