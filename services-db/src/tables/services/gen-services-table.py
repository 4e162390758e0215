#!/usr/bin/env python3
"""Writes services-db's bundled table: the facts of a services(5) file, one entry a row.

usage: gen-services-table.py SERVICES OUT.tsv [IANA]

SERVICES is read as ServicesDb reads it (first '#' ends a line, fields split on C whitespace,
'name port/protocol alias...'); every entry becomes one row of OUT.tsv, in the same order, so that
first-entry-wins look-ups answer as they did on SERVICES. Only the fields are kept: no comment, no
layout. With IANA (a services(5)-style copy of IANA's Service Name and Transport Protocol Port
Number Registry, entries may be 'port/tcp/udp' or 'lo-hi/tcp'), also prints which rows' (name,
port, protocol) the registry lists and which it does not.
"""
import sys

HEADER = "name\tport\tprotocol\taliases"
SPACE = " \t\n\r\f\v"


def fields(line):
    return line.split("#", 1)[0].translate({ord(c): " " for c in SPACE}).split()


def read_services(path):
    entries = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            words = fields(line)
            if not words:
                continue
            if len(words) < 2 or "/" not in words[1]:
                sys.exit(f"{path}:{number}: not 'name port/protocol': {line.rstrip()}")
            port, protocol = words[1].split("/", 1)
            if not port.isdigit() or (len(port) > 1 and port[0] == "0") or int(port) > 65535 or not protocol:
                sys.exit(f"{path}:{number}: bad port/protocol: {words[1]}")
            entries.append((words[0], int(port), protocol, words[2:]))
    return entries


def write_table(entries, path):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER + "\n")
        for name, port, protocol, aliases in entries:
            for word in [name, protocol, *aliases]:
                if "," in word:
                    sys.exit(f"a ',' in '{word}' cannot be written: ',' separates aliases")
            out.write(f"{name}\t{port}\t{protocol}\t{','.join(aliases)}\n")


def read_iana(path):
    listed = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            words = fields(line)
            if len(words) < 2 or "/" not in words[1]:
                continue
            ports, *protocols = words[1].split("/")
            low, _, high = ports.partition("-")
            for port in range(int(low), int(high or low) + 1):
                for protocol in protocols:
                    listed.add((words[0], port, protocol))
    return listed


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    entries = read_services(argv[1])
    write_table(entries, argv[2])
    print(f"{argv[2]}: {len(entries)} entries")
    if len(argv) == 4:
        listed = read_iana(argv[3])
        missing = [e for e in entries if (e[0], e[1], e[2]) not in listed]
        print(f"listed by IANA as (name, port, protocol): {len(entries) - len(missing)}; not listed: {len(missing)}")
        for name, port, protocol, _ in missing:
            print(f"  {name} {port}/{protocol}")


if __name__ == "__main__":
    main(sys.argv)
