"""The locale check: Fluent files parse, locales agree with English, the code's ids exist."""

from __future__ import annotations

import ast
import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from fluent.syntax import FluentParser
from fluent.syntax import ast as fl
from fluent.syntax.visitor import Visitor

from assistant.dispatch import COMMANDS, Incoming
from assistant.domain.model import Role, StakeholderGroup
from assistant.messages import Direct, Message, Outgoing, Post, Reply, msg
from assistant.runtime.clock import FakeClock
from assistant.runtime.i18n import LOCALES_DIR, FluentTranslator
from assistant.services.outbox import Claimed
from handlers.console.adapter import ConsoleAdapter

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ROOT / "locales"
CODE_DIRS = ("assistant", "handlers")
UN_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
PLURAL_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


# ---------------------------------------------------------------- reading Fluent files


class _Variables(Visitor):
    def __init__(self) -> None:
        self.variables: set[str] = set()
        self.references: set[str] = set()

    def visit_VariableReference(self, node: fl.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: fl.MessageReference) -> None:
        self.references.add(node.id.name)
        self.generic_visit(node)

    def visit_TermReference(self, node: fl.TermReference) -> None:
        self.references.add("-" + node.id.name)
        self.generic_visit(node)


@dataclass(frozen=True)
class Entry:
    variables: frozenset[str]
    references: frozenset[str]
    node: fl.Message | fl.Term


def parse_ftl(text: str) -> tuple[dict[str, Entry], list[str]]:
    """Messages and terms of one resource (with the variables they use), and its Junk."""
    resource = FluentParser().parse(text)
    entries: dict[str, Entry] = {}
    junk: list[str] = []
    for item in resource.body:
        if isinstance(item, fl.Junk):
            junk.append(item.content[:120])
        elif isinstance(item, fl.Message | fl.Term):
            walker = _Variables()
            walker.visit(item)
            name = ("-" if isinstance(item, fl.Term) else "") + item.id.name
            entries[name] = Entry(frozenset(walker.variables), frozenset(walker.references), item)
    return entries, junk


def load_locale(directory: Path) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for path in sorted(directory.glob("*.ftl")):
        found, _ = parse_ftl(path.read_text(encoding="utf-8"))
        duplicated = set(found) & set(entries)
        assert not duplicated, f"{path}: defined twice: {sorted(duplicated)}"
        entries.update(found)
    return entries


def all_variables(
    entries: dict[str, Entry], name: str, seen: frozenset[str] = frozenset()
) -> set[str]:
    """Variables a message needs, including those of the messages it references."""
    entry = entries[name]
    found = set(entry.variables)
    for reference in entry.references - seen:
        if reference in entries and not reference.startswith("-"):
            found |= all_variables(entries, reference, seen | {name})
    return found


def locale_problems(reference: dict[str, Entry], other: dict[str, Entry]) -> list[str]:
    """How a translation differs from English: missing, extra, or different variables."""
    problems = [f"missing {name}" for name in sorted(set(reference) - set(other))]
    problems += [f"extra {name}" for name in sorted(set(other) - set(reference))]
    for name in sorted(set(reference) & set(other)):
        want, have = reference[name].variables, other[name].variables
        if want != have:
            problems.append(f"{name}: variables {sorted(have)} instead of {sorted(want)}")
    return problems


def ftl_files() -> list[Path]:
    return sorted(LOCALES.rglob("*.ftl"))


def locale_dirs() -> list[Path]:
    return sorted(p for p in LOCALES.iterdir() if p.is_dir())


ENGLISH = load_locale(LOCALES / "en")


# ---------------------------------------------------------------- files and locales


def test_the_translator_reads_this_locales_directory() -> None:
    assert LOCALES_DIR.resolve() == LOCALES.resolve()
    assert len(ENGLISH) > 100


@pytest.mark.parametrize("path", ftl_files(), ids=lambda p: str(p.relative_to(LOCALES)))
def test_every_ftl_file_parses_without_junk(path: Path) -> None:
    entries, junk = parse_ftl(path.read_text(encoding="utf-8"))
    assert junk == []
    assert entries, f"{path} defines no message"


def test_the_junk_check_catches_a_syntax_error() -> None:
    entries, junk = parse_ftl("good = fine\nbroken = { $x\nalso-good = yes\n")
    assert junk
    assert "broken" in junk[0]
    assert set(entries) == {"good", "also-good"}


def test_only_un_languages_have_locales() -> None:
    # The five other UN languages arrive with the languages issue; until then English is the
    # reference and any locale present must be one of the six.
    present = {p.name for p in locale_dirs() if any(p.glob("*.ftl"))}
    assert "en" in present
    assert present <= set(UN_LANGUAGES)


@pytest.mark.parametrize(
    "directory", [d for d in locale_dirs() if d.name != "en"], ids=lambda d: d.name
)
def test_each_locale_has_the_english_messages_with_the_same_variables(directory: Path) -> None:
    assert locale_problems(ENGLISH, load_locale(directory)) == []


def test_the_locale_comparison_catches_mistakes() -> None:
    english, _ = parse_ftl(
        "hello = Hello { $name }, { $count ->\n  [one] one\n *[other] { $count }\n}\n"
        "bye = Bye\nonly-en = x\n"
    )
    other, _ = parse_ftl(
        "hello = Bonjour { $nom }, { $count ->\n  [one] un\n *[other] { $count }\n}\n"
        "bye = Au revoir { $name }\nonly-fr = y\n"
    )
    assert locale_problems(english, other) == [
        "missing only-en",
        "extra only-fr",
        "bye: variables ['name'] instead of []",
        "hello: variables ['count', 'nom'] instead of ['count', 'name']",
    ]
    assert locale_problems(english, english) == []


# ---------------------------------------------------------------- ids the code uses


@dataclass(frozen=True)
class Use:
    """One place in the code that names a message id."""

    path: str
    line: int
    ids: frozenset[str]
    keywords: frozenset[str] | None  # argument names passed; None if unknown (**kwargs)


# Functions whose argument at this position is a message id.
ID_ARGUMENT = {"msg": 0, "Message": 0, "UserError": 0, "translate": 1, "_counts": 0}
# Helpers that receive an error id and raise UserError with it.
ERROR_ID_HELPERS = {"_ref": 2, "text_arg": 1}
# Expressions that pass an id along rather than name one (their callers are scanned).
PASS_THROUGH = {"message_id", "message.id", "error", "label", "error.message_id"}


def _enum_values(expression: str) -> list[str] | None:
    if expression.endswith("role.value"):
        return [r.value for r in Role]
    if expression.startswith("StakeholderGroup("):
        return [g.value for g in StakeholderGroup]
    return None


def _help_ids() -> set[str]:
    ids = set()
    for group, verb in COMMANDS:
        ids |= {f"help-{group}-{verb}", f"help-{group}-{verb}-example"}
    return ids


def _literal_values(iterable: ast.expr, index: int | None) -> list[str] | None:
    if not isinstance(iterable, ast.Tuple | ast.List):
        return None
    values = []
    for element in iterable.elts:
        if index is not None:
            if not isinstance(element, ast.Tuple | ast.List):
                return None
            element = element.elts[index]
        if not (isinstance(element, ast.Constant) and isinstance(element.value, str)):
            return None
        values.append(element.value)
    return values


def _loop_values(name: str, ancestors: list[ast.AST]) -> list[str] | None:
    """Values of `name` when an enclosing loop binds it from a literal table."""
    for node in reversed(ancestors):
        generators: list[tuple[ast.expr, ast.expr]] = []
        if isinstance(node, ast.For):
            generators = [(node.target, node.iter)]
        elif isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            generators = [(g.target, g.iter) for g in node.generators]
        for target, iterable in generators:
            if isinstance(target, ast.Name) and target.id == name:
                return _literal_values(iterable, None)
            if isinstance(target, ast.Tuple):
                names = [t.id if isinstance(t, ast.Name) else None for t in target.elts]
                if name in names:
                    return _literal_values(iterable, names.index(name))
    return None


def _resolve(node: ast.expr, ancestors: list[ast.AST]) -> tuple[set[str], str | None]:
    """The ids an expression can evaluate to, or the expression text if unknown."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}, None
    if isinstance(node, ast.IfExp):
        body, body_bad = _resolve(node.body, ancestors)
        other, other_bad = _resolve(node.orelse, ancestors)
        return body | other, body_bad or other_bad
    text = ast.unparse(node)
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "help_id":
        return {i for i in _help_ids() if not i.endswith("-example")}, None
    if text == "verb_id":
        return {i for i in _help_ids() if not i.endswith("-example")}, None
    if isinstance(node, ast.JoinedStr):
        if text == "f'{verb_id}-example'":
            return {i for i in _help_ids() if i.endswith("-example")}, None
        options = [""]
        for part in node.values:
            if isinstance(part, ast.Constant):
                options = [o + str(part.value) for o in options]
                continue
            assert isinstance(part, ast.FormattedValue)
            inner = ast.unparse(part.value)
            values = _enum_values(inner)
            if values is None and isinstance(part.value, ast.Name):
                values = _loop_values(part.value.id, ancestors)
            if values is None:
                return set(), text
            options = [o + v for o in options for v in values]
        return set(options), None
    return set(), text


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, list[ast.AST]]]:
    stack: list[tuple[ast.AST, list[ast.AST]]] = [(tree, [])]
    while stack:
        node, ancestors = stack.pop()
        if isinstance(node, ast.Call):
            yield node, ancestors
        for child in ast.iter_child_nodes(node):
            stack.append((child, [*ancestors, node]))


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def scan_source(source: str, relative: str) -> tuple[list[Use], list[str]]:
    """The message ids one module names, and the id expressions that could not be resolved."""
    uses: list[Use] = []
    unresolved: list[str] = []
    for call, ancestors in _calls(ast.parse(source)):
        name = _called_name(call)
        if name in ID_ARGUMENT:
            position = ID_ARGUMENT[name]
        elif name in ERROR_ID_HELPERS:
            position = ERROR_ID_HELPERS[name]
        elif name == "_note" and isinstance(call.func, ast.Attribute):
            position = 0  # the console adapter's own notes
        elif name == "_text" and isinstance(call.func, ast.Name):
            position = 0  # the command line's operator text
        else:
            continue
        if len(call.args) <= position:
            continue
        ids, bad = _resolve(call.args[position], ancestors)
        if bad is not None:
            if bad not in PASS_THROUGH:
                unresolved.append(f"{relative}:{call.lineno}: {bad}")
            continue
        if name in ERROR_ID_HELPERS:
            keywords: frozenset[str] | None = frozenset()
        elif any(k.arg is None for k in call.keywords):
            keywords = None
        else:
            keywords = frozenset(k.arg for k in call.keywords if k.arg is not None)
        uses.append(Use(relative, call.lineno, frozenset(ids), keywords))
    return uses, unresolved


def scan_code() -> tuple[list[Use], list[str]]:
    """Every message id named in assistant/ and handlers/, and what could not be resolved."""
    uses: list[Use] = []
    unresolved: list[str] = []
    for directory in CODE_DIRS:
        for path in sorted((ROOT / directory).rglob("*.py")):
            found, bad = scan_source(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
            uses += found
            unresolved += bad
    return uses, unresolved


def variable_problems(uses: list[Use]) -> list[str]:
    """Calls that do not pass a variable the English message uses."""
    problems = []
    for use in uses:
        if use.keywords is None:
            continue
        for message_id in sorted(use.ids):
            if message_id not in ENGLISH:
                continue
            needed = all_variables(ENGLISH, message_id)
            if needed - use.keywords:
                problems.append(
                    f"{use.path}:{use.line}: {message_id} needs {sorted(needed - use.keywords)}"
                )
    return problems


USES, UNRESOLVED = scan_code()


def used_ids() -> set[str]:
    ids: set[str] = set()
    for use in USES:
        ids |= use.ids
    return ids


def test_the_scan_finds_the_ids_the_code_uses() -> None:
    ids = used_ids()
    # Static, multi-line, conditional and table-built ids are all seen.
    assert {"error-internal", "status-header", "reminder-round-open", "reminder-round-due"} <= ids
    assert {f"role-{r.value}" for r in Role} <= ids
    assert _help_ids() <= ids
    assert {"digest-section-overdue", "digest-section-soon", "digest-section-done"} <= ids
    assert {"attendees-by-country", "attendees-by-organisation"} <= ids
    assert {"export-col-question", "export-col-answer", "export-md-by-group"} <= ids
    assert {"status-by-group", "error-missing-round", "error-missing-title"} <= ids
    assert {"console-as-usage", "console-clock"} <= ids


def test_every_id_expression_in_the_code_is_understood() -> None:
    # A new dynamically built id must be enumerated here, or the check would miss it.
    assert UNRESOLVED == []


def test_a_plain_text_search_finds_no_id_the_scan_missed() -> None:
    patterns = [
        re.compile(r"\b(?:msg|UserError|_note)\(\s*\"([a-z][a-z0-9-]*)\""),
        re.compile(r"\btranslate\(\s*[^,()]+,\s*\"([a-z][a-z0-9-]*)\""),
    ]
    found: set[str] = set()
    for directory in CODE_DIRS:
        for path in (ROOT / directory).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            for pattern in patterns:
                found |= set(pattern.findall(source))
    assert found
    assert found <= used_ids()


def test_every_message_id_the_code_uses_exists_in_english() -> None:
    missing = sorted(
        f"{use.path}:{use.line}: {i}" for use in USES for i in use.ids if i not in ENGLISH
    )
    assert missing == []


def test_the_code_passes_every_variable_an_english_message_uses() -> None:
    assert sum(1 for use in USES if use.keywords) > 50
    assert variable_problems(USES) == []


def test_the_scan_resolves_tables_and_catches_a_missing_variable() -> None:
    source = """
def f(ctx, kind, flag):
    lines = [msg("round-created", id="R1")]  # $title forgotten
    for label, group in (("overdue", 1), ("soon", 2)):
        lines.append(msg(f"digest-section-{label}", count=group))
    lines += [translate(lang, f"export-col-{col}") for col in ("question", "answer")]
    lines.append(msg("error-internal" if flag else "error-empty", help=1))
    raise UserError(f"error-{kind}")
"""
    uses, unresolved = scan_source(source, "example.py")
    ids = set().union(*(u.ids for u in uses))
    assert ids == {
        "round-created",
        "digest-section-overdue",
        "digest-section-soon",
        "export-col-question",
        "export-col-answer",
        "error-internal",
        "error-empty",
    }
    assert unresolved == ["example.py:8: f'error-{kind}'"]
    assert variable_problems(uses) == ["example.py:3: round-created needs ['title']"]


# ---------------------------------------------------------------- rendering


def _selector_keys(entry: Entry) -> dict[str, list[str | int]]:
    """For each variable used as a selector, the keys of its variants."""
    keys: dict[str, list[str | int]] = {}

    class Selectors(Visitor):
        def visit_SelectExpression(self, node: fl.SelectExpression) -> None:
            if isinstance(node.selector, fl.VariableReference):
                name = node.selector.id.name
                for variant in node.variants:
                    key = variant.key
                    if isinstance(key, fl.NumberLiteral):
                        keys.setdefault(name, []).append(int(float(key.value)))
                    elif key.name in PLURAL_CATEGORIES:
                        keys.setdefault(name, []).extend([1, 2, 5])
                    else:
                        keys.setdefault(name, []).append(key.name)
            self.generic_visit(node)

    Selectors().visit(entry.node)
    return keys


def _argument_sets(name: str) -> list[dict[str, Any]]:
    entry = ENGLISH[name]
    selectors = _selector_keys(entry)
    base: dict[str, Any] = {v: f"<{v}>" for v in sorted(all_variables(ENGLISH, name))}
    sets = [base]
    for variable, keys in selectors.items():
        for key in keys:
            sets.append({**base, **{s: k[0] for s, k in selectors.items()}, variable: key})
    return sets


MESSAGES = sorted(n for n in ENGLISH if not n.startswith("-"))
TRANSLATOR = FluentTranslator(LOCALES)


@pytest.mark.parametrize("message_id", MESSAGES)
def test_every_english_message_renders_without_fluent_errors(
    message_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        for args in _argument_sets(message_id):
            text = TRANSLATOR.translate("en", message_id, **args)
            assert text.strip(), args
            assert text != message_id
            assert "{" not in text or "{" in str(ENGLISH[message_id].node.value), text
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_the_translator_reports_a_missing_variable(caplog: pytest.LogCaptureFixture) -> None:
    """The check above relies on the translator logging Fluent errors."""
    needing = next(n for n in MESSAGES if ENGLISH[n].variables)
    with caplog.at_level(logging.WARNING):
        FluentTranslator(LOCALES).translate("en", needing)
    assert any(needing in r.getMessage() for r in caplog.records)


# ---------------------------------------------------------------- console: translations only


class _MarkingTranslator(FluentTranslator):
    """Renders every message as ⟦id⟧ so that any other text in the output stands out."""

    def translate(self, locale: str, message_id: str, **args: Any) -> str:
        return f"⟦{message_id}⟧"


class _ScriptedAssistant:
    def __init__(self) -> None:
        self.seen: list[Incoming] = []
        self.delivered = False

    def language_of(self, platform: str, user_id: str) -> str:
        return "en"

    def handle(self, event: Incoming) -> list[Outgoing]:
        self.seen.append(event)
        if "boom" in event.text:
            raise RuntimeError("unexpected")
        lines: tuple[Message, ...] = (msg("first", n=1), msg("second", inner=msg("inner")))
        return [
            Reply(lines, locale="en", tz="UTC"),
            Post("#cwg", (msg("posted"),), locale="en"),
            Direct("lena", (msg("direct"),), locale="en", tz="UTC"),
        ]

    def tick(self) -> None:
        """Nothing to record: the one scheduled message below is already due."""

    def claim_due(self, worker: str, limit: int, stale_after: timedelta) -> list[Claimed]:
        if self.delivered:
            return []
        return [Claimed(1, Post("#cwg", (msg("reminder"),), locale="en"), maybe_sent=False)]

    def renew_claim(self, row_id: int, worker: str) -> bool:
        return True

    def record_sent(self, row_id: int) -> None:
        self.delivered = True


def test_the_console_adapter_writes_only_translated_text() -> None:
    out = io.StringIO()
    assistant = _ScriptedAssistant()
    adapter = ConsoleAdapter(
        assistant,  # type: ignore[arg-type]
        _MarkingTranslator(LOCALES),
        out,
        user="ana",
        clock=FakeClock(datetime(2025, 1, 1, tzinfo=UTC)),
    )
    adapter.run(
        [
            "/consult list",
            "a plain message",
            "/as @bob",
            "/as not a user!",
            "/in #other",
            "/in nowhere",
            "/clock +1d",
            "/clock yesterday",
            "/consult boom",
        ]
    )
    assert len(assistant.seen) == 3
    lines = [line.strip() for line in out.getvalue().splitlines() if line.strip()]
    assert lines
    prefix = re.compile(r"^(?:\[#[\w.\-]+\]|\[DM @[\w.\-]+\])\s*")
    for line in lines:
        body = prefix.sub("", line)
        assert re.fullmatch(r"(?:⟦[a-z0-9-]+⟧\s*)+", body), line
    written = set(re.findall(r"⟦([a-z0-9-]+)⟧", out.getvalue()))
    assert {"first", "second", "posted", "direct", "reminder", "error-internal"} <= written
    assert {"console-as", "console-as-usage", "console-in", "console-in-usage"} <= written
    assert {"console-clock", "console-clock-usage"} <= written


def test_handlers_render_text_through_the_translator() -> None:
    """Soft check: adapter modules that send text go through translate/Renderer, never print."""
    senders = re.compile(r"\.write\(|chat_postMessage|room_send|send_message|\.post\(")
    for path in sorted((ROOT / "handlers").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        prints = [c.lineno for c, _ in _calls(tree) if _called_name(c) == "print"]
        assert prints == [], f"{path}: print() at lines {prints}"
        if senders.search(source):
            assert "Renderer" in source or "translate(" in source, path


# ---------------------------------------------------------------- plural categories (CLDR)


def compare_locales_report(base: Path, locales: list[str]) -> dict[str, Any]:
    """Mozilla's compare-locales over `base`/l10n.toml: its details and summary per locale."""
    from compare_locales.compare import compareProjects
    from compare_locales.paths import TOMLParser

    config = TOMLParser().parse(str(base / "l10n.toml"), env={"l10n_base": str(base)})
    observers = compareProjects([config], locales, str(base))
    report: dict[str, Any] = next(iter(observers)).toJSON()
    return report


def test_compare_locales_checks_every_locale() -> None:
    from compare_locales.paths import TOMLParser

    config = TOMLParser().parse(str(LOCALES / "l10n.toml"), env={"l10n_base": str(LOCALES)})
    assert sorted(config.all_locales) == sorted(set(UN_LANGUAGES) - {"en"})


def test_compare_locales_finds_no_error_warning_or_missing_plural_category() -> None:
    """Mozilla's tool, against English: no missing or obsolete message, no error, and no
    warning (it warns about each CLDR plural category a select leaves out)."""
    report = compare_locales_report(LOCALES, [])
    assert report.get("details", {}) == {}
    summary = report["summary"]
    assert sorted(summary) == sorted(set(UN_LANGUAGES) - {"en"})
    for locale, counts in summary.items():
        bad = {k: counts.get(k, 0) for k in ("errors", "warnings", "missing", "obsolete")}
        assert bad == dict.fromkeys(bad, 0), locale


def test_compare_locales_reports_a_missing_plural_category(tmp_path: Path) -> None:
    """The check above would see an Arabic or Russian select without all its categories."""
    (tmp_path / "l10n.toml").write_text(
        (LOCALES / "l10n.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    english = "n = { $count ->\n    [one] one\n   *[other] { $count }\n}\n"
    russian = "n = { $count ->\n    [one] один\n   *[other] { $count }\n}\n"
    for locale, text in (("en", english), ("ru", russian)):
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "x.ftl").write_text(text, encoding="utf-8")
    report = compare_locales_report(tmp_path, ["ru"])
    details = str(report["details"])
    assert "Plural categories missing: few, many" in details
    assert report["summary"]["ru"]["warnings"] == 1


# Counts the assistant shows stay well below a million; within that range French and Spanish
# use only `one` and `other`, Russian `one`, `few`, `many`, Arabic all six.
COUNT_RANGE = range(100_001)


@cache
def integer_categories(locale: str) -> frozenset[str]:
    """The CLDR plural categories (Babel) that some count in COUNT_RANGE falls into."""
    rule = Locale.parse(locale).plural_form
    return frozenset(rule(n) for n in COUNT_RANGE)


def _plural_selects(entry: Entry) -> list[tuple[str, set[str]]]:
    """Each select on a variable that has a plural-category variant, with its keys."""
    found: list[tuple[str, set[str]]] = []

    class Selects(Visitor):
        def visit_SelectExpression(self, node: fl.SelectExpression) -> None:
            keys = {
                v.key.name if isinstance(v.key, fl.Identifier) else v.key.value
                for v in node.variants
            }
            counted = keys & (PLURAL_CATEGORIES - {"other"})
            if isinstance(node.selector, fl.VariableReference) and counted:
                found.append((node.selector.id.name, keys))
            self.generic_visit(node)

    Selects().visit(entry.node)
    return found


@pytest.mark.parametrize("locale", UN_LANGUAGES)
def test_every_plural_select_has_each_category_a_count_can_take(locale: str) -> None:
    """The same rule as compare-locales, from Babel's CLDR data, for English too."""
    expected = integer_categories(locale) | {"other"}
    problems = []
    for name, entry in load_locale(LOCALES / locale).items():
        for variable, keys in _plural_selects(entry):
            if missing := expected - keys:
                problems.append(f"{name} (${variable}): {sorted(missing)}")
    assert problems == []


def test_cldr_gives_arabic_six_categories_and_russian_four() -> None:
    assert integer_categories("ar") == {"zero", "one", "two", "few", "many", "other"}
    assert integer_categories("ru") == {"one", "few", "many"}
    assert integer_categories("fr") == {"one", "other"}
    assert integer_categories("zh") == {"other"}


def _numeric_selectors(entry: Entry) -> set[str]:
    return {variable for variable, keys in _selector_keys(entry).items() if 1 in keys}


# A count in each Arabic and Russian category, and zero.
SAMPLE_COUNTS = (0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102, 111)


@pytest.mark.parametrize("locale", UN_LANGUAGES)
def test_every_message_renders_for_counts_in_every_category(
    locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    entries = load_locale(LOCALES / locale)
    with caplog.at_level(logging.WARNING):
        for name in MESSAGES:
            numeric = _numeric_selectors(ENGLISH[name]) | _numeric_selectors(entries[name])
            if not numeric:
                continue
            base = _argument_sets(name)[0]
            for count in SAMPLE_COUNTS:
                args = {**base, **dict.fromkeys(numeric, count)}
                text = TRANSLATOR.translate(locale, name, **args)
                assert text.strip(), (name, count)
                assert "{" not in text, (name, count, text)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


# Messages whose count can be zero: none of them says "0 respondents" or "0 questions".
ZERO_WORDED = {
    "status-inputs": {"count": 0, "respondents": 0},
    "export-ready": {"count": 0},
    "export-md-totals": {"inputs": 0, "respondents": 0},
    "round-closed-announcement": {"respondents": 0},
    "digest-round-line": {"inputs": 0},
    "status-questions": {"count": 0},
    "home-inputs": {"count": 0},
    "home-rsvps": {"count": 0},
    "home-actions": {"count": 0},
}


@pytest.mark.parametrize("locale", UN_LANGUAGES)
def test_zero_has_its_own_words_in_every_language(locale: str) -> None:
    for name, counts in ZERO_WORDED.items():
        base = _argument_sets(name)[0]
        zero = TRANSLATOR.translate(locale, name, **{**base, **counts})
        assert not re.search(r"(?<![\d:])0(?![\d:])", zero), (name, zero)
        one = TRANSLATOR.translate(locale, name, **{**base, **dict.fromkeys(counts, 1)})
        assert zero != one, name
