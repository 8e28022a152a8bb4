// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// Google API keys (Maps, Cloud): `AIza` and 35 URL-safe characters.
    ///
    /// The key of a Firebase app is published in every copy of the app, so it is no secret (access is guarded by
    /// security rules): keys in the SDK's configuration (`apiKey:` of `firebaseConfig`, `current_key` of
    /// google-services.json, the generated `google_api_key` resources) are matched by the first alternative and
    /// marked public, so the generic rule does not report them either.
    static let googleAPIKey = SecretRule(
        id: "google-api-key",
        name: "Google API key",
        provider: "Google Cloud",
        severity: .high,
        keywords: ["aiza"],
        pattern:
            #"(?:(?:\bapiKey|"current_key"|"(?:google|firebase|google_crash_reporting)_(?:web_)?api_key"|<key>API_KEY</key>)["']?\s*(?:[:=>]|<string>)\s*["']?(AIza[0-9A-Za-z_\-]{35})|\b(AIza[0-9A-Za-z_\-]{35}))(?![0-9A-Za-z_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.0,
        remediation: "https://cloud.google.com/docs/authentication/api-keys#securing",
        truePositives: [
            "GOOGLE_MAPS_KEY=" + "AIza" + "qLy7zKUVQDT7S8sTQCBNR3YbDgbleph1QHt",
            "<script src=\"https://maps.googleapis.com/maps/api/js?key=" + "AIza" + "qLy7zKUVQDT7S8sTQCBNR3YbDgbleph1QHt\">",
        ],
        falsePositives: [
            "apiKey: \"AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"",
            "apiKey: \"AIza...\"",
            // Firebase web and Android configuration: public by design.
            "  apiKey: \"" + "AIza" + "qLy7zKUVQDT7S8sTQCBNR3YbDgbleph1QHt\",",
            "        \"current_key\": \"" + "AIza" + "qLy7zKUVQDT7S8sTQCBNR3YbDgbleph1QHt\"",
        ],
        refine: markingPublic { $0.group == 1 }
    )
}
