#if Enterprise
import GroundworkBasics
import GroundworkLicense
import GroundworkReport

/// The frame every Enterprise HTML report shares: one self-contained document with the audit report's and
/// the fleet dashboard's style sheets, and the full-width EVALUATION banner when unlicensed.
package enum FleetHTMLPage {
    /// The document around `body` (sections already rendered); `css` is added after the shared style sheets.
    package static func document(title: String, evaluationMarker: String?, css: String = "", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="groundwork \(HTMLEscaping.text(GroundworkVersion.current))">
        <title>\(HTMLEscaping.text(title))</title>
        <style>
        \(HTMLStyleSheet.css)
        \(FleetHTMLStyle.css)\(css.isEmpty ? "" : "\n" + css)
        </style>
        </head>
        <body>
        \(evaluationBanner(evaluationMarker))<main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The EVALUATION banner above everything, or nothing for a licensed run.
    static func evaluationBanner(_ text: String?) -> String {
        guard let text else { return "" }
        let rest = text.hasPrefix(Entitlement.evaluationMarker + ":") ? String(text.dropFirst(Entitlement.evaluationMarker.count + 1)) : text
        return "<div class=\"evaluation\" role=\"note\"><strong>\(Entitlement.evaluationMarker)</strong>\(HTMLEscaping.text(rest))</div>\n"
    }
}
#endif
