#if Enterprise
import Foundation
import PostgresNIO

extension PostgresFleetStore: FleetCampaignStore {
    package func campaignRecord(campaign: String, repository: String) async throws -> FleetApplyRecord? {
        try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT record FROM groundwork_campaign_repositories WHERE campaign = \(campaign) AND repository = \(repository)
                """, logger: logger)
            var text: String?
            for try await record in rows.decode(String.self) { text = record }
            return text.flatMap { FleetStoreCoding.decode(FleetApplyRecord?.self, from: $0, fallback: nil) }
        }
    }

    package func recordCampaign(_ record: FleetApplyRecord) async throws {
        let json = try FleetStoreCoding.json(record)
        let state = record.state.rawValue
        try await withConnection { connection in
            // The event first: it is kept only when the state changes, so an idempotent re-run adds none.
            try await connection.query(
                """
                INSERT INTO groundwork_campaign_events (campaign, repository, client, state, at)
                SELECT \(record.campaign), \(record.repository), \(record.client), \(state), \(record.updatedAt)
                WHERE NOT EXISTS (SELECT 1 FROM groundwork_campaign_repositories
                  WHERE campaign = \(record.campaign) AND repository = \(record.repository) AND state = \(state))
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO groundwork_campaign_repositories (campaign, repository, client, state, record, updated_at)
                VALUES (\(record.campaign), \(record.repository), \(record.client), \(state), \(json), \(record.updatedAt))
                ON CONFLICT (campaign, repository) DO UPDATE SET client = EXCLUDED.client, state = EXCLUDED.state,
                  record = EXCLUDED.record, updated_at = EXCLUDED.updated_at
                """, logger: logger)
        }
    }

    package func campaignRecords(campaign: String?) async throws -> [FleetApplyRecord] {
        try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT record FROM groundwork_campaign_repositories WHERE \(campaign)::TEXT IS NULL OR campaign = \(campaign)
                ORDER BY campaign, repository
                """, logger: logger)
            var records: [FleetApplyRecord] = []
            for try await text in rows.decode(String.self) {
                if let record = FleetStoreCoding.decode(FleetApplyRecord?.self, from: text, fallback: nil) { records.append(record) }
            }
            return records
        }
    }

    package func campaignEvents(campaign: String?) async throws -> [FleetCampaignEvent] {
        try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT campaign, repository, client, state, at FROM groundwork_campaign_events
                WHERE \(campaign)::TEXT IS NULL OR campaign = \(campaign) ORDER BY at
                """, logger: logger)
            var events: [FleetCampaignEvent] = []
            for try await (name, repository, client, state, at) in rows.decode((String, String, String?, String, Date).self) {
                if let state = FleetApplyState(rawValue: state) {
                    events.append(FleetCampaignEvent(campaign: name, repository: repository, client: client, state: state, at: at))
                }
            }
            return events
        }
    }
}
#endif
