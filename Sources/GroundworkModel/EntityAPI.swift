/// What the generated service exposes for an entity: operations, pagination, filters, sorting.
package struct EntityAPI: Sendable, Hashable, Codable {
    /// The operations served; others answer 405 and are absent from the contract.
    package var operations: Set<Action>
    package var pagination: Pagination
    /// The default number of items per page.
    package var defaultPageSize: Int
    /// The largest `limit` accepted; a larger one is a 400.
    package var maxPageSize: Int
    /// Fields a list can be filtered by (docs/model.md, "Query syntax").
    package var filterable: [String]
    /// Fields a list can be sorted by; the primary key is always a tie-breaker.
    package var sortable: [String]

    package init(
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
package enum Pagination: String, Sendable, Hashable, Codable, CaseIterable {
    case offset, cursor
}

/// The actions access rules grant, one per CRUD operation.
package enum Action: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case create, read, list, update, delete

    package static func < (lhs: Action, rhs: Action) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
