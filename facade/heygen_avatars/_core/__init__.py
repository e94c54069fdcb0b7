"""The request core every resource builds on: configuration and per-call options, the sans-IO flows and
their two drivers, the call-and-retry loop, responses and their errors, retry policy, redaction, logging,
the clock, paging, file reading and downloads. Nothing here knows HeyGen's resources."""
