"""Every dialog of the window: forms, connection, history, duplicates, matching, backups, the
audit log, the import review and the import history, the sheet chooser and the sheet preview. A
dialog is opened by a tab or by the shell and never imports either."""
