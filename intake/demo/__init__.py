"""`intake demo`: a ready ./demo with a Maildir of invented applications."""
