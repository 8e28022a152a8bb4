extension SecretRule {
    /// The rules for infrastructure secrets: vaults, manifests, connection strings and key files, in the order the scanner runs them.
    static let infrastructureRules: [SecretRule] = [
        .terraformCloudToken,
        .vaultToken,
        .vaultLegacyToken,
        .pulumiAccessToken,
        .dopplerToken,
        .ageSecretKey,
        .onePasswordServiceAccountToken,
        .onePasswordSecretKey,
        .kubeconfigClientKey,
        .databaseURLPassword,
        .httpBasicAuthHeader,
        .dockerConfigAuth,
        .npmrcAuth,
        .wireGuardPrivateKey,
        .databricksToken,
        .snowflakeCredential,
        .confluentAPISecret,
        .mongoDBAtlasPrivateKey,
        .infisicalToken,
        .kubernetesSecretManifest,
    ]
}
