/// A structured change to an existing file's text that keeps everything else — comments, order,
/// indentation — as the user wrote it. Each kind is a small value with its own tests.
package protocol InPlaceEdit: Sendable {
    /// The edited text and what could not be done (reported in the plan, never guessed); the text is
    /// returned unchanged when there is nothing to do.
    func apply(to text: String, path: String) throws -> EditResult
}

/// The outcome of one in-place edit.
package struct EditResult: Sendable, Equatable {
    package var text: String
    /// What the edit left undone and why, for the plan's notes.
    package var notes: [String] = []

    package init(text: String, notes: [String] = []) {
        self.text = text
        self.notes = notes
    }
}
