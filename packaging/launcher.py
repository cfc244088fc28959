"""The frozen app's entry script: PyInstaller needs a file to start from, and running
peerdesk/__main__.py directly would load it as a top-level module rather than as part of
the package, so this calls the same ``main()`` that ``python -m peerdesk`` does."""

import sys

from peerdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
