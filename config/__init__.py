"""Typed, frozen settings for intake and the definition of a call, loaded once at the edge.

Only the standard library is imported here: every other layer may depend on ``config``.
"""

from config.call import CallDefinition, CoachingSession, Municipality, load_call
from config.errors import ConfigError, IntakeError
from config.settings import Settings, load_settings

__all__ = [
    "CallDefinition",
    "CoachingSession",
    "ConfigError",
    "IntakeError",
    "Municipality",
    "Settings",
    "load_call",
    "load_settings",
]
