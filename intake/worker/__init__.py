"""The worker's path: the cycle (fetch, process, send), the sandboxed parser, the daily jobs, the scheduler."""
