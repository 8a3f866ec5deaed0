#!/usr/bin/env python3
"""An independent OGRS3 reference, written from domain.md (OGRS-1, Part B §1) alone, in exact
decimal arithmetic (50 digits). It produced the expected values in
src/domain/risk/ogrs3_test.cc; run it to reproduce them:

  scripts/ogrs3_reference.py male 1991-07-17 2021-08-05 2021-12-12 2 21 other
"""
import datetime
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 50

AGE_SEX = [  # youngest age of the band, male, female
    (10, "0", "0.785"), (12, "0.08392", "0.61385"), (14, "0.07578", "0.66952"),
    (16, "-0.0616", "-0.9592"), (18, "-0.6251", "-0.8975"), (21, "-1.0515", "-1.0285"),
    (25, "-1.1667", "-1.0528"), (30, "-1.326", "-1.1291"), (35, "-1.368", "-1.4219"),
    (40, "-1.4997", "-1.5247"), (50, "-2.0253", "-2.4498")]
OFFENCE = {
    "violence": "0", "robbery": "-0.6348", "public_order": "0.1819", "sexual_child": "-0.6534",
    "sexual_not_child": "0.0328", "soliciting": "0.7606", "burglary_domestic": "-0.1239",
    "burglary_other": "0.2406", "theft_non_motor": "0.6612", "handling": "0.3519",
    "fraud_forgery": "0.1599", "absconding_bail": "0.7334", "taking_driving_away": "0.3801",
    "theft_from_vehicles": "0.4272", "other_motoring": "0.2622", "drink_driving": "-0.1214",
    "criminal_damage": "0.205", "drug_import_export_production": "-0.7956",
    "drug_possession_supply": "0.0772", "other": "-0.0607"}


def age(born, on):
    # Whole years; a 29 February birthday turns over on 1 March in a non-leap year.
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def logistic(x):
    return Decimal(1) / (Decimal(1) + (-x).exp())


def percent(p):
    five = p.quantize(Decimal("0.00001"), rounding=ROUND_HALF_UP)
    whole = int((five * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return min(max(whole, 1), 99)


def band(pct):
    return "very high" if pct >= 90 else "high" if pct >= 75 else "medium" if pct >= 50 else "low"


def ogrs3(sex, dob, conviction, follow_up, sanctions, first_age, offence):
    dob, conviction, follow_up = (datetime.date.fromisoformat(d) for d in (dob, conviction, follow_up))
    a_conv, a_follow = age(dob, conviction), age(dob, follow_up)
    age_sex = [Decimal(m if sex == "male" else f) for lo, m, f in AGE_SEX if a_follow >= lo][-1]
    first = Decimal("0.12614") if sanctions == 1 else Decimal("0.46306")
    copas = Decimal("1.25112") * (Decimal(sanctions) / Decimal(10 + a_conv - first_age)).ln()
    x = age_sex + first + copas + Decimal(OFFENCE[offence])
    p1, p2 = logistic(x + Decimal("1.40256")), logistic(x + Decimal("2.1217"))
    return p1, p2, percent(p1), percent(p2), band(percent(p2))


if __name__ == "__main__":
    a = sys.argv[1:]
    p1, p2, n1, n2, b = ogrs3(a[0], a[1], a[2], a[3], int(a[4]), int(a[5]), a[6])
    print(f"oneYear={p1:.12f} twoYear={p2:.12f} oneYearPercent={n1} twoYearPercent={n2} band={b}")
