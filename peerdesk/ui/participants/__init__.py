"""The Participants tab."""

from peerdesk.ui.participants.tab import ParticipantsTab

__all__ = ["ParticipantsTab"]
