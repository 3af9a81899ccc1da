"""A local Service Management endpoint over mutual TLS, for demos and tests."""
