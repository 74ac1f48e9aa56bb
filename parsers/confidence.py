"""The confidence below which an extracted value is shown to the coordinator to check."""

REVIEW_THRESHOLD = 0.8

# the From: address of an e-mail: where we reply, so not a value to check, unless a header casts doubt on it
SENDER_ADDRESS = 0.85

# From:'s name (a group's or a person's, as a mail program shows it): no one typed it for this application,
# so it answers only what no document gives, to check; it also spells a name OCR misread ("Bens Hennebelle")
SENDER_NAME = 0.5
