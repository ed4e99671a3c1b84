"""Documents made of headings, paragraphs, lists, tables and quotes, written out as Markdown or
as DOCX (python-docx) in one language, right to left where the language is."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_DIRECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Inches
from docx.text.paragraph import Paragraph as DocxParagraph

from assistant.messages import Message
from assistant.ports import Translator
from assistant.services.common import markdown_text

RTL_LANGUAGES = frozenset({"ar"})


@dataclass(frozen=True)
class Heading:
    """A heading; level 0 is the document's title."""

    level: int
    text: Message


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; `strong` ones (who gave an input) are bold."""

    text: Message
    strong: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[Message, ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; `numeric` marks the columns of numbers (aligned at the end)."""

    header: tuple[Message, ...]
    rows: tuple[tuple[Message, ...], ...]
    numeric: tuple[bool, ...]


@dataclass(frozen=True)
class Quote:
    """Text typed by a person, quoted whole with its line breaks (never through Fluent: it
    needs no translation and may be longer than a Fluent placeable)."""

    text: str


@dataclass(frozen=True)
class Chart:
    """A picture drawn for the document's language: `draw` is given a function that renders
    a message in it, and the language, and returns a PNG. Markdown has no room for one (it
    is a single text file): only the DOCX shows it."""

    draw: Callable[[Callable[[Message], str], str], bytes]


Block = Heading | Paragraph | Bullets | Table | Quote | Chart


def _messages(blocks: Sequence[Block]) -> Iterator[Message]:
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            yield block.text
        elif isinstance(block, Bullets):
            yield from block.items
        elif isinstance(block, Table):
            yield from block.header
            for row in block.rows:
                yield from row


def _texts(
    translator: Translator, blocks: Sequence[Block], language: str, escape: Callable[[str], str]
) -> Iterator[str]:
    """Every message of `blocks` rendered, in the order `_messages` gives them. Each one names
    its zone (`LocalTime`), so the reader's zone plays no part: UTC stands in."""
    return iter(translator.document(list(_messages(blocks)), language, "UTC", escape))


# ---------------------------------------------------------------- Markdown


def markdown(translator: Translator, blocks: Sequence[Block], language: str) -> str:
    """The document as Markdown: typed text escaped so it adds no formatting of its own."""
    texts = _texts(translator, blocks, language, markdown_text)
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out += [f"{'#' * max(1, block.level + 1)} {next(texts)}", ""]
        elif isinstance(block, Paragraph):
            out += [f"**{next(texts)}**" if block.strong else next(texts), ""]
        elif isinstance(block, Bullets):
            out += [f"- {next(texts)}" for _ in block.items] + [""]
        elif isinstance(block, Table):
            out.append(_row([next(texts) for _ in block.header]))
            out.append(_row(["---:" if n else "---" for n in block.numeric]))
            out += [_row([next(texts) for _ in row]) for row in block.rows]
            out.append("")
        elif isinstance(block, Quote):
            lines = [markdown_text(line) for line in block.text.split("\n")]
            out += [f"> {line}" if line else ">" for line in lines] + [""]
    return "\n".join(out).rstrip() + "\n"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


# ---------------------------------------------------------------- DOCX

# Characters XML 1.0 cannot hold (python-docx refuses them); typed text is cleaned of control
# characters already, so only a stray one from elsewhere could meet this.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def docx(translator: Translator, blocks: Sequence[Block], language: str, title: str) -> bytes:
    """The document as DOCX: real heading styles (Title, Heading 1, 2 …), tables for numbers,
    quotes in the Quote style; in Arabic every paragraph and run right to left."""
    texts = (_NOT_XML.sub("", text) for text in _texts(translator, blocks, language, str))
    document = new_docx()
    document.core_properties.title = _NOT_XML.sub("", title)
    document.core_properties.language = language
    rtl = language in RTL_LANGUAGES
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(next(texts), min(block.level, 9))
        elif isinstance(block, Paragraph):
            document.add_paragraph().add_run(next(texts)).bold = block.strong or None
        elif isinstance(block, Bullets):
            for _ in block.items:
                document.add_paragraph(next(texts), style="List Bullet")
        elif isinstance(block, Table):
            _table(document, block, texts, rtl)
        elif isinstance(block, Quote):
            document.add_paragraph(_NOT_XML.sub("", block.text), style="Quote")
        else:

            def label(message: Message) -> str:
                return translator.document([message], language, "UTC", str)[0]

            picture = io.BytesIO(block.draw(label, language))
            document.add_picture(picture, width=Inches(6.3))
    if rtl:
        _right_to_left(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _table(document: DocxDocument, block: Table, texts: Iterator[str], rtl: bool) -> None:
    rows = [block.header, *block.rows]
    table = document.add_table(rows=len(rows), cols=len(block.header))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for col, _ in enumerate(row):
            cell = table.cell(r, col)
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(next(texts))
            run.bold = r == 0
            # In a right-to-left paragraph Word's "right" is its start: numbers keep the
            # default there, and go to the right in left-to-right languages.
            if block.numeric[col] and not rtl:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if rtl:
        table.table_direction = WD_TABLE_DIRECTION.RTL  # `w:bidiVisual`: first column right


def _paragraphs(document: DocxDocument) -> Iterator[DocxParagraph]:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


# What may follow `w:bidi` in a paragraph's properties (ECMA-376 order; Word refuses a file
# whose elements are out of order). python-docx has no API for `w:bidi`.
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _right_to_left(document: DocxDocument) -> None:
    """Mark every paragraph (`w:bidi`) and run (`w:rtl`) right to left, as Word does for an
    Arabic document: without them Word lays Arabic out left to right, punctuation misplaced."""
    for paragraph in _paragraphs(document):
        properties = paragraph._p.get_or_add_pPr()
        if properties.find(f"{{{_W}}}bidi") is None:
            properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
        for run in paragraph.runs:
            run.font.rtl = True


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
