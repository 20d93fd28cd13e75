"""The tests, in folders that mirror the code they check:

- db/ — the database layer (schema, migrations, backups, exports, text rules, output files);
- desktop/ — the Qt-free program: one folder per package (excel, imports, japanese, ops, rules,
  sheets) and the top-level modules (settings) beside them;
- gui/ — the window and its dialogs, driven offscreen as a user drives them;
- e2e/ — whole scenarios: the command line run as a separate program, several processes at once,
  processes killed midway, PostgreSQL servers and roles, disks that are full or locked;
- the top folder — checks of the whole project (its layering, the README's tables), the shared
  fixtures (conftest.py) and the helpers several test modules use (helpers/).

A test module never imports another (test_layering.py checks it): what they share is in helpers/.
"""
