#!/usr/bin/env python3
"""Writes a synthetic news corpus for benchmarks: defence and diplomacy articles made from
templates (people, countries, offices, meeting series, agreements, dates), with office holders
who change over the years so that successions can be inferred. The same seed and size give the
same files, byte for byte.

    bench/gen_corpus.py OUT_DIR --mb 10 [--seed 1]

Articles carry a "Published : Mon. D, YYYY" line (kgraph reads the date from it); no manifest.
"""
import argparse
import os
import random
import sys

# (canonical name, demonym, capital) -- all in ontology/gazetteers/countries.tsv.
COUNTRIES = [
    ("South Korea", "South Korean", "Seoul"), ("United States", "US", "Washington"),
    ("Japan", "Japanese", "Tokyo"), ("Australia", "Australian", "Canberra"),
    ("United Kingdom", "British", "London"), ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"), ("India", "Indian", "New Delhi"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Philippines", "Philippine", "Manila"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Canada", "Canadian", "Ottawa"),
    ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
    ("Poland", "Polish", "Warsaw"), ("Norway", "Norwegian", "Oslo"),
    ("Singapore", "Singaporean", "Singapore"), ("Thailand", "Thai", "Bangkok"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"), ("New Zealand", "New Zealand", "Wellington"),
    ("Brazil", "Brazilian", "Brasilia"), ("Mexico", "Mexican", "Mexico City"),
    ("Turkey", "Turkish", "Ankara"), ("Sweden", "Swedish", "Stockholm"),
    ("Finland", "Finnish", "Helsinki"), ("Netherlands", "Dutch", "Amsterdam"),
    ("Chile", "Chilean", "Santiago"), ("Peru", "Peruvian", "Lima"),
    ("Egypt", "Egyptian", "Cairo"), ("Kenya", "Kenyan", "Nairobi"),
]
# Posts as news text writes them (titles.tsv aliases).
TITLES = ["Defense Minister", "Foreign Minister", "Prime Minister", "President",
          "Vice Defense Minister", "Chief of Staff"]
SERIES = ["Security Consultative Meeting", "Strategic Dialogue", "Defence Policy Talks",
          "Maritime Security Forum", "Foreign and Defence Ministers' Meeting",
          "Joint Committee on Security Cooperation"]
AGREEMENTS = ["Memorandum of Understanding on Defence Cooperation",
              "Agreement on Reciprocal Access", "Declaration on Security Cooperation",
              "General Security of Military Information Agreement",
              "Agreement on the Transfer of Defence Equipment and Technology",
              "Joint Statement on Maritime Cooperation"]
FIRST = ["Anna", "Bram", "Chen", "Dara", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
         "Kaito", "Lena", "Marta", "Nikhil", "Olga", "Pavel", "Rosa", "Sami", "Tomas", "Uma",
         "Vera", "Wen", "Yusuf", "Zofia", "Min-jun", "Seo-yeon", "Arjun", "Lucia", "Mateo",
         "Amara", "Kwame", "Ingrid", "Hamid", "Noor", "Felix", "Clara", "Diego", "Aiko"]
LAST = ["Okonjo", "Tulloch", "Moreau", "Lindqvist", "Nakamura", "Kowalski", "Haddad",
        "Fernandes", "Van Dijk", "Rossi", "Schmidt", "Novak", "Tanaka", "Park", "Kim",
        "Nguyen", "Santos", "Reyes", "Kaplan", "Ibrahim", "Petrov", "Larsen", "Okafor",
        "Sato", "Dubois", "Martins", "Alvarez", "Hughes", "Chandra", "Suzuki", "Lee",
        "Ortega", "Mensah", "Holm", "Bianchi", "Weber", "Costa", "Yilmaz", "Singh", "Ito"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
FILLER = [
    "Officials said the talks covered regional security, supply chains and joint exercises.",
    "The ministry did not give further details of the discussions.",
    "Analysts said the meeting reflected growing concern over maritime disputes in the region.",
    "Both sides agreed to expand exchanges between their armed forces.",
    "The visit came amid rising tension over missile tests and cyber attacks.",
    "Reporters were briefed after the closed-door session.",
    "The next round of talks is expected to take place later this year.",
    "A joint press conference followed the meeting.",
    "Observers noted that the talks lasted longer than scheduled.",
    "The two governments have held regular consultations since the early 2000s.",
]


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class World:
    """Office holders and meeting series that evolve as the corpus's dates advance."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.holders = {}  # (country, title) -> person
        self.series_count = {}

    def person(self):
        while True:
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if len(self.used) > 0.8 * len(FIRST) * len(LAST):
                name += f" {self.rng.choice(LAST)}"  # a larger pool once two-part names run out
            if name not in self.used:
                self.used.add(name)
                return name

    def holder(self, country, title):
        key = (country, title)
        old = self.holders.get(key)
        if old is None or self.rng.random() < 0.02:
            self.holders[key] = self.person()
        return old, self.holders[key]

    def series(self, a, b, s):
        key = (min(a, b), max(a, b), s)
        self.series_count[key] = self.series_count.get(key, self.rng.randint(0, 40)) + 1
        return self.series_count[key]


def article(world, rng, day):
    year, month, dom = day
    (c1, d1, cap1), (c2, d2, cap2) = rng.sample(COUNTRIES, 2)
    t1 = rng.choice(TITLES[:3])
    t2 = t1 if rng.random() < 0.7 else rng.choice(TITLES[:3])
    old1, p1 = world.holder(c1, t1)
    _, p2 = world.holder(c2, t2)
    series = rng.choice(SERIES)
    n = world.series(c1, c2, series)
    meeting = f"{ordinal(n)} {c1}-{c2} {series}"
    city = rng.choice([cap1, cap2])
    agreement = rng.choice(AGREEMENTS)
    lines = [f"{d1} and {d2} ministers hold {series.lower()} in {city}", "",
             f"Published : {MONTHS[month - 1]} {dom}, {year} - {rng.randint(6, 22)}:"
             f"{rng.randint(0, 59):02d}", ""]
    body = [
        f"{d1} {t1} {p1} and {d2} {t2} {p2} will hold the {meeting} in {city} on "
        f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.",
        rng.choice(FILLER),
        f"{p1} and {p2} are expected to sign the {agreement} during the talks.",
        rng.choice(FILLER),
    ]
    if old1 and old1 != p1:
        body.append(f"{p1} succeeded {old1} as {t1} in {MONTH_NAMES[month - 1]} {year}.")
    if rng.random() < 0.5:
        (c3, d3, _) = rng.choice(COUNTRIES)
        t3 = rng.choice(TITLES[3:])
        _, p3 = world.holder(c3, t3)
        body.append(f"{d3} {t3} {p3} also attended the {meeting}.")
    body += rng.sample(FILLER, 3)
    body.append(f"{p2} said {c2} and {c1} would deepen cooperation under the {agreement}.")
    # Background paragraphs, as wire stories have: earlier rounds, other posts, plain text.
    for _ in range(rng.randint(2, 6)):
        (c3, d3, cap3) = rng.choice(COUNTRIES)
        t3 = rng.choice(TITLES)
        _, p3 = world.holder(c3, t3)
        body.append(rng.choice([
            f"Earlier, {d3} {t3} {p3} visited {cap3} for talks with officials.",
            f"{p3}, the {d3} {t3}, told reporters in {cap3} that dialogue would continue.",
            f"The {ordinal(max(1, n - 1))} {c1}-{c2} {series} was held in {cap2} a year ago.",
            f"In {MONTH_NAMES[rng.randrange(12)]}, {p1} discussed the {agreement} with {p3}.",
        ]))
        body += rng.sample(FILLER, rng.randint(1, 4))
    paragraphs, i = [], 0
    while i < len(body):
        k = rng.randint(1, 3)
        paragraphs.append(" ".join(body[i:i + k]))
        i += k
    return "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--mb", type=float, required=True, help="corpus size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    world = World(rng)
    os.makedirs(args.out_dir, exist_ok=True)
    target = int(args.mb * 1_000_000)
    total, i = 0, 0
    year, month, dom = 2000, 1, 1
    while total < target:
        text = article(world, rng, (year, month, dom)).encode()
        with open(os.path.join(args.out_dir, f"{i:08d}.txt"), "wb") as f:
            f.write(text)
        total += len(text)
        i += 1
        dom += rng.randint(0, 1)  # about two articles a day
        if dom > 28:
            dom, month = 1, month + 1
            if month > 12:
                month, year = 1, year + 1
    print(f"{args.out_dir}: {i} articles, {total / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
