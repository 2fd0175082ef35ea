#!/usr/bin/env python3
"""Writes a generated licence register in the Hong Kong Labour Department's layout,
for the import benchmark: python3 benches/register_gen.py ROWS [SEED] > FILE.csv

Names are invented (syllables plus a serial word, so every organization is distinct)
with an invented Chinese name; about one organization in ten has two or three
branches (rows with the same names and another address), as in the real file.
"""
import csv
import random
import sys

SYLLABLES = ["ka", "lo", "mi", "ran", "tey", "vor", "sun", "bel", "dra", "qui", "zen", "mar",
             "tol", "hal", "pri", "nex", "cor", "dal", "fen", "gar", "lum", "oro", "pel", "sav"]
GENERIC = ["Employment Agency", "Staffing Limited", "Maid Centre", "Consultancy Company",
           "Recruitment Limited", "Employment Centre", "Helpers Agency Limited"]
HANZI = "安樂窩僱傭中心陽光女傭品優有限公司思賢人力資源期柏日蜂德勤顧問管理一悅護理服務多都卓能國際"
DISTRICTS = ["Kowloon City District", "Wan Chai District", "Yau Tsim Mong District",
             "Central and Western District", "Kwai Tsing District", "Sha Tin District"]
CATEGORIES = ["Foreign Domestic Helpers", "Local Domestic Helpers", "Office Staff / Executive Search",
              "Other Non-office Worker", "Imported Worker"]


def word(rng, serial):
    # A base-24 serial spelled in syllables keeps every name unique.
    parts = []
    while True:
        parts.append(SYLLABLES[serial % 24])
        serial //= 24
        if serial == 0:
            break
    return "".join(parts).capitalize()


def main():
    rows = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(["", "English Company Name", "Chinese Company Name", "Valid Licence since", "District",
                  "Address", "Telephone No", "FAX", "Email", "Placement Type"])
    written, serial = 0, 0
    while written < rows:
        serial += 1
        english = f"{word(rng, serial)} {rng.choice(SYLLABLES).capitalize()}{rng.choice(SYLLABLES)} {rng.choice(GENERIC)}"
        chinese = "".join(rng.choice(HANZI) for _ in range(rng.randint(4, 8))) + f"{serial}"
        if rng.random() < 0.04:
            english = " "
        branches = 1 if rng.random() < 0.9 else rng.randint(2, 3)
        kinds = ", ".join(sorted(rng.sample(CATEGORIES, rng.randint(1, 2))))
        for _ in range(min(branches, rows - written)):
            out.writerow([written, english, chinese, rng.randint(1995, 2025), rng.choice(DISTRICTS),
                          f"Unit {rng.randint(1, 30)}, {rng.randint(1, 40)}th floor, {rng.randint(1, 300)} Demo Road",
                          f"{rng.randint(20000000, 69999999)}", "\u00a0", f"office{serial}@example.invalid", kinds])
            written += 1


main()
