"""The Qt GUI. The only package that imports Qt; it calls desktop.ops through the worker.

At the top sits the application shell: the application (app), the main window, the database
worker, the window's language (i18n), long work with its progress dialog, and the flows that drive
several dialogs in turn (import_flow, sheet_printing). Below it: tabs/ (the main window's tabs),
dialogs/ (every dialog) and widgets/ (reusable widgets)."""
