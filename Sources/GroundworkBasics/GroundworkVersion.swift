/// The version of groundwork itself, printed by `--version` and recorded in lock files and reports.
public enum GroundworkVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
