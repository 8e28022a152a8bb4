import Foundation

@testable import GroundworkSecrets

extension DecoyCorpus {
    /// Values that are public by design, encoded data and code: images, minified code, sample tokens, public keys,
    /// placeholders, fixtures, local URLs.
    // swiftlint:disable line_length
    static let publicValueKinds: [(String, Maker)] = [
        (
            "base64-images",
            { v, _ in
                (
                    "web/src/styles.css",
                    """
                    .logo { background-image: url("data:image/png;base64,iVBORw0KGgo\(v.base64(300, "a"))="); }
                    .icon { background: url(data:image/svg+xml;base64,PHN2Zy\(v.base64(120, "b"))); }
                    """
                )
            }
        ),
        (
            "minified-javascript",
            { v, _ in
                (
                    "public/assets/app.\(v.hex(8)).js",
                    """
                    !function(e,t){"use strict";var \(v.lower(2))="\(v.base62(24, "a"))",\(v.lower(2, "x"))=function(n){return n.\(v.lower(3, "m"))("\(v.base62(16, "b"))")};e.\(v.lower(4, "k"))=\(v.lower(2))}(window,document);
                    var _0x\(v.hex(4))=["\(v.base62(12, "c"))","\(v.base64(20, "d"))","\(v.base62(18, "e"))"];
                    """
                )
            }
        ),
        (
            "jwt-in-tests",
            { v, _ in
                let header = Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
                let payload = Data(#"{"sub":"user-\#(v.digits(4))","role":"admin"}"#.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
                return (
                    "tests/auth/middleware.test.ts",
                    """
                    const token = "\(header).\(payload).\(v.base64URL(43))";
                    expect(verify(token, "test-secret")).toBeTruthy();
                    """
                )
            }
        ),
        (
            "jwt-sample-in-docs",
            { v, _ in
                (
                    "docs/authentication.md",
                    """
                    Send the token in the `Authorization` header, for example the jwt.io sample:

                        Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

                    Request \(v.digits(3)) returns `401` when the token has expired.
                    """
                )
            }
        ),
        (
            "kubernetes-configmaps",
            { v, _ in
                (
                    "k8s/configmap.yaml",
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: api-config
                    data:
                      LOG_LEVEL: info
                      FEATURE_FLAGS: \(Data("search,exports,\(v.lower(6))".utf8).base64EncodedString())
                      BUILD_ID: "\(v.hex(12))"
                    """
                )
            }
        ),
        (
            "kubernetes-secret-templates",
            { v, _ in
                (
                    "charts/api/templates/secret.yaml",
                    """
                    apiVersion: v1
                    kind: Secret
                    metadata:
                      name: {{ include "api.fullname" . }}-\(v.lower(4))
                    type: Opaque
                    data:
                      DATABASE_PASSWORD: {{ .Values.database.password | b64enc | quote }}
                      API_TOKEN: {{ required "apiToken" .Values.apiToken | b64enc }}
                    """
                )
            }
        ),
        (
            "public-keys-and-certificates",
            { v, index in
                index % 2 == 0
                    ? (".ssh/authorized_keys", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI\(v.base64(43)) deploy@\(v.lower(6))\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ\(v.base64(300, "r")) ci@build\n")
                    : (
                        "certs/ca.pem",
                        "-----BEGIN CERTIFICATE-----\nMIID\(v.base64(60, "a"))\n\(v.base64(64, "b"))\n\(v.base64(64, "c"))\n-----END CERTIFICATE-----\n-----BEGIN PUBLIC KEY-----\nMFkw\(v.base64(60, "d"))\n-----END PUBLIC KEY-----\n"
                    )
            }
        ),
        (
            "firebase-web-config",
            { v, index in
                index % 2 == 0
                    ? (
                        "web/src/firebase.ts",
                        """
                        const firebaseConfig = {
                          apiKey: "AIza\(v.base64URL(35))",
                          authDomain: "acme-\(v.lower(5)).firebaseapp.com",
                          projectId: "acme-\(v.lower(5))",
                          messagingSenderId: "\(v.digits(12))",
                          appId: "1:\(v.digits(12)):web:\(v.hex(22))"
                        };
                        """
                    )
                    : (
                        "android/app/google-services.json",
                        """
                          "api_key": [
                            {
                              "current_key": "AIza\(v.base64URL(35))"
                            }
                          ],
                        """
                    )
            }
        ),
        (
            "public-client-tokens",
            { v, index in
                [
                    ("web/src/map.js", "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1\(v.base64URL(50)).\(v.base64URL(22, "s"))';"),
                    ("web/src/checkout.js", "const stripe = Stripe('pk_live_\(v.base62(99))');"),
                    ("web/src/search.js", "const client = algoliasearch('\(v.base62(10).uppercased())', '\(v.hex(32))'); // search-only key"),
                    ("web/src/link.js", "onSuccess: (publicToken) => exchange({ public_token: 'public-sandbox-\(v.uuid())' }),"),
                    ("web/src/analytics.js", "datadogRum.init({ applicationId: '\(v.uuid())', clientToken: 'pub\(v.hex(32))', site: 'datadoghq.eu' });"),
                ][index % 5]
            }
        ),
        (
            "csrf-and-nonces",
            { v, index in
                index % 2 == 0
                    ? (
                        "app/views/layouts/application.html.erb",
                        "<meta name=\"csrf-param\" content=\"authenticity_token\" />\n<script nonce=\"\(v.base64(22))\">window.BUILD = \"\(v.hex(7))\"</script>\n"
                    )
                    : ("templates/form.html", "<form method=\"post\">\n  <input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"{{ csrf_token }}\">\n</form>\n")
            }
        ),
        (
            "placeholders",
            { v, index in
                (
                    ".env.example",
                    [
                        "OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n",
                        "DATABASE_URL=postgres://user:changeme@localhost:5432/app\nREDIS_PASSWORD=changeme\n",
                        "GITHUB_TOKEN=<your-github-token>\nSLACK_BOT_TOKEN=xoxb-your-bot-token\n",
                        "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\nDATADOG_API_KEY=${DD_API_KEY}\n",
                        "SENDGRID_API_KEY=your_api_key_here\nHEROKU_API_KEY=your-heroku-api-key\nTWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
                        "JWT_SECRET=replace-me\nSESSION_SECRET=<generate with openssl rand -hex 32>\nAPI_KEY=%API_KEY%\n",
                    ][index % 6] + "# \(v.lower(8))\n"
                )
            }
        ),
        (
            "cloud-identifiers",
            { v, index in
                (
                    "infra/main.tf",
                    [
                        "role_arn = \"arn:aws:iam::\(v.digits(12)):role/\(v.lower(8))-deploy\"\nbucket   = \"acme-\(v.lower(6))-artifacts\"\n",
                        "zone_id    = \"\(v.hex(32))\" # cloudflare zone\naccount_id = \"\(v.hex(32))\"\n",
                        "subscription_id = \"\(v.uuid())\"\ntenant_id       = \"\(v.uuid("t"))\"\nclient_id       = \"\(v.uuid("c"))\"\n",
                        "project = \"acme-\(v.lower(6))-\(v.digits(6))\"\nimage   = \"projects/debian-cloud/global/images/debian-12-bookworm-v\(v.digits(8))\"\n",
                        "vpc_id = \"vpc-\(v.hex(17))\"\nsubnet_ids = [\"subnet-\(v.hex(17, "a"))\", \"subnet-\(v.hex(17, "b"))\"]\nami = \"ami-\(v.hex(17, "c"))\"\n",
                    ][index % 5]
                )
            }
        ),
        (
            "provider-names-without-secrets",
            { v, index in
                (
                    "config/settings.py",
                    [
                        "HEROKU_APP_NAME = \"acme-\(v.lower(6))\"\nDATADOG_SITE = \"datadoghq.eu\"\nSENTRY_ENVIRONMENT = \"production\"\n",
                        "STRIPE_PRICE_ID = \"price_\(v.base62(24))\"\nSTRIPE_CUSTOMER = \"cus_\(v.base62(14))\"\n",
                        "SLACK_CHANNEL_ID = \"C\(v.base62(10).uppercased())\"\nGITHUB_REPOSITORY = \"acme/\(v.lower(7))\"\n",
                        "OKTA_ISSUER = \"https://acme.okta.com/oauth2/default\"\nAUTH0_DOMAIN = \"acme-\(v.lower(4)).eu.auth0.com\"\n",
                        "SENTRY_DSN = \"https://\(v.hex(32))@o\(v.digits(6)).ingest.sentry.io/\(v.digits(7))\"\n",
                        "ALGOLIA_APP_ID = \"\(v.base62(10).uppercased())\"\nALGOLIA_SEARCH_KEY = \"\(v.hex(32))\"\n",
                    ][index % 6]
                )
            }
        ),
        (
            "test-fixtures",
            { v, _ in
                (
                    "tests/fixtures/users.json",
                    """
                    [{"email": "user\(v.digits(3))@example.com", "password": "\(v.base62(14))", "api_key": "\(v.hex(32))",
                      "reset_token": "\(v.base64URL(32))", "secret": "\(v.base62(20))"}]
                    """
                )
            }
        ),
        (
            "source-code-identifiers",
            { v, _ in
                (
                    "src/\(v.lower(6))/handler.go",
                    """
                    func (h *Handler) \(v.lower(8).capitalized)(w http.ResponseWriter, r *http.Request) {
                        tokenType := r.Header.Get("X-Token-Type")
                        passwordPolicy := h.policies.Lookup("\(v.lower(10))")
                        cacheKey := fmt.Sprintf("%s:%s", "\(v.hex(8))", tokenType)
                        _ = passwordPolicy
                    }
                    """
                )
            }
        ),
        (
            "html-integrity-and-sri",
            { v, _ in
                (
                    "public/index.html",
                    """
                    <script src="https://cdn.jsdelivr.net/npm/\(v.package)@\(v.version)/dist/index.min.js" integrity="sha384-\(v.base64(64))" crossorigin="anonymous"></script>
                    <link rel="stylesheet" href="/assets/app.\(v.hex(20)).css">
                    """
                )
            }
        ),
        (
            "random-test-data",
            { v, _ in
                (
                    "spec/factories/orders.rb",
                    """
                    FactoryBot.define do
                      factory :order do
                        reference { "ORD-\(v.base62(12).uppercased())" }
                        idempotency_key { "\(v.uuid())" }
                        tracking_number { "1Z\(v.base62(16).uppercased())" }
                      end
                    end
                    """
                )
            }
        ),
        (
            "dockerfiles-and-ci",
            { v, _ in
                (
                    ".github/workflows/ci.yml",
                    """
                    - uses: actions/checkout@\(v.hex(40))
                    - uses: actions/setup-node@\(v.hex(40, "n"))
                      with:
                        node-version: 20
                    - run: npm ci
                      env:
                        NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
                        CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}
                    """
                )
            }
        ),
        (
            "database-urls-local",
            { v, index in
                (
                    "docker-compose.yml",
                    [
                        "DATABASE_URL: postgres://postgres:postgres@db:5432/app_\(v.lower(4))\n",
                        "MONGO_URL: mongodb://mongo:27017/\(v.lower(6))\n",
                        "REDIS_URL: redis://cache:6379/\(v.digits(1))\n",
                        "AMQP_URL: amqp://guest:guest@rabbitmq:5672/\n",
                    ][index % 4]
                )
            }
        ),
        (
            "hashes-in-code",
            { v, _ in
                (
                    "scripts/verify.py",
                    """
                    EXPECTED_SHA1 = "\(v.hex(40))"
                    EXPECTED_MD5 = "\(v.hex(32, "m"))"
                    FIXTURE_DIGEST = hashlib.sha256(b"\(v.lower(12))").hexdigest()
                    """
                )
            }
        ),
    ]
    // swiftlint:enable line_length
}
