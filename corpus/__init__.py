"""Files → structured record: readers, protocol and transcript parsers, the SQLite store."""
