import GroundworkAuditModel
import GroundworkStack
import GroundworkTestSupport
import Testing

@Suite("Licence identification")
struct LicenseDetectionTests {
    @Test("each common licence is named by its SPDX id", arguments: LicenseTexts.all.map(\.spdx))
    func identifiesLicence(spdx: String) throws {
        let text = try #require(LicenseTexts.all.first { $0.spdx == spdx }?.text)
        #expect(LicenseCatalog.identify(text) == spdx)
    }

    @Test("each licence is found in a real repository's LICENSE file", arguments: LicenseTexts.all.map(\.spdx))
    func detectsLicenceFile(spdx: String) throws {
        let text = try #require(LicenseTexts.all.first { $0.spdx == spdx }?.text)
        let stack = try detectStack(["LICENSE": .text(text), "README.md": "# x\n"])
        #expect(stack.license == LicenseFact(path: "LICENSE", spdx: spdx))
    }

    @Test("reflowed, Markdown-formatted text is still recognised")
    func markdownLicence() {
        let text = """
            # The MIT License (MIT)

            **Copyright © 2023 Acme**

            > Permission is hereby granted, *free of charge*, to any person obtaining a copy of this software and associated
            > documentation files (the “Software”), to deal in the Software without restriction.
            """
        #expect(LicenseCatalog.identify(text) == "MIT")
    }

    @Test("GPL notices (not the full text) name their version")
    func gplNotices() {
        let gpl3 =
            "This program is free software: you can redistribute it and/or modify\nit under the terms of the GNU General Public License as published by\nthe Free Software Foundation, either version 3 of the License, or\n(at your option) any later version.\n"
        let gpl2 =
            "This program is free software; you can redistribute it and/or modify\nit under the terms of the GNU General Public License as published by\nthe Free Software Foundation; either version 2 of the License, or\n(at your option) any later version.\n"
        let lgpl =
            "This library is free software; you can redistribute it and/or modify it under the terms of the GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1 of the License.\n"
        #expect(LicenseCatalog.identify(gpl3) == "GPL-3.0")
        #expect(LicenseCatalog.identify(gpl2) == "GPL-2.0")
        #expect(LicenseCatalog.identify(lgpl) == "LGPL-2.1")
    }

    @Test("an SPDX-License-Identifier line is taken as written")
    func spdxIdentifierLine() {
        #expect(LicenseCatalog.identify("SPDX-License-Identifier: MPL-2.0\n\nSee https://mozilla.org/MPL/2.0/\n") == "MPL-2.0")
        #expect(LicenseCatalog.identify("// SPDX-License-Identifier: Apache-2.0 OR MIT\n") == "Apache-2.0 OR MIT")
    }

    @Test("the first licence in a file wins over third-party notices after it")
    func firstLicenceWins() {
        let text = LicenseTexts.mit + "\n\n---\nThird-party notices:\n" + LicenseTexts.apache
        #expect(LicenseCatalog.identify(text) == "MIT")
    }

    @Test("an unknown text is found but not named")
    func unknownText() throws {
        let stack = try detectStack(["LICENSE.txt": "All rights reserved. Do not copy.\n"])
        #expect(stack.license == LicenseFact(path: "LICENSE.txt", spdx: nil))
    }

    @Test("licence files are found in any case, in .github/ and docs/, as COPYING")
    func locations() throws {
        #expect(try detectStack(["license.md": .text(LicenseTexts.isc)]).license == LicenseFact(path: "license.md", spdx: "ISC"))
        #expect(try detectStack(["docs/LICENCE": .text(LicenseTexts.bsd3)]).license == LicenseFact(path: "docs/LICENCE", spdx: "BSD-3-Clause"))
        #expect(try detectStack([".github/LICENSE.txt": .text(LicenseTexts.mpl2)]).license?.spdx == "MPL-2.0")
        #expect(try detectStack(["COPYING": .text(LicenseTexts.gpl3)]).license == LicenseFact(path: "COPYING", spdx: "GPL-3.0"))
        #expect(try detectStack(["src/LICENSE": .text(LicenseTexts.mit)]).license == nil, "hosts do not look in src/")
        #expect(try detectStack(["license-checker.config.js": "module.exports = {}\n"]).license == nil)
        #expect(try detectStack(["MIT-LICENSE": .text(LicenseTexts.mit)]).license == LicenseFact(path: "MIT-LICENSE", spdx: "MIT"))
        let lesser = try detectStack(["COPYING": .text(LicenseTexts.gpl3), "COPYING.LESSER": .text(LicenseTexts.lgpl3)])
        #expect(lesser.license == LicenseFact(path: "COPYING.LESSER", spdx: "LGPL-3.0"), "COPYING holds the GPL text the LGPL builds on")
    }

    @Test("a root LICENSE-… file beats a docs/license.md about something else; LICENSE beats COPYING")
    func rootVariantFirst() throws {
        let stack = try detectStack([
            "LICENSE-COMMUNITY": .text(LicenseTexts.apache),
            "LICENSE-ENTERPRISE": "Commercial terms. All rights reserved.\n",
            "docs/license.md": "# The Enterprise license\n\nHow to install a license file.\n",
        ])
        #expect(stack.license == LicenseFact(path: "LICENSE-COMMUNITY", spdx: "Apache-2.0"))
        let both = try detectStack(["COPYING": .text(LicenseTexts.gpl2), "LICENSE": .text(LicenseTexts.mit)])
        #expect(both.license == LicenseFact(path: "LICENSE", spdx: "MIT"))
    }

    @Test("dual licences in LICENSE-MIT and LICENSE-APACHE")
    func dualLicence() throws {
        let stack = try detectStack(["LICENSE-MIT": .text(LicenseTexts.mit), "LICENSE-APACHE": .text(LicenseTexts.apache)])
        #expect(stack.license == LicenseFact(path: "LICENSE-APACHE", spdx: "Apache-2.0 OR MIT"))
    }
}
