#!/usr/bin/env python3
"""Writes comparison corpora (one UTF-8 name per line) for idn2batch vs IdnBatch.
  corpus.py every TEMPLATE > file   every code point (no surrogates, no '\\n') put into TEMPLATE at {}
  corpus.py random N SEED > file    N random names from a pool of interesting pieces
  corpus.py ace N SEED > file       N random 'xn--' names for the to-Unicode direction
"""
import random
import sys

def every(template):
    out = sys.stdout
    for cp in range(0x1, 0x110000):
        if 0xD800 <= cp <= 0xDFFF or cp == 0x0A or cp == 0x0D:
            continue
        out.write(template.replace("{}", chr(cp)) + "\n")

PIECES = (list("abcxyzABCXYZ0123456789-._") + ["xn--", "XN--", "Xn--", "ß", "ς", "σ", "Σ", "\u200d", "\u200c",
    "\u0301", "\u0308", "\u094d", "क", "ب", "ا", "\u0640", "\u064b", "א", "ב", "١", "۱", "1", "\u00b7", "l", "\u0375",
    "α", "\u05f3", "\u30fb", "カ", "ひ", "漢", "ü", "Ü", "é", "e\u0301", "ﬁ", "Ⅻ", "ｅ", "。", "．", "｡", "\u00ad",
    "\u3000", "😀", "☃", "≠", "=\u0338", "\u2260", "İ", "ı", "ǅ", "\u0345", "ꭰ", "\U0001e900", "\ufeff", " ", "/", "\\",
    "\u0080", "\ufffd", "㋿", "\U00010e80", "\ua7c7", "\u1e9e", "ȿ", "\u2132", "ℌ", "ⓐ", "㍱", "\U0001d400", "-", "--"]
    + ["bücher", "straße", "faß", "xn--bcher-kva", "xn--strae-oqa", "xn--tda", "xn--", "xn--zz", "xn--ls8h",
       "xn--1ug", "xn--a-ecp.", "a" * 60, "ü" * 30, "x" * 63, "é" * 20])

def random_names(n, seed):
    rng = random.Random(int(seed))
    out = sys.stdout
    for _ in range(int(n)):
        k = rng.choice([1, 2, 3, 4, 6, 10, 20, 60])
        out.write("".join(rng.choice(PIECES) for _ in range(k)).replace("\n", "") + "\n")

BASIC = "abcdefghijklmnopqrstuvwxyz0123456789-_ABCXYZ"

def ace(n, seed):
    rng = random.Random(int(seed))
    out = sys.stdout
    for _ in range(int(n)):
        labels = []
        for _ in range(rng.choice([1, 2, 3])):
            if rng.random() < 0.7:
                prefix = rng.choice(["xn--", "XN--", "xN--", "xn-", "x"])
                labels.append(prefix + "".join(rng.choice(BASIC) for _ in range(rng.choice([0, 1, 2, 3, 5, 8, 13, 40, 70]))))
            else:
                labels.append(rng.choice(["example", "bücher", "", "a" * 64, "é" * 70, "com"]))
        out.write(".".join(labels) + "\n")

if __name__ == "__main__":
    {"every": lambda: every(sys.argv[2]), "random": lambda: random_names(*sys.argv[2:4]),
     "ace": lambda: ace(*sys.argv[2:4])}[sys.argv[1]]()
