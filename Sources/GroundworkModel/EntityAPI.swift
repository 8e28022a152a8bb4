/// What the generated service exposes for an entity: operations, pagination, filters, sorting.
public struct EntityAPI: Sendable, Hashable, Codable {
    /// The operations served; others answer 405 and are absent from the contract.
    public var operations: Set<Action>
    public var pagination: Pagination
    /// The default number of items per page.
    public var defaultPageSize: Int
    /// The largest `limit` accepted; a larger one is a 400.
    public var maxPageSize: Int
    /// Fields a list can be filtered by (docs/model.md, "Query syntax").
    public var filterable: [String]
    /// Fields a list can be sorted by; the primary key is always a tie-breaker.
    public var sortable: [String]

    public init(
        operations: Set<Action> = Set(Action.allCases), pagination: Pagination = .offset, defaultPageSize: Int = 20,
        maxPageSize: Int = 100, filterable: [String] = [], sortable: [String] = []
    ) {
        self.operations = operations
        self.pagination = pagination
        self.defaultPageSize = defaultPageSize
        self.maxPageSize = maxPageSize
        self.filterable = filterable
        self.sortable = sortable
    }
}

/// How a list is paged: by `offset` (with a total) or by an opaque `cursor` (stable under inserts).
public enum Pagination: String, Sendable, Hashable, Codable, CaseIterable {
    case offset, cursor
}

/// The actions access rules grant, one per CRUD operation.
public enum Action: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case create, read, list, update, delete

    public static func < (lhs: Action, rhs: Action) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
