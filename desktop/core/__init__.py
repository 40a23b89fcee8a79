"""The computation core of Overflight.

Never imports Qt: the command line, the tests and the desktop widgets all call
these modules. Times are POSIX seconds (UTC, float64 arrays) throughout.
"""
