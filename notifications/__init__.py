"""Everything that leaves intake by mail passes through one outbox: receipts, reminders, the digest."""
