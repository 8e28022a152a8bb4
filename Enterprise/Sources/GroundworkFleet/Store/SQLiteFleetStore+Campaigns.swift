#if Enterprise
import Foundation
import GRDB

extension SQLiteFleetStore: FleetCampaignStore {
    package func campaignRecord(campaign: String, repository: String) async throws -> FleetApplyRecord? {
        let text = try await read { db in
            try String.fetchOne(db, sql: "SELECT record FROM campaign_repositories WHERE campaign = ? AND repository = ?", arguments: [campaign, repository])
        }
        return text.flatMap { FleetStoreCoding.decode(FleetApplyRecord?.self, from: $0, fallback: nil) }
    }

    package func recordCampaign(_ record: FleetApplyRecord) async throws {
        let json = try FleetStoreCoding.json(record)
        try await write { db in
            // The event first: it is kept only when the state changes, so an idempotent re-run adds none.
            try db.execute(
                sql: """
                    INSERT INTO campaign_events (campaign, repository, client, state, at)
                    SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (
                      SELECT 1 FROM campaign_repositories WHERE campaign = ? AND repository = ? AND state = ?)
                    """,
                arguments: [
                    record.campaign, record.repository, record.client, record.state.rawValue, record.updatedAt,
                    record.campaign, record.repository, record.state.rawValue,
                ])
            try db.execute(
                sql: """
                    INSERT INTO campaign_repositories (campaign, repository, client, state, record, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (campaign, repository) DO UPDATE SET client = excluded.client, state = excluded.state,
                      record = excluded.record, updated_at = excluded.updated_at
                    """, arguments: [record.campaign, record.repository, record.client, record.state.rawValue, json, record.updatedAt])
        }
    }

    package func campaignRecords(campaign: String?) async throws -> [FleetApplyRecord] {
        let texts = try await read { db in
            if let campaign {
                return try String.fetchAll(db, sql: "SELECT record FROM campaign_repositories WHERE campaign = ? ORDER BY repository", arguments: [campaign])
            }
            return try String.fetchAll(db, sql: "SELECT record FROM campaign_repositories ORDER BY campaign, repository")
        }
        return texts.compactMap { FleetStoreCoding.decode(FleetApplyRecord?.self, from: $0, fallback: nil) }
    }

    package func campaignEvents(campaign: String?) async throws -> [FleetCampaignEvent] {
        try await read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM campaign_events WHERE ? IS NULL OR campaign = ? ORDER BY at, rowid", arguments: [campaign, campaign])
            return try rows.compactMap { row in
                guard let state = FleetApplyState(rawValue: try row.decode(String.self, forColumn: "state")) else { return nil }
                return FleetCampaignEvent(
                    campaign: try row.decode(forColumn: "campaign"), repository: try row.decode(forColumn: "repository"),
                    client: try row.decode(forColumn: "client"), state: state, at: try row.decode(forColumn: "at"))
            }
        }
    }
}
#endif
