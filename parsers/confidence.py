"""The confidence below which an extracted value is shown to the coordinator to check."""

REVIEW_THRESHOLD = 0.8
