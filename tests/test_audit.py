"""The audit instrument's parts: the seeded sample, the per-filter tally, and change records with context."""

from __future__ import annotations

import json
import random

from cleanfeed.audit import Sampler, Tally
from cleanfeed.edits import Edit
from cleanfeed.render import WIDE_CONTEXT, Describer, render_records, render_sample

# --- the sample ----------------------------------------------------------------------


def draw(size: int, seed: int, places: list[tuple[str, int | None, int]]) -> list:
    sampler = Sampler(size, seed)
    for place in places:
        priority = sampler.priority(*place)
        if sampler.wants(priority):
            sampler.keep(priority, place[1:], place)
    return [item for _, _, item in sampler.entries()]


PLACES = [("a.jsonl", record, number) for record in range(1, 301) for number in range(3)]


def test_the_sample_is_the_lowest_priorities_in_input_order():
    sampler = Sampler(10, seed=7)
    lowest = sorted(PLACES, key=lambda place: sampler.priority(*place))[:10]
    assert draw(10, 7, PLACES) == sorted(lowest)


def test_the_sample_does_not_depend_on_the_order_changes_are_offered_in():
    shuffled = PLACES[:]
    random.Random(1).shuffle(shuffled)
    assert draw(25, 7, shuffled) == draw(25, 7, PLACES)


def test_samples_drawn_apart_merge_into_the_sample_of_the_whole():
    whole = Sampler(25, 3)
    halves = [Sampler(25, 3), Sampler(25, 3)]
    for index, place in enumerate(PLACES):
        whole.keep(whole.priority(*place), place, place)
        halves[index % 2].keep(halves[0].priority(*place), place, place)
    merged = Sampler(25, 3)
    for half in halves:
        for priority, order, item in half.entries():
            merged.keep(priority, order, item)
    assert merged.entries() == whole.entries()


def test_a_smaller_sample_is_part_of_a_larger_one_and_the_seed_changes_it():
    small, large = draw(20, 7, PLACES), draw(80, 7, PLACES)
    assert set(small) < set(large)
    assert draw(20, 8, PLACES) != small
    assert draw(20, 7, PLACES) == small  # a rerun agrees


def test_a_sample_larger_than_the_changes_holds_them_all():
    assert draw(1000, 7, PLACES[:50]) == PLACES[:50]


def test_the_priority_names_its_place_exactly():
    sampler = Sampler(1, 0)
    places = [("a", None, 1), ("a", 1, 1), ("a", 11, 1), ("a1", 1, 1), ("b", None, 1), ("a", None, 11)]
    assert len({sampler.priority(*place) for place in places}) == len(places)


# --- the tally -------------------------------------------------------------------------


def test_tally_counts_units_edits_and_characters():
    tally = Tally()
    tally.add([Edit("credits", 0, 7, "Photo: ", ""), Edit("sentences", 9, 9, "", " ")])
    tally.add([Edit("sentences", 20, 20, "", " ")])  # the same unit, a later block
    tally.close_unit()
    tally.close_unit()  # an unchanged unit
    assert tally.units == 2 and tally.changed_units == 1
    assert (tally.filters["sentences"].changed, tally.filters["sentences"].edits) == (1, 2)
    credits = tally.filters["credits"]
    assert (credits.changed, credits.edits, credits.removed, credits.inserted) == (1, 1, 7, 0)
    assert tally.edits() == 3 and tally.edits({"credits"}) == 1


def test_merged_tallies_add_up():
    one, two = Tally(), Tally()
    one.add([Edit("encoding", 0, 2, "Ã©", "é")])
    one.close_unit()
    two.add([Edit("encoding", 0, 5, "&amp;", "&")])
    two.close_unit()
    one.merge(two)
    assert one.units == one.changed_units == 2
    count = one.filters["encoding"]
    assert (count.changed, count.edits, count.removed, count.inserted) == (2, 2, 7, 2)


# --- change records --------------------------------------------------------------------


def test_a_change_record_places_the_change_and_cuts_context_at_words():
    text = "First line.\n" + "word " * 100 + "end.Next" + " more" * 100
    offset = text.index("Next")
    change = Describer("news.jsonl", text, record=3, record_id="a1")(Edit("sentences", offset, offset, "", " "))
    assert (change.line, change.offset, change.label) == (2, offset, "news.jsonl[a1]")
    assert change.before.endswith("word end.") and change.after.startswith("Next more")
    assert WIDE_CONTEXT - 5 <= len(change.before) <= WIDE_CONTEXT
    assert change.before.startswith("word") and change.after.endswith("more")  # whole words only
    record = json.loads(render_records([change]))
    assert list(record) == [
        *("source", "record", "id", "filter", "offset", "line", "removed", "inserted", "before", "after")
    ]
    assert (record["record"], record["id"], record["inserted"]) == (3, "a1", " ")


def test_context_crosses_lines_and_the_text_sample_shows_the_breaks():
    text = "Photo: Jane Doe/Reuters\nThe body starts here.\n"
    change = Describer("a.txt", text)(Edit("credits", 0, 24, text[:24], ""))
    assert (change.label, change.record, change.id) == ("a.txt", None, None)
    assert render_sample([change]) == "a.txt:1: credits: [-Photo: Jane Doe/Reuters⏎-]The body starts here.⏎\n"


def test_a_record_without_id_is_named_by_its_line_number():
    change = Describer("news.jsonl", "a.B", record=12)(Edit("sentences", 2, 2, "", " "))
    assert change.label == "news.jsonl:12"
    assert render_sample([change]) == "news.jsonl:12:1: sentences: a.{+␣+}B\n"
