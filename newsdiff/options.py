"""Options that change what extraction produces."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Options:
    """Extraction options. Extraction of a source is a pure function of its text and these."""

    # Resolves relative dates ("on Thursday") in sources that carry no publication date.
    reference_date: Optional[dt.date] = None
