// Made-up secrets of the right shape, joined at run time so that neither this repository's own audit nor a
// host's push protection mistakes the test sources for leaks.
enum FakeSecrets {
    static let gitHubToken = "ghp_" + "8ResqEDusTpkr0cStY4qWB8dWKnHfD04gJdH"
    static let awsAccessKeyID = "AKIA" + "UJZDEGXDNCF32EPF"
    static let awsSecretAccessKey = "NYvMIHa+2o76umfX" + "fKm+r5kJP1VrT/1FJors+6IL" // groundwork:allow
    static let stripeLiveKey = "sk_live_" + "5n1Ae6pWzpF1qH6YytwMe4Lb"
    static let password = "ElFJvhQ8" + "XIm0og" // groundwork:allow
    static let jwt =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiJncm91bmR3b3JrLWZpeHR1cmUiLCJpYXQiOjE3MDAwMDAwMDB9"
        + ".drZRzsGQBJg3UHKwkflF6XUi5AhuqpfEnbtXAqwK8jZ"
    static let privateKeyBody = [
        "P4HGARdD0RYkZpYKZAVMTaE7FZX1h9rAJ6jkt8jhmGPDU7j8fiZIuZ6kJQvT1bfk",
        "g6Btu7PPgSPohsCBkdXQzQTTr5XM5Lau9LGkOhUHCiKjXPUaYNVzjgygBKCIrj59",
        "QwB0zBG/7oDliReohhC+vHlAzxPYQzy6wTQ7vab5dX7YYRN66a9JxAudoaQyE5kl",
    ]
    static let privateKeyBegin = "-----BEGIN RSA " + "PRIVATE KEY-----"
    static let privateKeyEnd = "-----END RSA " + "PRIVATE KEY-----"
    static var privateKey: String { ([privateKeyBegin] + privateKeyBody + [privateKeyEnd]).joined(separator: "\n") }
}
