// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// Google API keys (Maps, Firebase, Cloud): `AIza` and 35 URL-safe characters.
    static let googleAPIKey = SecretRule(
        id: "google-api-key",
        name: "Google API key",
        severity: .high,
        keywords: ["aiza"],
        pattern: #"\b(AIza[0-9A-Za-z_\-]{35})(?![0-9A-Za-z_\-])"#,
        minimumEntropy: 3.0,
        truePositives: [
            "GOOGLE_MAPS_KEY=" + "AIza" + "qLy7zKUVQDT7S8sTQCBNR3YbDgbleph1QHt",
            "<script src=\"https://maps.googleapis.com/maps/api/js?key=" + "AIza" + "qLy7zKUVQDT7S8sTQCBNR3YbDgbleph1QHt\">",
        ],
        falsePositives: [
            "apiKey: \"AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"",
            "apiKey: \"AIza...\"",
        ]
    )
}
