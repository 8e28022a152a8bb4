/// The version of groundwork itself, printed by `--version` and recorded in lock files and reports.
package enum GroundworkVersion {
    /// Semantic version of this build.
    package static let current = "0.1.0"
}
