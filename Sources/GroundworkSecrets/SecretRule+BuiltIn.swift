extension SecretRule {
    /// Every rule groundwork ships, in the order the scanner runs them.
    ///
    /// Order matters: when two rules find the same value on a line, only the earlier one reports it. Rules that
    /// know a secret by its shape come first; the generic assignment rule, which knows it only by the name it is
    /// assigned to, comes last so that `token = "ghp_…"` is reported as a GitHub token.
    package static let builtIn: [SecretRule] =
        [
            .privateKey,
            .awsAccessKeyID,
            .awsSecretAccessKey,
            .gitHubToken,
            .gitLabToken,
            .slackToken,
            .slackWebhook,
            .stripeLiveKey,
            .googleAPIKey,
            .twilioAPIKey,
            .twilioAccountSID,
            .sendGridAPIKey,
            .npmToken,
        ]
        // The provider rules, by area (Rules/<Area>/SecretRule+<Area>.swift lists each area's rules).
        + aiRules + cloudRules + paymentsRules + messagingRules + devToolsRules + observabilityRules
        + infrastructureRules
        + [
            .jsonWebToken,
            .genericAssignment,
        ]
}
