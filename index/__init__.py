"""Search over the record: lexical (FTS5 over Polish lemmas) for now."""
