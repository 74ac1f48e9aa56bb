"""`intake web [--host 127.0.0.1] [--port 8025]`: the coordinator's console, served by uvicorn.

One process: uvicorn's event loop, the pages in a small thread pool. Put it behind a reverse proxy for
TLS (README); the proxy's X-Forwarded-For is trusted from --forwarded-allow-ips only.
"""

from __future__ import annotations

import argparse

from config import Settings


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("web", help="the coordinator's web console")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8025, help="port (default 8025)")
    parser.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                        help="the reverse proxy's address, whose X-Forwarded-For is believed (default 127.0.0.1)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from intake.web.app import build_app

    app = build_app(settings)
    print(f"intake web: http://{args.host}:{args.port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, proxy_headers=True,
                forwarded_allow_ips=args.forwarded_allow_ips, server_header=False, log_level="info")
    return 0
