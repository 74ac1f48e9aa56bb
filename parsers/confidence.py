"""The confidence below which an extracted value is shown to the coordinator to check."""

REVIEW_THRESHOLD = 0.8

# the From: address of an e-mail: where we reply, so not a value to check, unless a header casts doubt on it
SENDER_ADDRESS = 0.85
