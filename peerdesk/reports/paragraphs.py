"""A reportlab Paragraph that can be laid out at more than one width.

reportlab breaks a long word at its hyphens by cutting the paragraph's own fragments; a
paragraph with font changes laid out again at another width (a table measuring a cell,
then spanning it over two columns) came out with its hyphens gone and its words cut
anywhere. This one starts again from its markup whenever the width changes.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText


class RewrappableParagraph(Paragraph):
    _laid_for: float | None = None

    def __init__(self, markup: str, style, bulletText: str | None = None):
        super().__init__(markup, style, bulletText=bulletText)
        self._markup = markup

    def wrap(self, availWidth, availHeight):
        if self._laid_for is not None and availWidth != self._laid_for:
            self._setup(self._markup, self.style, self.bulletText, None, cleanBlockQuotedText)
        self._laid_for = availWidth
        return super().wrap(availWidth, availHeight)
