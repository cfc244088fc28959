"""PeerDesk: an offline desktop app for running a peer-to-peer learning program."""

__version__ = "0.1.0"
APP_NAME = "PeerDesk"
FILE_SUFFIX = ".peerdesk"
