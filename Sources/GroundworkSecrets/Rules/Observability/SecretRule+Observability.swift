extension SecretRule {
    /// The rules for monitoring, logging, error tracking and analytics, in the order the scanner runs them.
    static let observabilityRules: [SecretRule] = [
        .sentryOrgToken,
        .sentryUserToken,
        .sentryDSNSecret,
        .newRelicUserAPIKey,
        .newRelicBrowserAPIKey,
        .newRelicInsightsKey,
        .newRelicLicenseKey,
        .datadogAPIKey,
        .datadogApplicationKey,
        .grafanaCloudToken,
        .grafanaServiceAccountToken,
        .grafanaAPIKey,
        .sumoLogicAccessKey,
        .splunkHECToken,
        .dynatraceToken,
        .honeycombAPIKey,
        .rollbarAccessToken,
        .bugsnagAPIKey,
        .pagerDutyAPIKey,
        .opsgenieAPIKey,
        .mixpanelSecret,
        .amplitudeSecretKey,
        .nightfallAPIKey,
    ]
}
