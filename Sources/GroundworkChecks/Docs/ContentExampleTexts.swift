/// Realistic file contents that several checks' example repositories share.
enum ContentExampleTexts {
    /// A README that says what the project is, how to run it and how to test it.
    static let readme = """
        # acme-api

        The order service of the Acme shop: it takes orders from the web front end, reserves stock
        and hands paid orders to the warehouse queue.

        ## Running it

        Install the dependencies with `npm ci`, copy `.env.example` to `.env` and run `npm start`.
        The service listens on port 3000.

        ## Tests

        `npm test` runs the unit tests; `npm run test:e2e` needs a local PostgreSQL.

        """

    /// A package.json whose test script runs jest.
    static let packageJSON = """
        {
          "name": "acme-api",
          "version": "1.0.0",
          "scripts": { "start": "node src/index.js", "test": "jest", "lint": "eslint ." },
          "dependencies": { "express": "^4.19.2" },
          "devDependencies": { "jest": "^29.7.0", "eslint": "^9.0.0" }
        }

        """

    /// The MIT licence, with an SPDX header.
    static let mitLicense = """
        SPDX-License-Identifier: MIT

        MIT License

        Copyright (c) 2024 Acme Corp

        Permission is hereby granted, free of charge, to any person obtaining a copy
        of this software and associated documentation files (the "Software"), to deal
        in the Software without restriction, including without limitation the rights
        to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
        copies of the Software, and to permit persons to whom the Software is
        furnished to do so, subject to the following conditions:

        The above copyright notice and this permission notice shall be included in all
        copies or substantial portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
        OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
        SOFTWARE.

        """
}
