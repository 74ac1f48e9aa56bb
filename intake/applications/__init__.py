"""What the coordinator manages: applications, their fields, the call's rules, corrections, post, exports, GDPR."""
