"""The secretariat's domain rules, as pure functions of plain values: no database session, no Qt.

Operations (desktop.ops), imports (desktop.imports) and sheets (desktop.sheets) read the data
and call these, so that the window, an import and a printed list apply one rule the same way.
"""
