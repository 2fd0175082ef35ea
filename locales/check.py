#!/usr/bin/env python3
"""Checks the translation catalogues in locales/<lang>/main.ftl against English.

It also checks locales/<lang>/countries.ftl (country names generated from CLDR by
locales/cldr.py) the same way: every locale must name each country en names, and no
country id may also be an id of main.ftl (both files may share one Fluent bundle).

Standard library only. Run from anywhere:

    python3 locales/check.py            # every locale found beside this script
    python3 locales/check.py ne ar      # only these locales (en is always read)

It reads each main.ftl far enough to know its messages, terms and attributes, the
variables and references in every value, and the variants of every select
expression. It exits with status 1 and prints one line per problem when:

- a locale lacks a message, term or attribute that en has, or has one en has not;
- a message, term or attribute has an empty value, or is defined twice;
- a line cannot be read as Fluent (text at column 0 that is not an entry or a
  comment, unbalanced braces, a continuation line starting with "[" or "*",
  a tab in the indentation, a select expression without exactly one default);
- a value uses a variable that the en value does not, or drops one that it uses;
- a value refers to a term or message that the file does not define;
- a plural selector uses a category that the locale's CLDR plural rules do not
  have (for example [few] in Hindi), puts an exact number such as [0] after a
  category (the category would match first), or its default is not [other];
- a language-name-* message differs from en (each language is named in itself);
- Arabic text outside placeables uses the Latin comma, semicolon or question mark
  instead of ، ؛ ؟, or Amharic text ends a sentence with "." or uses "," instead
  of ። and ፣.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

LOCALES_DIR = Path(__file__).resolve().parent
SOURCE_LOCALE = "en"
COUNTRIES_FILE = "countries.ftl"

# CLDR cardinal plural categories per locale (CLDR 44, plurals.xml).
PLURAL_CATEGORIES = {
    "en": {"one", "other"},
    "ne": {"one", "other"},
    "bn": {"one", "other"},
    "hi": {"one", "other"},
    "si": {"one", "other"},
    "tl": {"one", "other"},
    "id": {"other"},
    "am": {"one", "other"},
    "sw": {"one", "other"},
    "ar": {"zero", "one", "two", "few", "many", "other"},
}
ALL_PLURAL_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}

IDENTIFIER = r"[a-zA-Z][a-zA-Z0-9_-]*"
ENTRY_LINE = re.compile(rf"^(-?{IDENTIFIER})[ ]*=[ ]*(.*)$")
ATTRIBUTE_LINE = re.compile(rf"^[ ]+\.({IDENTIFIER})[ ]*=[ ]*(.*)$")
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


class FluentError(Exception):
    """A construct this reader cannot accept, with its offset in the pattern."""


@dataclass
class Selector:
    """One select expression: what it selects on and its variant keys, in order."""

    selector: str
    keys: list[str]
    defaults: list[str]


@dataclass
class Pattern:
    """What the checks need to know about one value."""

    text: str
    line: int
    variables: set[str] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)
    messages: set[str] = field(default_factory=set)
    selectors: list[Selector] = field(default_factory=list)
    # Literal text outside placeables, for the punctuation checks.
    literal: str = ""


@dataclass
class Entry:
    """A message or a term (id starting with "-") and its attributes."""

    id: str
    line: int
    value: Pattern
    attributes: dict[str, Pattern] = field(default_factory=dict)


class PatternReader:
    """A small recursive-descent reader for Fluent patterns and placeables."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.info = Pattern(text=text, line=0)

    def error(self, message: str) -> FluentError:
        return FluentError(f"{message} (at “{self.s[max(0, self.i - 15):self.i + 15]}”)")

    def read(self) -> Pattern:
        self.pattern(in_variant=False)
        if self.i < len(self.s):
            raise self.error("unexpected “}”")
        return self.info

    def pattern(self, in_variant: bool) -> None:
        s = self.s
        while self.i < len(s):
            c = s[self.i]
            if c == "{":
                self.i += 1
                self.placeable()
            elif c == "}":
                if in_variant:
                    return
                raise self.error("unbalanced “}”")
            elif c == "\n":
                j = self.i + 1
                while j < len(s) and s[j] == " ":
                    j += 1
                nxt = s[j] if j < len(s) else ""
                if nxt in ("[", "*"):
                    if in_variant:
                        self.i = j
                        return
                    raise self.error("a continuation line starts with “[” or “*”")
                if nxt == "}" and in_variant:
                    self.i = j
                    return
                self.info.literal += c
                self.i += 1
            else:
                self.info.literal += c
                self.i += 1

    def skip_blank(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in " \n":
            self.i += 1

    def identifier(self) -> str:
        m = re.compile(IDENTIFIER).match(self.s, self.i)
        if not m:
            raise self.error("expected an identifier")
        self.i = m.end()
        return m.group(0)

    def placeable(self) -> None:
        self.skip_blank()
        selector = self.inline_expression()
        self.skip_blank()
        if self.s.startswith("->", self.i):
            self.i += 2
            self.select(selector)
            self.skip_blank()
        if self.i >= len(self.s) or self.s[self.i] != "}":
            raise self.error("expected “}”")
        self.i += 1

    def inline_expression(self) -> str:
        s = self.s
        if self.i >= len(s):
            raise self.error("unterminated placeable")
        c = s[self.i]
        if c == '"':
            j = self.i + 1
            while j < len(s) and s[j] != '"':
                if s[j] == "\\":
                    j += 1
                if j >= len(s) or s[j] == "\n":
                    raise self.error("unterminated string literal")
                j += 1
            if j >= len(s):
                raise self.error("unterminated string literal")
            literal = s[self.i:j + 1]
            self.i = j + 1
            return literal
        if c == "{":
            self.i += 1
            self.placeable()
            return "{…}"
        if c == "$":
            self.i += 1
            name = self.identifier()
            self.info.variables.add(name)
            return "$" + name
        m = NUMBER.match(s, self.i)
        if m and (c.isdigit() or c == "-" and m.end() > self.i + 1):
            self.i = m.end()
            return m.group(0)
        if c == "-":
            self.i += 1
            name = self.identifier()
            self.info.terms.add(name)
            self.attribute_accessor()
            self.call_arguments(optional=True)
            return "-" + name
        name = self.identifier()
        if self.i < len(s) and s[self.i] == "(":
            self.call_arguments(optional=False)
            return name + "()"
        self.info.messages.add(name)
        self.attribute_accessor()
        return name

    def attribute_accessor(self) -> None:
        if self.i < len(self.s) and self.s[self.i] == ".":
            self.i += 1
            self.identifier()

    def call_arguments(self, optional: bool) -> None:
        s = self.s
        if self.i >= len(s) or s[self.i] != "(":
            if optional:
                return
            raise self.error("expected “(”")
        self.i += 1
        while True:
            self.skip_blank()
            if self.i < len(s) and s[self.i] == ")":
                self.i += 1
                return
            self.inline_expression()
            self.skip_blank()
            if self.i < len(s) and s[self.i] == ":":
                self.i += 1
                self.skip_blank()
                self.inline_expression()
                self.skip_blank()
            if self.i < len(s) and s[self.i] == ",":
                self.i += 1
            elif self.i < len(s) and s[self.i] == ")":
                continue
            else:
                raise self.error("expected “,” or “)” in call arguments")

    def select(self, selector: str) -> None:
        s = self.s
        found = Selector(selector=selector, keys=[], defaults=[])
        while True:
            self.skip_blank()
            if self.i >= len(s):
                raise self.error("unterminated select expression")
            if s[self.i] == "}":
                break
            default = False
            if s[self.i] == "*":
                default = True
                self.i += 1
            if self.i >= len(s) or s[self.i] != "[":
                raise self.error("expected a variant key “[…]”")
            end = s.find("]", self.i)
            if end < 0 or "\n" in s[self.i:end]:
                raise self.error("unterminated variant key")
            key = s[self.i + 1:end].strip()
            if not key:
                raise self.error("empty variant key")
            found.keys.append(key)
            if default:
                found.defaults.append(key)
            self.i = end + 1
            start = self.i
            self.pattern(in_variant=True)
            if not s[start:self.i].strip():
                raise self.error(f"variant [{key}] is empty")
        if not found.keys:
            raise self.error("select expression without variants")
        if len(found.defaults) != 1:
            raise self.error(
                f"select expression on {selector} needs exactly one default variant “*[…]”, "
                f"has {len(found.defaults)}"
            )
        self.info.selectors.append(found)


def read_pattern(lines: list[str], line: int) -> Pattern:
    """Joins a value's lines the way Fluent does (common indent dropped) and reads it."""
    first, rest = lines[0], lines[1:]
    indents = [len(l) - len(l.lstrip(" ")) for l in rest if l.strip()]
    cut = min(indents) if indents else 0
    body = [first.strip()] if first.strip() else []
    for l in rest:
        body.append(l[cut:].rstrip() if l.strip() else "")
    while body and not body[-1]:
        body.pop()
    text = "\n".join(body)
    pattern = PatternReader(text).read()
    pattern.line = line
    return pattern


def parse_ftl(path: Path) -> tuple[dict[str, Entry], list[str]]:
    """The entries of one file, by id, and the problems met while reading it."""
    problems: list[str] = []
    entries: dict[str, Entry] = {}
    try:
        raw = path.read_bytes()
    except OSError as e:
        return entries, [f"{path}: cannot read: {e}"]
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path}: starts with a byte order mark")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return entries, [f"{path}: not UTF-8: {e}"]
    lines = text.replace("\r\n", "\n").split("\n")

    # Group lines into entries: (id, line number, value lines, [(attr, line, lines)]).
    groups: list[tuple[str, int, list[str], list[tuple[str, int, list[str]]]]] = []
    current = None  # the list that continuation lines are appended to
    for number, line in enumerate(lines, start=1):
        where = f"{path}:{number}"
        if "\t" in line[: len(line) - len(line.lstrip())]:
            problems.append(f"{where}: tab in indentation (Fluent indents with spaces)")
        if not line.strip():
            if current is not None:
                current.append("")
            continue
        if line.startswith("#"):
            if not re.match(r"^#{1,3}( |$)", line):
                problems.append(f"{where}: a comment starts with 1 to 3 “#” and a space")
            current = None
            continue
        if line[0] != " ":
            m = ENTRY_LINE.match(line)
            if not m:
                problems.append(f"{where}: not a message, term or comment: {line[:60]!r}")
                current = None
                continue
            groups.append((m.group(1), number, [m.group(2)], []))
            current = groups[-1][2]
            continue
        # Indented: an attribute of the current entry, or a continuation line.
        if not groups or current is None:
            problems.append(f"{where}: indented line outside any message")
            continue
        m = ATTRIBUTE_LINE.match(line)
        if m and not inside_open_placeable(current):
            groups[-1][3].append((m.group(1), number, [m.group(2)]))
            current = groups[-1][3][-1][2]
            continue
        current.append(line)

    for entry_id, number, value_lines, attributes in groups:
        where = f"{path}:{number}"
        try:
            value = read_pattern(value_lines, number)
        except FluentError as e:
            problems.append(f"{where}: {entry_id}: {e}")
            value = Pattern(text="", line=number)
            value.text = "\0unreadable"
        entry = Entry(id=entry_id, line=number, value=value)
        if not value.text.strip():
            kind = "term" if entry_id.startswith("-") else "message"
            problems.append(f"{where}: {kind} {entry_id} has an empty value")
        for name, attr_line, attr_lines in attributes:
            try:
                pattern = read_pattern(attr_lines, attr_line)
            except FluentError as e:
                problems.append(f"{path}:{attr_line}: {entry_id}.{name}: {e}")
                pattern = Pattern(text="\0unreadable", line=attr_line)
            if not pattern.text.strip():
                problems.append(f"{path}:{attr_line}: attribute {entry_id}.{name} has an empty value")
            if name in entry.attributes:
                problems.append(f"{path}:{attr_line}: attribute {entry_id}.{name} defined twice")
            entry.attributes[name] = pattern
        if entry_id in entries:
            problems.append(f"{where}: {entry_id} defined twice (first on line {entries[entry_id].line})")
        else:
            entries[entry_id] = entry
    return entries, problems


def inside_open_placeable(lines: list[str]) -> bool:
    """Whether the lines so far leave a “{” open (then “.x =” is text, not an attribute)."""
    depth = 0
    for line in lines:
        depth += line.count("{") - line.count("}")
    return depth > 0


def check_locale(
    lang: str,
    entries: dict[str, Entry],
    source: dict[str, Entry],
    path: Path,
) -> list[str]:
    problems: list[str] = []
    categories = PLURAL_CATEGORIES.get(lang)

    for entry_id in sorted(set(source) - set(entries), key=lambda k: source[k].line):
        problems.append(f"{path}: missing {entry_id} (en line {source[entry_id].line})")
    for entry_id in sorted(set(entries) - set(source), key=lambda k: entries[k].line):
        problems.append(f"{path}:{entries[entry_id].line}: extra {entry_id} (not in en)")

    for entry_id, entry in entries.items():
        where = f"{path}:{entry.line}: {entry_id}"
        patterns = {"": entry.value} | {"." + a: p for a, p in entry.attributes.items()}
        for suffix, pattern in patterns.items():
            name = where + suffix
            for term in sorted(pattern.terms):
                if "-" + term not in entries:
                    problems.append(f"{name}: refers to undefined term -{term}")
            for message in sorted(pattern.messages):
                if message not in entries:
                    problems.append(f"{name}: refers to undefined message {message}")
            problems.extend(check_selectors(name, pattern, categories))
            if lang == "ar":
                bad = sorted(set(re.findall(r"[,;?]", pattern.literal)))
                if bad:
                    problems.append(
                        f"{name}: Latin punctuation {' '.join(bad)} in Arabic text: use ، ؛ ؟"
                    )
            if lang == "am":
                if re.search(r"[\u1200-\u137F][.,]", pattern.literal):
                    problems.append(f"{name}: Latin “.” or “,” after Amharic text: use ። or ፣")

        if entry_id not in source:
            continue
        en = source[entry_id]
        for attr in sorted(set(en.attributes) - set(entry.attributes)):
            problems.append(f"{where}: missing attribute .{attr}")
        for attr in sorted(set(entry.attributes) - set(en.attributes)):
            problems.append(f"{where}: extra attribute .{attr} (not in en)")
        pairs = [("", en.value, entry.value)] + [
            ("." + a, en.attributes[a], entry.attributes[a])
            for a in en.attributes
            if a in entry.attributes
        ]
        for suffix, en_pattern, pattern in pairs:
            if "\0" in pattern.text or "\0" in en_pattern.text:
                continue
            missing = en_pattern.variables - pattern.variables
            extra = pattern.variables - en_pattern.variables
            if missing:
                problems.append(
                    f"{where}{suffix}: drops variable(s) "
                    + ", ".join("$" + v for v in sorted(missing))
                )
            if extra:
                problems.append(
                    f"{where}{suffix}: uses variable(s) not in en: "
                    + ", ".join("$" + v for v in sorted(extra))
                )
        if entry_id.startswith("language-name-") and entry.value.text != en.value.text:
            problems.append(
                f"{where}: language names are the same in every locale: "
                f"expected {en.value.text!r}, found {entry.value.text!r}"
            )
    return problems


def check_selectors(name: str, pattern: Pattern, categories: set[str] | None) -> list[str]:
    problems: list[str] = []
    for sel in pattern.selectors:
        plural = any(k in ALL_PLURAL_CATEGORIES or NUMBER.fullmatch(k) for k in sel.keys)
        if not plural:
            continue
        if len(set(sel.keys)) != len(sel.keys):
            problems.append(f"{name}: a variant key appears twice in the selector on {sel.selector}")
        seen_category = False
        for key in sel.keys:
            if NUMBER.fullmatch(key):
                if seen_category:
                    problems.append(
                        f"{name}: exact key [{key}] comes after a plural category in the "
                        f"selector on {sel.selector}: put exact numbers first"
                    )
                continue
            seen_category = True
            if categories is not None and key not in categories:
                problems.append(
                    f"{name}: [{key}] is not a CLDR plural category of this locale "
                    f"(it has: {', '.join(sorted(categories))})"
                )
        if sel.defaults != ["other"]:
            problems.append(f"{name}: the default variant of a plural selector should be *[other]")
    return problems


def check_countries(wanted: list[str], main_ids: set[str]) -> list[str]:
    """countries.ftl of each wanted locale against en's (same checks as main.ftl)."""
    source_path = LOCALES_DIR / SOURCE_LOCALE / COUNTRIES_FILE
    if not source_path.exists():
        return [f"{source_path}: missing file (run locales/cldr.py)"]
    source, problems = parse_ftl(source_path)
    if not source:
        return problems + [f"{source_path}: no messages read"]
    problems += check_locale(SOURCE_LOCALE, source, source, source_path)
    for entry_id in sorted(set(source) & main_ids):
        problems.append(f"{source_path}: {entry_id} is also an id of {SOURCE_LOCALE}/main.ftl")
    for lang in wanted:
        if lang == SOURCE_LOCALE:
            continue
        path = LOCALES_DIR / lang / COUNTRIES_FILE
        if not path.exists():
            problems.append(f"{path}: missing file (run locales/cldr.py)")
            continue
        entries, file_problems = parse_ftl(path)
        problems += file_problems
        problems += check_locale(lang, entries, source, path)
    return problems


def main(argv: list[str]) -> int:
    source_path = LOCALES_DIR / SOURCE_LOCALE / "main.ftl"
    source, problems = parse_ftl(source_path)
    if not source:
        print(f"{source_path}: no messages read", file=sys.stderr)
        return 1
    problems += check_locale(SOURCE_LOCALE, source, source, source_path)

    wanted = argv[1:] or sorted(
        p.parent.name for p in LOCALES_DIR.glob("*/main.ftl") if p.parent.name != SOURCE_LOCALE
    )
    for lang in wanted:
        if lang == SOURCE_LOCALE:
            continue
        path = LOCALES_DIR / lang / "main.ftl"
        if not path.exists():
            problems.append(f"{path}: missing file")
            continue
        if lang not in PLURAL_CATEGORIES:
            problems.append(f"{path}: no CLDR plural categories known for {lang!r}: add them to check.py")
        entries, file_problems = parse_ftl(path)
        problems += file_problems
        problems += check_locale(lang, entries, source, path)

    problems += check_countries(wanted, set(source))

    attributes = sum(len(e.attributes) for e in source.values())
    messages = sum(1 for k in source if not k.startswith("-"))
    terms = len(source) - messages
    checked = ", ".join([SOURCE_LOCALE] + [l for l in wanted if l != SOURCE_LOCALE])
    if problems:
        for problem in problems:
            print(problem)
        print(f"\n{len(problems)} problem(s) in {checked}", file=sys.stderr)
        return 1
    print(
        f"ok: {checked}: {messages} messages, {terms} term(s), {attributes} attributes each, "
        f"and every {COUNTRIES_FILE} names the countries en names"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
