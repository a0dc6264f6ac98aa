"""The Dutch Gradio front-end: layout (gr.Blocks), pure renderers, feedback store and login hashing.

Only wiring lives here; the assistant logic stays in :mod:`assistant.chat` and :mod:`assistant.rules`.
"""
