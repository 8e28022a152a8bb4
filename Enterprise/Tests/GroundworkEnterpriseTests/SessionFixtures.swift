#if Enterprise
import Foundation
import GroundworkTestSupport

/// Small hand-written applications that keep their sessions in one process or on its disk (express-session's
/// MemoryStore, Flask-Session on the filesystem, Django cache sessions on the default LocMemCache,
/// gorilla/sessions' FilesystemStore, Hummingbird's MemoryPersistDriver), with the
/// routes scripts/recipes/sessions-across-processes.sh calls, and a Deployment of two replicas.
enum SessionFixtures {
    static let stacks = ["node-express", "python-flask", "python-django", "go", "swift-hummingbird"]

    /// The Deployment: two replicas, one serving container with an env of its own.
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
                - name: web
                  image: ghcr.io/acme/web:1.0.0
                  ports:
                    - containerPort: 8000
                  env:
                    - name: LOG_LEVEL
                      value: info

        """

    /// The application of `stack`, with its manifest.
    static func files(_ stack: String) -> [String: FixtureContent] {
        application(stack).merging(["k8s/web.yaml": deployment]) { $1 }.mapValues { .text($0) }
    }

    /// A repository holding the application of `stack`, checked out.
    static func repository(_ stack: String) throws -> RepoBuilder {
        let repo = try RepoBuilder()
        try repo.commit("application", files: files(stack))
        try repo.checkout()
        return repo
    }

    static func application(_ stack: String) -> [String: String] {
        switch stack {
        case "node-express":
            return [
                "package.json": #"""
                {
                  "name": "sessions-fixture",
                  "version": "1.0.0",
                  "private": true,
                  "scripts": {"start": "node src/index.js"},
                  "dependencies": {"express": "^4.21.0", "express-session": "^1.18.0"}
                }

                """#,
                "src/index.js": #"""
                'use strict'

                const express = require('express')
                const session = require('express-session')

                const app = express()
                app.use(session({
                  secret: process.env.SESSION_SECRET || 'fixture-only-not-a-secret',
                  resave: false,
                  saveUninitialized: false
                }))

                app.post('/login', (req, res) => {
                  req.session.user = 'alice'
                  res.json({ user: 'alice' })
                })

                app.get('/whoami', (req, res) => {
                  if (!req.session.user) return res.status(401).json({ detail: 'not logged in' })
                  res.json({ user: req.session.user })
                })

                app.post('/logout', (req, res, next) => {
                  req.session.destroy((error) => (error ? next(error) : res.json({ detail: 'logged out' })))
                })

                app.listen(Number(process.env.PORT) || 3000, '127.0.0.1')

                """#,
            ]
        case "python-flask":
            return [
                "requirements.txt": #"""
                Flask==3.1.3
                Flask-Session==0.8.0

                """#,
                "app.py": #"""
                import os

                from flask import Flask, jsonify, session
                from flask_session import Session

                app = Flask(__name__)
                app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "fixture-only-not-a-secret")
                app.config["SESSION_TYPE"] = "filesystem"
                Session(app)


                @app.post("/login")
                def login():
                    session["user"] = "alice"
                    return jsonify(user="alice")


                @app.get("/whoami")
                def whoami():
                    user = session.get("user")
                    if user is None:
                        return jsonify(detail="not logged in"), 401
                    return jsonify(user=user)


                @app.post("/logout")
                def logout():
                    session.clear()
                    return jsonify(detail="logged out")

                """#,
            ]
        case "python-django":
            return [
                "requirements.txt": #"""
                Django==5.2.19

                """#,
                "manage.py": #"""
                #!/usr/bin/env python
                import os
                import sys

                if __name__ == "__main__":
                    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
                    from django.core.management import execute_from_command_line

                    execute_from_command_line(sys.argv)

                """#,
                "mysite/__init__.py": "",
                "mysite/settings.py": #"""
                from pathlib import Path

                BASE_DIR = Path(__file__).resolve().parent.parent
                SECRET_KEY = "fixture-only-not-a-secret"
                DEBUG = False
                ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
                INSTALLED_APPS = ["django.contrib.sessions"]
                MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]
                ROOT_URLCONF = "mysite.urls"
                USE_TZ = True
                SESSION_ENGINE = "django.contrib.sessions.backends.cache"

                """#,
                "mysite/urls.py": #"""
                from django.http import JsonResponse
                from django.urls import path


                def login(request):
                    request.session["user"] = "alice"
                    return JsonResponse({"user": "alice"})


                def whoami(request):
                    user = request.session.get("user")
                    if user is None:
                        return JsonResponse({"detail": "not logged in"}, status=401)
                    return JsonResponse({"user": user})


                def logout(request):
                    request.session.flush()
                    return JsonResponse({"detail": "logged out"})


                urlpatterns = [path("login", login), path("whoami", whoami), path("logout", logout)]

                """#,
            ]
        case "go":
            return [
                "go.mod": #"""
                module example.com/web

                go 1.19

                require github.com/gorilla/sessions v1.2.1

                """#,
                "main.go": #"""
                package main

                import (
                	"encoding/json"
                	"log"
                	"net/http"
                	"os"

                	"github.com/gorilla/sessions"
                )

                var store = sessions.NewFilesystemStore("", []byte(sessionKey()))

                func sessionKey() string {
                	if key := os.Getenv("SESSION_KEY"); key != "" {
                		return key
                	}
                	return "fixture-only-not-a-secret-32-byt"
                }

                func reply(w http.ResponseWriter, status int, body map[string]string) {
                	w.Header().Set("Content-Type", "application/json")
                	w.WriteHeader(status)
                	_ = json.NewEncoder(w).Encode(body)
                }

                func login(w http.ResponseWriter, r *http.Request) {
                	session, _ := store.Get(r, "session")
                	session.Values["user"] = "alice"
                	if err := session.Save(r, w); err != nil {
                		reply(w, http.StatusInternalServerError, map[string]string{"detail": err.Error()})
                		return
                	}
                	reply(w, http.StatusOK, map[string]string{"user": "alice"})
                }

                func whoami(w http.ResponseWriter, r *http.Request) {
                	session, _ := store.Get(r, "session")
                	user, ok := session.Values["user"].(string)
                	if !ok {
                		reply(w, http.StatusUnauthorized, map[string]string{"detail": "not logged in"})
                		return
                	}
                	reply(w, http.StatusOK, map[string]string{"user": user})
                }

                func logout(w http.ResponseWriter, r *http.Request) {
                	session, _ := store.Get(r, "session")
                	session.Options.MaxAge = -1
                	if err := session.Save(r, w); err != nil {
                		reply(w, http.StatusInternalServerError, map[string]string{"detail": err.Error()})
                		return
                	}
                	reply(w, http.StatusOK, map[string]string{"detail": "logged out"})
                }

                func main() {
                	mux := http.NewServeMux()
                	mux.HandleFunc("/login", login)
                	mux.HandleFunc("/whoami", whoami)
                	mux.HandleFunc("/logout", logout)
                	log.Fatal(http.ListenAndServe("127.0.0.1:"+os.Getenv("PORT"), mux))
                }

                """#,
            ]
        case "swift-hummingbird":
            return [
                "Package.swift": #"""
                // swift-tools-version:6.0
                import PackageDescription

                let package = Package(
                    name: "sessions-fixture",
                    platforms: [.macOS(.v14)],
                    products: [
                        .executable(name: "App", targets: ["App"])
                    ],
                    dependencies: [
                        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
                        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
                    ],
                    targets: [
                        .executableTarget(
                            name: "App",
                            dependencies: [
                                .product(name: "Hummingbird", package: "hummingbird"),
                                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                            ]
                        )
                    ]
                )

                """#,
                "Sources/App/App.swift": #"""
                import Hummingbird
                import HummingbirdAuth

                /// What a session holds: who logged in.
                struct UserSession: Codable, Sendable {
                    var user: String
                }

                typealias AppRequestContext = BasicSessionRequestContext<UserSession, UserSession>

                @main
                struct App {
                    static func main() async throws {
                        let persist = MemoryPersistDriver()
                        let router = Router(context: AppRequestContext.self)
                        router.add(middleware: SessionMiddleware(storage: persist))
                        router.post("/login") { _, context -> [String: String] in
                            context.sessions.createSession(UserSession(user: "alice"))
                            return ["user": "alice"]
                        }
                        router.get("/whoami") { _, context -> [String: String] in
                            guard let session = context.sessions.session else {
                                throw HTTPError(.unauthorized, message: "not logged in")
                            }
                            return ["user": session.user]
                        }
                        router.post("/logout") { _, context -> [String: String] in
                            context.sessions.clearSession()
                            return ["detail": "logged out"]
                        }
                        let port = Int(Environment().get("PORT") ?? "") ?? 8080
                        let app = Application(
                            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), services: [persist])
                        try await app.runService()
                    }
                }

                """#,
            ]
        default:
            return [:]
        }
    }
}
#endif
