import Foundation

/// A list that threads append to at once: what tests of concurrent work collect (errors, paths read, lines
/// printed) and read when the work is done.
package final class LockedList<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var elements: [Element] = []

    package init() {}

    package func append(_ element: Element) { lock.withLock { elements.append(element) } }

    /// Everything appended so far, in order.
    package var all: [Element] { lock.withLock { elements } }
}
