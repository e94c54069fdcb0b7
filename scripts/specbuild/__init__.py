"""Build the two specs everything reads (openapi/*.json) from HeyGen's files and our overlays.

Pipeline (scripts/regenerate): select operations from openapi/upstream/ → apply openapi/overlays/
(Overlay 1.0) → make response schemas tolerant → prune → canonical JSON → openapi-python-client → generated/.
"""
