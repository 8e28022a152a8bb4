#!/usr/bin/env python3
"""Writes a realistic Node/Express service into DIR for the bricks benchmark.

    generate-node-service.py DIR

An "orders-api": package.json with Express, pg, pino and zod, a package-lock.json (lockfile
version 3) of about 250 packages, routes, middleware, tests, ESLint configuration, a README, a
.gitignore and an .nvmrc. Deterministic: the same files every time. The benchmark script commits it.
"""
import base64
import hashlib
import json
import os
import sys

DEPENDENCIES = {"express": "^4.21.1", "pg": "^8.13.1", "pino": "^9.5.0", "zod": "^3.23.8", "helmet": "^8.0.0"}
DEV_DEPENDENCIES = {"eslint": "^9.15.0", "@eslint/js": "^9.15.0", "globals": "^15.12.0", "supertest": "^7.0.0"}
# Names that stand in for the transitive dependencies a real install pulls in.
TRANSITIVE = [
    "accepts", "array-flatten", "body-parser", "bytes", "call-bind", "content-disposition", "content-type",
    "cookie", "cookie-signature", "debug", "depd", "destroy", "ee-first", "encodeurl", "escape-html", "etag",
    "finalhandler", "forwarded", "fresh", "function-bind", "get-intrinsic", "gopd", "has-symbols", "hasown",
    "http-errors", "iconv-lite", "inherits", "ipaddr.js", "media-typer", "merge-descriptors", "methods", "mime",
    "mime-db", "mime-types", "ms", "negotiator", "object-inspect", "on-finished", "parseurl", "path-to-regexp",
    "proxy-addr", "qs", "range-parser", "raw-body", "safe-buffer", "safer-buffer", "send", "serve-static",
    "setprototypeof", "side-channel", "statuses", "toidentifier", "type-is", "unpipe", "utils-merge", "vary",
    "pg-cloudflare", "pg-connection-string", "pg-int8", "pg-pool", "pg-protocol", "pg-types", "pgpass",
    "postgres-array", "postgres-bytea", "postgres-date", "postgres-interval", "split2", "xtend",
    "atomic-sleep", "fast-redact", "on-exit-leak-free", "pino-abstract-transport", "pino-std-serializers",
    "process-warning", "quick-format-unescaped", "real-require", "safe-stable-stringify", "sonic-boom",
    "thread-stream", "abort-controller", "buffer", "events", "base64-js", "ieee754", "readable-stream",
    "string_decoder", "event-target-shim",
]
DEV_TRANSITIVE = [
    "@eslint-community/eslint-utils", "@eslint-community/regexpp", "@eslint/config-array", "@eslint/core",
    "@eslint/eslintrc", "@eslint/object-schema", "@eslint/plugin-kit", "@humanfs/core", "@humanfs/node",
    "@humanwhocodes/module-importer", "@humanwhocodes/retry", "@types/estree", "@types/json-schema",
    "acorn", "acorn-jsx", "ajv", "ansi-styles", "argparse", "balanced-match", "brace-expansion",
    "callsites", "chalk", "color-convert", "color-name", "concat-map", "cross-spawn", "deep-is",
    "escape-string-regexp", "eslint-scope", "eslint-visitor-keys", "espree", "esquery", "esrecurse",
    "estraverse", "esutils", "fast-deep-equal", "fast-json-stable-stringify", "fast-levenshtein",
    "file-entry-cache", "find-up", "flat-cache", "flatted", "glob-parent", "has-flag", "ignore",
    "import-fresh", "imurmurhash", "is-extglob", "is-glob", "isexe", "js-yaml", "json-buffer",
    "json-schema-traverse", "json-stable-stringify-without-jsonify", "keyv", "levn", "locate-path",
    "lodash.merge", "minimatch", "natural-compare", "optionator", "p-limit", "p-locate", "parent-module",
    "path-exists", "path-key", "prelude-ls", "punycode", "resolve-from", "shebang-command", "shebang-regex",
    "strip-json-comments", "supports-color", "type-check", "uri-js", "which", "word-wrap", "yocto-queue",
    "asynckit", "combined-stream", "component-emitter", "cookiejar", "delayed-stream", "dezalgo",
    "fast-safe-stringify", "form-data", "formidable", "hexoid", "once", "semver", "superagent", "wrappy",
    "asap", "methods-dev",
]


def version_of(name):
    digest = hashlib.sha256(name.encode()).digest()
    return f"{digest[0] % 9 + 1}.{digest[1] % 20}.{digest[2] % 12}"


def package_entry(name, dev, pool):
    version = version_of(name)
    short = name.split("/")[-1]
    integrity = base64.b64encode(hashlib.sha512(f"{name}@{version}".encode()).digest()).decode()
    entry = {
        "version": version,
        "resolved": f"https://registry.npmjs.org/{name}/-/{short}-{version}.tgz",
        "integrity": f"sha512-{integrity}",
    }
    if dev:
        entry["dev"] = True
    seed = hashlib.sha256(("deps" + name).encode()).digest()
    picks = sorted({pool[b % len(pool)] for b in seed[: seed[0] % 4]} - {name})
    if picks:
        entry["dependencies"] = {dep: "^" + version_of(dep) for dep in picks}
    entry["license"] = "MIT"
    if seed[5] % 3 == 0:
        entry["engines"] = {"node": ">= 0.8"}
    return entry


def lockfile():
    packages = {
        "": {
            "name": "orders-api",
            "version": "1.4.0",
            "license": "UNLICENSED",
            "dependencies": DEPENDENCIES,
            "devDependencies": DEV_DEPENDENCIES,
            "engines": {"node": ">=20"},
        }
    }
    production = list(DEPENDENCIES) + TRANSITIVE
    development = list(DEV_DEPENDENCIES) + DEV_TRANSITIVE
    for name in sorted(production):
        packages["node_modules/" + name] = package_entry(name, False, production)
    for name in sorted(development):
        packages["node_modules/" + name] = package_entry(name, True, development)
    return {"name": "orders-api", "version": "1.4.0", "lockfileVersion": 3, "requires": True, "packages": packages}


PACKAGE = {
    "name": "orders-api",
    "version": "1.4.0",
    "private": True,
    "description": "Orders service: takes, stores and reports customer orders",
    "main": "src/index.js",
    "type": "commonjs",
    "scripts": {"start": "node src/index.js", "dev": "node --watch src/index.js", "test": "node --test", "lint": "eslint ."},
    "engines": {"node": ">=20"},
    "dependencies": DEPENDENCIES,
    "devDependencies": DEV_DEPENDENCIES,
}

FILES = {
    "src/index.js": """\
'use strict';
const { createApp } = require('./app');
const { config } = require('./config');
const { logger } = require('./logger');

const app = createApp();
const port = Number(process.env.PORT) || 3000;

const server = app.listen(port, () => {
  logger.info({ port }, 'orders-api listening');
});

process.on('SIGTERM', () => {
  logger.info('shutting down');
  server.close(() => process.exit(0));
});

module.exports = { server, config };
""",
    "src/app.js": """\
'use strict';
const express = require('express');
const helmet = require('helmet');
const { healthRouter } = require('./routes/health');
const { ordersRouter } = require('./routes/orders');
const { errorHandler, notFound } = require('./middleware/errors');

function createApp(store) {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(express.json({ limit: '100kb' }));
  app.use('/health', healthRouter());
  app.use('/orders', ordersRouter(store));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}

module.exports = { createApp };
""",
    "src/config.js": """\
'use strict';
const config = {
  databaseUrl: process.env.DATABASE_URL || 'postgres://orders:orders@localhost:5432/orders',
  logLevel: process.env.LOG_LEVEL || 'info',
  pageSize: Number(process.env.PAGE_SIZE) || 50,
};

module.exports = { config };
""",
    "src/logger.js": """\
'use strict';
const pino = require('pino');
const { config } = require('./config');

const logger = pino({ level: config.logLevel, redact: ['req.headers.authorization'] });

module.exports = { logger };
""",
    "src/db.js": """\
'use strict';
const { Pool } = require('pg');
const { config } = require('./config');

const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });

async function query(text, values) {
  const result = await pool.query(text, values);
  return result.rows;
}

module.exports = { pool, query };
""",
    "src/store.js": """\
'use strict';
const { query } = require('./db');

function databaseStore() {
  return {
    list: (limit, offset) => query('SELECT * FROM orders ORDER BY created_at DESC LIMIT $1 OFFSET $2', [limit, offset]),
    get: async (id) => (await query('SELECT * FROM orders WHERE id = $1', [id]))[0],
    create: async (order) => (await query(
      'INSERT INTO orders (customer, items, total_cents) VALUES ($1, $2, $3) RETURNING *',
      [order.customer, JSON.stringify(order.items), order.totalCents],
    ))[0],
  };
}

function memoryStore() {
  const orders = [];
  return {
    list: async (limit, offset) => orders.slice(offset, offset + limit),
    get: async (id) => orders.find((order) => order.id === id),
    create: async (order) => {
      const saved = { id: String(orders.length + 1), ...order, createdAt: new Date().toISOString() };
      orders.push(saved);
      return saved;
    },
  };
}

module.exports = { databaseStore, memoryStore };
""",
    "src/schema.js": """\
'use strict';
const { z } = require('zod');

const orderSchema = z.object({
  customer: z.string().min(1).max(200),
  items: z.array(z.object({ sku: z.string().min(1), quantity: z.number().int().positive() })).min(1),
  totalCents: z.number().int().nonnegative(),
});

module.exports = { orderSchema };
""",
    "src/routes/health.js": """\
'use strict';
const express = require('express');

function healthRouter() {
  const router = express.Router();
  router.get('/', (req, res) => res.json({ status: 'ok' }));
  return router;
}

module.exports = { healthRouter };
""",
    "src/routes/orders.js": """\
'use strict';
const express = require('express');
const { config } = require('../config');
const { orderSchema } = require('../schema');
const { databaseStore } = require('../store');

function ordersRouter(store = databaseStore()) {
  const router = express.Router();

  router.get('/', async (req, res, next) => {
    try {
      const page = Math.max(Number(req.query.page) || 1, 1);
      res.json(await store.list(config.pageSize, (page - 1) * config.pageSize));
    } catch (error) {
      next(error);
    }
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const order = await store.get(req.params.id);
      if (!order) return res.status(404).json({ error: 'order not found' });
      return res.json(order);
    } catch (error) {
      return next(error);
    }
  });

  router.post('/', async (req, res, next) => {
    const parsed = orderSchema.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
    try {
      return res.status(201).json(await store.create(parsed.data));
    } catch (error) {
      return next(error);
    }
  });

  return router;
}

module.exports = { ordersRouter };
""",
    "src/middleware/errors.js": """\
'use strict';
const { logger } = require('../logger');

function notFound(req, res) {
  res.status(404).json({ error: 'not found' });
}

// Express recognises an error handler by its four parameters.
// eslint-disable-next-line no-unused-vars
function errorHandler(error, req, res, next) {
  logger.error({ err: error }, 'request failed');
  res.status(500).json({ error: 'internal error' });
}

module.exports = { errorHandler, notFound };
""",
    "test/health.test.js": """\
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const request = require('supertest');
const { createApp } = require('../src/app');
const { memoryStore } = require('../src/store');

test('GET /health answers ok', async () => {
  const response = await request(createApp(memoryStore())).get('/health');
  assert.strictEqual(response.status, 200);
  assert.deepStrictEqual(response.body, { status: 'ok' });
});
""",
    "test/orders.test.js": """\
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const request = require('supertest');
const { createApp } = require('../src/app');
const { memoryStore } = require('../src/store');

test('an order can be created and read back', async () => {
  const app = createApp(memoryStore());
  const created = await request(app).post('/orders').send({ customer: 'Ada', items: [{ sku: 'A-1', quantity: 2 }], totalCents: 1200 });
  assert.strictEqual(created.status, 201);
  const read = await request(app).get(`/orders/${created.body.id}`);
  assert.strictEqual(read.body.customer, 'Ada');
});

test('an invalid order is refused', async () => {
  const response = await request(createApp(memoryStore())).post('/orders').send({ customer: '' });
  assert.strictEqual(response.status, 400);
});
""",
    "eslint.config.js": """\
'use strict';
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  js.configs.recommended,
  { languageOptions: { ecmaVersion: 2023, sourceType: 'commonjs', globals: globals.node } },
];
""",
    "migrations/001_orders.sql": """\
CREATE TABLE orders (
  id BIGSERIAL PRIMARY KEY,
  customer TEXT NOT NULL,
  items JSONB NOT NULL,
  total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX orders_created_at ON orders (created_at DESC);
""",
    "README.md": """\
# orders-api

The orders service: takes customer orders over HTTP, validates them, stores them in PostgreSQL and
lists them for the back office.

## Running it

```sh
npm ci
DATABASE_URL=postgres://orders:orders@localhost:5432/orders npm start
```

The service listens on `PORT` (3000 by default). `GET /health` answers `{"status": "ok"}`.

## API

| method | path | what it does |
|---|---|---|
| GET | /orders?page=N | the latest orders, 50 a page |
| GET | /orders/:id | one order |
| POST | /orders | creates an order: `{customer, items: [{sku, quantity}], totalCents}` |

## Development

`npm test` runs the tests (node:test with supertest, an in-memory store); `npm run lint` runs ESLint.
Migrations are plain SQL files in `migrations/`, applied in order.
""",
    ".gitignore": "node_modules/\n.env\n",
    ".nvmrc": "20\n",
}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate-node-service.py DIR")
    root = sys.argv[1]
    files = dict(FILES)
    files["package.json"] = json.dumps(PACKAGE, indent=2) + "\n"
    files["package-lock.json"] = json.dumps(lockfile(), indent=2) + "\n"
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
