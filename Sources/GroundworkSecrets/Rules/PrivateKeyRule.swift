// Example keys are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match. The body is random bytes, not a key.

extension SecretRule {
    /// PEM private keys (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP): a BEGIN marker followed by a body.
    static let privateKey = SecretRule(
        id: "private-key",
        name: "Private key",
        severity: .critical,
        keywords: ["private key"],
        matcher: .pemBlock(
            begin: compile(#"-----BEGIN[ A-Z0-9_\-]{0,40}PRIVATE KEY(?: BLOCK)?-----"#, rule: "private-key")
        ),
        minimumEntropy: 4.0,
        minimumLength: 64,
        // A TLS or signing test generates a key for itself (Go's testdata/key.pem).
        reportsInTestCode: false,
        truePositives: [
            (["-----BEGIN RSA " + "PRIVATE KEY-----"] + PrivateKeyExample.bodyLines + ["-----END RSA PRIVATE KEY-----"])
                .joined(separator: "\n"),
            #"  "private_key": "-----BEGIN "# + #"PRIVATE KEY-----\n"#
                + PrivateKeyExample.bodyLines.joined(separator: #"\n"#) + #"\n-----END PRIVATE KEY-----\n","#,
            (["-----BEGIN OPENSSH " + "PRIVATE KEY-----"] + PrivateKeyExample.bodyLines + ["-----END OPENSSH PRIVATE KEY-----"])
                .joined(separator: "\r\n"),
        ],
        falsePositives: [
            #"if pem.hasPrefix("-----BEGIN RSA PRIVATE KEY-----") {"#,
            "-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
            "-----BEGIN PUBLIC KEY-----\n" + PrivateKeyExample.bodyLines.joined(separator: "\n") + "\n-----END PUBLIC KEY-----",
        ]
    )
}

/// A made-up key body: base64 of random bytes, in 64-column lines as PEM writes them.
enum PrivateKeyExample {
    static let bodyLines = [
        "P4HGARdD0RYkZpYKZAVMTaE7FZX1h9rAJ6jkt8jhmGPDU7j8fiZIuZ6kJQvT1bfk",
        "g6Btu7PPgSPohsCBkdXQzQTTr5XM5Lau9LGkOhUHCiKjXPUaYNVzjgygBKCIrj59",
        "QwB0zBG/7oDliReohhC+vHlAzxPYQzy6wTQ7vab5dX7YYRN66a9JxAudoaQyE5kl",
        "VEGmvrFNn5EiA3sPfET4rBmxN6x9SrWESXZ3d8Qe/uSMM0/6Fe95BEp1E9GB9/5z",
        "/kRjNery7jU=",
    ]
}
