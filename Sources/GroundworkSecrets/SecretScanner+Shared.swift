extension SecretScanner {
    /// One scanner with the built-in rules, compiled once and shared by the tree check and the history walk.
    package static let shared = SecretScanner()
}
