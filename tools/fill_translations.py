r"""Put English translations into resources/translations/secdesk_en.ts for texts that have none
yet, from a Python file defining EN = {Japanese source: English} (a translator's batch; Qt
Linguist does the same one text at a time). Placeholders such as {name} must be kept. A text
that tr() tells apart by a disambiguation (tr("第{number}回", "a council's meeting")) is keyed
by the pair: EN = {("第{number}回", "a council's meeting"): "Meeting {number}"}, so that it
never takes the English of the same text meant otherwise.

    .venv/bin/pyside6-lupdate desktop/ui/*.py desktop/ui/*/*.py desktop/sheets/*.py desktop/ops/*.py \
        desktop/rules/*.py desktop/imports/*.py desktop/excel/*.py desktop/japanese/*.py db/*.py desktop/settings.py \
        desktop/connection.py \
        -ts resources/translations/secdesk_en.ts -no-obsolete
    .venv/bin/python tools/fill_translations.py batch.py
    (then lupdate once more: it writes the file back in its own layout)
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from string import Formatter

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "secdesk_en.ts"


def placeholders(text: str) -> list[tuple[str, str]]:
    """The {name:spec} fields of a text, spec included (they must survive the translation)."""
    return sorted((name, spec or "") for _t, name, spec, _c in Formatter().parse(text) if name)


def main() -> int:
    english: dict[str | tuple[str, str], str] = runpy.run_path(sys.argv[1])["EN"]
    tree = ET.parse(TS)
    filled = missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        key: str | tuple[str, str] = (source, comment) if comment else source
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished":
            continue
        if key not in english:
            missing += 1
            continue
        text = english[key]
        if placeholders(text) != placeholders(source):
            raise SystemExit(f"placeholders differ: {source!r} → {text!r}")
        translation.text = text
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}, still untranslated {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
