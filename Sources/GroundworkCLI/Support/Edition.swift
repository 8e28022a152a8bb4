/// Which edition this binary is. The name is all the community build knows of Enterprise.
public enum Edition {
    #if Enterprise
    /// This binary includes the Enterprise module.
    public static let name = "enterprise"
    #else
    /// This binary is the community edition.
    public static let name = "community"
    #endif
}
