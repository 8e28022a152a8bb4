#if Enterprise
/// The campaign tables of fleet apply (docs/fleet-store.md), in SQLite's and PostgreSQL's dialects.
///
/// A record is one row per (campaign, repository) with its state in a column (for queries) and the whole
/// `FleetApplyRecord` as JSON; events append one row per change of state, for the burndown.
enum FleetCampaignSchema {
    /// SQLite: the v3 migration.
    static let sqlite = """
        CREATE TABLE IF NOT EXISTS campaign_repositories (
          campaign TEXT NOT NULL,
          repository TEXT NOT NULL,
          client TEXT,
          state TEXT NOT NULL,
          record TEXT NOT NULL,
          updated_at DATETIME NOT NULL,
          PRIMARY KEY (campaign, repository)
        );
        CREATE TABLE IF NOT EXISTS campaign_events (
          campaign TEXT NOT NULL,
          repository TEXT NOT NULL,
          client TEXT,
          state TEXT NOT NULL,
          at DATETIME NOT NULL
        );
        CREATE INDEX IF NOT EXISTS campaign_events_by_campaign ON campaign_events (campaign, at);
        """

    /// PostgreSQL: created idempotently like the rest of its schema.
    static let postgres = [
        """
        CREATE TABLE IF NOT EXISTS groundwork_campaign_repositories (
          campaign TEXT NOT NULL,
          repository TEXT NOT NULL,
          client TEXT,
          state TEXT NOT NULL,
          record TEXT NOT NULL,
          updated_at TIMESTAMPTZ NOT NULL,
          PRIMARY KEY (campaign, repository)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS groundwork_campaign_events (
          campaign TEXT NOT NULL,
          repository TEXT NOT NULL,
          client TEXT,
          state TEXT NOT NULL,
          at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX IF NOT EXISTS groundwork_campaign_events_by_campaign ON groundwork_campaign_events (campaign, at)",
    ]
}
#endif
