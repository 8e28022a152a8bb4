import GroundworkStack
import Testing

@Suite("Ports")
struct PortScannerTests {
    @Test(
        "ports in code",
        arguments: [
            ("app.listen(3000)", [3000]),
            ("server.listen(8080, '0.0.0.0')", [8080]),
            ("const port = process.env.PORT || 3001", [3001]),
            ("const port = process.env.PORT ?? '4002'", [4002]),
            ("port = int(os.getenv(\"PORT\", \"8002\"))", [8002]),
            ("port = int(os.environ.get('PORT') or 8003)", [8003]),
            ("srv := &http.Server{Addr: \":8084\", Handler: r}", [8084]),
            ("log.Fatal(http.ListenAndServe(\":8085\", nil))", [8085]),
            ("r.Run(\":8086\")", [8086]),
            ("let listener = TcpListener::bind(\"0.0.0.0:3005\").await?;", [3005]),
            ("HttpServer::new(f).bind((\"127.0.0.1\", 8087))?", [8087]),
            ("let addr = SocketAddr::from(([127, 0, 0, 1], 3006));", [3006]),
            ("uvicorn.run(app, host=\"0.0.0.0\", port=8004)", [8004]),
            ("app.http.server.configuration.port = 8089", [8089]),
            ("import os\nimport sys\n", []),
            ("const db = { host: 'db', port: 5432 }", []),
            ("redisPort: 6379", []),
            ("app.listen(0)", []),
        ])
    func code(text: String, ports: [Int]) {
        var scanner = PortScanner()
        scanner.scanCode(text)
        #expect(scanner.ports == ports)
    }

    @Test("strong evidence outranks weak, and repeated evidence outranks single")
    func ranking() {
        var scanner = PortScanner()
        scanner.scanCode("const options = { port: 9999 };\napp.listen(3000);\n")
        #expect(scanner.ports == [3000, 9999])
        var repeated = PortScanner()
        repeated.scanCode("app.listen(4000)\nother.listen(5000)\nthird.listen(5000)\n")
        #expect(repeated.ports == [5000, 4000])
    }

    @Test("Dockerfiles: EXPOSE, ENV PORT and command flags")
    func dockerfile() {
        var scanner = PortScanner()
        scanner.scanDockerfile("FROM node:20\nENV PORT=3010\nEXPOSE 3010 9229/tcp\nCMD [\"node\", \"server.js\"]\n")
        #expect(scanner.ports == [3010, 9229])
        var flags = PortScanner()
        flags.scanDockerfile("FROM python:3.12\nCMD gunicorn app:app --bind 0.0.0.0:8020\n")
        #expect(flags.ports == [8020])
    }

    @Test("commands, dotenv samples and Spring configuration")
    func configuration() {
        var scanner = PortScanner()
        scanner.scanCommand("uvicorn main:app --host 0.0.0.0 --port 8030")
        #expect(scanner.ports == [8030])
        var dotenv = PortScanner()
        dotenv.scanEnvironmentFile("DATABASE_URL=postgres://x\nDB_PORT=5432\nPORT=3040\n")
        #expect(dotenv.ports == [3040])
        var properties = PortScanner()
        properties.scanSpringConfiguration("server.port=${SERVER_PORT:8050}\n", isYAML: false)
        #expect(properties.ports == [8050])
        var yaml = PortScanner()
        yaml.scanSpringConfiguration("server:\n  port: 8051\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\nserver:\n  port: 8052\n", isYAML: true)
        #expect(yaml.ports == [8051, 8052])
    }
}
