extension SecretRule {
    /// The rules for AI and machine-learning platforms, in the order the scanner runs them.
    static let aiRules: [SecretRule] = [
        .openAIAPIKey,
        .anthropicAPIKey,
        .huggingFaceToken,
        .perplexityAPIKey,
        .groqAPIKey,
        .replicateAPIToken,
        .xAIAPIKey,
        .langSmithAPIKey,
        .pineconeAPIKey,
        .cohereAPIKey,
        .mistralAPIKey,
        .azureOpenAIKey,
        .deepSeekAPIKey,
        .elevenLabsAPIKey,
        .assemblyAIAPIKey,
    ]
}
