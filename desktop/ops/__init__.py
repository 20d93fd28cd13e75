"""Operations the GUI (and later the CLI reports) call: Qt-free, plain data in and out.

Each operation is a function whose first argument is an SQLAlchemy Session; the caller (the
GUI's database worker, a test) runs it inside one transaction. Operations never return ORM
objects, so nothing bound to a session crosses a thread.
"""
