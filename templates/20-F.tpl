# soxlint template: 20-F
# Title: Certification under Rule 13a-14(a)/15d-14(a) (Sarbanes-Oxley Act section 302), Form 20-F annual report
# Forms: 20-F, 20-F/A
# Source: NOT the official text. Form 20-F, Instructions as to Exhibits, paragraph 12, could not be read (the form is
#   not printed in the CFR; only the cover page of the SEC PDF was reachable). Built from filed Exhibit 12
#   certifications of four unrelated filers, word for word where they agree: SMIC 2008 Ex. 12.1, China Southern
#   Airlines 2004 and 2007 Ex. 12.1, Chartered Semiconductor 2007 Ex. 12.2, China Netcom 2008 Ex. 12.1 and 12.2;
#   addresses in docs/forms.md. Most were read only to about 2,000 characters: intro to 4(b) are seen in all,
#   4(c) in part, 4(d), 5, 5(a) and 5(b) in none.
# Verified: no
# Alternatives: 2 | 2-report | 2-annual
# Unobserved: 4(d), 5, 5(a), 5(b) (wording carried over from 601b31i, "registrant" written "company"); end of 4(c)
#
# How to read this file
#   "## id" starts a paragraph; the id is what findings name (intro, 1, 2, 3, 4, 4(a) ... signature).
#   The paragraph numbers and letters ("1.", "(a)") are not written here: filers may style them freely.
#   {{officer}}, {{report}}, {{registrant}} are the slots the form leaves to the filer (in the sources:
#     the officer's name, "annual report on Form 20-F" (3 of 4) or "report on Form 20-F" (1), the company's name).
#   {{part 4-icfr}} ... {{/part}} names the clause that Rule 13a-14(a), last sentence, lets a newly public issuer
#     omit (with 4(b)) during its transition.
#   {{part 4d-period}} ... {{/part}} names a clause copied from the 10-K form that no 20-F source showed and that
#     is suspected to read differently on Form 20-F (see research.md): do not treat a mismatch there as a defect.
#   Where the sources disagree between "this report" and "this annual report", the majority is written; a tie is
#     written as the 10-K form has it. research.md lists each such place. Paragraph 2, where the filers split
#     three ways, comes in three versions (a certification carries one): 2 ("this annual report ... this report"),
#     2-report ("this report" twice, as the 10-K form) and 2-annual ("this annual report" twice).
#   A paragraph marked "(checked by rule, not word for word)" is not compared token by token.

## intro
I, {{officer}}, certify that:

## 1
I have reviewed this {{report}} of {{registrant}};

## 2
# "this annual report does not contain ... covered by this report": Chartered Ex. 12.2, China Netcom Ex. 12.2.
Based on my knowledge, this annual report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;

## 2-report
# "this report" twice: SMIC Ex. 12.1 (and Item 601(b)(31)(i)).
Based on my knowledge, this report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;

## 2-annual
# "this annual report" twice: China Southern Ex. 12.1 (2004, 2007), China Netcom Ex. 12.1.
Based on my knowledge, this annual report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this annual report;

## 3
# "included in this report": SMIC, Chartered, China Netcom (3); "presented in this report": SMIC, Chartered (2)
#   against "this annual report": China Netcom, China Southern (2): tie, written as the 10-K form.
Based on my knowledge, the financial statements, and other financial information included in this report, fairly present in all material respects the financial condition, results of operations and cash flows of the company as of, and for, the periods presented in this report;

## 4
# ICFR clause present in SMIC, Chartered, China Netcom; omitted by China Southern (FY2006).
# "officer(s)": SMIC, Chartered, China Southern; "officers": China Netcom.
The company's other certifying officer(s) and I are responsible for establishing and maintaining disclosure controls and procedures (as defined in Exchange Act Rules 13a-15(e) and 15d-15(e)) {{part 4-icfr}}and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f)){{/part}} for the company and have:

## 4(a)
# "this report is being prepared": Chartered, China Netcom; "this annual report": SMIC, China Southern: tie,
#   written as the 10-K form.
Designed such disclosure controls and procedures, or caused such disclosure controls and procedures to be designed under our supervision, to ensure that material information relating to the company, including its consolidated subsidiaries, is made known to us by others within those entities, particularly during the period in which this report is being prepared;

## 4(b)
# Identical in all four sources.
Designed such internal control over financial reporting, or caused such internal control over financial reporting to be designed under our supervision, to provide reasonable assurance regarding the reliability of financial reporting and the preparation of financial statements for external purposes in accordance with generally accepted accounting principles;

## 4(c)
# Seen: "Evaluated ... and presented in" (4 sources); "this report our conclusions about the effectiveness of the
#   disclosure" (China Netcom; China Southern "this annual report"); "controls and procedures, as of the end of the
#   period covered by [this annual report] based on suc" (China Southern only). "h evaluation; and" not seen.
Evaluated the effectiveness of the company's disclosure controls and procedures and presented in this report our conclusions about the effectiveness of the disclosure controls and procedures, as of the end of the period covered by this report based on such evaluation; and

## 4(d)
# UNOBSERVED in every 20-F source: 601b31i paragraph 4(d) with "registrant" written "company".
Disclosed in this report any change in the company's internal control over financial reporting that occurred {{part 4d-period}}during the company's most recent fiscal quarter (the company's fourth fiscal quarter in the case of an annual report){{/part}} that has materially affected, or is reasonably likely to materially affect, the company's internal control over financial reporting; and

## 5
# UNOBSERVED in every 20-F source: 601b31i paragraph 5 with "registrant" written "company".
The company's other certifying officer(s) and I have disclosed, based on our most recent evaluation of internal control over financial reporting, to the company's auditors and the audit committee of the company's board of directors (or persons performing the equivalent functions):

## 5(a)
# UNOBSERVED in every 20-F source: 601b31i paragraph 5(a) with "registrant" written "company".
All significant deficiencies and material weaknesses in the design or operation of internal control over financial reporting which are reasonably likely to adversely affect the company's ability to record, process, summarize and report financial information; and

## 5(b)
# UNOBSERVED on EDGAR: 601b31i paragraph 5(b) with "registrant" written "company" (its last 13 words appear in a
#   third-party copy of uniQure's 2016 Exhibit 12, not counted).
Any fraud, whether or not material, that involves management or other employees who have a significant role in the company's internal control over financial reporting.

## signature (checked by rule, not word for word)
Date:
[Signature]
[Title]
