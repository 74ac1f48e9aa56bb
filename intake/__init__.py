"""intake: the e-mail intake service for small public grant calls.

This package wires the layers together: mail sources, the processing cycle, the call's rules, the
scheduler and the command line. The layers themselves live in ``config``, ``parsers``, ``storage`` and
``notifications``.
"""

__version__ = "0.1.0"
