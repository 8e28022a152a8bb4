/// Which edition this binary is. The name is all the community build knows of Enterprise.
package enum Edition {
    #if Enterprise
    /// This binary includes the Enterprise module.
    package static let name = "enterprise"
    #else
    /// This binary is the community edition.
    package static let name = "community"
    #endif
}
