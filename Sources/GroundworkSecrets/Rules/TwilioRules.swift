// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

// "SK" and "AC" followed by hex are too common to prefilter on, so both rules need the word "twilio" on the
// line; a bare key assigned to a name such as `api_key` is still caught by the generic assignment rule.

extension SecretRule {
    /// Twilio API key sids: `SK` and 32 hexadecimal digits, on a line that mentions Twilio.
    static let twilioAPIKey = SecretRule(
        id: "twilio-api-key",
        name: "Twilio API key",
        provider: "Twilio",
        severity: .high,
        keywords: ["twilio"],
        pattern: #"\b(SK[0-9a-fA-F]{32})\b"#,
        minimumEntropy: 3.0,
        remediation: "https://www.twilio.com/docs/iam/api-keys",
        truePositives: [
            "TWILIO_API_KEY=" + "SK" + "ed440e50454f31af3176813e02ea68ef",
            "twilio:\n  key: " + "SK" + "786e4d3cea27d26934b484e73cf575dc # twilio key",
        ],
        falsePositives: [
            "TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "TWILIO_API_KEY=" + "SK" + "00000000000000000000000000000000",
        ]
    )

    /// Twilio account sids: `AC` and 32 hexadecimal digits. An identifier rather than a secret, but it names the
    /// account whose auth token is usually one line away.
    static let twilioAccountSID = SecretRule(
        id: "twilio-account-sid",
        name: "Twilio account SID",
        provider: "Twilio",
        severity: .medium,
        keywords: ["twilio"],
        pattern: #"\b(AC[0-9a-f]{32})\b"#,
        minimumEntropy: 3.0,
        remediation: "https://www.twilio.com/docs/iam/api-keys",
        truePositives: [
            "TWILIO_ACCOUNT_SID=" + "AC" + "786e4d3cea27d26934b484e73cf575dc"
        ],
        falsePositives: [
            "TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "TWILIO_ACCOUNT_SID=" + "AC" + "00000000000000000000000000000000",
        ]
    )
}
