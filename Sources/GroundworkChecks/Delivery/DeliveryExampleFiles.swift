/// Small, realistic projects the delivery checks' examples are built from.
package enum DeliveryExampleFiles {
    /// An Express HTTP service: a start script, a server framework, a port.
    package static let expressService: [String: String] = [
        "package.json": """
        {
          "name": "orders-api",
          "version": "1.0.0",
          "main": "index.js",
          "scripts": { "start": "node index.js", "test": "node --test" },
          "dependencies": { "express": "^4.19.2" }
        }
        """,
        "package-lock.json": "{\n  \"name\": \"orders-api\",\n  \"lockfileVersion\": 3,\n  \"packages\": {}\n}\n",
        "index.js": """
        const express = require('express');
        const app = express();
        app.get('/health', (req, res) => res.send('ok'));
        app.listen(process.env.PORT || 3000);
        """,
    ]

    /// A Go HTTP server: a main package that listens.
    package static let goService: [String: String] = [
        "go.mod": "module example.com/inventory\n\ngo 1.22\n",
        "main.go": """
        package main

        import "net/http"

        func main() {
        \thttp.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
        \thttp.ListenAndServe(":8080", nil)
        }
        """,
    ]

    /// A published npm library: an entry point and exports, no server and no start script.
    package static let nodeLibrary: [String: String] = [
        "package.json": """
        {
          "name": "@acme/slugify",
          "version": "2.1.0",
          "main": "index.js",
          "files": ["index.js"],
          "scripts": { "test": "node --test" }
        }
        """,
        "index.js": "module.exports = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');\n",
    ]

    /// A multi-stage Go Dockerfile that ends on a non-root distroless image.
    package static let goMultiStageDockerfile = """
        # syntax=docker/dockerfile:1
        FROM golang:1.22-alpine AS build
        WORKDIR /src
        COPY . .
        RUN CGO_ENABLED=0 go build -o /out/server .

        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /out/server /server
        USER 65532:65532
        ENTRYPOINT ["/server"]
        """

    /// A Deployment whose one container follows every Kubernetes check.
    package static func deployment(name: String = "web", image: String = "ghcr.io/acme/web:1.4.2", container extra: String = "", pod podExtra: String = "") -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: \(name)
        spec:
          replicas: 2
          selector:
            matchLabels: { app: \(name) }
          template:
            metadata:
              labels: { app: \(name) }
            spec:
              securityContext:
                runAsNonRoot: true
        \(podExtra)      containers:
                - name: \(name)
                  image: \(image)
                  ports: [{ containerPort: 8080 }]
                  resources:
                    requests: { cpu: 100m, memory: 128Mi }
                    limits: { cpu: 500m, memory: 256Mi }
                  livenessProbe: { httpGet: { path: /health, port: 8080 } }
                  readinessProbe: { httpGet: { path: /ready, port: 8080 } }
                  securityContext:
                    allowPrivilegeEscalation: false
        \(extra)
        """
    }
}
