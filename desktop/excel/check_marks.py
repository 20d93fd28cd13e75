"""The marks that tick a checklist cell: one set for a form's checklist and a list's ○ columns.

Compared after NFKC and case folding (ｘ is x, ﾚ is レ). x is in neither set: some offices write
it for 「はい」 and others for 「いいえ」, so it is reported as unclear, never guessed.
"""

from __future__ import annotations

YES_MARKS: frozenset[str] = frozenset({"○", "◯", "〇", "●", "◎", "✓", "✔", "☑", "レ", "1", "true"})
NO_MARKS: frozenset[str] = frozenset({"×", "✕", "✖", "0", "-", "false"})
