"""Summary sheets (名簿, 開催日程 …): a builder per sheet, renderers per format."""
