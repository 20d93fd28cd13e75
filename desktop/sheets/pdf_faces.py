"""Which drawing a grid's face names (see model.Grid.face)."""

from __future__ import annotations

from desktop.sheets.pdf_badges import BADGE
from desktop.sheets.pdf_calibration import CALIBRATION
from desktop.sheets.pdf_envelopes import ENVELOPE
from desktop.sheets.pdf_grid import LABEL, Face
from desktop.sheets.pdf_reply_form import REPLY_FORM
from desktop.sheets.pdf_seating import SEATING
from desktop.sheets.pdf_tent_cards import TENT

FACES: dict[str, Face] = {
    "label": LABEL,
    "calibration": CALIBRATION,
    "envelope": ENVELOPE,
    "tent": TENT,
    "badge": BADGE,
    "reply_form": REPLY_FORM,
    "seating": SEATING,
}
