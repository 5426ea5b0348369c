# soxlint template: 40-F
# Title: Certification under Rule 13a-14(a)/15d-14(a) (Sarbanes-Oxley Act section 302), Form 40-F annual report
# Forms: 40-F, 40-F/A
# Source: NOT the official text. Form 40-F, General Instruction B(6), could not be read (the form is not printed
#   in the CFR; only the cover page of the SEC PDF, SEC 2285 (1-23), was reachable). One filer's certifications
#   were read, from the opening to 4(b): Canadian Natural Resources Ltd, Form 40-F for 2006 (Exhibit 2, filed
#   2007) and for 2007 (Exhibits 2 and 3, filed 2008); addresses in docs/forms.md. They write "issuer" where the
#   20-F filers write "company", and "this report" twice in paragraph 2.
# Verified: no
# Unobserved: 4(c), 4(d), 5, 5(a), 5(b) (the 20-F draft's wording, "issuer" or "company" accepted); every paragraph
#   is seen in one filer only
# Open question: whether 4(d) has the 10-K period clause; whether the form itself says "issuer" throughout (the one
#   filer does as far as it was read). Until an official text or three filed 40-F exhibits are read, a departure
#   from this template is only a warning that says the template is unverified (docs/forms.md).
#
# How to read this file
#   "## id" starts a paragraph; the id is what findings name (intro, 1, 2, 3, 4, 4(a) ... signature).
#   The paragraph numbers and letters ("1.", "(a)") are not written here: filers may style them freely.
#   {{officer}}, {{report}}, {{registrant}} are the slots the form leaves to the filer (the officer's name, the
#     report, e.g. "annual report on Form 40-F", the issuer's name).
#   {{part 4-icfr}} ... {{/part}} names the clause that Rule 13a-14(a), last sentence, lets a newly public issuer
#     omit (with 4(b)) during its transition.
#   {{alt issuer|company}}: either word is accepted. The one 40-F filer writes "issuer" (and "issuer's"); the
#     template first copied the 20-F filers' "company", and certifications written from it keep passing.
#   {{part 4d-period}} ... {{/part}} names a clause copied from the 10-K form that is suspected to read differently
#     on the foreign private issuer forms (see docs/forms/research.md).
#   A paragraph marked "(checked by rule, not word for word)" is not compared token by token.

## intro
# Canadian Natural Resources 2007, 2008 (three certifications).
I, {{officer}}, certify that:

## 1
# Canadian Natural Resources: "this annual report on Form 40-F of [issuer]" ({{report}} holds "annual report on Form 40-F").
I have reviewed this {{report}} of {{registrant}};

## 2
# Canadian Natural Resources: "this report" in both places (the 20-F draft had "this annual report" first).
Based on my knowledge, this report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;

## 3
# Canadian Natural Resources: "of the issuer as of".
Based on my knowledge, the financial statements, and other financial information included in this report, fairly present in all material respects the financial condition, results of operations and cash flows of the {{alt issuer|company}} as of, and for, the periods presented in this report;

## 4
# Canadian Natural Resources: "The issuer's ... for the issuer and have:" (ICFR rule numbers misprinted by the filer).
The {{alt issuer's|company's}} other certifying officer(s) and I are responsible for establishing and maintaining disclosure controls and procedures (as defined in Exchange Act Rules 13a-15(e) and 15d-15(e)) {{part 4-icfr}}and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f)){{/part}} for the {{alt issuer|company}} and have:

## 4(a)
# Canadian Natural Resources: "relating to the issuer, including".
Designed such disclosure controls and procedures, or caused such disclosure controls and procedures to be designed under our supervision, to ensure that material information relating to the {{alt issuer|company}}, including its consolidated subsidiaries, is made known to us by others within those entities, particularly during the period in which this report is being prepared;

## 4(b)
# Canadian Natural Resources 2008 (both certifications), cut at "reasonable assu..."; the 2007 one writes "internal controls".
Designed such internal control over financial reporting, or caused such internal control over financial reporting to be designed under our supervision, to provide reasonable assurance regarding the reliability of financial reporting and the preparation of financial statements for external purposes in accordance with generally accepted accounting principles;

## 4(c)
# UNOBSERVED for Form 40-F: the 20-F draft, "issuer" or "company".
Evaluated the effectiveness of the {{alt issuer's|company's}} disclosure controls and procedures and presented in this report our conclusions about the effectiveness of the disclosure controls and procedures, as of the end of the period covered by this report based on such evaluation; and

## 4(d)
# UNOBSERVED for Form 40-F: the 20-F draft, "issuer" or "company".
Disclosed in this report any change in the {{alt issuer's|company's}} internal control over financial reporting that occurred {{part 4d-period}}during the {{alt issuer's|company's}} most recent fiscal quarter (the {{alt issuer's|company's}} fourth fiscal quarter in the case of an annual report){{/part}} that has materially affected, or is reasonably likely to materially affect, the {{alt issuer's|company's}} internal control over financial reporting; and

## 5
# UNOBSERVED for Form 40-F: the 20-F draft, "issuer" or "company".
The {{alt issuer's|company's}} other certifying officer(s) and I have disclosed, based on our most recent evaluation of internal control over financial reporting, to the {{alt issuer's|company's}} auditors and the audit committee of the {{alt issuer's|company's}} board of directors (or persons performing the equivalent functions):

## 5(a)
# UNOBSERVED for Form 40-F: the 20-F draft, "issuer" or "company".
All significant deficiencies and material weaknesses in the design or operation of internal control over financial reporting which are reasonably likely to adversely affect the {{alt issuer's|company's}} ability to record, process, summarize and report financial information; and

## 5(b)
# UNOBSERVED for Form 40-F: the 20-F draft, "issuer" or "company".
Any fraud, whether or not material, that involves management or other employees who have a significant role in the {{alt issuer's|company's}} internal control over financial reporting.

## signature (checked by rule, not word for word)
Date:
[Signature]
[Title]
