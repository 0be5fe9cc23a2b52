#!/usr/bin/env python3
"""Two systems' speakers for the quotations both attribute through the same pronoun, against the gold.

The question: would a second resolver of pronouns (CoreNLP's coreference, inside `quote-corenlp`) know a
speaker the project's `ReferenceResolver` gets wrong? For every gold quotation whose span system A gives
exactly, with a speaker mention that is a pronoun, it counts whether A's speaker agrees with the gold's; and
where system B gives the same quotation through the same pronoun token, whether B's does.

Agreement is approximate (the same words, or the same last word: "Austin" for "Lloyd Austin"), not the
scorer's `SpeakerNames.agree`; the figures compare the two systems, they are no scoreboard.

Input: a gold folder (brat, `ID.ann`) and the JSON Lines each `corpus annotate` writes (`OUT/jsonl/corpus.jsonl`).
Needs Python 3. Example:

    ./corpus annotate --pipeline default --input gold/dev --output /tmp/default
    ./corpus annotate --pipeline quote-corenlp --threads 2 --input gold/dev --output /tmp/corenlp
    python3 eval/quotes/pronoun-speakers.py gold/dev /tmp/default/jsonl/corpus.jsonl /tmp/corenlp/jsonl/corpus.jsonl
"""
import json
import os
import re
import sys

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "their", "its"}


def gold_quotations(path):
    """(begin, end) of each Quotation -> its speaker note ("" for none)."""
    spans, speakers = {}, {}
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if line.startswith("T") and fields[1].startswith("Quotation "):
            offsets = fields[1].split(" ")
            spans[fields[0]] = (int(offsets[1]), int(offsets[-1]))
        elif line.startswith("#") and fields[1].startswith("speaker "):
            speakers[fields[1].split(" ")[1]] = fields[2]
    return {span: speakers.get(t, "") for t, span in spans.items()}


def system_quotations(path):
    """document id -> (begin, end) -> (speaker, (mention begin, mention end, mention text) or None)."""
    out = {}
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        quotations = {}
        for q in record["quotations"]:
            m = q["speaker_mention"]
            quotations[(q["begin"], q["end"])] = (q["speaker"] or "", (m["begin"], m["end"], m["text"]) if m else None)
        out[record["id"]] = quotations
    return out


def words(s):
    return re.sub(r"[^a-z& ]", "", s.lower()).split()


def agree(gold, system):
    if gold == system:
        return True
    g, s = words(gold), words(system)
    return bool(g and s and (g == s or g[-1] == s[-1]))


def main():
    gold_dir, a_path, b_path = sys.argv[1:4]
    a, b = system_quotations(a_path), system_quotations(b_path)
    through_pronoun = a_right = same = a_right_same = b_right = only_b = only_a = 0
    for name in sorted(os.listdir(gold_dir)):
        doc = name[:-4]
        if not name.endswith(".ann") or doc not in a or doc not in b:
            continue
        for span, gold in gold_quotations(os.path.join(gold_dir, name)).items():
            speaker, mention = a[doc].get(span, ("", None))
            if mention is None or mention[2].lower() not in PRONOUNS:
                continue
            through_pronoun += 1
            ok_a = agree(gold, speaker)
            a_right += ok_a
            other_speaker, other_mention = b[doc].get(span, ("", None))
            if other_mention is None or other_mention[:2] != mention[:2]:
                continue
            ok_b = agree(gold, other_speaker)
            same += 1
            a_right_same += ok_a
            b_right += ok_b
            only_b += ok_b and not ok_a
            only_a += ok_a and not ok_b
    print(f"gold quotations system A attributes through a pronoun: {through_pronoun}, A's speaker agrees: {a_right}")
    print(f"  of them, system B through the same pronoun: {same}; agrees: A {a_right_same}, B {b_right};"
          f" B only {only_b}, A only {only_a}")


if __name__ == "__main__":
    main()
