/// A file groundwork produces itself from the service's model rather than from a template
/// (`files[].generate` in brick.yaml), because every stack must carry the same bytes (docs/generation.md).
package enum GeneratedFileKind: String, Sendable, Hashable, CaseIterable {
    /// The OpenAPI 3.1 contract (`path` is the file, e.g. `openapi.json`).
    case openapi
    /// The SQL migrations (`path` is the folder): `0001_init.sql` is the model's DDL; each later model change
    /// adds one `NNNN_<slug>.sql` of ALTER statements; written migrations are never rewritten.
    case migrations
}
