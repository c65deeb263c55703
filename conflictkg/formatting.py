"""Result tables as text, JSON (an array of row objects keyed by column) or CSV."""
from __future__ import annotations

import csv
import io
import json
import shutil

FORMATS = ("table", "json", "csv")
# how a spreadsheet recognises a formula (OWASP "CSV injection"); a cell from a report that starts
# so is prefixed with an apostrophe, which the spreadsheet shows as text and does not display
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """``value`` for a CSV cell a spreadsheet will open: text that would run as a formula
    (``=HYPERLINK(...)`` in a quote, a name starting with "@") gets a leading apostrophe;
    numbers, including negative ones, stay as they are."""
    if isinstance(value, str) and value[:1] in FORMULA_START and not _number(value):
        return "'" + value
    return value


def _number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def cell(value, width: int | None = None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, (list, tuple)):
        text = "; ".join(cell(v) for v in value)
    elif isinstance(value, dict):
        text = value.get("name") or value.get("id") or json.dumps(value, ensure_ascii=False, default=str)
        text = str(text)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    text = " ".join(text.split())
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def render(columns: list[str], rows: list[list], fmt: str = "table", max_width: int | None = None) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            # answers as CSV are for spreadsheets (JSON is the format for programs)
            w.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict))
                        else ("" if v is None else spreadsheet_text(v)) for v in r])
        return buf.getvalue().rstrip("\n")
    return table(columns, rows, max_width)


def table(columns: list[str], rows: list[list], max_width: int | None = None) -> str:
    total = max_width or max(80, shutil.get_terminal_size((120, 20)).columns)
    cap = max(12, (total - 3 * len(columns)) // max(1, len(columns))) if len(columns) > 1 else total
    texts = [[cell(v) for v in r] for r in rows]
    widths = [len(c) for c in columns]
    for r in texts:
        for i, t in enumerate(r):
            widths[i] = max(widths[i], len(t))
    # shrink the widest columns until the table fits
    while sum(widths) + 3 * (len(widths) - 1) > total and max(widths) > cap:
        i = widths.index(max(widths))
        widths[i] = max(cap, widths[i] - 4)
    fit = lambda t, w: t if len(t) <= w else t[: w - 1] + "…"  # noqa: E731
    line = " | ".join(fit(c, w).ljust(w) for c, w in zip(columns, widths))
    out = [line, "-+-".join("-" * w for w in widths)]
    for r in texts:
        out.append(" | ".join(fit(t, w).ljust(w) for t, w in zip(r, widths)).rstrip())
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
