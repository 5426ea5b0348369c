# soxlint template: N-CSR
# Title: Certification under Rule 30a-2(a) of the Investment Company Act (Sarbanes-Oxley Act section 302), Form N-CSR
# Forms: N-CSR, N-CSRS, N-CSR/A, N-CSRS/A
# Source: NOT the official text, and no filed N-CSR certification was found. Form N-CSR (certification item:
#   Item 12(a)(2) in the eCFR text of Rule 30a-2(a) as of about 2018-2020; the current item number was not found)
#   could not be read: only the cover page of the SEC PDF was reachable. Pieced together from:
#   a filed Form N-Q certification under the same Rule 30a-2 (Nicholas-Applegate Equity & Convertible Income Fund,
#   2009, paragraphs 1 to the start of 4(c)); a 2003 Form N-SAR certification (the "changes in net assets, and cash
#   flows (if the financial statements are required to include a statement of cash flows)" clause of paragraph 3);
#   and the verified 10-K template 601b31i for everything else. Addresses in docs/forms/research.md.
# Verified: no
# Unobserved: 1, 2, 3 (composed), end of 4(c), 4(d), 5, 5(a), 5(b); 4 to 4(b) seen only in an N-Q certification
#
# How to read this file
#   "## id" starts a paragraph; the id is what findings name (intro, 1, 2, 3, 4, 4(a) ... signature).
#   The paragraph numbers and letters ("1.", "(a)") are not written here: filers may style them freely.
#   {{officer}}, {{report}}, {{registrant}} are the slots the form leaves to the filer (the officer's name, the
#     report, e.g. "report on Form N-CSR", the fund's name).
#   {{part 4-icfr-30a}} ... {{/part}} names the internal-control clause of paragraph 4. It is deliberately NOT named
#     4-icfr: Rule 13a-14(a)'s transition allowance is not known to apply to Rule 30a-2 certifications.
#   {{part 4c-date}} and {{part 4d-period}} name clauses copied from the 10-K form that no investment-company source
#     showed and that are suspected to read differently on Form N-CSR (see research.md): do not treat a mismatch
#     there as a defect.
#   A paragraph marked "(checked by rule, not word for word)" is not compared token by token.

## intro
I, {{officer}}, certify that:

## 1
# Seen in the N-Q certification as "I have reviewed this report on Form N-Q of [fund];".
I have reviewed this {{report}} of {{registrant}};

## 2
# UNOBSERVED for N-CSR. Written as the 10-K form; the N-Q certification ends "covered by the report;".
Based on my knowledge, this report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;

## 3
# COMPOSED, UNOBSERVED for N-CSR: opening "Based on my knowledge, the financial statements, and other financial
#   information included in this report, fairly present in all material respects the financial condition, results
#   of operations" from the 10-K form; ", changes in net assets, and cash flows (if the financial statements are
#   required to include a statement of cash flows) of the registrant[s] as of, and for, the periods presented in
#   [each] report" from the 2003 N-SAR certification (plural and "each" made singular).
Based on my knowledge, the financial statements, and other financial information included in this report, fairly present in all material respects the financial condition, results of operations, changes in net assets, and cash flows (if the financial statements are required to include a statement of cash flows) of the registrant as of, and for, the periods presented in this report;

## 4
# Seen word for word in the N-Q certification (Rule 30a-2, same release family).
The registrant's other certifying officer(s) and I are responsible for establishing and maintaining disclosure controls and procedures (as defined in Rule 30a-3(c) under the Investment Company Act of 1940) {{part 4-icfr-30a}}and internal control over financial reporting (as defined in Rule 30a-3(d) under the Investment Company Act of 1940){{/part}} for the registrant and have:

## 4(a)
# Seen word for word in the N-Q certification (same as the 10-K form).
Designed such disclosure controls and procedures, or caused such disclosure controls and procedures to be designed under our supervision, to ensure that material information relating to the registrant, including its consolidated subsidiaries, is made known to us by others within those entities, particularly during the period in which this report is being prepared;

## 4(b)
# Seen word for word in the N-Q certification (same as the 10-K form).
Designed such internal control over financial reporting, or caused such internal control over financial reporting to be designed under our supervision, to provide reasonable assurance regarding the reliability of financial reporting and the preparation of financial statements for external purposes in accordance with generally accepted accounting principles;

## 4(c)
# Seen in the N-Q certification up to "...presented in this report our conclusions about the effectiveness of";
#   the rest is the 10-K form. Rule 30a-3(b) asks for an evaluation "within the 90-day period prior to the filing
#   date" of each Form N-CSR, so the date clause is suspect.
Evaluated the effectiveness of the registrant's disclosure controls and procedures and presented in this report our conclusions about the effectiveness of the disclosure controls and procedures, {{part 4c-date}}as of the end of the period covered by this report{{/part}} based on such evaluation; and

## 4(d)
# UNOBSERVED for N-CSR: the 10-K form. The period clause is suspect (funds report half-yearly).
Disclosed in this report any change in the registrant's internal control over financial reporting that occurred {{part 4d-period}}during the registrant's most recent fiscal quarter (the registrant's fourth fiscal quarter in the case of an annual report){{/part}} that has materially affected, or is reasonably likely to materially affect, the registrant's internal control over financial reporting; and

## 5
# UNOBSERVED for N-CSR: the 10-K form.
The registrant's other certifying officer(s) and I have disclosed, based on our most recent evaluation of internal control over financial reporting, to the registrant's auditors and the audit committee of the registrant's board of directors (or persons performing the equivalent functions):

## 5(a)
# UNOBSERVED for N-CSR: the 10-K form.
All significant deficiencies and material weaknesses in the design or operation of internal control over financial reporting which are reasonably likely to adversely affect the registrant's ability to record, process, summarize and report financial information; and

## 5(b)
# UNOBSERVED for N-CSR: the 10-K form.
Any fraud, whether or not material, that involves management or other employees who have a significant role in the registrant's internal control over financial reporting.

## signature (checked by rule, not word for word)
Date:
[Signature]
[Title]
