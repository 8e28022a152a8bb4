extension SecretRule {
    /// Azure Service Bus, Event Hubs and IoT Hub connection strings: `SharedAccessKey=` and 44 base64 characters.
    static let azureSharedAccessKey = SecretRule(
        id: "azure-shared-access-key",
        name: "Azure Service Bus / Event Hubs shared access key",
        provider: "Microsoft Azure",
        severity: .high,
        keywords: ["sharedaccesskey="],
        pattern: #"(?i:SharedAccessKey=)([A-Za-z0-9+/]{43}=)"#,
        minimumEntropy: 4.0,
        reportsInTestCode: false,
        remediation: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas",
        truePositives: [
            "SERVICEBUS_CONNECTION=\"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey="
                + ExampleSecret.base64(43, "azure-shared-access-key/0/0") + "=\""
        ],
        falsePositives: [
            "SERVICEBUS_CONNECTION=\"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>\""
        ]
    )
}
