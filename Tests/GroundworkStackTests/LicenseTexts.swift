/// Short copies of common licences: their titles and key clauses, as they appear in real LICENSE files.
enum LicenseTexts {
    static let mit = """
        MIT License

        Copyright (c) 2024 Acme Inc.

        Permission is hereby granted, free of charge, to any person obtaining a copy
        of this software and associated documentation files (the "Software"), to deal
        in the Software without restriction, including without limitation the rights
        to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
        copies of the Software, and to permit persons to whom the Software is
        furnished to do so, subject to the following conditions:

        The above copyright notice and this permission notice shall be included in all
        copies or substantial portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY.
        """

    static let apache = """

                                         Apache License
                                   Version 2.0, January 2004
                                http://www.apache.org/licenses/

           TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

           1. Definitions.

              "License" shall mean the terms and conditions for use, reproduction,
              and distribution as defined by Sections 1 through 9 of this document.

           2. Grant of Copyright License. Subject to the terms and conditions of
              this License, each Contributor hereby grants to You a perpetual,
              worldwide, non-exclusive, no-charge, royalty-free, irrevocable
              copyright license to reproduce, prepare Derivative Works of,
              publicly display, publicly perform, sublicense, and distribute the
              Work and such Derivative Works in Source or Object form.
        """

    static let gpl2 = """
                            GNU GENERAL PUBLIC LICENSE
                               Version 2, June 1991

         Copyright (C) 1989, 1991 Free Software Foundation, Inc.,
         51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA
         Everyone is permitted to copy and distribute verbatim copies
         of this license document, but changing it is not allowed.

                                    Preamble

          The licenses for most software are designed to take away your
        freedom to share and change it.  By contrast, the GNU General Public
        License is intended to guarantee your freedom to share and change free
        software--to make sure the software is free for all its users.  (Some other
        Free Software Foundation software is covered by the GNU Lesser General
        Public License instead.)
        """

    static let gpl3 = """
                            GNU GENERAL PUBLIC LICENSE
                               Version 3, 29 June 2007

         Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
         Everyone is permitted to copy and distribute verbatim copies
         of this license document, but changing it is not allowed.

                                    Preamble

          The GNU General Public License is a free, copyleft license for
        software and other kinds of works.

          13. Use with the GNU Affero General Public License.

          Notwithstanding any other provision of this License, you have
        permission to link or combine any covered work with a work licensed
        under version 3 of the GNU Affero General Public License into a single
        combined work, and to convey the resulting work.

        library, you may consider it more useful to permit linking proprietary
        applications with the library.  If this is what you want to do, use the
        GNU Lesser General Public License instead of this License.
        """

    static let lgpl21 = """
                          GNU LESSER GENERAL PUBLIC LICENSE
                               Version 2.1, February 1999

         Copyright (C) 1991, 1999 Free Software Foundation, Inc.
         51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA

        [This is the first released version of the Lesser GPL.  It also counts
         as the successor of the GNU Library Public License, version 2, hence
         the version number 2.1.]

          This license, the Lesser General Public License, applies to some
        specially designated software packages--typically libraries--of the
        Free Software Foundation and other authors who decide to use it.  You
        can use it too, but we suggest you first think carefully about whether
        this license or the ordinary General Public License is the better
        strategy to use in any particular case.
        """

    static let lgpl3 = """
                           GNU LESSER GENERAL PUBLIC LICENSE
                               Version 3, 29 June 2007

         Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>

          This version of the GNU Lesser General Public License incorporates
        the terms and conditions of version 3 of the GNU General Public
        License, supplemented by the additional permissions listed below.
        """

    static let agpl3 = """
                            GNU AFFERO GENERAL PUBLIC LICENSE
                               Version 3, 19 November 2007

         Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>

          The GNU Affero General Public License is a free, copyleft license for
        software and other kinds of works, specifically designed to ensure
        cooperation with the community in the case of network server software.

          13. Remote Network Interaction; Use with the GNU General Public License.

          Notwithstanding any other provision of this License, you have
        permission to link or combine any covered work with a work licensed
        under version 3 of the GNU General Public License into a single
        combined work, and to convey the resulting work.
        """

    static let bsd2 = """
        BSD 2-Clause License

        Copyright (c) 2024, Acme Inc.
        All rights reserved.

        Redistribution and use in source and binary forms, with or without
        modification, are permitted provided that the following conditions are met:

        1. Redistributions of source code must retain the above copyright notice, this
           list of conditions and the following disclaimer.

        2. Redistributions in binary form must reproduce the above copyright notice,
           this list of conditions and the following disclaimer in the documentation
           and/or other materials provided with the distribution.

        THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
        AND ANY EXPRESS OR IMPLIED WARRANTIES ARE DISCLAIMED.
        """

    static let bsd3 = """
        BSD 3-Clause License

        Copyright (c) 2024, Acme Inc.

        Redistribution and use in source and binary forms, with or without
        modification, are permitted provided that the following conditions are met:

        1. Redistributions of source code must retain the above copyright notice, this
           list of conditions and the following disclaimer.

        2. Redistributions in binary form must reproduce the above copyright notice,
           this list of conditions and the following disclaimer in the documentation
           and/or other materials provided with the distribution.

        3. Neither the name of the copyright holder nor the names of its
           contributors may be used to endorse or promote products derived from
           this software without specific prior written permission.
        """

    static let mpl2 = """
        Mozilla Public License Version 2.0
        ==================================

        1. Definitions
        --------------

        1.1. "Contributor"
            means each individual or legal entity that creates, contributes to
            the creation of, or owns Covered Software.
        """

    static let isc = """
        ISC License

        Copyright (c) 2024, Acme Inc.

        Permission to use, copy, modify, and/or distribute this software for any
        purpose with or without fee is hereby granted, provided that the above
        copyright notice and this permission notice appear in all copies.

        THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
        WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES.
        """

    static let unlicense = """
        This is free and unencumbered software released into the public domain.

        Anyone is free to copy, modify, publish, use, compile, sell, or
        distribute this software, either in source code form or as a compiled
        binary, for any purpose, commercial or non-commercial, and by any
        means.

        For more information, please refer to <https://unlicense.org>
        """

    static let epl2 = """
        Eclipse Public License - v 2.0

            THE ACCOMPANYING PROGRAM IS PROVIDED UNDER THE TERMS OF THIS ECLIPSE
            PUBLIC LICENSE ("AGREEMENT"). ANY USE, REPRODUCTION OR DISTRIBUTION
            OF THE PROGRAM CONSTITUTES RECIPIENT'S ACCEPTANCE OF THIS AGREEMENT.

        1. DEFINITIONS

        "Contribution" means:
        """

    static let boost = """
        Boost Software License - Version 1.0 - August 17th, 2003

        Permission is hereby granted, free of charge, to any person or organization
        obtaining a copy of the software and accompanying documentation covered by
        this license (the "Software") to use, reproduce, display, distribute,
        execute, and transmit the Software, and to prepare derivative works of the
        Software, and to permit third-parties to whom the Software is furnished to
        do so, all subject to the following:
        """

    static let cc0 = """
        Creative Commons Legal Code

        CC0 1.0 Universal

            CREATIVE COMMONS CORPORATION IS NOT A LAW FIRM AND DOES NOT PROVIDE
            LEGAL SERVICES. DISTRIBUTION OF THIS DOCUMENT DOES NOT CREATE AN
            ATTORNEY-CLIENT RELATIONSHIP.

        Statement of Purpose
        """

    /// Every text with the SPDX id it must be identified as.
    static let all: [(spdx: String, text: String)] = [
        ("MIT", mit), ("Apache-2.0", apache), ("GPL-2.0", gpl2), ("GPL-3.0", gpl3), ("LGPL-2.1", lgpl21),
        ("LGPL-3.0", lgpl3), ("AGPL-3.0", agpl3), ("BSD-2-Clause", bsd2), ("BSD-3-Clause", bsd3), ("MPL-2.0", mpl2),
        ("ISC", isc), ("Unlicense", unlicense), ("EPL-2.0", epl2), ("BSL-1.0", boost), ("CC0-1.0", cc0),
    ]
}
