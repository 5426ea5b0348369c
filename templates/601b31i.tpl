# soxlint template: 601b31i
# Title: Certification under Rule 13a-14(a)/15d-14(a) (Sarbanes-Oxley Act section 302), Forms 10-K and 10-Q
# Forms: 10-K, 10-Q, 10-K/A, 10-Q/A, 10-KT, 10-QT
# Source: Regulation S-K Item 601(b)(31)(i), 17 CFR 229.601(b)(31)(i), eCFR text as of 2018 and 2020 (identical),
#   confirmed against a filed Exhibit 31.2 (Uber Technologies, Inc., Form 10-K for 2021, filed 2022-02-24).
# Copied word for word from shared/reference/item-601-b-31-i.txt (copy in templates/sources/). The rule requires the text
#   "exactly as set forth below"; only the bracketed slots are the filer's to fill.
# Verified: yes
#
# How to read this file
#   "## id" starts a paragraph; the id is what findings name (intro, 1, 2, 3, 4, 4(a) ... signature).
#   The paragraph numbers and letters ("1.", "(a)") are not written here: filers may style them freely.
#   {{officer}}, {{report}}, {{registrant}} are the slots the form leaves to the filer
#     ([identify the certifying individual], [specify report], [identify registrant]).
#   {{part 4-icfr}} ... {{/part}} names a clause so that it can be reported on its own and, under the
#     transition profile, be left out (Rule 13a-14(a), last sentence).
#   A paragraph marked "(checked by rule, not word for word)" is not compared token by token.

## intro
I, {{officer}}, certify that:

## 1
I have reviewed this {{report}} of {{registrant}};

## 2
Based on my knowledge, this report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;

## 3
Based on my knowledge, the financial statements, and other financial information included in this report, fairly present in all material respects the financial condition, results of operations and cash flows of the registrant as of, and for, the periods presented in this report;

## 4
The registrant's other certifying officer(s) and I are responsible for establishing and maintaining disclosure controls and procedures (as defined in Exchange Act Rules 13a-15(e) and 15d-15(e)) {{part 4-icfr}}and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f)){{/part}} for the registrant and have:

## 4(a)
Designed such disclosure controls and procedures, or caused such disclosure controls and procedures to be designed under our supervision, to ensure that material information relating to the registrant, including its consolidated subsidiaries, is made known to us by others within those entities, particularly during the period in which this report is being prepared;

## 4(b)
Designed such internal control over financial reporting, or caused such internal control over financial reporting to be designed under our supervision, to provide reasonable assurance regarding the reliability of financial reporting and the preparation of financial statements for external purposes in accordance with generally accepted accounting principles;

## 4(c)
Evaluated the effectiveness of the registrant's disclosure controls and procedures and presented in this report our conclusions about the effectiveness of the disclosure controls and procedures, as of the end of the period covered by this report based on such evaluation; and

## 4(d)
Disclosed in this report any change in the registrant's internal control over financial reporting that occurred during the registrant's most recent fiscal quarter (the registrant's fourth fiscal quarter in the case of an annual report) that has materially affected, or is reasonably likely to materially affect, the registrant's internal control over financial reporting; and

## 5
The registrant's other certifying officer(s) and I have disclosed, based on our most recent evaluation of internal control over financial reporting, to the registrant's auditors and the audit committee of the registrant's board of directors (or persons performing the equivalent functions):

## 5(a)
All significant deficiencies and material weaknesses in the design or operation of internal control over financial reporting which are reasonably likely to adversely affect the registrant's ability to record, process, summarize and report financial information; and

## 5(b)
Any fraud, whether or not material, that involves management or other employees who have a significant role in the registrant's internal control over financial reporting.

## signature (checked by rule, not word for word)
Date:
[Signature]
[Title]
