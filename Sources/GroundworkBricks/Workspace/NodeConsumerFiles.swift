import GroundworkContracts
import GroundworkFormats

/// What `groundwork link` writes into a node-express consumer: the client's lint settings, the glue that
/// reads `<PROVIDER>_URL` at start and builds a client per request, and the consumer contract test.
enum NodeConsumerFiles {
    static func files(_ edge: ConsumerEdge) -> [(path: String, contents: String)] {
        [
            ("src/clients/\(edge.provider.name).js", glue(edge)),
            ("test/\(edge.provider.name).contract.test.js", contractTest(edge)),
        ]
    }

    static func glue(_ edge: ConsumerEdge) -> String {
        let p = edge.prefix, name = edge.provider.name, function = edge.camelName + "Client"
        return """
            'use strict'

            // How \(edge.consumer.name) calls \(name) (\(edge.provider.stack)). Written by `groundwork link \(edge.consumer.name) \(name)`,
            // which rewrites it (merging your edits) when \(name)'s contract changes.
            //
            //   \(p)_URL                 the base URL of \(name), e.g. http://\(name):8080 (required)
            //   \(p)_AUTH                forward (default): send the caller's bearer token on;
            //                            client-credentials: get a token of this service's own (below)
            //   \(p)_TOKEN_URL, \(p)_CLIENT_ID, \(p)_CLIENT_SECRET, \(p)_SCOPE (optional)
            //                            the OAuth 2.0 client-credentials grant, for \(p)_AUTH=client-credentials
            //   \(p)_TIMEOUT_MS          per attempt (default 10000)

            const MODES = ['forward', 'client-credentials']

            /**
             * Reads and checks the settings; throws naming the variable that is missing or wrong. Under the test
             * runner a missing \(p)_URL is not an error until a client is asked for: the service's own tests
             * need not reach \(name).
             */
            function readConfig (env = process.env) {
              const url = env.\(p)_URL
              if (!url && env.NODE_TEST_CONTEXT) return null
              if (!url) throw new Error('\(p)_URL is not set: the base URL of the \(name) service, e.g. http://\(name):8080')
              let parsed
              try {
                parsed = new URL(url)
              } catch {
                throw new Error(`\(p)_URL is not a URL: ${url}`)
              }
              if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`\(p)_URL must be an http or https URL, found ${parsed.protocol}`)
              const auth = env.\(p)_AUTH || 'forward'
              if (!MODES.includes(auth)) throw new Error(`\(p)_AUTH must be one of ${MODES.join(', ')}, found ${auth}`)
              const timeoutMs = Number(env.\(p)_TIMEOUT_MS || 10000)
              if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`\(p)_TIMEOUT_MS must be a positive whole number of milliseconds, found ${env.\(p)_TIMEOUT_MS}`)
              const config = { baseUrl: url, auth, timeoutMs }
              if (auth === 'client-credentials') {
                for (const variable of ['\(p)_TOKEN_URL', '\(p)_CLIENT_ID', '\(p)_CLIENT_SECRET']) {
                  if (!env[variable]) throw new Error(`${variable} is not set: \(p)_AUTH=client-credentials needs it`)
                }
                Object.assign(config, { tokenUrl: env.\(p)_TOKEN_URL, clientId: env.\(p)_CLIENT_ID, clientSecret: env.\(p)_CLIENT_SECRET, scope: env.\(p)_SCOPE })
              }
              return config
            }

            // Read when the service starts (this module is loaded with the routes that use it): a missing or
            // malformed variable stops the service before it takes traffic.
            const config = readConfig()

            let cached = null

            /** A token of this service's own (client-credentials grant), reused until a minute before it expires. */
            async function serviceToken () {
              if (cached && cached.expiresAt > Date.now() + 60000) return cached.token
              const form = new URLSearchParams({ grant_type: 'client_credentials' })
              if (config.scope) form.set('scope', config.scope)
              const credentials = Buffer.from(`${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`).toString('base64')
              const response = await fetch(config.tokenUrl, {
                method: 'POST',
                headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
                body: form,
                signal: AbortSignal.timeout(config.timeoutMs)
              })
              if (!response.ok) throw new Error(`\(name): the token endpoint answered ${response.status}`)
              const grant = await response.json()
              cached = { token: grant.access_token, expiresAt: Date.now() + (Number(grant.expires_in) || 300) * 1000 }
              return cached.token
            }

            /** The bearer token of the request being served, if it came with one. */
            function callerToken (req) {
              const match = /^Bearer\\s+(\\S+)$/i.exec((req && req.get && req.get('authorization')) || '')
              return match ? match[1] : undefined
            }

            let clientModule = null

            /**
             * A client of \(name) for the request being served: it carries the caller's token (or this
             * service's own) and the request's trace context.
             */
            async function \(function) (req) {
              if (!config) throw new Error('\(p)_URL is not set: the base URL of the \(name) service, e.g. http://\(name):8080')
              if (!clientModule) clientModule = import('../../\(edge.clientFolder)/index.js')
              const { Client } = await clientModule
              return new Client({
                baseUrl: config.baseUrl,
                tokenProvider: config.auth === 'forward' ? () => callerToken(req) : serviceToken,
                timeoutMs: config.timeoutMs,
                traceparent: (req && req.get && req.get('traceparent')) || undefined
              })
            }

            module.exports = { \(function), readConfig }

            """
    }

    static func contractTest(_ edge: ConsumerEdge) -> String {
        let p = edge.prefix, name = edge.provider.name
        var steps: [String] = []
        for operation in edge.used {
            let method = ClientMethodName.name(operation, language: .typescript)
            let collection = ConsumerEdge.collection(of: operation.path)
            var arguments = operation.parameters.filter { $0.location == .path }.map { "known(\(literal(collection)), \(literal($0.wireName)))" }
            if let body = operation.body { arguments.append(edge.samples.body(method: operation.method, path: operation.path) ?? ClientSamples.json(body.type, in: edge.api)) }
            let required = operation.parameters.filter { $0.location != .path && $0.required }
            if !required.isEmpty {
                arguments.append("{ " + required.map { "\(ClientMethodName.parameter($0, language: .typescript)): \(ClientSamples.json($0.type, in: edge.api))" }.joined(separator: ", ") + " }")
            }
            var step = "  await t.test(\(literal("\(method): \(operation.method.uppercased()) \(operation.path)")), async () => {\n"
            step += "    const result = await client.\(method)(\(arguments.joined(separator: ", ")))\n"
            let properties = edge.requiredProperties(of: operation)
            if !properties.isEmpty {
                step += "    for (const property of [\(properties.map(literal).joined(separator: ", "))]) {\n"
                step += "      assert.ok(result && property in result, `\(method): the answer has no ${property}`)\n    }\n"
            } else if operation.result != nil {
                step += "    assert.notEqual(result, undefined, '\(method): no answer')\n"
            }
            if operation.method.uppercased() == "POST", !operation.parameters.contains(where: { $0.location == .path }) {
                step += "    remember(\(literal(collection)), result)\n"
            } else if let page = operation.pagination {
                step += "    if (!seen.has(\(literal(collection))) && result.\(page.itemsProperty).length > 0) remember(\(literal(collection)), result.\(page.itemsProperty)[0])\n"
            }
            step += "  })\n"
            steps.append(step)
        }
        let body =
            steps.isEmpty
            ? "  t.skip('\(edge.consumer.name) calls no operation of \(name) yet: run `groundwork link \(edge.consumer.name) \(name)` again once it does')\n"
            : steps.joined(separator: "\n")
        return """
            'use strict'

            // The consumer contract test of \(edge.consumer.name) → \(name): every operation \(edge.consumer.name) uses, called through the
            // generated client against a real \(name) (\(p)_URL, with a bearer token in \(p)_TOKEN). Written by
            // `groundwork link \(edge.consumer.name) \(name)`, which rewrites it when the operations used or the contract change.
            // A \(name) change that breaks \(edge.consumer.name) fails here, in CI, before it is deployed.

            const { test } = require('node:test')\(body.contains("assert.") || helpers(edge).contains("assert.") ? "\nconst assert = require('node:assert/strict')" : "")

            const url = process.env.\(p)_URL
            const skip = url ? false : '\(p)_URL is not set: start \(name) and set \(p)_URL and \(p)_TOKEN to run this test'

            test('\(edge.consumer.name) → \(name): the operations \(edge.consumer.name) uses', { skip }, async (t) => {
              const { Client } = await import('../\(edge.clientFolder)/index.js')
              const client = new Client({ baseUrl: url, token: process.env.\(p)_TOKEN, retries: 0 })
            \(helpers(edge))\(body)})

            """
    }

    /// The test's memory of created and listed items, written only when some call needs it (eslint
    /// refuses unused helpers).
    static func helpers(_ edge: ConsumerEdge) -> String {
        let remembers = edge.used.contains { ($0.method.uppercased() == "POST" && !$0.parameters.contains { $0.location == .path }) || $0.pagination != nil }
        let needsIDs = edge.used.contains { $0.parameters.contains { $0.location == .path } }
        guard remembers || needsIDs else { return "" }
        var out = "  // What earlier calls created or listed, by collection path: later calls take their ids from it.\n  const seen = new Map()\n"
        if remembers { out += "  const remember = (collection, item) => seen.set(collection, item)\n" }
        if needsIDs {
            out += """
                  const known = (collection, property) => {
                    const item = seen.get(collection)
                    assert.ok(item, `no ${collection} item was created or listed before a call that needs its ${property}`)
                    return item[property] ?? item.id
                  }

                """
        }
        return out + "\n"
    }

    static func literal(_ text: String) -> String { JSONString.quoted(text) }
}
