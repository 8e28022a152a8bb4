extension SecretRule {
    /// Passwords in database and broker connection URLs (`postgres://user:password@host`, MongoDB, MySQL, Redis, AMQP);
    /// local defaults such as `postgres:postgres` are too low in entropy to report.
    static let databaseURLPassword = SecretRule(
        id: "database-url-password",
        name: "Password in a database connection URL",
        provider: "Database servers",
        severity: .high,
        keywords: ["mongodb://", "mongodb+srv://", "postgres://", "postgresql://", "mysql://", "mariadb://", "redis://", "rediss://", "amqp://", "amqps://", "mssql://", "sqlserver://"],
        pattern: #"^(?!.*(?i:passw|secret|token))[^\n]*?(?i:mongodb(?:\+srv)?|postgres(?:ql)?|mysql|mariadb|rediss?|amqps?|mssql|sqlserver)://[^\s:/@"\'`]*:([^\s:/@"\'`]{6,})@"#,
        minimumEntropy: 3.0,
        remediation: "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
        truePositives: [
            "DATABASE_URL=postgres://app:" + ExampleSecret.base62(18, "database-url-password/0/0") + "@db.internal:5432/app",
            "MONGODB_URI=\"mongodb+srv://api:" + ExampleSecret.base62(20, "database-url-password/1/0") + "@cluster0.abcde.mongodb.net/shop\"",
            "url = \"redis://default:" + ExampleSecret.base62(24, "database-url-password/2/0") + "@cache:6379/0\"",
        ],
        falsePositives: [
            "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app",
            "DATABASE_URL=postgres://user:${DB_PASSWORD}@db/app",
            "MONGODB_URI=mongodb://localhost:27017/app",
        ]
    )
}
