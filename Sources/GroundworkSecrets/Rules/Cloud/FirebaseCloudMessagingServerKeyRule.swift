extension SecretRule {
    /// Firebase Cloud Messaging legacy server keys: `AAAA`, seven characters, `:APA91b` and 134 more.
    static let firebaseCloudMessagingServerKey = SecretRule(
        id: "firebase-fcm-server-key",
        name: "Firebase Cloud Messaging server key",
        provider: "Google Firebase",
        severity: .high,
        keywords: [":apa91b"],
        pattern: #"\b(AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{134})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://firebase.google.com/docs/cloud-messaging/migrate-v1",
        truePositives: [
            "FCM_SERVER_KEY=AAAA" + ExampleSecret.base64URL(7, "firebase-fcm-server-key/0/0") + ":APA91b" + ExampleSecret.base64URL(134, "firebase-fcm-server-key/0/1")
        ],
        falsePositives: [
            "FCM_SERVER_KEY=AAAAxxxxxxx:APA91bxxxxxxxx"
        ]
    )
}
