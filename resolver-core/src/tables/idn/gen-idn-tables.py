#!/usr/bin/env python3
"""Writes idna-tables.bin, the per-code-point data of dev.addrinfo.internal.idn.

Inputs (see README.md for where each comes from):
  IdnaMappingTable.txt           UTS #46 mapping table, Unicode 14.0.0
  idna-tables-properties.csv     IANA IDNA 2008 derived properties, Unicode 12.0.0
  unistring-props.txt            output of unistring-props.c (libunistring 1.0, Unicode 14.0.0)

Format (big-endian, read by UnicodeData.java):
  int 0x49444e31 ("IDN1")
  int runs;  runs x (varint first-code-point delta, varint properties)
  int maps;  maps x (varint code-point delta, byte length, length x varint code point)
Properties, bit by bit: 0-2 UTS #46 status, 3-5 IDNA 2008 property, 6 general category M,
7 combining class 9 (virama), 8-10 joining type, 11-14 bidi class, 15-17 script.
"""
import struct
import sys

TR46 = {"disallowed": 0, "valid": 1, "mapped": 2, "deviation": 3, "ignored": 4,
        "disallowed_STD3_valid": 5, "disallowed_STD3_mapped": 6}
IDNA2008 = {"UNASSIGNED": 0, "PVALID": 1, "CONTEXTJ": 2, "CONTEXTO": 3, "DISALLOWED": 4}
JOINING = {"T": 1, "L": 2, "R": 3, "D": 4}
BIDI = {"L": 1, "R": 2, "AL": 3, "AN": 4, "EN": 5, "ES": 6, "CS": 7, "ET": 8, "ON": 9, "BN": 10, "NSM": 11}
SCRIPT = {"Greek": 1, "Hebrew": 2, "Hiragana": 3, "Katakana": 4, "Han": 5}
LIMIT = 0x110000


def code_range(text, separator):
    parts = text.strip().split(separator)
    first = int(parts[0], 16)
    return first, int(parts[-1], 16) if len(parts) > 1 else first


def read_tr46(path, status, mapping):
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [f.strip() for f in line.split(";")]
        first, last = code_range(fields[0], "..")
        code = TR46[fields[1]]
        target = [int(h, 16) for h in fields[2].split()] if len(fields) > 2 and fields[2] else None
        for c in range(first, last + 1):
            status[c] = code
            if target is not None and code in (2, 3, 6):
                mapping[c] = target


def read_idna2008(path, prop):
    lines = open(path, encoding="utf-8").read().splitlines()
    assert lines[0].startswith("Codepoint,Property,"), lines[0]
    for line in lines[1:]:
        fields = line.split(",")
        first, last = code_range(fields[0], "-")
        for c in range(first, last + 1):
            prop[c] = IDNA2008[fields[1]]


def read_unistring(path, props):
    for line in open(path, encoding="ascii"):
        first, last, mark, virama, joining, bidi, script = line.split()
        value = (int(mark) << 6) | (int(virama) << 7) | (JOINING.get(joining, 0) << 8) \
            | (BIDI.get(bidi, 0) << 11) | (SCRIPT.get(script, 0) << 15)
        for c in range(int(first, 16), int(last, 16) + 1):
            props[c] = value


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def main(mapping_table, idna_csv, unistring, output):
    status = [0] * LIMIT
    mapping = {}
    idna = [0] * LIMIT
    other = [0] * LIMIT
    read_tr46(mapping_table, status, mapping)
    read_idna2008(idna_csv, idna)
    read_unistring(unistring, other)
    runs = []
    for c in range(LIMIT):
        value = status[c] | (idna[c] << 3) | other[c]
        if not runs or runs[-1][1] != value:
            runs.append((c, value))
    body = bytearray(struct.pack(">II", 0x49444E31, len(runs)))
    previous = 0
    for first, value in runs:
        body += varint(first - previous) + varint(value)
        previous = first
    body += struct.pack(">I", len(mapping))
    previous = 0
    for c in sorted(mapping):
        target = mapping[c]
        body += varint(c - previous) + bytes([len(target)]) + b"".join(varint(t) for t in target)
        previous = c
    open(output, "wb").write(body)
    print(f"{output}: {len(runs)} runs, {len(mapping)} mappings, {len(body)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit("usage: gen-idn-tables.py IdnaMappingTable.txt idna-tables-properties.csv unistring-props.txt OUT")
    main(*sys.argv[1:])
