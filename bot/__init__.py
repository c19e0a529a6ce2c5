"""Front ends: the answer composer and the console chat."""
