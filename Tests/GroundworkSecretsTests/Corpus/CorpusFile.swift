/// One file of a measurement corpus: where it sits (rules quiet in test code look at the path) and what it holds.
struct CorpusFile: Sendable {
    /// The path in the imagined repository.
    let path: String
    /// The whole text.
    let text: String
    /// What kind of non-secret or secret it stands for, for the per-kind report.
    let kind: String
}
