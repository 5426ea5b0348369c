# soxlint template: 40-F
# Title: Certification under Rule 13a-14(a)/15d-14(a) (Sarbanes-Oxley Act section 302), Form 40-F annual report
# Forms: 40-F, 40-F/A
# Source: NONE. Form 40-F, General Instruction B(6), could not be read (the form is not printed in the CFR; only the
#   cover page of the SEC PDF, SEC 2285 (1-23), was reachable), and no filed Form 40-F certification was found in
#   about 15 searches. The wording below is a copy of templates/20-F.tpl (itself built from filed 20-F
#   certifications). Not one word of it has been seen in a 40-F source.
# Verified: no
# Unobserved: every paragraph (for Form 40-F)
# Open question: whether the 40-F form says "the company" (as written here, from the 20-F filings) or another
#   word such as "the issuer"; whether paragraph 1 reads "annual report on Form 40-F"; whether 4(d) has the
#   10-K period clause. Until an official text or three filed 40-F exhibits are read, this template is a
#   placeholder: a certification naming Form 40-F is compared with it, and every departure is only a warning
#   that says the template is unverified (docs/forms.md).
#
# How to read this file
#   "## id" starts a paragraph; the id is what findings name (intro, 1, 2, 3, 4, 4(a) ... signature).
#   The paragraph numbers and letters ("1.", "(a)") are not written here: filers may style them freely.
#   {{officer}}, {{report}}, {{registrant}} are the slots the form leaves to the filer (the officer's name, the
#     report, e.g. "annual report on Form 40-F", the issuer's name).
#   {{part 4-icfr}} ... {{/part}} names the clause that Rule 13a-14(a), last sentence, lets a newly public issuer
#     omit (with 4(b)) during its transition.
#   {{part 4d-period}} ... {{/part}} names a clause copied from the 10-K form that is suspected to read differently
#     on the foreign private issuer forms (see docs/forms/research.md).
#   A paragraph marked "(checked by rule, not word for word)" is not compared token by token.

## intro
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
I, {{officer}}, certify that:

## 1
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
I have reviewed this {{report}} of {{registrant}};

## 2
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
Based on my knowledge, this annual report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;

## 3
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
Based on my knowledge, the financial statements, and other financial information included in this report, fairly present in all material respects the financial condition, results of operations and cash flows of the company as of, and for, the periods presented in this report;

## 4
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
The company's other certifying officer(s) and I are responsible for establishing and maintaining disclosure controls and procedures (as defined in Exchange Act Rules 13a-15(e) and 15d-15(e)) {{part 4-icfr}}and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f)){{/part}} for the company and have:

## 4(a)
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
Designed such disclosure controls and procedures, or caused such disclosure controls and procedures to be designed under our supervision, to ensure that material information relating to the company, including its consolidated subsidiaries, is made known to us by others within those entities, particularly during the period in which this report is being prepared;

## 4(b)
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
Designed such internal control over financial reporting, or caused such internal control over financial reporting to be designed under our supervision, to provide reasonable assurance regarding the reliability of financial reporting and the preparation of financial statements for external purposes in accordance with generally accepted accounting principles;

## 4(c)
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
Evaluated the effectiveness of the company's disclosure controls and procedures and presented in this report our conclusions about the effectiveness of the disclosure controls and procedures, as of the end of the period covered by this report based on such evaluation; and

## 4(d)
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
Disclosed in this report any change in the company's internal control over financial reporting that occurred {{part 4d-period}}during the company's most recent fiscal quarter (the company's fourth fiscal quarter in the case of an annual report){{/part}} that has materially affected, or is reasonably likely to materially affect, the company's internal control over financial reporting; and

## 5
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
The company's other certifying officer(s) and I have disclosed, based on our most recent evaluation of internal control over financial reporting, to the company's auditors and the audit committee of the company's board of directors (or persons performing the equivalent functions):

## 5(a)
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
All significant deficiencies and material weaknesses in the design or operation of internal control over financial reporting which are reasonably likely to adversely affect the company's ability to record, process, summarize and report financial information; and

## 5(b)
# UNOBSERVED for Form 40-F: copied from the 20-F draft.
Any fraud, whether or not material, that involves management or other employees who have a significant role in the company's internal control over financial reporting.

## signature (checked by rule, not word for word)
Date:
[Signature]
[Title]
