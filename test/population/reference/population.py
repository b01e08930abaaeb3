"""Reference values for test/population/*.test.ts, computed independently of chitieu.

Run: python3 test/population/reference/population.py
Uses mpmath (high-precision floating point, 80 significant digits) and the standard
library's datetime / fractions. Versions used: Python 3, mpmath 1.3.0 (printed below).
"""
import sys
from datetime import date
from fractions import Fraction

import mpmath

mpmath.mp.dps = 80
print("python", sys.version.split()[0], "mpmath", mpmath.__version__)


def days(a, b):
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


# 1. geometric mid-year population: c0 = 982487 on 2019-04-01, c1 = 1010000 on 2024-04-01,
#    1 July 2021.  c0 * (c1/c0)^(t/T)
t, T = days("2019-04-01", "2021-07-01"), days("2019-04-01", "2024-04-01")
print("geometric t, T =", t, T)
c0, c1 = mpmath.mpf(982487), mpmath.mpf(1010000)
print("geometric =", mpmath.nstr(c0 * (c1 / c0) ** (mpmath.mpf(t) / T), 70))

# 2. linear with a repeating quotient: 1000 on 2025-01-01, 1003 on 2026-01-01, 1 July 2025.
t, T = days("2025-01-01", "2025-07-01"), days("2025-01-01", "2026-01-01")
print("linear t, T =", t, T, "value =", Fraction(1000) + Fraction(3 * t, T),
      "=", mpmath.nstr(mpmath.mpf(1000) + mpmath.mpf(3 * t) / T, 40))

# 3. projection from 982487 on 2019-04-01 at 0.95%/year to 2026-07-01:
#    t = 7 whole years + 91 days of the 365-day year from 2026-04-01.
extra, year_len = days("2026-04-01", "2026-07-01"), days("2026-04-01", "2027-04-01")
tt = 7 + mpmath.mpf(extra) / year_len
print("projection t = 7 +", extra, "/", year_len)
print("annual =", mpmath.nstr(982487 * (1 + mpmath.mpf("0.0095")) ** tt, 70))
print("continuous =", mpmath.nstr(982487 * mpmath.exp(mpmath.mpf("0.0095") * tt), 70))
# 4. backwards: 2019-04-01 back to 2018-07-01 is -1 + 91/365 (anniversary 2018-04-01,
#    next 2019-04-01: 365 days; 2018-04-01 -> 2018-07-01: 91 days)
tb = -1 + mpmath.mpf(days("2018-04-01", "2018-07-01")) / days("2018-04-01", "2019-04-01")
print("backwards t =", mpmath.nstr(tb, 30), "annual =", mpmath.nstr(982487 * (1 + mpmath.mpf("0.0095")) ** tb, 70))
# 5. before the anniversary in the target year: 1000 on 2024-12-31 at 10%/year to 2026-06-30:
#    last anniversary 2025-12-31 (1 year), then 181 of the 365 days to 2026-12-31.
extra, year_len = days("2025-12-31", "2026-06-30"), days("2025-12-31", "2026-12-31")
print("part-year t = 1 +", extra, "/", year_len, "annual =",
      mpmath.nstr(1000 * mpmath.mpf("1.1") ** (1 + mpmath.mpf(extra) / year_len), 70))
