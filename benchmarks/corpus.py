"""Seeded, article-like news text with scraper damage in realistic density.

Nothing here is copied from real articles: sentences are assembled from small
word lists, and the damage follows the shapes cleanfeed repairs (see SPEC.md).
Densities match what a sample of real scraped news shows: about 3 run-together
sentences per 10 KB, a photo credit in roughly every third article, glued and
stand-alone subheads, curly quotes in about half the articles, and mojibake or
HTML entities in a few. Look-alikes that must stay (``U.S.``, ``a.m.``,
``2.5 percent``, ``RT.com``, ``(GOOGL.O)``, ``Reuters/Ipsos``) are mixed in too.

The same seed gives the same bytes on every machine.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "Daniel",
    "Elena",
    "Farid",
    "Greta",
    "Hiroshi",
    "Ines",
    "Jonas",
    "Kemal",
    "Lena",
    "Marco",
    "Nadia",
    "Omar",
    "Paula",
    "Rafael",
    "Sofia",
    "Tomas",
    "Yusuf",
]
LAST = [
    "Keller",
    "Novak",
    "Moreau",
    "Tanaka",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Romero",
    "Petrov",
    "Walsh",
    "Brennan",
    "Ivanova",
    "Costa",
    "Nakamura",
    "Fischer",
    "Duarte",
    "Sato",
    "Kowalski",
    "Mensah",
    "Larsen",
]
ACCENTED = ["Zürich", "São Paulo", "Kraków", "Malmö", "Düsseldorf", "Bogotá", "Reykjavík", "Curaçao", "Besançon"]
PLACES = [
    "Berlin",
    "Moscow",
    "Ankara",
    "Brussels",
    "Tokyo",
    "Nairobi",
    "Lima",
    "Ottawa",
    "Cairo",
    "Warsaw",
    "Seoul",
    "Madrid",
    "Oslo",
    "Jakarta",
    "Hanoi",
    "Lagos",
    "Quito",
    "Dublin",
    "Manila",
    "Athens",
]
AGENCIES = ["Reuters", "AFP", "AP", "EPA", "Getty Images", "Sputnik", "Xinhua", "Anadolu"]
ROLES = [
    "the finance minister",
    "a senior official",
    "the central bank governor",
    "the company's chief executive",
    "the mayor",
    "a spokeswoman for the ministry",
    "an opposition lawmaker",
    "the U.S. ambassador",
    "a Ph.D. student who studies the region",
    "the head of the workers' union",
]
ORGS = [
    "The European Commission",
    "The parliament",
    "The central bank",
    "OPEC",
    "The World Bank",
    "The U.N. Security Council",
    "The U.S. Treasury",
    "The state railway",
    "The city council",
    "The health ministry",
]
VERBS = [
    "announced",
    "approved",
    "rejected",
    "postponed",
    "criticised",
    "defended",
    "proposed",
    "confirmed",
    "questioned",
    "welcomed",
]
OBJECTS = [
    "the new budget",
    "a plan to cut emissions by half",
    "the trade agreement",
    "tariffs on steel imports",
    "the sale of the state airline",
    "a review of the election rules",
    "the bid for the 2030 games",
    "new limits on short-term rentals",
    "the merger of the two banks",
    "a tax on sugary drinks",
    "the Standard & Poor's downgrade",
]
TIMES = [
    "on Monday",
    "on Tuesday",
    "late on Wednesday",
    "on Thursday",
    "on Friday",
    "last week",
    "at 9 a.m. local time",
    "earlier this month",
    "in 2017",
    "by the end of the year",
]
QUOTES = [
    "We will not accept this",
    "The numbers speak for themselves",
    "It is too early to say",
    "Nobody wants a long fight over this",
    "This is a good day for the city",
    "We were never consulted",
    "The plan is dead on arrival",
    "Our door remains open",
]
SUBHEADS = [
    "Rising costs",
    "What happens next",
    "A divided council",
    "Questions over funding",
    "No end in sight",
    "Talks with the unions",
    "Reaction abroad",
]
CAPTIONS = [
    "Protesters gather outside the parliament in {place}",
    "A worker walks past shipping containers at the port of {place}",
    "Delegates arrive for the summit in {place}",
    "Traffic moves along a flooded road near {place}",
]


class ArticleWriter:
    """Writes articles from one random stream: ``ArticleWriter(seed).article()``."""

    def __init__(self, seed: int, *, damaged: bool = True, ascii_only: bool = False) -> None:
        self.rng = random.Random(seed)
        self.damaged = damaged
        self.ascii_only = ascii_only

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def place(self) -> str:
        if not self.ascii_only and self.rng.random() < 0.08:
            return self.rng.choice(ACCENTED)
        return self.rng.choice(PLACES)

    def number(self) -> str:
        value = self.rng.uniform(0.5, 40)
        return self.rng.choice([f"{value:.1f} percent", f"${value:.1f}bn", f"{int(value * 1000):,} people"])

    def sentence(self, curly: bool) -> str:
        rng = self.rng
        kind = rng.randrange(9)
        if kind == 0:
            open_quote, close_quote = ("“", "”") if curly else ('"', '"')
            return f"{open_quote}{rng.choice(QUOTES)},{close_quote} {self.name()}, {rng.choice(ROLES)}, said."
        if kind == 1:
            return f"{rng.choice(ORGS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TIMES)}."
        if kind == 2:
            return f"The figure rose to {self.number()} in {self.place()}, up from {self.number()} a year earlier."
        if kind == 3:
            apostrophe = "’" if curly else "'"
            return f"The plan{apostrophe}s critics in {self.place()} said it would cost {self.number()}."
        if kind == 4:
            dash = " — " if curly else " - "
            return f"Talks in {self.place()} resumed {rng.choice(TIMES)}{dash}the third round this year."
        if kind == 5:
            news = rng.choice(["a Reuters/Ipsos poll was published", "the quarterly results", "a court ruling"])
            return f"Shares of the company (GOOGL.O) fell {self.number()} after {news}."
        if kind == 6:
            verdict = rng.choice(["late", "weaker", "unclear"])
            return f"Dr. {rng.choice(LAST)} told RT.com that version 2.1 of the rules was {verdict}."
        if kind == 7:
            return f"Will {rng.choice(OBJECTS)} survive the vote?"
        return f"{self.name()}, {rng.choice(ROLES)}, {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TIMES)}."

    def credit(self) -> str:
        rng = self.rng
        agency = rng.choice(AGENCIES)
        year = rng.randrange(2014, 2019)
        return rng.choice(
            [
                f"© {agency} {year}/ {self.name().upper()}",
                f"date {year}-{rng.randrange(1, 13):02d} © {agency}/ {self.name()}",
                f"(AP Photo/{self.name()})",
                f"Photo: {agency}",
                f"Image copyright {agency}",
                f"{rng.choice(CAPTIONS).format(place=self.place())}, May {rng.randrange(1, 29)}, {year}. "
                f"REUTERS/{self.name()}",
            ]
        )

    def article(self) -> str:
        rng = self.rng
        curly = not self.ascii_only and rng.random() < 0.5
        damaged = self.damaged
        title = f"{rng.choice(ORGS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        parts = [title, "\n\n"]
        if damaged and rng.random() < 0.3:
            parts += [self.credit(), "\n\n"]
        dateline = f"{rng.choice(PLACES).upper()} ({rng.choice(AGENCIES)}) - "
        for index in range(rng.randrange(4, 10)):
            paragraph = " ".join(self.sentence(curly) for _ in range(rng.randrange(2, 6)))
            parts.append(dateline + paragraph if index == 0 else paragraph)
            if not damaged:
                parts.append("\n\n")
                continue
            roll = rng.random()
            if roll < 0.07:
                pass  # paragraphs glued: "...said.The next"
            elif roll < 0.09:
                parts.append(rng.choice(SUBHEADS))  # a glued subhead: "...said.Rising costsThe next"
            elif roll < 0.13:
                parts += ["\n\n", rng.choice(SUBHEADS), "\n\n"]
            elif roll < 0.16:
                parts += ["\n\n", self.credit(), "\n\n"]
            else:
                parts.append("\n\n")
        text = "".join(parts).rstrip() + "\n"
        if damaged and rng.random() < 0.03:
            text = text.replace(" & ", " &amp; ").replace("'s ", "&#39;s ", 2)
        if damaged and curly and rng.random() < 0.04:  # UTF-8 read as cp1252; the undefined byte is dropped
            text = text.encode("utf-8").decode("cp1252", errors="ignore")
        return text

    def articles(self) -> Iterator[str]:
        while True:
            yield self.article()


def write_stream(path: Path, size: int, writer: ArticleWriter) -> None:
    """Articles separated by blank lines, about ``size`` bytes of UTF-8."""
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        for article in writer.articles():
            data = article + "\n"
            out.write(data)
            written += len(data.encode("utf-8"))
            if written >= size:
                break


def write_directory(directory: Path, count: int, writer: ArticleWriter) -> None:
    """``count`` small files, one article each, in 100 subdirectories."""
    for index, article in zip(range(count), writer.articles(), strict=False):
        path = directory / f"{index // 100:03d}" / f"{index:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article, encoding="utf-8", newline="")
