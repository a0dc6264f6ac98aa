"""The gr.Blocks page: tabs Vragen (chat), Regelcheck and Bronnen, plus the documented API endpoints.

All markup shown to the user comes from :mod:`assistant.ui.render` (escaped); the handlers are in
:mod:`assistant.ui.handlers`. ``theme`` and ``css`` go to ``launch()`` (gradio 6), see :func:`launch_kwargs`.
"""

from __future__ import annotations

import functools
import logging
import os
from datetime import date
from enum import StrEnum
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from ..inputs import recent_history
from ..rules.model import CLIENT_GROUP_NL, Facts, fact_ask_nl, fact_label_nl, fact_values
from ..settings import Settings
from . import render
from .handlers import EXAMPLES_NL, Controller, user_message

log = logging.getLogger("assistant.ui")
UNKNOWN = "onbekend"
THINKING = "Even zoeken in de bronnen…"

# Delegated click handlers: gr.HTML's js_on_load runs once per component; `trigger` sends the data to Python.
JS_CLICKS = """
const pick = (e) => {
  const t = e.target.closest('[data-followup],[data-fill],[data-doc]');
  if (!t || !element.contains(t)) return;
  const d = t.dataset;
  if (d.followup !== undefined) trigger('click', {action: 'followup', text: d.followup, fact: d.fact || '', value: d.value || ''});
  else if (d.fill !== undefined) trigger('click', {action: 'fill', text: d.fill, fact: d.fact || '', ask: d.ask || ''});
  else trigger('click', {action: 'open', doc: d.doc, start: Number(d.start || -1), end: Number(d.end || -1),
                          sup: d.sup || '', quote: d.quote || '', pid: d.pid || ''});
};
element.addEventListener('click', pick);
element.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { if (e.target.closest('[data-doc]')) { e.preventDefault(); pick(e); } } });
"""
JS_VIEWER = """
const go = () => { const m = element.querySelector('#wlz-hl'); if (m) m.scrollIntoView({block: 'center'}); };
watch('value', () => setTimeout(go, 50));
"""

CSS = """
.gradio-container {max-width: 1500px !important}
#wlz-header h1 {margin-bottom: 0}
#wlz-header p {margin-top: 2px; color: var(--body-text-color-subdued)}
.wlz-section-title {font-weight: 600; margin: 10px 0 6px}
.wlz-cards {display: flex; flex-direction: column; gap: 8px}
.wlz-card {border: 1px solid var(--border-color-primary); border-left: 4px solid #2563eb; border-radius: 8px;
  padding: 8px 12px; cursor: pointer; background: var(--background-fill-primary)}
.wlz-card:hover, .wlz-card:focus {background: var(--background-fill-secondary); outline: 2px solid #93c5fd}
.wlz-card-head {font-weight: 600}
.wlz-n {color: #2563eb}
.wlz-card-meta {font-size: 0.85em; color: var(--body-text-color-subdued); margin: 2px 0 4px}
.wlz-quote {margin: 4px 0; padding: 4px 10px; border-left: 3px solid var(--border-color-primary);
  font-size: 0.92em; color: var(--body-text-color); white-space: normal}
.wlz-support {background: #fef08a; color: #111; padding: 0 2px}
.wlz-card-open {font-size: 0.85em; color: #2563eb; margin-top: 2px}
.wlz-card-note {font-size: 0.85em; color: #b45309}
.wlz-badge {display: inline-block; font-size: 0.75em; font-weight: 600; border-radius: 10px; padding: 1px 8px;
  margin-left: 8px; vertical-align: middle}
.wlz-badge-old {background: #fde68a; color: #78350f}
.wlz-verdict {border-radius: 10px; padding: 10px 14px; margin: 6px 0; border: 1px solid}
.wlz-verdict-yes {background: #ecfdf5; border-color: #10b981}
.wlz-verdict-no {background: #fef2f2; border-color: #ef4444}
.wlz-verdict-unknown {background: #fffbeb; border-color: #f59e0b}
.wlz-verdict, .wlz-verdict * {color: #1f2937}
.wlz-verdict-head {display: flex; gap: 12px; align-items: baseline}
.wlz-verdict-label {font-size: 1.5em; font-weight: 700}
.wlz-verdict-yes .wlz-verdict-label {color: #047857}
.wlz-verdict-no .wlz-verdict-label {color: #b91c1c}
.wlz-verdict-unknown .wlz-verdict-label {color: #b45309}
.wlz-verdict-q {font-weight: 600}
.wlz-verdict-summary {margin: 6px 0}
.wlz-verdict-reason {font-style: italic}
.wlz-subtitle {font-weight: 600; margin: 8px 0 4px}
.wlz-conds, .wlz-followups, .wlz-parts, .wlz-old {list-style: none; padding-left: 0; margin: 0}
.wlz-cond {margin: 4px 0 8px}
.wlz-cond-status {display: inline-block; min-width: 110px; font-weight: 600}
.wlz-cond-met .wlz-cond-status {color: #047857}
.wlz-cond-unmet .wlz-cond-status {color: #b91c1c}
.wlz-cond-unknown .wlz-cond-status {color: #b45309}
.wlz-cite {cursor: pointer; margin-left: 110px; background: rgba(255,255,255,0.6)}
.wlz-cite-src {font-size: 0.82em; color: #4b5563}
.wlz-followups li {margin: 4px 0}
.wlz-followup {border: 1px solid #2563eb; color: #1d4ed8 !important; background: white; border-radius: 14px;
  padding: 2px 12px; margin: 2px 4px; cursor: pointer}
.wlz-followup:hover {background: #eff6ff}
.wlz-doc {font-size: 0.95em; line-height: 1.5}
.wlz-doc-head {padding: 4px 0 6px; border-bottom: 1px solid var(--border-color-primary); margin-bottom: 6px}
.wlz-doc-title {font-weight: 700}
.wlz-doc-h {margin: 12px 0 4px}
.wlz-doc-bullet {padding-left: 1.2em}
.wlz-doc-foot {font-size: 0.85em; color: var(--body-text-color-subdued)}
.wlz-doc-pre {white-space: pre-wrap}
.wlz-hl {background: #fde68a; color: #111}
.wlz-hl-sup {background: #facc15}
.wlz-docs {width: 100%; border-collapse: collapse}
.wlz-docs th, .wlz-docs td {text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border-color-primary);
  vertical-align: top}
.wlz-doc-note {font-size: 0.8em; color: var(--body-text-color-subdued)}
.wlz-num {text-align: right}
.wlz-ok {color: #047857; font-weight: 600}
.wlz-warn {color: #b45309; font-weight: 600}
.wlz-open {border: 1px solid #2563eb; color: #1d4ed8; background: white; border-radius: 6px; padding: 2px 10px;
  cursor: pointer}
.wlz-msg {padding: 6px 10px; border-radius: 6px; margin: 4px 0}
.wlz-msg-error {background: #fef2f2; color: #991b1b; border: 1px solid #fecaca}
.wlz-msg-info {background: #eff6ff; color: #1e3a8a; border: 1px solid #bfdbfe}
.wlz-notices {font-size: 0.9em; color: #92400e; margin: 4px 0}
.wlz-empty {color: var(--body-text-color-subdued); font-style: italic; padding: 8px}
"""

VIEWER_EMPTY = '<div class="wlz-empty">Klik op een bron om het document hier te openen, op de juiste plek.</div>'


def launch_kwargs(settings: Settings | None = None) -> dict[str, Any]:
    """Keyword arguments for ``launch()``: theme, css and, with settings, the upload limit (``limits.upload_mb``:
    Gradio refuses a larger file before it is stored)."""
    out: dict[str, Any] = {"theme": gr.themes.Default(primary_hue="blue", neutral_hue="slate"), "css": CSS}
    if settings is not None:
        out["max_file_size"] = upload_bytes(settings)
    return out


def upload_bytes(settings: Settings) -> int:
    return settings.limits.upload_mb * 1024 * 1024


def _evt(evt: gr.EventData | None) -> dict[str, Any]:
    data = getattr(evt, "_data", None)
    return data if isinstance(data, dict) else {}


# --------------------------------------------------------------------------- fact inputs for Regelcheck


def _fact_kind(name: str) -> str:
    ann = Facts.model_fields[name].annotation
    args = getattr(ann, "__args__", (ann,))
    for a in args:
        if a is bool:
            return "bool"
        if isinstance(a, type) and issubclass(a, StrEnum):
            return "enum"
        if a is date:
            return "date"
        if a is int:
            return "int"
        if a is float:
            return "float"
    return "enum" if fact_values(name) else "text"


def _fact_choices(name: str) -> list[tuple[str, str]]:
    values = fact_values(name)
    labels = CLIENT_GROUP_NL if name == "client_group" else {}
    return [("— onbekend —", UNKNOWN), *((labels.get(v, v), v) for v in values)]


def _fact_component(name: str, visible: bool) -> gr.components.Component:
    kind = _fact_kind(name)
    label, info = fact_label_nl(name), fact_ask_nl(name)
    label = label[:1].upper() + label[1:]
    if kind in ("bool", "enum"):
        return gr.Dropdown(_fact_choices(name), value=UNKNOWN, label=label, info=info, visible=visible,
                           elem_classes=["wlz-fact"], elem_id=f"fact-{name}")
    if kind in ("int", "float"):
        return gr.Number(None, label=label, info=info, visible=visible, precision=0 if kind == "int" else None,
                         elem_classes=["wlz-fact"], elem_id=f"fact-{name}")
    placeholder = "JJJJ-MM-DD" if kind == "date" else ""
    return gr.Textbox("", label=label, info=info, placeholder=placeholder, visible=visible, max_lines=1,
                      elem_classes=["wlz-fact"], elem_id=f"fact-{name}")


def _fact_value(name: str, value: Any) -> Any:
    if value in (None, "", UNKNOWN):
        return None
    kind = _fact_kind(name)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "date":
        from .handlers import parse_date_nl

        return parse_date_nl(str(value))
    return value


# --------------------------------------------------------------------------- the page


def build(ctl: Controller) -> gr.Blocks:
    settings = ctl.settings
    try:
        rules = ctl.rules()
    except Exception as exc:
        log.exception("rules could not be loaded")
        rules, rules_error = [], user_message(exc)
    else:
        rules_error = ""
    used_facts: list[str] = []
    for r in rules:
        used_facts += [f for f in r["facts"] if f not in used_facts]
    rule_facts = {r["id"]: r["facts"] for r in rules}

    with gr.Blocks(title="Wlz-assistent", analytics_enabled=False) as demo:
        gr.HTML(
            "<h1>Wlz-assistent</h1><p>Antwoorden over de Wet langdurige zorg met de letterlijke passages uit "
            "Kamerbrieven en inkoopvoorwaarden. Controleer altijd de bron.</p>",
            elem_id="wlz-header", js_on_load=None,
        )
        state = gr.State({"history": [], "last": None})
        pending = gr.State({})

        with gr.Tabs():
            # ---------------------------------------------------------------- Vragen
            with gr.Tab("Vragen", id="chat", elem_id="tab-chat"), gr.Row(equal_height=False):
                with gr.Column(scale=6):
                    chatbot = gr.Chatbot(
                        label="Gesprek", elem_id="wlz-chat", height=380, feedback_options=None,
                        buttons=["copy"], sanitize_html=True,
                        # documents are data: a quoted ![](https://…) must be shown, never fetched as an image
                        render_markdown=False,
                        placeholder="Stel hieronder een vraag, of kies een voorbeeldvraag.",
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            label="Uw vraag", placeholder="Bijvoorbeeld: Kunnen wij C&A declareren voor NAH+ in 2026?",
                            lines=1, max_lines=4, scale=5, elem_id="wlz-question", autofocus=True,
                        )
                        as_of = gr.Textbox(label="Peildatum (optioneel)", placeholder="JJJJ-MM-DD", max_lines=1,
                                           scale=1, min_width=130, elem_id="wlz-asof",
                                           info="Alleen bronnen tot deze datum")
                    with gr.Row():
                        send = gr.Button("Vraag stellen", variant="primary", elem_id="wlz-send", scale=2)
                        new = gr.Button("Nieuw gesprek", elem_id="wlz-new", scale=1)
                    gr.Examples([[q] for q in EXAMPLES_NL], inputs=[question], label="Voorbeeldvragen",
                                elem_id="wlz-examples")
                    status = gr.HTML("", elem_id="wlz-status", js_on_load=None)
                    banner = gr.HTML("", elem_id="wlz-banner", js_on_load=JS_CLICKS)
                    cards = gr.HTML("", elem_id="wlz-cards", js_on_load=JS_CLICKS)
                    with gr.Row():
                        copy_btn = gr.Button("Kopieer antwoord met bronnen", size="sm", elem_id="wlz-copy-btn")
                        up = gr.Button("👍 Nuttig", size="sm", elem_id="wlz-up")
                        down = gr.Button("👎 Niet goed", size="sm", elem_id="wlz-down")
                    comment = gr.Textbox(label="Toelichting bij uw beoordeling (optioneel)", max_lines=3,
                                         elem_id="wlz-comment")
                    fb_status = gr.HTML("", elem_id="wlz-fb-status", js_on_load=None)
                    with gr.Accordion("Antwoord als platte tekst", open=False):
                        copy_box = gr.Textbox("", show_label=False, lines=6, interactive=False,
                                              buttons=["copy"], elem_id="wlz-copy")
                with gr.Column(scale=5):
                    gr.HTML('<div class="wlz-section-title">Document</div>', js_on_load=None)
                    viewer = gr.HTML(VIEWER_EMPTY, elem_id="wlz-viewer", max_height=760, js_on_load=JS_VIEWER,
                                     container=True, padding=True)

            # ---------------------------------------------------------------- Regelcheck
            with gr.Tab("Regelcheck", id="rules", elem_id="tab-rules"):
                gr.HTML("<p>Kies een regel, vul in wat u weet en laat de rest op <i>onbekend</i> staan. "
                        "U ziet het oordeel met de voorwaarden en de letterlijke bronpassages.</p>", js_on_load=None)
                if rules_error:
                    gr.HTML(render.message_html(rules_error, "error"), js_on_load=None)
                rule_dd = gr.Dropdown([(r["question_nl"], r["id"]) for r in rules], value=None, label="Regel",
                                      elem_id="wlz-rule")
                with gr.Row():
                    rc_year = gr.Number(None, label="Jaar", precision=0, elem_id="wlz-rc-year")
                    rc_date = gr.Textbox("", label="of peildatum", placeholder="JJJJ-MM-DD", max_lines=1,
                                         elem_id="wlz-rc-date")
                with gr.Column(elem_id="wlz-facts"):
                    fact_inputs = [_fact_component(n, visible=False) for n in used_facts]
                rc_btn = gr.Button("Controleer", variant="primary", elem_id="wlz-rc-run")
                rc_result = gr.HTML("", elem_id="wlz-rc-result", js_on_load=JS_CLICKS)
                with gr.Accordion("Document", open=False) as rc_doc_acc:
                    rc_viewer = gr.HTML(VIEWER_EMPTY, max_height=600, js_on_load=JS_VIEWER, elem_id="wlz-rc-viewer")

            # ---------------------------------------------------------------- Bronnen
            with gr.Tab("Bronnen", id="docs", elem_id="tab-docs"):
                gr.HTML("<p>De documenten waarop de antwoorden gebaseerd zijn. Een geschatte datum staat erbij "
                        "als het document zelf geen datum noemt.</p>", js_on_load=None)
                docs_table = gr.HTML("", elem_id="wlz-docs", js_on_load=JS_CLICKS)
                docs_viewer = gr.HTML(VIEWER_EMPTY, elem_id="wlz-docs-viewer", max_height=700,
                                      js_on_load=JS_VIEWER, container=True, padding=True)
                if settings.app.adding_enabled:  # shown per user below: only to WLZ_APP__ADMINS when users log in
                    with gr.Accordion("Document toevoegen (beheer)", open=False, elem_id="wlz-admin",
                                      visible=not settings.app.users) as admin_acc:
                        up_file = gr.File(label=f"Bestand (.txt, .md, .pdf, .docx, .html; maximaal "
                                                f"{settings.limits.upload_mb} MB)",
                                          file_types=[".txt", ".md", ".pdf", ".docx", ".html"], type="filepath")
                        with gr.Row():
                            up_title = gr.Textbox(label="Titel")
                            up_date = gr.Textbox(label="Datum", placeholder="JJJJ-MM-DD")
                            up_kind = gr.Dropdown(list(render.KIND_NL), value="kamerbrief", label="Soort")
                        with gr.Row():
                            up_pub = gr.Textbox(label="Uitgever")
                            up_status = gr.Radio([("vermeld in document", "stated"), ("geschat", "estimated")],
                                                 value="stated", label="Datum")
                            up_note = gr.Textbox(label="Toelichting bij geschatte datum")
                        up_btn = gr.Button("Toevoegen en opnieuw indexeren", variant="primary")
                        up_msg = gr.HTML("", js_on_load=None)

        # ==================================================================== chat events
        def on_ask(q: str, when: str, chat: list[dict[str, Any]], st: dict[str, Any], facts: dict[str, Any]):
            chat = list(chat or [])
            # the conversation grows with every question: its oldest turns go, within limits.history_*
            raw_history = recent_history(st.get("history", []), settings.limits)
            try:
                pieces = ctl.stream(q, raw_history, when, facts or None)
                first = next(pieces)
            except Exception as exc:  # noqa: BLE001 - shown as a short Dutch message
                yield chat, gr.skip(), gr.skip(), gr.skip(), gr.skip(), st, render.message_html(user_message(exc), "error"), {}
                return
            chat = [*chat, {"role": "user", "content": render.chat_text(q)}, {"role": "assistant", "content": THINKING}]
            yield chat, "", "", "", "", st, "", {}
            final: dict[str, Any] | None = None
            try:
                for item in _chain(first, pieces):
                    if isinstance(item, dict):
                        final = item
                    else:
                        chat[-1] = {"role": "assistant", "content": render.chat_text(item)}
                        yield chat, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            except Exception as exc:  # noqa: BLE001
                chat[-1] = {"role": "assistant", "content": render.chat_text(user_message(exc))}
                yield chat, gr.skip(), "", "", "", st, render.message_html(user_message(exc), "error"), {}
                return
            if final is None:
                return
            text = final["answer"]
            chat[-1] = {"role": "assistant", "content": render.chat_text(text)}
            new_state = {
                "history": [*raw_history, {"role": "user", "content": final["question"]},
                            {"role": "assistant", "content": text}],
                "last": {"question": final["question"], "answer": final, "as_of": when or None},
            }
            banner_html = render.verdict_html(final.get("verdict"))
            yield (chat, gr.skip(), banner_html, render.cards_html(final.get("citations", [])),
                   render.copy_text(final), new_state, render.notices_html(final.get("notices", [])), {})

        chat_outputs = [chatbot, question, banner, cards, copy_box, state, status, pending]
        ask_inputs = [question, as_of, chatbot, state, pending]
        question.submit(on_ask, ask_inputs, chat_outputs, api_visibility="private", show_progress="hidden")
        send.click(on_ask, ask_inputs, chat_outputs, api_visibility="private", show_progress="hidden")

        def on_new():
            return [], "", "", "", "", {"history": [], "last": None}, "", {}, VIEWER_EMPTY

        new.click(on_new, None, [*chat_outputs, viewer], api_visibility="private")

        def open_doc(evt: gr.EventData):
            d = _evt(evt)
            if d.get("action") != "open" or not d.get("doc"):
                return gr.skip()
            try:
                start, end = int(d.get("start", -1)), int(d.get("end", -1))
                return ctl.document_view(
                    str(d["doc"]), start if start >= 0 else None, end if end >= 0 else None,
                    str(d.get("sup", "")), str(d.get("quote", "")), str(d.get("pid", "")),
                )
            except Exception as exc:  # noqa: BLE001
                return render.message_html(user_message(exc), "error")

        def pick_followup(evt: gr.EventData):
            d = _evt(evt)
            action = d.get("action")
            if action not in ("followup", "fill"):
                return gr.skip(), gr.skip(), False
            facts = {d["fact"]: d["value"]} if d.get("fact") and d.get("value") and d["fact"] != "year" else {}
            return str(d.get("text", "")), facts, action == "followup"

        autosend = gr.State(False)
        cards.click(open_doc, None, viewer, api_visibility="private", show_progress="hidden")
        banner.click(open_doc, None, viewer, api_visibility="private", show_progress="hidden")

        def maybe_ask(go: bool, q: str, when: str, chat: list[dict[str, Any]], st: dict[str, Any],
                      facts: dict[str, Any]):
            if not go:
                yield (gr.skip(),) * len(chat_outputs)
                return
            yield from on_ask(q, when, chat, st, facts)

        banner.click(pick_followup, None, [question, pending, autosend], api_visibility="private",
                     show_progress="hidden").then(
            maybe_ask, [autosend, *ask_inputs], chat_outputs, api_visibility="private", show_progress="hidden")

        copy_btn.click(None, [copy_box], None, js="(t) => { if (t) navigator.clipboard.writeText(t); return []; }")

        def on_feedback(rating: str, st: dict[str, Any], note: str):
            last = (st or {}).get("last")
            if not last:
                return render.message_html("Stel eerst een vraag; daarna kunt u het antwoord beoordelen.", "error"), note
            try:
                ctl.save_feedback(rating, last["question"], last["answer"], note, last.get("as_of"))
            except Exception as exc:  # noqa: BLE001
                return render.message_html(user_message(exc), "error"), note
            return render.message_html("Dank u wel, uw beoordeling is opgeslagen."), ""

        up.click(lambda st, n: on_feedback("up", st, n), [state, comment], [fb_status, comment],
                 api_visibility="private")
        down.click(lambda st, n: on_feedback("down", st, n), [state, comment], [fb_status, comment],
                   api_visibility="private")

        # ==================================================================== Regelcheck events
        def on_rule(rule_id: str | None):
            wanted = set(rule_facts.get(rule_id or "", []))
            return [gr.update(visible=n in wanted) for n in used_facts]

        rule_dd.change(on_rule, [rule_dd], fact_inputs, api_visibility="private")

        def on_check(rule_id: str | None, year: float | None, when: str, *values: Any):
            try:
                wanted = set(rule_facts.get(rule_id or "", []))
                facts = {n: _fact_value(n, v) for n, v in zip(used_facts, values, strict=True) if n in wanted}
                verdict = ctl.regelcheck(rule_id or "", {k: v for k, v in facts.items() if v is not None},
                                         int(year) if year else None, when)
                return render.verdict_html(verdict)
            except Exception as exc:  # noqa: BLE001
                return render.message_html(user_message(exc), "error")

        rc_btn.click(on_check, [rule_dd, rc_year, rc_date, *fact_inputs], rc_result, api_visibility="private")

        def open_rc_doc(evt: gr.EventData):
            html = open_doc(evt)
            return html, gr.update(open=True) if isinstance(html, str) else gr.skip()

        rc_result.click(open_rc_doc, None, [rc_viewer, rc_doc_acc], api_visibility="private")

        # ==================================================================== Bronnen events
        def load_docs():
            try:
                return render.documents_html(ctl.documents())
            except Exception as exc:  # noqa: BLE001
                return render.message_html(user_message(exc), "error")

        demo.load(load_docs, None, docs_table, api_visibility="private")
        docs_table.click(open_doc, None, docs_viewer, api_visibility="private", show_progress="hidden")

        if settings.app.adding_enabled:
            def on_upload(path, title, when, kind, pub, dstatus, note, request: gr.Request):
                try:
                    for line in ctl.add_document(path, title, when, kind, pub, dstatus, note,
                                                 username=getattr(request, "username", None)):
                        yield render.message_html(line), gr.skip()
                    yield render.message_html("Klaar. Het document staat in de lijst hieronder."), load_docs()
                except Exception as exc:  # noqa: BLE001
                    yield render.message_html(user_message(exc), "error"), gr.skip()

            up_btn.click(on_upload, [up_file, up_title, up_date, up_kind, up_pub, up_status, up_note],
                         [up_msg, docs_table], api_visibility="private", concurrency_limit=1,
                         concurrency_id="reindex")
            if settings.app.users:
                def show_admin(request: gr.Request):
                    return gr.Accordion(visible=settings.app.can_add(request.username))

                demo.load(show_admin, None, admin_acc, api_visibility="private")

        # ==================================================================== API (gradio_client)
        _api(ctl)
    return demo


def _chain(first: Any, rest: Any):
    yield first
    yield from rest


def _api(ctl: Controller) -> None:
    """Programmatic endpoints; see docs/ui.md. Errors raise gr.Error with the Dutch message."""

    def dutch_errors(fn: Any) -> Any:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                # a Dutch refusal is not a fault: no traceback in the log (user_message logs unexpected ones)
                raise gr.Error(user_message(exc), print_exception=False) from exc

        return wrapper

    @dutch_errors
    def ask(question: str = "", as_of: str = "", history: list[dict[str, str]] | None = None) -> dict[str, Any]:
        """Ask a question. Returns the answer JSON: answer text with [n] markers, verdict, citations."""
        return ctl.ask(question, history or [], as_of or None)

    @dutch_errors
    def rules() -> list[dict[str, Any]]:
        """All rules: id, question_nl and the facts each one uses."""
        return ctl.rules()

    @dutch_errors
    def regelcheck(rule_id: str = "", facts: dict[str, Any] | None = None, year: int | None = None,
                   as_of: str = "") -> dict[str, Any]:
        """Check one rule with the given facts (unknown facts left out). Returns the verdict JSON."""
        return ctl.regelcheck(rule_id, facts or {}, year, as_of or None)

    @dutch_errors
    def documents() -> list[dict[str, Any]]:
        """The documents in the corpus with date, date status, passage count and index status."""
        return ctl.documents()

    @dutch_errors
    def document(doc_id: str = "") -> dict[str, Any]:
        """One document's cleaned text (citation start/end offsets point into it) and its metadata."""
        doc = ctl.document(doc_id)
        m = doc.meta
        return {"id": m.id, "title": m.title, "kind": m.kind, "date": m.date.isoformat(), "date_nl": m.date_nl,
                "date_status": m.date_status, "publisher": m.publisher, "text": doc.text}

    @dutch_errors
    def feedback(rating: str = "", question: str = "", comment: str = "",
                 answer: dict[str, Any] | None = None) -> dict[str, Any]:
        """Store a judgement ('up' or 'down') of an answer, with an optional comment."""
        return ctl.save_feedback(rating, question, answer, comment)

    for fn in (ask, rules, regelcheck, documents, document, feedback):
        gr.api(fn, api_name=fn.__name__)
