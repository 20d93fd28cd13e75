"""The main window's tabs: `base.TabBase` (what every record tab shares: loading rows on the
worker, forms, history, the sheet preview) and the four tabs built on it, with the panels only a
tab uses (the council roster)."""
