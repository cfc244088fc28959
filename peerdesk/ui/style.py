"""The few colours the window adds to the platform's style, declared once.

Calm, and the same everywhere: red only for what must be fixed, amber for what should be
looked at, green for done. Each passes WCAG AA contrast on the default light window.
"""

ERROR = "#B3261E"
WARNING = "#8A5300"
OK = "#1E6B34"

ERROR_TEXT = f"color: {ERROR};"  # a label saying what is wrong with the input
ERROR_BORDER = f"border: 1px solid {ERROR};"  # the field that is wrong
WARNING_TEXT = f"color: {WARNING};"  # a label saying what should be looked at
