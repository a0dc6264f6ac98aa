"""Start the Wlz-assistent web app: ``python app.py`` → http://127.0.0.1:7860

Settings come from ``WLZ_*`` environment variables (see assistant/settings.py): host and port
(``WLZ_APP__HOST``, ``WLZ_APP__PORT``), users for a non-localhost bind (``WLZ_APP__USERS``, hashes
from ``python -m assistant.ui.auth hash``), who may add documents (``WLZ_APP__ADMINS``; without users
``WLZ_APP__ADMIN=true`` for the local user), the queue's concurrency (``WLZ_APP__CONCURRENCY``).
The index is loaded, or built first when there is none, with progress on the terminal.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

log = logging.getLogger("wlz.app")


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _load(settings: Any) -> Any:
    """The assistant with its index and model loaded, the question-embedding worker started (when
    ``app.query_worker``), and warmed up."""
    from assistant.bootstrap import build_assistant, start_query_worker
    from assistant.errors import AssistantError

    assistant = build_assistant(settings)
    if settings.app.query_worker:
        try:
            pid = start_query_worker(settings)
            if pid is not None:
                log.info("questions are embedded in worker process %s", pid)
        except AssistantError as exc:  # the app still answers, embedding in its own process
            log.warning("query worker not started: %s", exc)
    assistant.warm_up()
    return assistant


def main() -> int:
    logging.basicConfig(level=os.environ.get("WLZ_LOG_LEVEL", "INFO"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from assistant.errors import AssistantError, IndexMissingError
    from assistant.settings import get_settings
    from assistant.ui.auth import is_local, make_auth, public_api_arity, web_app_kwargs

    try:
        settings = get_settings()
    except AssistantError as exc:  # a bad WLZ_* value: the message names the variable
        say(f"Starten mislukt: {exc.message_nl}")
        return 2
    app = settings.app
    if not is_local(app.host) and not app.users:
        say(f"Weigering: de app luistert dan op {app.host}, maar er zijn geen gebruikers ingesteld. "
            "Zet WLZ_APP__USERS (gebruiker → wachtwoord-hash, maak een hash met: python -m assistant.ui.auth hash) "
            "of gebruik WLZ_APP__HOST=127.0.0.1.")
        return 2

    from assistant.bootstrap import build_index
    from assistant.retrieval.index import current_build

    t0 = time.perf_counter()
    try:
        if current_build(settings.index_dir) is None:
            say(f"Geen index gevonden in {settings.index_dir}; de index wordt nu gebouwd…")
            build_index(settings, progress=True)
        say("Index en model laden…")
        try:
            assistant = _load(settings)
        except IndexMissingError as exc:
            say(f"{exc.message_nl} De index wordt opnieuw gebouwd…")
            build_index(settings, progress=True)
            assistant = _load(settings)
    except AssistantError as exc:
        log.exception("startup failed")
        say(f"Starten mislukt: {exc.message_nl}")
        return 1
    say(f"Klaar om vragen te beantwoorden ({time.perf_counter() - t0:.1f} s, "
        f"{sum(assistant.passage_counts().values())} passages).")

    from assistant.ui.handlers import Controller
    from assistant.ui.layout import build, launch_kwargs, upload_bytes

    demo = build(Controller(settings, assistant))
    demo.queue(default_concurrency_limit=max(1, app.concurrency), max_size=64)
    say(f"Open http://{app.host}:{app.port} in uw browser.")
    demo.launch(
        server_name=app.host,
        server_port=app.port,
        # a coroutine function: Gradio's login route awaits it (its type hint only names the plain form)
        auth=make_auth(app.users) if app.users else None,  # type: ignore[arg-type]
        # headers; private events not callable by name; uploads only from the app's own pages; /monitoring off
        app_kwargs=web_app_kwargs(with_login=bool(app.users), public=public_api_arity(demo),
                                  max_bytes=upload_bytes(settings), monitoring=app.monitoring),
        enable_monitoring=app.monitoring,
        auth_message="Log in met uw gebruikersnaam en wachtwoord." if app.users else None,
        share=False,
        show_error=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        allowed_paths=[],
        blocked_paths=[str(settings.corpus_dir), str(settings.index_dir), str(settings.data_dir)],
        footer_links=["api"],
        **launch_kwargs(settings),  # theme, css, max_file_size from limits.upload_mb
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
