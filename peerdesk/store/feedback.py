"""Feedback in the program file: one door to its parts, so callers keep one import.

- :mod:`peerdesk.store.feedback_questions`: the questions (add, edit, reorder, deactivate);
- :mod:`peerdesk.store.feedback_forms`: paper forms typed into the entry grid, and
  comments hidden before a report;
- :mod:`peerdesk.store.feedback_close`: a session's feedback, open and then closed (its
  forms join the figures once: Close Feedback, an import);
- :mod:`peerdesk.store.feedback_join`: forms joining the figures through the check over
  every reading;
- :mod:`peerdesk.store.feedback_reads`: what the pickers and the statistics read
  (:func:`load_feedback_data`).

Look names up here at call time (``from peerdesk.store.feedback import
load_feedback_data`` inside a function, as the store's other modules do): a test that
swaps one here is then seen everywhere.
"""

from __future__ import annotations

from peerdesk.store.feedback_close import (
    CLOSED,
    OPEN,
    REOPENED,
    REOPENED_STATE,
    Closed,
    FeedbackClosed,
    LeftOut,
    close_feedback,
    close_keeping_out,
    closes_without_departments,
    departments_to_leave_out,
    feedback_state,
    kept_out,
    open_forms,
    refuse_if_closed,
    reopen_feedback,
    undo_keeping_out,
)
from peerdesk.store.feedback_forms import (
    PaperForm,
    add_paper_form,
    check_form,
    delete_forms,
    form_questions,
    hidden_comments,
    list_forms,
    replace_paper_form,
    restore_forms,
    set_answers_hidden,
    set_comment_hidden,
    snapshot_forms,
    typing_open,
    unhide_comments,
)
from peerdesk.store.feedback_join import (
    FormsWait,
    Joined,
    forms_in_figures,
    join_outcome,
    join_problem,
    join_with_waiting,
)
from peerdesk.store.feedback_questions import (
    GROUPS,
    KINDS,
    PHASES,
    add_question,
    answer_count,
    check_question,
    delete_question,
    get_question,
    make_key,
    move_question,
    reorder_questions,
    set_question_active,
    update_question,
)
from peerdesk.store.feedback_reads import (
    departments,
    list_sessions,
    load_feedback_data,
    read_pairings,
    read_people,
    read_responses,
    sessions_waiting,
)

__all__ = [
    "CLOSED",
    "GROUPS",
    "KINDS",
    "OPEN",
    "PHASES",
    "REOPENED",
    "REOPENED_STATE",
    "Closed",
    "FeedbackClosed",
    "FormsWait",
    "Joined",
    "LeftOut",
    "PaperForm",
    "add_paper_form",
    "add_question",
    "answer_count",
    "check_form",
    "check_question",
    "close_feedback",
    "close_keeping_out",
    "closes_without_departments",
    "delete_forms",
    "delete_question",
    "departments",
    "departments_to_leave_out",
    "feedback_state",
    "form_questions",
    "forms_in_figures",
    "get_question",
    "hidden_comments",
    "join_outcome",
    "join_problem",
    "join_with_waiting",
    "kept_out",
    "list_forms",
    "list_sessions",
    "load_feedback_data",
    "make_key",
    "move_question",
    "open_forms",
    "read_pairings",
    "read_people",
    "read_responses",
    "refuse_if_closed",
    "reopen_feedback",
    "reorder_questions",
    "replace_paper_form",
    "restore_forms",
    "sessions_waiting",
    "set_answers_hidden",
    "set_comment_hidden",
    "set_question_active",
    "snapshot_forms",
    "typing_open",
    "undo_keeping_out",
    "unhide_comments",
    "update_question",
]
