"""The page's CSS and the small scripts of its gr.HTML components (``js_on_load``) — no Python logic.

Scripts only move focus, scroll panels, copy text and send click data to Python with ``trigger``; they
never build markup from data. Colours meet WCAG AA (text ≥ 4.5:1 on its background).
"""

from __future__ import annotations

# The whole page: Dutch language, Escape closes the phone viewer.
JS_PAGE = """
() => {
  document.documentElement.lang = 'nl';
  // Gradio writes a few accessible names in English whatever the language (not reachable through its i18n)
  const NL = {'More tabs': 'Meer tabbladen', 'Gradio footer navigation': 'Voettekst', 'Stop Recording': 'Opname stoppen',
              'Clear': 'Wissen', 'Close': 'Sluiten'};
  let queued = false;
  const dutch = () => {
    queued = false;
    document.querySelectorAll('[aria-label]').forEach((el) => {
      const nl = NL[el.getAttribute('aria-label')];
      if (nl) el.setAttribute('aria-label', nl);
    });
  };
  new MutationObserver(() => { if (!queued) { queued = true; requestAnimationFrame(dutch); } })
    .observe(document.body, {subtree: true, childList: true});
  dutch();
  document.addEventListener('keydown', (e) => {
    const col = document.getElementById('wlz-viewer-col');
    if (e.key === 'Escape' && col && col.classList.contains('wlz-open')) {
      const back = document.querySelector('#wlz-viewer [data-back]');
      if (back) back.click();
    }
  });
}
"""

# The conversation: follow-up buttons send their data to Python; each update scrolls the panel so the
# newest question and the start of its answer are at the top (not the end of the answer).
JS_CHAT = """
element.addEventListener('click', (e) => {
  const t = e.target.closest('[data-followup],[data-fill]');
  if (!t || !element.contains(t)) return;
  const d = t.dataset;
  const follow = d.followup !== undefined;
  trigger('click', {action: follow ? 'followup' : 'fill', text: follow ? d.followup : d.fill,
                    fact: d.fact || '', value: d.value || ''});
});
const toStart = () => {
  const conv = element.querySelector('.wlz-conv');
  if (!conv || !conv.dataset.last) return;
  const a = element.querySelector('#' + conv.dataset.last);
  if (!a) return;
  const u = a.previousElementSibling || a;
  conv.scrollTop += u.getBoundingClientRect().top - conv.getBoundingClientRect().top - 4;
  const r = conv.getBoundingClientRect();
  if (r.top < 0 || r.top > window.innerHeight * 0.6) conv.scrollIntoView({block: 'start'});
};
watch('value', () => requestAnimationFrame(toStart));
// a chip's tip stays inside the conversation panel: shifted left near the right edge, above the chip near the bottom
const place = (chip) => {
  const tip = chip.querySelector('.wlz-tip');
  const conv = element.querySelector('.wlz-conv');
  if (!tip || !conv) return;
  const c = conv.getBoundingClientRect();
  const w = Math.min(360, c.width - 16);
  tip.style.width = w + 'px';
  tip.style.left = '0px'; tip.style.top = ''; tip.style.bottom = '';
  const r = chip.getBoundingClientRect();
  const over = r.left + w - (c.right - 8);
  tip.style.left = (over > 0 ? -over : 0) + 'px';
  requestAnimationFrame(() => {
    const t = tip.getBoundingClientRect();
    if (t.height && t.bottom > c.bottom - 4 && r.top - t.height - 6 > c.top) { tip.style.top = 'auto'; tip.style.bottom = '1.8em'; }
  });
};
for (const ev of ['mouseover', 'focusin']) {
  element.addEventListener(ev, (e) => { const ch = e.target.closest && e.target.closest('.wlz-chip'); if (ch) place(ch); });
}
"""

# The review screen ("Begrepen"): a value button or a field's "Toepassen" recomputes the verdict with that fact.
JS_REVIEW = """
element.addEventListener('click', (e) => {
  const b = e.target.closest('[data-refine-value]');
  if (!b || !element.contains(b)) return;
  trigger('click', {action: 'refine', fact: b.dataset.refineFact, value: b.dataset.refineValue});
});
element.addEventListener('submit', (e) => {
  const f = e.target.closest('form[data-refine-fact]');
  if (!f || !element.contains(f)) return;
  e.preventDefault();
  const input = f.querySelector('input');
  trigger('click', {action: 'refine', fact: f.dataset.refineFact, value: input ? input.value : ''});
});
"""

JS_EXAMPLES = """
element.addEventListener('click', (e) => {
  const t = e.target.closest('[data-followup]');
  if (!t || !element.contains(t)) return;
  trigger('click', {action: 'followup', text: t.dataset.followup, fact: '', value: ''});
});
"""

# "Kopieer antwoord met bronnen": the clipboard gets exactly the hidden text; "Gekopieerd" is shown.
JS_COPY = """
element.addEventListener('click', async (e) => {
  const b = e.target.closest('[data-copy]');
  if (!b) return;
  const text = element.querySelector('.wlz-copy-text').value;
  let ok = false;
  try { await navigator.clipboard.writeText(text); ok = true; } catch (err) {
    const ta = document.createElement('textarea');
    ta.value = text; ta.setAttribute('readonly', ''); ta.style.position = 'fixed'; ta.style.opacity = '0';
    document.body.appendChild(ta); ta.select();
    try { ok = document.execCommand('copy'); } catch (err2) { ok = false; }
    ta.remove();
  }
  const en = b.textContent.startsWith('Copy');
  const s = element.querySelector('.wlz-copied');
  s.textContent = ok ? (en ? 'Copied' : 'Gekopieerd') : (en ? 'Copying failed; select the text yourself.'
                                                            : 'Kopiëren lukte niet; selecteer de tekst zelf.');
  s.dataset.ok = ok ? '1' : '0';
});
"""

# The viewer: opens documents for every data-doc button on the page, scrolls only its own panel to the
# highlight, slides over the page on a phone ("Terug naar antwoord" returns focus), jumps to a law's
# articles, and follows glossary links to the Begrippen tab.
JS_VIEWER = """
const box = () => element.querySelector('.wlz-viewer-scroll');
const phone = () => window.matchMedia('(max-width: 820px)').matches;
const go = () => {
  const v = element.querySelector('.wlz-viewer');
  const opened = !!v && v.dataset.state === 'open';
  const col = document.getElementById('wlz-viewer-col');
  if (col) col.classList.toggle('wlz-open', opened);
  const m = element.querySelector('#wlz-hl');
  const b = box();
  if (b && m) b.scrollTop += m.getBoundingClientRect().top - b.getBoundingClientRect().top - b.clientHeight / 4;
  else if (b) b.scrollTop = 0;
  if (opened && phone()) { const back = element.querySelector('[data-back]'); if (back) back.focus({preventScroll: true}); }
};
watch('value', () => requestAnimationFrame(go));
const openTerm = (slug) => {
  const tab = document.querySelector('#tab-terms-button') ||
    [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim().startsWith('Begrippen'));
  if (tab) tab.click();
  let tries = 0;
  const find = () => {
    const el = document.getElementById('begrip-' + slug);
    const inp = document.querySelector('#wlz-term-search');
    if (el && inp && inp.value) { inp.value = ''; inp.dispatchEvent(new Event('input')); }
    if (!el || el.offsetParent === null) { if (tries++ < 60) setTimeout(find, 50); return; }
    el.setAttribute('tabindex', '-1');
    el.classList.add('wlz-term-hit');
    el.scrollIntoView({block: 'start'});
    el.focus({preventScroll: true});
    setTimeout(() => el.classList.remove('wlz-term-hit'), 2500);
  };
  find();
};
document.addEventListener('click', (e) => {
  const t = e.target.closest('[data-doc]');
  const armed = [...document.querySelectorAll('.wlz-chip.wlz-tip-open')];
  armed.forEach((c) => { if (c !== t) c.classList.remove('wlz-tip-open'); });
  if (t && !element.contains(t)) {
    // a tap on a chip first shows its sentence, document and date; a second tap opens the document
    if (t.classList.contains('wlz-chip') && e.pointerType === 'touch' && !t.classList.contains('wlz-tip-open')) {
      e.preventDefault();
      t.classList.add('wlz-tip-open');
      return;
    }
    t.classList.remove('wlz-tip-open');
    e.preventDefault();
    window.__wlzOpener = t;
    const d = t.dataset;
    trigger('click', {action: 'open', doc: d.doc, start: Number(d.start ?? -1), end: Number(d.end ?? -1),
                      sup: d.sup || '', quote: d.quote || '', pid: d.pid || ''});
    return;
  }
  const term = e.target.closest('[data-term]');
  if (term) { e.preventDefault(); openTerm(term.dataset.term); }
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const t = e.target.closest && e.target.closest('[data-doc][role="button"]');
  if (t) { e.preventDefault(); t.click(); }
});
element.addEventListener('click', (e) => {
  if (e.target.closest('[data-back]')) {
    const col = document.getElementById('wlz-viewer-col');
    if (col) col.classList.remove('wlz-open');
    const o = window.__wlzOpener;
    if (o && document.contains(o)) o.focus();
    return;
  }
  const j = e.target.closest('[data-jump]');
  if (j) {
    const h = element.querySelector('#' + j.dataset.jump);
    const b = box();
    if (h && b) {
      b.scrollTop += h.getBoundingClientRect().top - b.getBoundingClientRect().top - 8;
      h.setAttribute('tabindex', '-1');
      h.focus({preventScroll: true});
    }
  }
});
"""

# Begrippen: the search box filters the list in the browser.
JS_TERMS = """
const inp = element.querySelector('#wlz-term-search');
const items = [...element.querySelectorAll('.wlz-term-entry')];
const count = element.querySelector('.wlz-terms-count');
if (inp) inp.addEventListener('input', () => {
  const q = inp.value.trim().toLowerCase();
  let n = 0;
  items.forEach((li) => { const hit = !q || li.dataset.search.includes(q); li.hidden = !hit; if (hit) n++; });
  count.textContent = n === 0 ? 'Geen begrip gevonden' : n + (n === 1 ? ' begrip' : ' begrippen');
});
"""

CSS = """
.gradio-container {max-width: 1500px !important; overflow: clip !important}
#wlz-header h1 {margin: 0; font-size: 1.6em}
#wlz-header p {margin: 2px 0 0; color: #475569}
:focus-visible {outline: 3px solid #1d4ed8 !important; outline-offset: 2px !important}
.wlz-sr {position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap}
.wlz-section-title, .wlz-subtitle {font-weight: 600; margin: 10px 0 6px; font-size: 1em}

/* the conversation: a panel that scrolls on its own */
.wlz-conv {max-height: min(60vh, 600px); min-height: 140px; overflow-y: auto; padding: 4px 6px;
  border: 1px solid var(--border-color-primary); border-radius: 10px; background: var(--background-fill-primary)}
.wlz-conv-empty {display: flex; align-items: center}
.wlz-conv > .wlz-bot:last-child {min-height: calc(min(60vh, 600px) - 70px)}
.wlz-conv[data-n="1"] > .wlz-bot:last-child {min-height: 0}
.wlz-empty {color: #475569; font-style: italic; padding: 8px; margin: 0}
.wlz-user {margin: 8px 0 6px auto; max-width: 85%; width: fit-content; background: #eff6ff; color: #1e3a8a;
  border-radius: 12px; padding: 6px 12px}
.wlz-user p {margin: 0; white-space: pre-wrap}
.wlz-bot {margin: 4px 0 12px; padding: 0 2px 4px; color: #1f2937}
.wlz-bot:focus {outline: none}
.wlz-bot p {margin: 6px 0}
.wlz-bot-error {color: #991b1b}
.wlz-list {margin: 4px 0 8px 1.2em; padding: 0; list-style: disc}
.wlz-list li {margin: 2px 0}
.wlz-head {border-radius: 10px; padding: 8px 12px; border: 1px solid; margin: 0 0 6px}
.wlz-verdict-yes {background: #ecfdf5; border-color: #10b981}
.wlz-verdict-no {background: #fef2f2; border-color: #ef4444}
.wlz-verdict-unknown {background: #fffbeb; border-color: #f59e0b}
.wlz-head, .wlz-head *, .wlz-verdict, .wlz-verdict * {color: #1f2937}
.wlz-verdict-label {font-size: 1.25em; font-weight: 700; margin-right: 6px}
.wlz-verdict-yes .wlz-verdict-label {color: #047857}
.wlz-verdict-no .wlz-verdict-label {color: #b91c1c}
.wlz-verdict-unknown .wlz-verdict-label {color: #92400e}
.wlz-oneline {font-weight: 500}
.wlz-asks {margin: 4px 0 8px; padding: 6px 10px; border-left: 3px solid #f59e0b; background: #fffdf5}
.wlz-asks .wlz-subtitle {margin: 0 0 4px}
.wlz-ask {margin-right: 6px}
.wlz-chips {white-space: nowrap}
.wlz-chip {position: relative; display: inline-block; min-width: 1.6em; margin: 0 1px; padding: 0 5px;
  font-size: 0.8em; font-weight: 700; line-height: 1.5; border-radius: 8px; border: 1px solid #1d4ed8;
  background: #dbeafe; color: #1e3a8a !important; cursor: pointer; vertical-align: baseline}
.wlz-chip:hover, .wlz-chip:focus-visible {background: #1d4ed8; color: #fff !important}
.wlz-chip-dead {cursor: default; background: #f1f5f9; color: #334155 !important; border-color: #64748b}
.wlz-tip {display: none; position: absolute; z-index: 50; left: 0; top: 1.8em; width: min(360px, 80vw);
  white-space: normal; text-align: left; font-weight: 400; font-size: 1.2em; line-height: 1.4; padding: 8px 10px;
  border-radius: 8px; background: #0f172a; color: #f8fafc; box-shadow: 0 4px 14px rgba(0,0,0,.25)}
.wlz-tip * {color: #f8fafc !important}
.wlz-chip:hover .wlz-tip, .wlz-chip:focus .wlz-tip, .wlz-chip.wlz-tip-open .wlz-tip {display: block}
.wlz-tip-hint {display: none; margin-top: 4px; font-style: italic}
.wlz-chip.wlz-tip-open .wlz-tip-hint {display: block}
.wlz-tip-src {display: block; margin-top: 4px; font-size: 0.85em; color: #cbd5e1 !important}
.wlz-term {padding: 0 !important; margin: 0 !important; color: #1d4ed8 !important; text-decoration: underline dotted; text-underline-offset: 2px}
.wlz-notices {font-size: 0.9em; color: #92400e; margin: 4px 0}
.wlz-streaming p {color: #334155}

/* details and sources under the conversation */
.wlz-details {border-radius: 10px; padding: 6px 12px; margin: 8px 0; border: 1px solid}
.wlz-details > summary {cursor: pointer; font-weight: 600}
.wlz-verdict {border-radius: 10px; padding: 10px 14px; margin: 6px 0; border: 1px solid}
.wlz-verdict-head {display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap}
.wlz-verdict-q {font-weight: 600}
.wlz-verdict-summary {margin: 6px 0}
.wlz-verdict-reason {font-style: italic}
.wlz-conds, .wlz-followups, .wlz-parts, .wlz-old {list-style: none; padding-left: 0; margin: 0}
.wlz-cond {margin: 4px 0 8px}
.wlz-cond-status {display: inline-block; min-width: 110px; font-weight: 600}
.wlz-cond-met .wlz-cond-status {color: #047857}
.wlz-cond-unmet .wlz-cond-status {color: #b91c1c}
.wlz-cond-unknown .wlz-cond-status {color: #92400e}
.wlz-cond-greyed, .wlz-cond-greyed .wlz-cond-status {color: #6b7280}
.wlz-review {margin: 6px 0 10px; padding: 6px 12px; border: 1px solid #cbd5e1; border-radius: 8px}
.wlz-review > summary {cursor: pointer}
.wlz-review .wlz-subtitle {display: inline}
.wlz-review-open {color: #1d4ed8; text-decoration: underline}
.wlz-review .wlz-fact {margin: 4px 0}
.wlz-edit {display: inline-block; margin-left: 6px}
.wlz-edit > summary {cursor: pointer; color: #1d4ed8; text-decoration: underline; display: inline}
.wlz-edit-opts {display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 2px}
.wlz-refine, .wlz-refine-apply {padding: 2px 10px; border: 1px solid #64748b; border-radius: 6px; background: #fff;
  color: #111827; cursor: pointer}
.wlz-refine[aria-pressed="true"] {background: #1e3a8a; color: #fff; border-color: #1e3a8a}
.wlz-refine-form input {width: 9em; padding: 2px 6px; border: 1px solid #64748b; border-radius: 6px}
.wlz-receipt {display: inline-block; margin-top: 6px; color: #1d4ed8}
.wlz-quote {margin: 4px 0; padding: 4px 10px; border-left: 3px solid #94a3b8; font-size: 0.92em; color: #1f2937}
.wlz-cite {cursor: pointer; margin-left: 24px; background: rgba(255,255,255,0.7)}
.wlz-cite-src {font-size: 0.85em; color: #374151}
.wlz-followups li {margin: 4px 0}
.wlz-followup {border: 1px solid #1d4ed8; color: #1d4ed8 !important; background: white; border-radius: 14px;
  padding: 2px 12px; margin: 2px 4px; cursor: pointer}
.wlz-followup:hover {background: #eff6ff}
.wlz-sources {margin-top: 8px}
.wlz-srcgroup {border: 1px solid var(--border-color-primary); border-left: 4px solid #1d4ed8; border-radius: 8px;
  padding: 6px 10px; margin: 6px 0; background: var(--background-fill-primary)}
.wlz-src-title {font-size: 0.98em; font-weight: 600; margin: 0}
.wlz-card-meta {font-size: 0.85em; color: #475569; margin: 1px 0 4px}
.wlz-cards {list-style: none; margin: 0; padding: 0}
.wlz-card {padding: 4px 0; border-top: 1px dashed #cbd5e1}
.wlz-cards .wlz-card:first-child {border-top: 0}
.wlz-n {color: #1d4ed8; font-weight: 700}
.wlz-card-where {font-size: 0.85em; color: #475569}
.wlz-card-sup {display: block; margin: 2px 0; background: #fef9c3; color: #111827; padding: 1px 4px; quotes: "“" "”"}
.wlz-card-top {display: flex; gap: 4px 10px; align-items: baseline; flex-wrap: wrap}
.wlz-card-top .wlz-open-doc {margin-left: auto}
.wlz-more > summary {cursor: pointer; font-size: 0.88em; color: #1d4ed8; padding: 2px 0}
.wlz-more[open] {flex-basis: 100%; order: 2}
.wlz-support {background: #fde68a; color: #111}
.wlz-open-doc, .wlz-open, .wlz-copy, .wlz-jump, .wlz-example, .wlz-back {border: 1px solid #1d4ed8; color: #1d4ed8 !important;
  background: white; border-radius: 6px; padding: 2px 10px; cursor: pointer; font-size: 0.88em}
.wlz-open-doc:hover, .wlz-open:hover, .wlz-copy:hover, .wlz-jump:hover, .wlz-example:hover {background: #eff6ff}
.wlz-badge {display: inline-block; font-size: 0.78em; font-weight: 600; border-radius: 10px; padding: 1px 8px;
  margin-left: 6px; background: #fde68a; color: #78350f}
.wlz-badge-old {background: #fde68a; color: #78350f}
.wlz-actions {display: flex; gap: 10px; align-items: center; margin: 6px 0}
.wlz-copied {font-weight: 600; color: #047857}
.wlz-examples ul {list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 0}
.wlz-example {border-radius: 14px; text-align: left}
.wlz-msg {padding: 6px 10px; border-radius: 6px; margin: 4px 0}
.wlz-msg-error {background: #fef2f2; color: #991b1b; border: 1px solid #fecaca}
.wlz-msg-info {background: #eff6ff; color: #1e3a8a; border: 1px solid #bfdbfe}

/* the viewer: sticky beside the tabs on a desktop, a slide-over on a phone */
#wlz-viewer-col {position: sticky; top: 8px; align-self: flex-start}
.wlz-viewer-scroll {max-height: calc(100vh - 160px); overflow-y: auto; padding: 4px 8px;
  border: 1px solid var(--border-color-primary); border-radius: 8px}
.wlz-viewer-bar {display: none}
@media (max-width: 820px) {
  #wlz-viewer-col {position: fixed !important; inset: 0; z-index: 1000; margin: 0 !important; padding: 8px;
    background: var(--background-fill-primary); transform: translateX(105%); visibility: hidden;
    transition: transform .2s ease, visibility .2s; width: 100vw; max-width: 100vw}
  #wlz-viewer-col.wlz-open {transform: none; visibility: visible}
  .wlz-viewer-bar {display: block; padding: 4px 0 8px}
  .wlz-back {font-size: 1em; padding: 6px 12px}
  .wlz-viewer-scroll {max-height: calc(100vh - 70px)}
  .wlz-conv {max-height: 70vh}
  #wlz-tabs .tab-container button {padding: 6px 7px !important; font-size: 14px !important; min-width: 0 !important}
  .wlz-docs th:nth-child(2), .wlz-docs td:nth-child(2) {display: none}
}
.wlz-doc {font-size: 0.95em; line-height: 1.5; color: #1f2937}
.wlz-doc-head {padding: 4px 0 6px; border-bottom: 1px solid var(--border-color-primary); margin-bottom: 6px}
.wlz-doc-title {font-weight: 700}
.wlz-doc-h {margin: 12px 0 4px; font-size: 1.05em}
.wlz-doc-bullet {padding-left: 1.2em}
.wlz-doc-foot {font-size: 0.85em; color: #475569}
.wlz-doc-pre {white-space: pre-wrap}
.wlz-hl {background: #fde68a; color: #111}
.wlz-hl-sup {background: #facc15}
.wlz-toc {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 4px 10px; margin: 6px 0}
.wlz-toc ul {list-style: none; padding-left: 0; margin: 0}
.wlz-toc summary {cursor: pointer; padding: 2px 0}
.wlz-toc-arts {display: flex; flex-wrap: wrap; gap: 4px; padding: 4px 0 !important}
.wlz-docs {width: 100%; border-collapse: collapse}
.wlz-docs th, .wlz-docs td {text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border-color-primary);
  vertical-align: top}
.wlz-doc-note {font-size: 0.82em; color: #475569}
.wlz-num {text-align: right}
.wlz-ok {color: #047857; font-weight: 600}
.wlz-warn {color: #92400e; font-weight: 600}

/* Begrippen */
.wlz-terms-label {font-weight: 600; display: block}
.wlz-term-search {width: 100%; max-width: 420px; padding: 6px 10px; border: 1px solid #64748b; border-radius: 6px;
  margin: 4px 0}
.wlz-terms-count {font-size: 0.88em; color: #475569; margin: 2px 0 6px}
.wlz-term-list {list-style: none; padding: 0; margin: 0}
.wlz-term-entry {border-bottom: 1px solid var(--border-color-primary); padding: 6px 0}
.wlz-term-name {margin: 0; font-size: 1.05em}
.wlz-term-full {font-weight: 400; color: #334155}
.wlz-term-hit {background: #fef9c3}
"""
