"""Secretariat Desk (事務局デスク): the application package."""

__version__ = "0.1.0"
