extension SecretRule {
    /// Cloudinary URLs: the API secret between the key and the cloud name.
    static let cloudinaryURL = SecretRule(
        id: "cloudinary-url",
        name: "Cloudinary URL with API secret",
        provider: "Cloudinary",
        severity: .high,
        keywords: ["cloudinary://"],
        pattern: #"cloudinary://[0-9]{6,20}:([A-Za-z0-9_\-]{20,40})@"#,
        minimumEntropy: 3.5,
        remediation: "https://cloudinary.com/documentation/developer_onboarding_faq_find_credentials",
        truePositives: [
            "CLOUDINARY_URL=cloudinary://" + ExampleSecret.digits(15, "cloudinary-url/0/0") + ":" + ExampleSecret.base64URL(27, "cloudinary-url/0/1") + "@acme"
        ],
        falsePositives: [
            "CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>"
        ]
    )
}
