# soxlint template: 601b31ii
# Title: Certification under Rule 13a-14(d)/15d-14(d) (Sarbanes-Oxley Act section 302), asset-backed issuers, Form 10-K
# Forms: 10-K, 10-K/A
# Source: Regulation S-K Item 601(b)(31)(ii), 17 CFR 229.601(b)(31)(ii), eCFR text as of 2018 and 2020 (identical),
#   copied word for word from shared/reference/item-601-b-31-ii-asset-backed.txt (copy in templates/sources/) (footnote numerals 1-4 removed).
#   Not compared against a filed asset-backed Exhibit 31 in this research. The rule requires the text
#   "exactly as set forth below"; only the bracketed slots and alternatives are the filer's to choose.
# Verified: yes
# Alternatives: 4-servicer | 4-depositor
# Optional: reliance
#
# How to read this file
#   "## id" starts a paragraph; the id is what findings name (intro, 1, 2, 3, 4-servicer ... signature).
#   The paragraph numbers ("1.") are not written here: filers may style them freely.
#   {{officer}} is [identify the certifying individual]; {{registrant}} is [identify the issuing entity];
#     {{parties}} is [name of servicer, sub-servicer, co-servicer, depositor or trustee] (a new slot name).
#   Paragraph 4 comes in two versions; a certification carries exactly one of them (footnote 2 of the form):
#     4-servicer: "The first version of paragraph 4 is to be used when the servicer is signing the report on
#       behalf of the issuing entity."
#     4-depositor: "The second version of paragraph 4 is to be used when the depositor is signing the report."
#   The reliance paragraph "must be included if the signer is reasonably relying on information that
#     unaffiliated trustees, depositors, servicers, sub-servicers or co-servicers have provided" (footnote 4);
#     otherwise it is absent.
#   {{alt has|have}} and {{alt its|their}} are the form's inline alternatives "[has/have]" and "[its/their]":
#     either word is correct (the parser does not yet know {{alt ...}}: see docs/forms/research.md).
#   The title may stand under the signature (footnote 1).
#   A paragraph marked "(checked by rule, not word for word)" is not compared token by token.

## intro
I, {{officer}}, certify that:

## 1
I have reviewed this report on Form 10-K and all reports on Form 10-D required to be filed in respect of the period covered by this report on Form 10-K of {{registrant}} (the “Exchange Act periodic reports”);

## 2
Based on my knowledge, the Exchange Act periodic reports, taken as a whole, do not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;

## 3
Based on my knowledge, all of the distribution, servicing and other information required to be provided under Form 10-D for the period covered by this report is included in the Exchange Act periodic reports;

## 4-servicer
I am responsible for reviewing the activities performed by the servicer(s) and based on my knowledge and the compliance review(s) conducted in preparing the servicer compliance statement(s) required in this report under Item 1123 of Regulation AB, and except as disclosed in the Exchange Act periodic reports, the servicer(s) {{alt has|have}} fulfilled {{alt its|their}} obligations under the servicing agreement(s) in all material respects; and

## 4-depositor
Based on my knowledge and the servicer compliance statement(s) required in this report under Item 1123 of Regulation AB, and except as disclosed in the Exchange Act periodic reports, the servicer(s) {{alt has|have}} fulfilled {{alt its|their}} obligations under the servicing agreement(s) in all material respects; and

## 5
All of the reports on assessment of compliance with servicing criteria for asset-backed securities and their related attestation reports on assessment of compliance with servicing criteria for asset-backed securities required to be included in this report in accordance with Item 1122 of Regulation AB and Exchange Act Rules 13a-18 and 15d-18 have been included as an exhibit to this report, except as otherwise disclosed in this report. Any material instances of noncompliance described in such reports have been disclosed in this report on Form 10-K.

## reliance
In giving the certifications above, I have reasonably relied on information provided to me by the following unaffiliated parties {{parties}}.

## signature (checked by rule, not word for word)
Date:
[Signature]
[Title]
