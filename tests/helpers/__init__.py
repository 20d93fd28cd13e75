"""What several test modules share (running the CLI, opening the window, making import files,
reading printed PDFs); test modules import from here, never from one another."""
