#if Enterprise
import GroundworkAuditModel

/// A service that runs more than one replica keeps its sessions (and the caches its processes share) where
/// every replica sees them: in Redis or a database, or in a signed cookie, never in one process's memory
/// or on one pod's disk.
package struct SessionsInProcessCheck: ScaleCheck {
    package let id = "scale.sessions-in-process"
    package let title = "Sessions live outside the process when a workload runs several replicas"
    package let severity = Severity.high
    package let rationale =
        "A session kept in one process's memory (express-session's MemoryStore, Django's LocMemCache, scs's memstore, Hummingbird's MemoryPersistDriver) or on one pod's disk (session files) is unknown to the other replicas: behind a load balancer users are logged out at random, and sticky sessions only hide it until a pod restarts or the autoscaler moves them. Keep sessions in Redis (the stateless-sessions recipe) or in a signed cookie."
    package let fixedBy = ["stateless-sessions"]
    package let effortHours = 3.0
    // Polaris, kube-score, kube-linter and Checkov read manifests only; none looks at where an application keeps its sessions.
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let stores = SessionStore.recognise(context.includedFiles, of: context.snapshot)
        guard !stores.isEmpty else {
            return .notApplicable("no server-side session store or shared cache recognised (bearer tokens and signed-cookie sessions are stateless)")
        }
        let local = stores.filter(\.isLocal)
        guard let first = local.first else { return .passed }
        let inventory = ScaleInventory.load(context)
        let serving = inventory.workloads.filter { workload in workload.containers.contains { $0["ports"] != nil } }
        let workloads = serving.isEmpty ? inventory.workloads : serving
        guard !workloads.isEmpty else {
            return .notApplicable(
                "\(first.detail) at \(first.path):\(first.line), but no Kubernetes Deployment or StatefulSet says how many replicas run; it breaks as soon as a second process serves")
        }
        let replicated = workloads.compactMap { workload -> (ScaleWorkload, Int)? in
            let most = inventory.replicaRange(of: workload).max
            return most > 1 ? (workload, most) : nil
        }
        guard !replicated.isEmpty else { return .passed }
        let runs = replicated.map { "\($0.0.reference) runs up to \($0.1) replicas" }.joined(separator: ", ")
        return .failed(
            local.map { store in
                Evidence("\(store.detail): sessions live in \(store.place.rawValue), and \(runs); the other replicas do not see them", path: store.path, line: store.line)
            })
    }

    package var examples: [CheckExample] {
        let web = ScaleExampleFiles.deployment(replicas: 3)
        let express = "const express = require('express')\nconst session = require('express-session')\n\nconst app = express()\n"
        let node = ["package.json": #"{"name": "web", "dependencies": {"express": "^4.21.0", "express-session": "^1.18.0"}}"#, "k8s/web.yaml": web]
        let settings = "INSTALLED_APPS = [\"django.contrib.sessions\"]\n"
        let hummingbird = "import Hummingbird\nimport HummingbirdAuth\n\nlet persist = MemoryPersistDriver()\nrouter.add(middleware: SessionMiddleware(storage: persist))\n"
        return [
            CheckExample(
                "express-session with a Redis store, three replicas", .pass,
                files: node.merging(["src/app.js": express + "app.use(session({ store: new RedisSessionStore(), secret: process.env.SESSION_SECRET }))\n"]) { $1 }),
            CheckExample("cookie-session: the session is a signed cookie", .pass, files: node.merging(["src/app.js": "const cookieSession = require('cookie-session')\n"]) { $1 }),
            CheckExample(
                "Django sessions in the cache, the cache in Redis", .pass,
                files: [
                    "k8s/web.yaml": web,
                    "mysite/settings.py": settings
                        + "SESSION_ENGINE = \"django.contrib.sessions.backends.cache\"\nCACHES = {\n    \"default\": {\n        \"BACKEND\": \"django.core.cache.backends.redis.RedisCache\",\n        \"LOCATION\": \"redis://redis:6379\",\n    }\n}\n",
                ]),
            CheckExample(
                "Starlette's SessionMiddleware (a signed cookie)", .pass,
                files: ["k8s/web.yaml": web, "app/main.py": "from starlette.middleware.sessions import SessionMiddleware\n\napp.add_middleware(SessionMiddleware, secret_key=key)\n"]),
            CheckExample("gorilla/sessions CookieStore", .pass, files: ["k8s/web.yaml": web, "main.go": "package main\n\nvar store = sessions.NewCookieStore(key)\n"]),
            CheckExample(
                "Hummingbird sessions on a RedisPersistDriver", .pass,
                files: ["k8s/web.yaml": web, "Sources/App/App+build.swift": hummingbird.replacingOccurrences(of: "MemoryPersistDriver()", with: "RedisPersistDriver(url: redisURL)")]),
            CheckExample(
                "express-session's MemoryStore, one replica", .pass,
                files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 1), "src/app.js": express + "app.use(session({ secret: 'keyboard cat' }))\n"]),
            CheckExample(
                "express-session without a store, three replicas", .fail, files: node.merging(["src/app.js": express + "app.use(session({ secret: 'keyboard cat', resave: false }))\n"]) { $1 }),
            CheckExample(
                "express-session without a store, an HPA up to 10", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(min: 1, max: 10),
                    "index.js": express + "app.use(session({ secret: 'keyboard cat' }))\n",
                ]),
            CheckExample(
                "memorystore", .fail,
                files: ["k8s/web.yaml": web, "src/app.js": express + "const MemoryStore = require('memorystore')(session)\napp.use(session({ store: new MemoryStore({ checkPeriod: 86400000 }) }))\n"]),
            CheckExample(
                "session-file-store", .fail,
                files: ["k8s/web.yaml": web, "src/app.js": express + "const FileStore = require('session-file-store')(session)\napp.use(session({ store: new FileStore({}) }))\n"]),
            CheckExample(
                "Flask-Session on the filesystem", .fail,
                files: [
                    "k8s/web.yaml": web, "app.py": "from flask import Flask\nfrom flask_session import Session\n\napp = Flask(__name__)\napp.config[\"SESSION_TYPE\"] = \"filesystem\"\nSession(app)\n",
                ]),
            CheckExample("Flask-Session on cachelib", .fail, files: ["k8s/web.yaml": web, "config.py": "class Config:\n    SESSION_TYPE = \"cachelib\"\n"]),
            CheckExample("Django file sessions", .fail, files: ["k8s/web.yaml": web, "mysite/settings.py": settings + "SESSION_ENGINE = \"django.contrib.sessions.backends.file\"\n"]),
            CheckExample(
                "Django cache sessions with CACHES unset (LocMemCache)", .fail,
                files: ["k8s/web.yaml": web, "mysite/settings.py": settings + "SESSION_ENGINE = \"django.contrib.sessions.backends.cache\"\n"]),
            CheckExample(
                "a Django LocMemCache shared by nothing", .fail,
                files: [
                    "k8s/web.yaml": web,
                    "mysite/settings.py": settings + "CACHES = {\n    \"default\": {\n        \"BACKEND\": \"django.core.cache.backends.locmem.LocMemCache\",\n    }\n}\n",
                ]),
            CheckExample(
                "fastapi-sessions InMemoryBackend", .fail,
                files: ["k8s/web.yaml": web, "app/sessions.py": "from fastapi_sessions.backends.implementations import InMemoryBackend\n\nbackend = InMemoryBackend[UUID, SessionData]()\n"]),
            CheckExample(
                "scs without a Store (memstore)", .fail,
                files: ["k8s/web.yaml": web, "cmd/web/main.go": "package main\n\nimport \"github.com/alexedwards/scs/v2\"\n\nvar sessionManager = scs.New()\n"]),
            CheckExample(
                "gorilla/sessions FilesystemStore", .fail, files: ["k8s/web.yaml": web, "main.go": "package main\n\nvar store = sessions.NewFilesystemStore(\"\", key)\n"]),
            CheckExample("Hummingbird sessions on a MemoryPersistDriver", .fail, files: ["k8s/web.yaml": web, "Sources/App/App+build.swift": hummingbird]),
            CheckExample(
                "Vapor's default sessions driver (memory)", .fail,
                files: ["k8s/web.yaml": web, "Sources/App/configure.swift": "import Vapor\n\nfunc configure(_ app: Application) {\n    app.middleware.use(app.sessions.middleware)\n}\n"]),
            CheckExample(
                "express-session without a store and no manifests", .notApplicable, files: ["src/app.js": express + "app.use(session({ secret: 'keyboard cat' }))\n"]),
            CheckExample("no server-side sessions (bearer tokens)", .notApplicable, files: ["k8s/web.yaml": web, "src/app.js": express]),
            CheckExample("a test's MemoryStore is not the application's", .notApplicable, files: ["k8s/web.yaml": web, "test/app.test.js": express + "app.use(session({ secret: 'x' }))\n"]),
        ]
    }
}
#endif
