#if Enterprise
/// The fleet dashboard's additions to the audit report's style sheet.
package enum FleetHTMLStyle {
    package static let css = """
        main { max-width: 1180px; }
        .evaluation { background: #fff5e6; border-bottom: 3px solid #c05621; color: #7b341e; padding: 12px 24px; text-align: center; font-size: 15px; }
        .evaluation strong { letter-spacing: .12em; margin-right: 8px; }
        .cards { grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); }
        .table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
        .table-wrap table { border: none; }
        tbody tr:last-child td, tbody tr:last-child th { border-bottom: none; }
        tbody th { font-weight: 600; text-transform: none; letter-spacing: 0; color: var(--ink); font-size: 14px; }
        .status { font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: .04em; }
        .status-audited { color: var(--good); } .status-failed { color: var(--poor); } .status-skipped { color: var(--muted); }
        .level { display: inline-block; padding: 1px 9px; border-radius: 999px; background: #e6edf7; color: var(--accent); font-size: 12.5px; font-weight: 650; }
        .share { white-space: nowrap; }
        .share-bar { display: inline-block; width: 90px; height: 8px; background: var(--track); border-radius: 4px; vertical-align: middle; margin-right: 6px; overflow: hidden; }
        .share-bar span { display: block; height: 100%; background: var(--poor); }
        figure { margin: 0; }
        svg.trend { width: 100%; height: auto; }
        .trend .grid { stroke: var(--line); stroke-width: 1; }
        .trend .axis { fill: var(--muted); font-size: 11px; }
        .trend-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 8px; font-size: 13px; }
        details.repo { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; }
        details.repo > summary { cursor: pointer; padding: 10px 16px; display: flex; gap: 14px; align-items: baseline; }
        .repo-name { font-weight: 650; flex: 1; overflow-wrap: anywhere; }
        .repo-score { font-weight: 650; font-variant-numeric: tabular-nums; }
        .repo-body { padding: 6px 16px 14px; border-top: 1px solid var(--line); }
        .repo-body .chart { margin: 12px 0; }
        @media print { details.repo { break-inside: avoid; } .evaluation { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """
}
#endif
