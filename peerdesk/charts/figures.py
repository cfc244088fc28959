"""The figures a chart shows, worked out once per snapshot of the data and filter.

A :class:`~peerdesk.core.feedback.FeedbackData` is a read-only snapshot, and the chart
worker keeps the one it loaded until the program file changes; so a redraw of the same
data and filters (the window resized, a filter flipped back, another language) draws
again without working the figures out again. Kept in the snapshot's own ``cache``, which
is dropped with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from peerdesk.core.feedback import FeedbackData, Scope

T = TypeVar("T")


def worked_out(compute: Callable[[FeedbackData, Scope], T], data: FeedbackData, scope: Scope) -> T:
    """``compute(data, scope)``, remembered in ``data.cache``."""
    key = ("chart figures", compute.__module__, compute.__qualname__, scope)
    if key not in data.cache:
        data.cache[key] = compute(data, scope)
    return data.cache[key]  # type: ignore[return-value]  # stored by this function, of this type
