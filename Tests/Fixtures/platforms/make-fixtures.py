#!/usr/bin/env python3
"""Writes the platform-export fixtures: one small dataset folder (dataset/, whose pulse/2026-03.csv is the
canonical file) and the same 30 responses as each survey platform exports them (exports/), following the
platforms' documented CSV layouts. Deterministic: run it again and nothing changes.

    python3 Tests/Fixtures/platforms/make-fixtures.py
"""
import csv
import io
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(2026)

ITEMS = [  # item_id, dimension, text, reverse
    ("tr1", "Trust", "I trust the leadership team to follow through.", 0),
    ("tr2", "Trust", "Leaders here blame staff when things go wrong.", 1),
    ("co1", "Collaboration", "Staff meetings are a good use of my time.", 0),
    ("co2", "Collaboration", "I can raise a concern without fear \u2013 and it\u2019s heard.", 0),
    ("gr1", "Growth", "I get useful feedback on my practice.", 0),
    ("gr2", "Growth", "I\u2019m clear about our school\u2019s priorities this term.", 0),
]
SCHOOLS = [("n1", "Northgate High School", "high", 40), ("n2", "Riverside Primary", "elementary", 20)]
ROLES = ["Teacher", "Support staff", "Middle leader"]
PROGRAM_LABELS = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
STANDARD_LABELS = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
GRID = "How much do you agree with each statement?"


def responses():
    """30 responses: 18 at n1 and 12 at n2, half in February and half in March 2026."""
    out = []
    for index in range(30):
        school = "n1" if index < 18 else "n2"
        month = 2 if index % 2 == 0 else 3
        day = rng.randint(2, 27)
        hour, minute, second = rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)
        if index == 0:  # late on the last day of February: the month is the date as written
            day, hour, minute, second = 28, 23, 45, 0
        answers = [rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5]) if rng.random() > 0.08 else None for _ in ITEMS]
        comment = rng.choice(["", "", "", "More time to plan, please.", 'Meetings "run long", some weeks.'])
        out.append(dict(n=index + 1, school=school, year=2026, month=month, day=day, hour=hour, minute=minute,
                        second=second, role=rng.choice(ROLES), answers=answers, comment=comment))
    return out


def school_name(code):
    return next(name for id_, name, _, _ in SCHOOLS if id_ == code)


def twelve(hour):
    return (hour % 12 or 12), ("AM" if hour < 12 else "PM")


def label(value, labels, case=None):
    if value is None:
        return ""
    text = labels[value - 1]
    return text.upper() if case == "upper" else text.lower() if case == "lower" else text


def write(path, rows, bom=False, crlf=True):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n")
    writer.writerows(rows)
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(buffer.getvalue())


def dataset(rs):
    write("dataset/clusters.csv", [["cluster_id", "name", "chair", "vision", "mission", "signature_program", "priorities"],
                                   ["c1", "Northgate Cluster", "A. Chair", "Every child known", "Learn together", "Pulse",
                                    "Trust|Feedback"]], crlf=False)
    write("dataset/schools.csv", [["school_id", "name", "cluster_id", "level", "staff_count"]]
          + [[i, n, "c1", lv, s] for i, n, lv, s in SCHOOLS], crlf=False)
    write("dataset/instrument.csv", [["item_id", "dimension", "text", "scale_min", "scale_max", "reverse"]]
          + [[i, d, t, 1, 5, r] for i, d, t, r in ITEMS], crlf=False)
    write("dataset/milestones.csv", [["school_id", "stage", "activity", "due", "completed", "status", "notes"],
                                     ["n1", 1, "Foundations workshop", "2026-03-31", "", "on_track", ""]], crlf=False)
    write("dataset/challenges.csv", [["raised", "school_id", "kind", "category", "summary", "level", "status", "resolved"],
                                     ["2026-03-02", "n2", "internal", "time", "Meetings overrun", "school", "open", ""]],
          crlf=False)
    with open(os.path.join(HERE, "dataset/program.json"), "w") as f:
        f.write('{ "name": "Platform fixture program", "start_month": "2026-02", "min_group_size": 5,\n'
                '  "scale": { "min": 1, "max": 5, "labels": ' + str(PROGRAM_LABELS).replace("'", '"') + ' } }\n')
    rows = [["response_id", "submitted_at", "school_id", "role"] + [i[0] for i in ITEMS] + ["comment"]]
    for r in rs:
        stamp = f"{r['year']}-{r['month']:02}-{r['day']:02}T{r['hour']:02}:{r['minute']:02}:{r['second']:02}"
        rows.append([f"r{r['n']:02}", stamp, r["school"], r["role"]]
                    + ["" if a is None else a for a in r["answers"]] + [r["comment"]])
    write("dataset/pulse/2026-03.csv", rows, crlf=False)


def google(rs):
    header = ["Timestamp", "Email Address", "Which school do you work at?", "What is your role?"]
    header += [f"{GRID} [{t}]" for _, _, t, _ in ITEMS[:4]]
    header += ["I get useful feedback on my practice *", "I'm clear about our school's priorities this term", "Comments"]
    rows = [header]
    for r in rs:
        h, ampm = twelve(r["hour"])
        if r["n"] % 4 == 0:  # the US date the Sheets download writes in an en-US spreadsheet
            stamp = f"{r['month']}/{r['day']}/{r['year']} {r['hour']}:{r['minute']:02}:{r['second']:02}"
        else:
            stamp = f"{r['year']}/{r['month']:02}/{r['day']:02} {h}:{r['minute']:02}:{r['second']:02} {ampm} GMT+11"
        a = r["answers"]
        rows.append([stamp, f"staff{r['n']:02}@{r['school']}.example.org", school_name(r["school"]), r["role"]]
                    + [label(v, PROGRAM_LABELS) for v in a[:4]]
                    + ["" if a[4] is None else str(a[4]), label(a[5], PROGRAM_LABELS, "lower" if r["n"] % 3 == 0 else None),
                       r["comment"]])
    write("exports/google-forms.csv", rows)


def microsoft(rs):
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
              "Which school do you work at?", "What is your role?"]
    header += ["I trust the leadership team to follow through.", "Leaders here blame staff when things go wrong.",
               "Staff meetings are a good use of my time.", "I can raise a concern without fear - and it's heard.",
               "I get useful  feedback on my practice", "\u201cI\u2019m clear about our school\u2019s priorities this term.\u201d",
               "Comments"]
    rows = [header]
    for r in rs:
        h, ampm = twelve(r["hour"])
        if r["n"] % 2:
            done = f"{r['month']}/{r['day']}/{r['year']} {h}:{r['minute']:02}:{r['second']:02} {ampm}"
        else:
            done = f"{r['month']}/{r['day']}/{r['year']} {r['hour']:02}:{r['minute']:02}"
        start = f"{r['month']}/{r['day']}/{r['year']} {max(r['hour'] - 1, 0):02}:{r['minute']:02}"
        rows.append([r["n"], start, done, f"staff{r['n']:02}@{r['school']}.example.org", f"Staff Member {r['n']:02}", "",
                     school_name(r["school"]).upper() if r["n"] % 5 == 0 else school_name(r["school"]), r["role"]]
                    + [label(v, STANDARD_LABELS) for v in r["answers"]] + [r["comment"]])
    write("exports/microsoft-forms.csv", rows, bom=True)


QUALTRICS_META = [
    ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"America/Denver"}'),
    ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"America/Denver"}'),
    ("Status", "Response Type", '{"ImportId":"status"}'),
    ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
    ("Progress", "Progress", '{"ImportId":"progress"}'),
    ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
    ("Finished", "Finished", '{"ImportId":"finished"}'),
    ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"America/Denver"}'),
    ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
    ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
    ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
    ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
    ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
    ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
    ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
    ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
    ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
]


def qualtrics(rs):
    questions = [("Q1", "What is your role?", '{"ImportId":"QID1_TEXT"}')]
    questions += [(f"Q2_{k + 1}", f"{GRID} - {ITEMS[k][2]}", f'{{"ImportId":"QID2_{k + 1}"}}') for k in range(4)]
    questions += [("Q3", ITEMS[4][2], '{"ImportId":"QID3"}'), ("Q4", ITEMS[5][2], '{"ImportId":"QID4"}'),
                  ("Q5", "Comments", '{"ImportId":"QID5_TEXT"}'), ("school_id", "school_id", '{"ImportId":"school_id"}')]
    columns = QUALTRICS_META + questions
    rows = [[c[0] for c in columns], [c[1] for c in columns], [c[2] for c in columns]]

    def row(r, finished, rid):
        stamp = f"{r['year']}-{r['month']:02}-{r['day']:02} {r['hour']:02}:{r['minute']:02}:{r['second']:02}"
        a = r["answers"] if finished else r["answers"][:2] + [None] * 4
        return [stamp, stamp, "IP Address", f"203.0.113.{r['n']}", 100 if finished else 40, 100 + r["n"],
                "True" if finished else "False", stamp, rid, f"Surname{r['n']:02}", f"Given{r['n']:02}",
                f"recipient{r['n']:02}@example.org", f"EXT-{r['n']:04}", "-33.8688", "151.2093", "anonymous", "EN",
                r["role"]] + ["" if v is None else str(v) for v in a[:4]] \
            + [label(a[4], STANDARD_LABELS), label(a[5], STANDARD_LABELS), r["comment"] if finished else "", r["school"]]

    for r in rs:
        rows.append(row(r, True, f"R_{r['n']:02}qX{r['n'] * 7919:07}"))
        if r["n"] in (5, 17):  # two people who stopped part way
            rows.append(row(dict(r, n=90 + r["n"]), False, f"R_{90 + r['n']}unfinished"))
    write("exports/qualtrics.csv", rows, bom=True)


def surveymonkey(rs):
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
            "Last Name", "Custom Data 1"]
    top = meta + ["Which school do you work at?", "What is your role?", GRID, "", "", "", ITEMS[4][2], ITEMS[5][2],
                  "Comments"]
    sub = [""] * len(meta) + ["Response", "Open-Ended Response"] + [t for _, _, t, _ in ITEMS[:4]] \
        + ["Response", "Response", "Open-Ended Response"]
    rows = [top, sub]
    for r in rs:
        h, ampm = twelve(r["hour"])
        stamp = f"{r['month']:02}/{r['day']:02}/{r['year']} {h:02}:{r['minute']:02}:{r['second']:02} {ampm}"
        rows.append([11400000000 + r["n"] * 37, 405000111, stamp, stamp, f"198.51.100.{r['n']}",
                     f"staff{r['n']:02}@{r['school']}.example.org", f"First{r['n']:02}", f"Last{r['n']:02}",
                     f"employee-{r['n']:03}", r["school"], r["role"]]
                    + [label(v, STANDARD_LABELS) for v in r["answers"]] + [r["comment"]])
    write("exports/surveymonkey.csv", rows)


if __name__ == "__main__":
    rs = responses()
    dataset(rs)
    google(rs)
    microsoft(rs)
    qualtrics(rs)
    surveymonkey(rs)
