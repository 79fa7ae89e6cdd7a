"""Every verification set, in the order it was written (issue 15).

CASES (verification.py) were written with the extractor; BLIND (verification_blind.py)
was kept apart while tuning. LATER holds the sets written after them, one after another,
each by a writer who never saw the extractor, each scored once, blind, before its misses
shaped it (the figures of that reading stand in each file's docstring); all of them count
as seen now. bench/extract.py prints the rates of every set.
"""

from verification_blind import BLIND
from verification_closing import CLOSING
from verification_coda import CODA
from verification_devtools import DEVTOOLS
from verification_everyday import EVERYDAY
from verification_finale import FINALE
from verification_fresh import CONFIRM, FINAL, FIRST, LAST
from verification_frost import FROST
from verification_harvest import HARVEST
from verification_ledger import LEDGER
from verification_month1 import MONTH1
from verification_month2 import MONTH2
from verification_month3 import MONTH3
from verification_month4 import MONTH4
from verification_regional import REGIONAL
from verification_sealed import SEALED
from verification_templated import TEMPLATED
from verification_tide import TIDE
from verification_winter import WINTER

from verification import CASES

LATER = {"first": FIRST, "confirm": CONFIRM, "final": FINAL, "last": LAST, "closing": CLOSING,
         "sealed": SEALED, "regional": REGIONAL, "templated": TEMPLATED, "everyday": EVERYDAY,
         "finale": FINALE, "coda": CODA, "month1": MONTH1, "month2": MONTH2, "month3": MONTH3,
         "month4": MONTH4,
         "winter": WINTER, "devtools": DEVTOOLS, "harvest": HARVEST, "ledger": LEDGER,
         "frost": FROST, "tide": TIDE}
"""The sets written after CASES and BLIND, in order, by name."""
TUNED = CASES + [case for cases in LATER.values() for case in cases]
"""Every sample the extractor was tuned on."""
ALL = TUNED + BLIND
"""Every sample."""
