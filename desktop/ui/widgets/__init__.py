"""Reusable widgets with no knowledge of a tab or a dialog: the record table and its model, the
as-of date edit."""
