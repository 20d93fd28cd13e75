"""The import pipeline: read → detect → map → normalise → validate → review → commit → undo."""
