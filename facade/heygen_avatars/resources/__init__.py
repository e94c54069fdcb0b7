"""The resource namespaces of a client (``client.photo_avatars``, ``client.avatars``, ``client.assets``,
``client.videos``, ``client.voices``), one package each: `checks` (pure argument checks), `flows` (the
sans-IO decisions, written once), `faces` (the blocking and async classes, thin) and `raw` (their
``with_raw_response`` forms)."""
