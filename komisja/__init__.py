"""komisja: answers questions about council committee work by quoting the official record."""

__version__ = "0.1.0"
