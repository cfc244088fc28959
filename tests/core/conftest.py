"""Under mutation testing (``PEERDESK_MUTATION=1``, set by tests/mutation/run_mutation.py)
the property tests draw fewer examples and do not shrink a failure: the run only needs to
know *that* a mutant fails, and it runs the core's tests once per mutant, thousands of
times. A plain ``pytest`` run is unchanged."""

from __future__ import annotations

import os

from hypothesis import Phase, settings

MUTATION = os.environ.get("PEERDESK_MUTATION") == "1"
MUTATION_EXAMPLES = int(os.environ.get("PEERDESK_MUTATION_EXAMPLES", "40"))

if MUTATION:
    settings.register_profile("mutation", phases=(Phase.explicit, Phase.reuse, Phase.generate),
                              print_blob=False, deadline=None)
    settings.load_profile("mutation")


def pytest_collection_modifyitems(items):
    if not MUTATION:
        return
    for item in items:
        test = getattr(item, "obj", None)
        # hypothesis keeps a test's own @settings here; cap its examples, keep the rest
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is not None and own.max_examples > MUTATION_EXAMPLES:
            test._hypothesis_internal_use_settings = settings(
                own, max_examples=MUTATION_EXAMPLES, phases=settings.default.phases)
