// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// AWS access key ids: `AKIA` (long-term), `ASIA` (temporary), `ABIA` (STS bearer) and 16 base-32 characters.
    /// `ACCA` keys are left out: rare, and "acca" alone sends one source file in a hundred past the prefilter.
    static let awsAccessKeyID = SecretRule(
        id: "aws-access-key-id",
        name: "AWS access key id",
        provider: "Amazon Web Services",
        severity: .high,
        keywords: ["akia", "asia", "abia", "a3t"],
        pattern: #"\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA)[A-Z2-7]{16})\b"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        truePositives: [
            "aws_access_key_id = " + "AKIA" + "UJZDEGXDNCF32EPF",
            #"{"AccessKeyId": ""# + "ASIA" + #"3DHODZDOCIS2JHTL", "Expiration": "2024-01-01"}"#,
        ],
        falsePositives: [
            // AWS's documented example key.
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
            "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX",
            "region = ASIA_PACIFIC_SOUTHEAST",
            // Longer than a key id: part of some other identifier.
            "id = " + "AKIA" + "UJZDEGXDNCF32EPFQ",
        ]
    )

    /// AWS secret access keys: 40 base-64 characters, recognised only next to a name that says what they are,
    /// because 40 random characters alone are indistinguishable from any other hash.
    static let awsSecretAccessKey: SecretRule = {
        var rule = awsSecretAccessKeyByPattern
        rule.lineCondition = holdsKeyLengthRun(bytes:)
        return rule
    }()

    /// The AWS secret access key rule without `holdsKeyLengthRun`, as the scanner ran it before that test existed.
    static let awsSecretAccessKeyByPattern = SecretRule(
        id: "aws-secret-access-key",
        name: "AWS secret access key",
        provider: "Amazon Web Services",
        severity: .critical,
        keywords: ["secret"],
        pattern: #"(?i:(?:aws[_.\-]?)?secret[_.\-]?access[_.\-]?key|aws[_.\-]?secret(?:[_.\-]?key)?)["'`\]]{0,2}[ \t]*(?:=>|:=|=|:)[ \t]*["'`]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        truePositives: [
            "aws_secret_access_key = " + "NYvMIHa+2o76umfX" + "fKm+r5kJP1VrT/1FJors+6IL",
            "AWS_SECRET_ACCESS_KEY: \"" + "NYvMIHa+2o76umfX" + "fKm+r5kJP1VrT/1FJors+6IL\"",
            "secretAccessKey: '" + "NYvMIHa+2o76umfX" + "fKm+r5kJP1VrT/1FJors+6IL',",
        ],
        falsePositives: [
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}",
            "aws_secret_access_key = \"<your secret access key>\"",
            "AWS_SECRET_ACCESS_KEY: 0000000000000000000000000000000000000000",
        ]
    )

    /// False only when `line` holds no run of exactly 40 of the key's characters (`[A-Za-z0-9/+]`), which the
    /// pattern's value must be: it follows an operator, a quote or a space and no key character may follow it.
    /// The rule's keyword is `secret`, on nearly every line of authentication code, and its expression ran on
    /// each; this pass over the bytes spares it almost all of them.
    static func holdsKeyLengthRun(_ line: String) -> Bool {
        var line = line
        return line.withUTF8(holdsKeyLengthRun(bytes:))
    }

    /// `holdsKeyLengthRun` on a line's UTF-8 bytes: the rule's `lineCondition`.
    @Sendable static func holdsKeyLengthRun(bytes line: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "/"), UInt8(ascii: "+"):
                run += 1
            default:
                if run == 40 { return true }
                run = 0
            }
        }
        return run == 40
    }
}
