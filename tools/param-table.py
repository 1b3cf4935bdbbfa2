#!/usr/bin/env python3
"""Prints the parameters of a scenario file as Markdown tables, for docs/ODD.md.

Every parameter of scenarios/historical.yaml is one line of the form

    key: {value: ..., unit: ..., range: [a, b], source: "..."}

inside nested groups (a group is a line "name:" with nothing after the colon). This script reads
exactly that shape with a small parser of YAML flow mappings (standard library only); it is not a
general YAML reader, and the program's own loader (experiment/Loader.java) remains the authority.

Usage (from the project's root):

    python3 tools/param-table.py                      # the table of every key: unit, range, source
    python3 tools/param-table.py --calibrated         # the parameters whose source says "calibrated", with values
    python3 tools/param-table.py --update docs/ODD.md # rewrite both generated blocks in place
    python3 tools/param-table.py --check docs/ODD.md  # exit 1 if the blocks are out of date

A different scenario file may be given as the first argument (default: scenarios/historical.yaml).
The blocks in ODD.md lie between <!-- params:begin --> and <!-- params:end -->, and between
<!-- calibrated:begin --> and <!-- calibrated:end -->.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SCENARIO = os.path.join(ROOT, "scenarios", "historical.yaml")
BLOCKS = {
    "params": ("<!-- params:begin -->", "<!-- params:end -->"),
    "calibrated": ("<!-- calibrated:begin -->", "<!-- calibrated:end -->"),
}


class ParseError(Exception):
    pass


class Flow:
    """A tiny reader of one YAML flow value: {mapping}, [sequence], "quoted", 'quoted' or plain."""

    def __init__(self, text, where):
        self.s = text
        self.i = 0
        self.where = where

    def fail(self, what):
        raise ParseError(f"{self.where}: {what} at column {self.i + 1}: {self.s!r}")

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t":
            self.i += 1

    def value(self, stops=",}]"):
        self.ws()
        if self.i >= len(self.s):
            self.fail("value expected")
        c = self.s[self.i]
        if c == "{":
            return self.mapping()
        if c == "[":
            return self.sequence()
        if c == '"':
            return self.double_quoted()
        if c == "'":
            return self.single_quoted()
        return self.plain(stops)

    def mapping(self):
        self.i += 1
        out = {}
        while True:
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == "}":
                self.i += 1
                return out
            key = self.key()
            self.ws()
            if self.i >= len(self.s) or self.s[self.i] != ":":
                self.fail("':' expected after a key")
            self.i += 1
            out[key] = self.value()
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == ",":
                self.i += 1
            elif self.i < len(self.s) and self.s[self.i] == "}":
                continue
            else:
                self.fail("',' or '}' expected")

    def key(self):
        self.ws()
        if self.i < len(self.s) and self.s[self.i] in "\"'":
            return str(self.value())
        start = self.i
        while self.i < len(self.s) and not (self.s[self.i] == ":" and (
                self.i + 1 == len(self.s) or self.s[self.i + 1] in " ,}]")):
            if self.s[self.i] in ",{}[]":
                word = self.s[start:self.i].strip()
                self.fail(f"'{word}' is not 'field: value'. An unquoted value ends at the first ',', so a unit"
                          " or source that contains a comma must be in quotes (the program refuses this line too)")
            self.i += 1
        return scalar(self.s[start:self.i].strip())

    def sequence(self):
        self.i += 1
        out = []
        while True:
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == "]":
                self.i += 1
                return out
            out.append(self.value())
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == ",":
                self.i += 1
            elif self.i < len(self.s) and self.s[self.i] == "]":
                continue
            else:
                self.fail("',' or ']' expected")

    def double_quoted(self):
        self.i += 1
        out = []
        escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "\\":
                nxt = self.s[self.i + 1:self.i + 2]
                if nxt == "u":
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(escapes.get(nxt, nxt))
                self.i += 2
                continue
            if c == '"':
                self.i += 1
                return "".join(out)
            out.append(c)
            self.i += 1
        self.fail("unterminated string")

    def single_quoted(self):
        self.i += 1
        out = []
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "'":
                if self.s[self.i + 1:self.i + 2] == "'":
                    out.append("'")
                    self.i += 2
                    continue
                self.i += 1
                return "".join(out)
            out.append(c)
            self.i += 1
        self.fail("unterminated string")

    def plain(self, stops):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] not in stops:
            self.i += 1
        word = self.s[start:self.i].strip()
        return scalar(word)


def scalar(word):
    """A plain YAML scalar as Python: numbers, true/false, or the text itself."""
    if re.fullmatch(r"[-+]?\d[\d_]*", word):
        return int(word.replace("_", ""))
    if re.fullmatch(r"[-+]?(\d[\d_]*)?\.\d+([eE][-+]?\d+)?|[-+]?\d[\d_]*(\.\d*)?[eE][-+]?\d+", word):
        return float(word.replace("_", ""))
    if word.lower() in ("true", "false"):
        return word.lower() == "true"
    return word


def strip_comment(line):
    """Removes a '#' comment that is not inside quotes."""
    quote = None
    for j, c in enumerate(line):
        if quote:
            if c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c == "#" and (j == 0 or line[j - 1] in " \t"):
            return line[:j]
    return line


def read_scenario(path):
    """Returns the parameters in file order: a list of (dotted key, {value, unit, range, source}, line)."""
    params = []
    stack = []  # (indent, group name)
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = strip_comment(raw.rstrip("\n"))
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip(" "))
            m = re.match(r"\s*([A-Za-z0-9_]+):\s*(.*)$", line)
            if not m:
                raise ParseError(f"{path}:{n}: not a 'key: ...' line: {raw.strip()!r}")
            key, rest = m.group(1), m.group(2).strip()
            while stack and stack[-1][0] >= indent:
                stack.pop()
            if rest == "":
                stack.append((indent, key))
                continue
            if indent == 0 and not rest.startswith("{"):
                continue  # name, description, extends
            if not rest.startswith("{"):
                raise ParseError(f"{path}:{n}: a parameter is {{value, unit, range, source}}; found {rest!r}")
            dotted = ".".join([g for _, g in stack] + [key])
            where = f"{path}:{n}: key '{dotted}'"
            p = Flow(rest, where)
            fields = p.value()
            p.ws()
            if p.i != len(rest):
                raise ParseError(f"{where}: text after the closing brace")
            if not isinstance(fields, dict):
                raise ParseError(f"{where}: a parameter is {{value, unit, range, source}}")
            unknown = [f for f in fields if f not in ("value", "unit", "range", "source")]
            if unknown:
                raise ParseError(f"{where}: a parameter has only value, unit, range and source; found {unknown[0]!r}")
            if "value" not in fields:
                raise ParseError(f"{where}: has no value")
            params.append((dotted, fields, n))
    return params


def fmt_number(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        x = int(x)
    if isinstance(x, int) and abs(x) >= 10000:
        return f"{x:,}"
    return str(x)


def fmt_value(v):
    if isinstance(v, dict):
        return "; ".join(f"{k}: {fmt_number(x)}" for k, x in v.items())
    if isinstance(v, list):
        return "[" + ", ".join(fmt_number(x) for x in v) + "]"
    return fmt_number(v)


def fmt_range(fields):
    r = fields.get("range")
    if isinstance(r, list) and len(r) == 2:
        return f"{fmt_number(r[0])} – {fmt_number(r[1])}"
    return "—"


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def params_table(params):
    rows = ["| key | unit | range | source |", "|---|---|---|---|"]
    for key, f, _ in params:
        rows.append(f"| `{key}` | {cell(f.get('unit', ''))} | {fmt_range(f)} | {cell(f.get('source', ''))} |")
    return "\n".join(rows)


def is_calibrated(source):
    """True when a source says the value was calibrated (and not, say, "not calibrated")."""
    return re.search(r"(?<!not )\bcalibrated\b", str(source).lower()) is not None


def label(scenario_path):
    """The scenario's name as the tables show it: relative to the project if inside it, else the file name."""
    rel = os.path.relpath(os.path.abspath(scenario_path), ROOT)
    return os.path.basename(scenario_path) if rel.startswith("..") else rel


def calibrated_table(params, scenario_name):
    rows = [f"| key | value in `{scenario_name}` | unit | range | source |", "|---|---|---|---|---|"]
    for key, f, _ in params:
        if is_calibrated(f.get("source", "")):
            rows.append(f"| `{key}` | {cell(fmt_value(f['value']))} | {cell(f.get('unit', ''))} | {fmt_range(f)} "
                        f"| {cell(f.get('source', ''))} |")
    if len(rows) == 2:
        rows.append("| (none marked \"calibrated\") | | | | |")
    return "\n".join(rows)


def generated(params, scenario_path):
    rel = label(scenario_path)
    note = (f"<!-- generated by `python3 tools/param-table.py --update docs/ODD.md` from {rel}; "
            f"do not edit by hand -->")
    return {
        "params": note + "\n" + params_table(params),
        "calibrated": note + "\n" + calibrated_table(params, rel),
    }


def replace_blocks(text, blocks, doc):
    for name, body in blocks.items():
        begin, end = BLOCKS[name]
        pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            raise ParseError(f"{doc}: markers {begin} ... {end} not found")
        text = pattern.sub(lambda _: begin + "\n" + body + "\n" + end, text, count=1)
    return text


def main(argv):
    args = list(argv)
    mode, doc = "params", None
    for flag in ("--update", "--check"):
        if flag in args:
            j = args.index(flag)
            if j + 1 >= len(args):
                sys.exit(f"param-table: {flag} needs a file, e.g. {flag} docs/ODD.md")
            mode, doc = flag[2:], args[j + 1]
            del args[j:j + 2]
    if "--calibrated" in args:
        args.remove("--calibrated")
        mode = "calibrated" if mode == "params" else mode
    if "-h" in args or "--help" in args:
        print(__doc__.strip())
        return 0
    if len(args) > 1 or any(a.startswith("-") for a in args):
        sys.exit("param-table: usage: python3 tools/param-table.py [SCENARIO] "
                 "[--calibrated | --update FILE | --check FILE]")
    scenario = args[0] if args else DEFAULT_SCENARIO
    try:
        params = read_scenario(scenario)
        blocks = generated(params, scenario)
        if mode == "params":
            print(params_table(params))
        elif mode == "calibrated":
            print(calibrated_table(params, label(scenario)))
        else:
            with open(doc, encoding="utf-8") as f:
                old = f.read()
            new = replace_blocks(old, blocks, doc)
            if mode == "check":
                if new != old:
                    print(f"param-table: {doc} is out of date; run python3 tools/param-table.py --update {doc}",
                          file=sys.stderr)
                    return 1
                return 0
            if new != old:
                with open(doc, "w", encoding="utf-8") as f:
                    f.write(new)
            print(f"param-table: {len(params)} parameters written to {doc}", file=sys.stderr)
    except (OSError, ParseError) as e:
        sys.exit(f"param-table: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
