"""The briefing templates (``*.j2``), and in ``compiled`` the same as Python."""
