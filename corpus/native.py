"""The single import point of the project's two SWIG extension modules.

faiss and morfeusz2 are both SWIG modules, and their order matters: if morfeusz2
is imported before faiss, ``Morfeusz().analyse()`` segfaults because faiss's SWIG
iterator type replaces morfeusz2's. Every module of the project takes them from
here, so the order is fixed by this file and not by whichever package a command
happens to import first. ``tests/test_cli.py`` guards that no other
module imports either one directly.
"""

# isort: skip_file
import faiss  # noqa: F401  (must be first, see above)
import morfeusz2  # noqa: F401

__all__ = ["faiss", "morfeusz2"]
