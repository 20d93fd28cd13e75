"""The Qt GUI. The only package that imports Qt; it calls desktop.ops through the worker."""
