"""The gr.Blocks page: tabs Vragen, Regelcheck, Bronnen and Begrippen beside one document viewer, plus the
documented API endpoints.

Thin: each tab is built by a small function, each event calls a gradio-free handler in
:mod:`assistant.ui.handlers`, and all markup comes from :mod:`assistant.ui.render`,
:mod:`assistant.ui.answer_view` and :mod:`assistant.ui.glossary` (escaped). Styles and scripts are in
:mod:`assistant.ui.assets`. ``theme``, ``css`` and ``js`` go to ``launch()`` (gradio 6), see
:func:`launch_kwargs`.
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr
from gradio.events import api as register_api  # gr.api, imported where it is defined (mypy --strict)

from ..rules.model import CLIENT_GROUP_NL, Facts, fact_ask_nl, fact_label_nl, fact_values
from ..settings import Settings
from . import glossary, render
from .assets import CSS, JS_CHAT, JS_COPY, JS_EXAMPLES, JS_PAGE, JS_REVIEW, JS_TERMS, JS_VIEWER
from .handlers import EXAMPLES_NL, VIEWER_EMPTY, Controller, PageUpdate, parse_date_nl, user_message

log = logging.getLogger("assistant.ui")
UNKNOWN = "onbekend"
ALL = "alle"


def launch_kwargs(settings: Settings | None = None) -> dict[str, Any]:
    """Keyword arguments for ``launch()``: theme, css, the page script (``lang="nl"``) and, with settings, the
    upload limit (``limits.upload_mb``: Gradio refuses a larger file before it is stored)."""
    theme = gr.themes.Default(primary_hue="blue", neutral_hue="slate").set(
        body_text_color_subdued="#475569", block_info_text_color="#475569",
        input_placeholder_color="#64748b", block_label_text_color="#334155",
        color_accent="#1d4ed8", button_primary_background_fill="#1d4ed8",
        button_primary_background_fill_hover="#1e40af", button_primary_text_color="#ffffff",
    )
    out: dict[str, Any] = {"theme": theme, "css": CSS, "js": JS_PAGE}
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
        return parse_date_nl(str(value), fact_label_nl(name))
    return value


def rule_choices(rules: list[dict[str, Any]], family: str = ALL, search: str = "") -> list[tuple[str, str]]:
    """The rules as dropdown choices "Thema: vraag", grouped (sorted) by theme, filtered by theme and words."""
    words = [w for w in search.lower().split() if w]
    out = []
    for r in sorted(rules, key=lambda r: (r.get("family_nl", ""), r["question_nl"])):
        if family not in ("", ALL, None) and r.get("family") != family:
            continue
        label = f"{r.get('family_nl') or r.get('family', '')}: {r['question_nl']}"
        hay = f"{label} {r['id']}".lower()
        if all(w in hay for w in words):
            out.append((label, r["id"]))
    return out


def date_hint(text: str, what: str) -> str:
    """A Dutch message under a date field as soon as it holds something that is not a date."""
    try:
        parse_date_nl(text, what)
    except Exception as exc:  # noqa: BLE001
        return render.message_html(user_message(exc), "error")
    return ""


# --------------------------------------------------------------------------- the Vragen tab


@dataclass
class ChatParts:
    conversation: gr.HTML
    question: gr.Textbox
    as_of: gr.Textbox
    send: gr.Button
    new: gr.Button
    examples: gr.HTML
    status: gr.HTML
    details: gr.HTML
    sources: gr.HTML
    actions: gr.HTML
    feedback_row: gr.Row
    up: gr.Button
    down: gr.Button
    comment: gr.Textbox
    feedback: gr.HTML
    state: gr.State
    pending: gr.State
    autosend: gr.State


def _chat_tab(ctl: Controller) -> ChatParts:
    conversation = gr.HTML(ctl.conversation([]), elem_id="wlz-chat", js_on_load=JS_CHAT)
    with gr.Row(elem_id="wlz-ask-row"):
        question = gr.Textbox(
            label="Uw vraag", placeholder="Bijvoorbeeld: Kunnen wij C&A declareren voor NAH+ in 2026?",
            lines=1, max_lines=4, scale=5, elem_id="wlz-question", autofocus=True,
        )
        as_of = gr.Textbox(label="Stand van de bronnen (optioneel)", placeholder="JJJJ-MM-DD", max_lines=1,
                           scale=2, min_width=150, elem_id="wlz-asof", info="Alleen bronnen tot deze datum")
    with gr.Row():
        send = gr.Button("Vraag stellen", variant="primary", elem_id="wlz-send", scale=2)
        new = gr.Button("Nieuw gesprek", elem_id="wlz-new", scale=1)
    examples = gr.HTML(render.examples_html(EXAMPLES_NL), elem_id="wlz-examples", js_on_load=JS_EXAMPLES)
    status = gr.HTML("", elem_id="wlz-status", js_on_load=None)
    details = gr.HTML("", elem_id="wlz-banner", js_on_load=JS_REVIEW)
    sources = gr.HTML("", elem_id="wlz-cards", js_on_load=None)
    actions = gr.HTML("", elem_id="wlz-actions", js_on_load=JS_COPY)
    with gr.Row(visible=False, elem_id="wlz-feedback-row") as feedback_row:
        up = gr.Button("Nuttig", size="sm", elem_id="wlz-up", scale=0, min_width=90)
        down = gr.Button("Niet goed", size="sm", elem_id="wlz-down", scale=0, min_width=110)
        comment = gr.Textbox(label="Toelichting bij uw beoordeling (optioneel)", max_lines=3, scale=4,
                             elem_id="wlz-comment")
    feedback = gr.HTML("", elem_id="wlz-fb-status", js_on_load=None)
    return ChatParts(conversation, question, as_of, send, new, examples, status, details, sources, actions,
                     feedback_row, up, down, comment, feedback, gr.State(ctl.clear_page().state), gr.State({}),
                     gr.State(False))


def _chat_outputs(c: ChatParts, viewer: gr.HTML) -> list[Any]:
    return [c.conversation, c.question, c.details, c.sources, c.actions, c.status, c.feedback, viewer, c.examples,
            c.state, c.pending, c.feedback_row]


def _as_outputs(u: PageUpdate) -> tuple[Any, ...]:
    """A handler's :class:`PageUpdate` in the order of :func:`_chat_outputs` (``None`` → unchanged)."""
    values = [getattr(u, f.name) for f in fields(u)]
    out: list[Any] = []
    for f, v in zip(fields(u), values, strict=True):
        if v is None:
            out.append(gr.skip())
        elif f.name == "examples_visible":
            out.append(gr.update(visible=bool(v)))
        else:
            out.append(v)
    out.append(gr.skip() if u.actions is None else gr.update(visible=bool(u.actions)))
    return tuple(out)


def _wire_chat(ctl: Controller, c: ChatParts, viewer: gr.HTML) -> None:
    outputs = _chat_outputs(c, viewer)
    inputs = [c.question, c.as_of, c.state, c.pending]

    def on_ask(q: str, when: str, st: dict[str, Any], facts: dict[str, Any]):
        for update in ctl.ask_page(q, when, st, facts):
            yield _as_outputs(update)

    def maybe_ask(go: bool, q: str, when: str, st: dict[str, Any], facts: dict[str, Any]):
        if not go:
            yield tuple(gr.skip() for _ in outputs)
            return
        yield from on_ask(q, when, st, facts)

    def pick_followup(evt: gr.EventData):
        d = _evt(evt)
        action = d.get("action")
        if action not in ("followup", "fill"):
            return gr.skip(), gr.skip(), False
        facts = {d["fact"]: d["value"]} if d.get("fact") and d.get("value") and d["fact"] != "year" else {}
        return str(d.get("text", "")), facts, action == "followup"

    quiet: dict[str, Any] = {"api_visibility": "private", "show_progress": "hidden"}
    c.question.submit(on_ask, inputs, outputs, **quiet)
    c.send.click(on_ask, inputs, outputs, **quiet)
    c.new.click(lambda: _as_outputs(ctl.clear_page()), None, outputs, **quiet)
    for source in (c.conversation, c.examples):
        source.click(pick_followup, None, [c.question, c.pending, c.autosend], **quiet).then(
            maybe_ask, [c.autosend, *inputs], outputs, **quiet)
    c.as_of.blur(lambda t: date_hint(t, "stand van de bronnen"), [c.as_of], c.status, **quiet)

    def on_refine(st: dict[str, Any], evt: gr.EventData):
        d = _evt(evt)
        if d.get("action") != "refine":
            return tuple(gr.skip() for _ in outputs)
        return _as_outputs(ctl.refine_page(d.get("fact"), d.get("value"), st))

    c.details.click(on_refine, [c.state], outputs, **quiet)

    def on_vote(rating: str, st: dict[str, Any], note: str):
        try:
            message, new_state = ctl.vote(rating, st, note)
        except Exception as exc:  # noqa: BLE001
            return render.message_html(user_message(exc), "error"), gr.skip(), gr.skip()
        return message, (new_state if new_state is not None else gr.skip()), ""

    for button, rating in ((c.up, "up"), (c.down, "down")):
        button.click(functools.partial(on_vote, rating), [c.state, c.comment], [c.feedback, c.state, c.comment],
                     api_visibility="private")


# --------------------------------------------------------------------------- the other tabs


@dataclass
class RuleParts:
    family: gr.Dropdown
    search: gr.Textbox
    rule: gr.Dropdown
    year: gr.Number
    stand: gr.Textbox
    date_msg: gr.HTML
    facts: list[gr.components.Component]
    run: gr.Button
    result: gr.HTML


def _rules_tab(rules: list[dict[str, Any]], rules_error: str, used_facts: list[str]) -> RuleParts:
    gr.HTML("<p>Kies een regel, vul in wat u weet en laat de rest op <i>onbekend</i> staan. "
            "U ziet het oordeel met de voorwaarden en de letterlijke bronpassages.</p>", js_on_load=None)
    if rules_error:
        gr.HTML(render.message_html(rules_error, "error"), js_on_load=None)
    families = sorted({(r.get("family_nl", r.get("family", "")), r.get("family", "")) for r in rules})
    with gr.Row():
        family = gr.Dropdown([("Alle thema's", ALL), *families], value=ALL, label="Thema", elem_id="wlz-rule-family",
                             scale=1)
        search = gr.Textbox(label="Zoek een regel", placeholder="bijv. C&A, meerzorg, tandarts", max_lines=1,
                            elem_id="wlz-rule-search", scale=2)
    rule = gr.Dropdown(rule_choices(rules), value=None, label=f"Regel ({len(rules)})", elem_id="wlz-rule")
    with gr.Row():
        year = gr.Number(date.today().year, label="Zorgjaar", precision=0, minimum=1900, maximum=2200,
                         elem_id="wlz-rc-year", info="Welk jaar de regels gelden")
        stand = gr.Textbox("", label="Stand van de bronnen (optioneel)", placeholder="JJJJ-MM-DD", max_lines=1,
                           elem_id="wlz-rc-date", info="Alleen bronnen tot en met deze datum")
    date_msg = gr.HTML("", elem_id="wlz-rc-date-msg", js_on_load=None)
    with gr.Column(elem_id="wlz-facts"):
        facts = [_fact_component(n, visible=False) for n in used_facts]
    run = gr.Button("Controleer", variant="primary", elem_id="wlz-rc-run")
    result = gr.HTML("", elem_id="wlz-rc-result", js_on_load=None)
    return RuleParts(family, search, rule, year, stand, date_msg, facts, run, result)


def _wire_rules(ctl: Controller, p: RuleParts, rules: list[dict[str, Any]], used_facts: list[str]) -> None:
    rule_facts = {r["id"]: r["facts"] for r in rules}

    def on_filter(family: str, search: str):
        choices = rule_choices(rules, family, search or "")
        words = " ".join((search or "").split())
        label = f"Regel ({len(choices)} van {len(rules)}{f', gezocht op “{words}”' if words else ''})"
        return gr.update(choices=choices, value=choices[0][1] if len(choices) == 1 else None, label=label)

    p.family.change(on_filter, [p.family, p.search], p.rule, api_visibility="private")
    # "always_last": keystrokes typed while the filter runs are not dropped (the default for .input is "once")
    p.search.input(on_filter, [p.family, p.search], p.rule, api_visibility="private", show_progress="hidden",
                   trigger_mode="always_last")

    def on_rule(rule_id: str | None):
        wanted = set(rule_facts.get(rule_id or "", []))
        return [gr.update(visible=n in wanted) for n in used_facts]

    p.rule.change(on_rule, [p.rule], p.facts, api_visibility="private")
    p.stand.blur(lambda t: date_hint(t, "stand van de bronnen"), [p.stand], p.date_msg, api_visibility="private")

    def on_check(rule_id: str | None, year: float | None, when: str, *values: Any):
        try:
            wanted = set(rule_facts.get(rule_id or "", []))
            facts = {n: _fact_value(n, v) for n, v in zip(used_facts, values, strict=True) if n in wanted}
            verdict = ctl.regelcheck(rule_id or "", {k: v for k, v in facts.items() if v is not None},
                                     int(year) if year else None, when)
            return render.verdict_html(verdict, show_followups=False)
        except Exception as exc:  # noqa: BLE001
            return render.message_html(user_message(exc), "error")

    p.run.click(on_check, [p.rule, p.year, p.stand, *p.facts], p.result, api_visibility="private")


def _load_docs(ctl: Controller, kind: str = "") -> str:
    try:
        return render.documents_html(ctl.documents(), kind or "")
    except Exception as exc:  # noqa: BLE001
        return render.message_html(user_message(exc), "error")


def _docs_tab(ctl: Controller) -> tuple[gr.Radio, gr.HTML, gr.Accordion | None]:
    gr.HTML("<p>De documenten waarop de antwoorden gebaseerd zijn, nieuwste eerst. Een geschatte datum staat erbij "
            "als het document zelf geen datum noemt. <i>Openen</i> toont het document naast de lijst; bij een wet "
            "met de hoofdstukken en artikelen.</p>", js_on_load=None)
    kinds = [(label, k) for k, label in render.KIND_NL.items()]
    kind = gr.Radio([("Alle soorten", ""), *kinds], value="", label="Soort document", elem_id="wlz-docs-kind")
    table = gr.HTML("", elem_id="wlz-docs", js_on_load=None)
    admin = _admin(ctl, ctl.settings, table) if ctl.settings.app.adding_enabled else None
    return kind, table, admin


def _admin(ctl: Controller, settings: Settings, table: gr.HTML) -> gr.Accordion:
    """The add-document form; with logins it is shown per user (only to WLZ_APP__ADMINS, see ``_show_admin``)."""
    with gr.Accordion("Document toevoegen (beheer)", open=False, elem_id="wlz-admin",
                      visible=not settings.app.users) as admin_acc:
        up_file = gr.File(label=f"Bestand (.txt, .md, .pdf, .docx, .html; maximaal {settings.limits.upload_mb} MB)",
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

    def on_upload(path, title, when, kind, pub, dstatus, note, request: gr.Request):
        try:
            for line in ctl.add_document(path, title, when, kind, pub, dstatus, note,
                                         username=getattr(request, "username", None)):
                yield render.message_html(line), gr.skip()
            yield render.message_html("Klaar. Het document staat in de lijst hieronder."), _load_docs(ctl)
        except Exception as exc:  # noqa: BLE001
            yield render.message_html(user_message(exc), "error"), gr.skip()

    up_btn.click(on_upload, [up_file, up_title, up_date, up_kind, up_pub, up_status, up_note], [up_msg, table],
                 api_visibility="private", concurrency_limit=1, concurrency_id="reindex")
    return admin_acc


def _show_admin(ctl: Controller, demo: gr.Blocks, admin: gr.Accordion | None) -> None:
    """With logins, the add-document form is shown only to the users named in WLZ_APP__ADMINS."""
    if admin is not None and ctl.settings.app.users:
        def show_admin(request: gr.Request) -> Any:
            return gr.Accordion(visible=ctl.settings.app.can_add(request.username))

        demo.load(show_admin, None, admin, api_visibility="private")


def _terms_tab(ctl: Controller) -> gr.HTML:
    gr.HTML("<p>De woorden die u in de Wlz-stukken tegenkomt, met de volledige naam en een definitie die letterlijk "
            "uit een bron komt. <i>Bekijk in document</i> toont de plek in de bron.</p>", js_on_load=None)
    try:
        html = glossary.glossary_html(ctl.glossary_entries())
    except Exception as exc:  # noqa: BLE001
        html = render.message_html(user_message(exc), "error")
    return gr.HTML(html, elem_id="wlz-terms", js_on_load=JS_TERMS)


# --------------------------------------------------------------------------- the page


def _load_rules(ctl: Controller) -> tuple[list[dict[str, Any]], str]:
    try:
        return ctl.rules(), ""
    except Exception as exc:
        log.exception("rules could not be loaded")
        return [], user_message(exc)


def build(ctl: Controller) -> gr.Blocks:
    rules, rules_error = _load_rules(ctl)
    used_facts: list[str] = []
    for r in rules:
        used_facts += [f for f in r["facts"] if f not in used_facts]

    with gr.Blocks(title="Wlz-assistent", analytics_enabled=False) as demo:
        gr.HTML(
            "<h1>Wlz-assistent</h1><p>Antwoorden over de Wet langdurige zorg met de letterlijke passages uit "
            "Kamerbrieven, inkoopvoorwaarden en de wet. Controleer altijd de bron.</p>",
            elem_id="wlz-header", js_on_load=None,
        )
        with gr.Row(equal_height=False, elem_id="wlz-page"):
            with gr.Column(scale=6, min_width=0, elem_id="wlz-main"), gr.Tabs(elem_id="wlz-tabs"):
                with gr.Tab("Vragen", id="chat", elem_id="tab-chat"):
                    chat = _chat_tab(ctl)
                with gr.Tab("Regelcheck", id="rules", elem_id="tab-rules"):
                    rule_parts = _rules_tab(rules, rules_error, used_facts)
                with gr.Tab("Bronnen", id="docs", elem_id="tab-docs"):
                    kind, table, admin = _docs_tab(ctl)
                with gr.Tab("Begrippen", id="terms", elem_id="tab-terms"):
                    _terms_tab(ctl)
            with gr.Column(scale=5, min_width=0, elem_id="wlz-viewer-col"):
                viewer = gr.HTML(VIEWER_EMPTY, elem_id="wlz-viewer", js_on_load=JS_VIEWER)

        _wire_chat(ctl, chat, viewer)
        _wire_rules(ctl, rule_parts, rules, used_facts)
        _wire_viewer(ctl, viewer)

        demo.load(lambda: _load_docs(ctl), None, table, api_visibility="private")
        _show_admin(ctl, demo, admin)
        kind.change(lambda k: _load_docs(ctl, k), [kind], table, api_visibility="private")
        _api(ctl)
    return demo


def _wire_viewer(ctl: Controller, viewer: gr.HTML) -> None:
    """Every ``data-doc`` button on the page (chips, cards, quotes, Bronnen, Begrippen) opens the viewer."""

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
            return render.viewer_html(render.message_html(user_message(exc), "error"))

    viewer.click(open_doc, None, viewer, api_visibility="private", show_progress="hidden")


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
        """All rules: id, question_nl, family (theme) and the facts each one uses."""
        return ctl.rules()

    @dutch_errors
    def regelcheck(rule_id: str = "", facts: dict[str, Any] | None = None, year: int | None = None,
                   as_of: str = "") -> dict[str, Any]:
        """Check one rule with the given facts (unknown facts left out): ``year`` is the zorgjaar, ``as_of``
        the stand van de bronnen. Returns the verdict JSON."""
        return ctl.regelcheck(rule_id, facts or {}, year, as_of or None)

    @dutch_errors
    def documents() -> list[dict[str, Any]]:
        """The documents in the corpus with date, date status, passage count and actuality."""
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
        register_api(fn, api_name=fn.__name__)
