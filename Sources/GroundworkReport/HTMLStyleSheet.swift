/// The report's only style sheet, inlined: system fonts, a sober palette, and print rules.
package enum HTMLStyleSheet {
    /// Colours of the language chart, in order; "Other" takes `otherColor`.
    package static let palette = ["#2c5282", "#2f855a", "#b7791f", "#6b46c1", "#c05621", "#2c7a7b", "#97266d"]
    package static let otherColor = "#a0aec0"

    package static let css = """
        :root {
          --ink: #1f2933; --muted: #616e7c; --line: #e1e5ea; --bg: #f5f7fa; --card: #ffffff; --accent: #2c5282;
          --track: #edf0f4; --good: #2f855a; --fair: #b7791f; --poor: #c53030;
          --critical: #9b2c2c; --high: #c05621; --medium: #b7791f; --low: #2b6cb0; --info: #718096;
        }
        * { box-sizing: border-box; }
        body {
          margin: 0; background: var(--bg); color: var(--ink);
          font: 15px/1.55 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          -webkit-text-size-adjust: 100%;
        }
        main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 48px; }
        h1 { font-size: 26px; line-height: 1.25; margin: 0 0 6px; overflow-wrap: anywhere; }
        h2 { font-size: 19px; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 16px; margin: 26px 0 10px; display: flex; gap: 10px; align-items: baseline; }
        p { margin: 8px 0; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em;
          background: var(--track); border-radius: 4px; padding: 1px 5px; overflow-wrap: anywhere; }
        .eyebrow { color: var(--accent); font-size: 12.5px; font-weight: 650; letter-spacing: .08em; text-transform: uppercase; margin: 0 0 4px; }
        .meta { color: var(--muted); font-size: 13.5px; margin: 0; }
        .muted { color: var(--muted); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 14px; margin-top: 24px; }
        .card, .panel { background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
        .card { padding: 16px 18px; }
        .panel { padding: 18px 20px; }
        .panel > h3:first-child { margin-top: 0; }
        .card .label { color: var(--muted); font-size: 12px; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; }
        .card .value { font-size: 30px; font-weight: 650; line-height: 1.2; margin-top: 4px; font-variant-numeric: tabular-nums; }
        .card .value small { font-size: 15px; font-weight: 500; color: var(--muted); }
        .card .note { color: var(--muted); font-size: 13px; margin-top: 2px; }
        .good { color: var(--good); } .fair { color: var(--fair); } .poor { color: var(--poor); }
        .grid-2 { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
        @media (max-width: 760px) { .grid-2 { grid-template-columns: 1fr; } }
        svg { display: block; max-width: 100%; height: auto; }
        svg text { font-family: inherit; }
        .chart-label { fill: var(--ink); font-size: 13px; }
        .chart-value { fill: var(--ink); font-size: 13px; font-weight: 650; }
        .chart-none { fill: var(--muted); font-size: 12.5px; font-style: italic; }
        .chart-track { fill: var(--track); }
        .fill-good { fill: var(--good); } .fill-fair { fill: var(--fair); } .fill-poor { fill: var(--poor); }
        .language-mix { display: flex; gap: 22px; align-items: center; flex-wrap: wrap; }
        .language-mix svg { width: 150px; flex: none; }
        .donut-center { fill: var(--ink); font-size: 6px; font-weight: 650; }
        .legend { list-style: none; margin: 0; padding: 0; font-size: 14px; }
        .legend li { display: flex; align-items: center; gap: 8px; padding: 2px 0; }
        .swatch { width: 12px; height: 12px; border-radius: 3px; flex: none; }
        svg.sparkline { width: 100%; height: 96px; }
        .spark-line { fill: none; stroke: var(--accent); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; vector-effect: non-scaling-stroke; }
        .spark-area { fill: var(--accent); opacity: .12; }
        .spark-dot { fill: none; stroke: var(--accent); stroke-width: 7; stroke-linecap: round; vector-effect: non-scaling-stroke; }
        .spark-axis { display: flex; justify-content: space-between; color: var(--muted); font-size: 12px; margin-top: 4px; }
        table { width: 100%; border-collapse: collapse; font-size: 14px; background: var(--card); }
        th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
        th { color: var(--muted); font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 0; font-size: 14px; }
        dl.facts dt { color: var(--muted); font-weight: 600; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .sev-critical { --sev: var(--critical); } .sev-high { --sev: var(--high); } .sev-medium { --sev: var(--medium); }
        .sev-low { --sev: var(--low); } .sev-info { --sev: var(--info); }
        .badge { display: inline-block; min-width: 66px; text-align: center; font-size: 11px; font-weight: 700;
          letter-spacing: .05em; text-transform: uppercase; padding: 2px 8px; border-radius: 999px; color: #fff; background: var(--sev); }
        details.finding { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--sev); border-radius: 6px; margin: 8px 0; }
        details.finding > summary { cursor: pointer; padding: 10px 14px; display: flex; gap: 12px; align-items: baseline; list-style: none; }
        details.finding > summary::-webkit-details-marker { display: none; }
        .finding-title { font-weight: 600; flex: 1; }
        .finding-meta { color: var(--muted); font-size: 13px; white-space: nowrap; }
        .finding-body { padding: 4px 14px 12px; border-top: 1px solid var(--line); font-size: 14px; }
        ul.evidence { list-style: none; margin: 8px 0; padding: 0; }
        ul.evidence li { padding: 5px 0; border-bottom: 1px dashed var(--line); overflow-wrap: anywhere; }
        ul.evidence li:last-child { border-bottom: none; }
        .commit { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
        details.other { margin: 10px 0; }
        details.other > summary { cursor: pointer; font-weight: 600; }
        ul.plain { margin: 8px 0; padding-left: 20px; font-size: 14px; }
        footer { margin-top: 44px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12.5px; }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          .card, .panel, details.finding, table, figure { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          .badge, .swatch, svg, .finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
