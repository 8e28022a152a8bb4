import Foundation

/// A list that threads append to at once: what tests of concurrent work collect (errors, paths read, lines
/// printed) and read when the work is done.
public final class LockedList<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var elements: [Element] = []

    public init() {}

    public func append(_ element: Element) { lock.withLock { elements.append(element) } }

    /// Everything appended so far, in order.
    public var all: [Element] { lock.withLock { elements } }
}
