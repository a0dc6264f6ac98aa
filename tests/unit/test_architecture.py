"""The architecture, checked: the import graph of ``assistant/`` has no cycle, only ``assistant/adapters/``
imports the frameworks, and no module keeps mutable state of its own (caches belong to objects).

Read from the source with ``ast`` (nothing is imported), so a function-level import counts like any other;
imports under ``if TYPE_CHECKING:`` are for the type checker only and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

PACKAGE = Path(__file__).resolve().parents[2] / "assistant"
FRAMEWORKS = ("chromadb", "bm25s", "sentence_transformers", "torch", "langchain", "langchain_core",
              "langchain_openai", "langchain_ollama", "langchain_text_splitters", "llama_cpp", "transformers")

# Module-level state allowed, each for a reason (everything else lives in the objects that own it):
ALLOWED_CACHES = {
    # one embedding model per process and model directory: ~1 GB and seconds to load; a fresh Assistant after
    # an `add` (and its question worker) must reuse it. The composition root owns it.
    ("assistant.bootstrap", "_EMBEDDERS"),
    # cleaned documents per corpus directory for `add`'s duplicate check (re-cleaning the corpus on every add
    # costs seconds). To move into an object that owns the corpus (a Library instance) — see docs/architecture.md.
    ("assistant.library", "_DOCUMENTS"),
}
# Pure memoisation (the result is a function of the argument only, nothing a caller can observe or reset):
PURE_MEMOS = {
    ("assistant.retrieval.text", "_tokens"),  # text → Dutch stems (passage sentences recur in every answer)
    ("assistant.rules.facts", "_rx"),  # pattern → compiled regex (more patterns than re's own cache holds)
    ("assistant.rules.facts", "_fronted_form"),  # a "nee" pattern → its form with the negation said last
    ("assistant.typos", "_meant"),  # a word → the word meant (the history's turns are read again on every question)
    ("assistant.answer.gate", "folded_corpus"),  # the corpus text → without accents (once per build, not per question)
}
MUTATORS = {"append", "extend", "insert", "update", "setdefault", "pop", "popitem", "clear", "add", "remove",
            "discard", "move_to_end", "appendleft"}
CONTAINERS = {"dict", "list", "set", "OrderedDict", "defaultdict", "deque"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str, path: Path) -> list[str]:
    """Every module this one imports (absolute names), at any level, TYPE_CHECKING blocks left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join([*base, node.module] if node.module else base)
            else:
                mod = node.module or ""
            submodules = [f"{mod}.{a.name}" for a in node.names if f"{mod}.{a.name}" in MODULES]
            found.extend(submodules)  # "from . import render" imports the module render …
            if len(submodules) < len(node.names):  # … while "from .rules import Verdict" uses the package
                found.append(mod)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


GRAPH = {name: sorted({m for m in _imports(name, path) if m in MODULES and m != name})
         for name, path in MODULES.items()}


def _cycle() -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def dfs(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in GRAPH[node]:
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := dfs(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(GRAPH):
        if start not in state and (found := dfs(start)):
            return found
    return None


def test_the_graph_is_read() -> None:
    """The checks below see the real imports (a parser that found none would pass them all)."""
    assert "assistant.chat" in GRAPH["assistant.bootstrap"]
    assert "assistant.adapters.chroma" in GRAPH["assistant.bootstrap"]  # a function-level import counts
    assert "assistant.rules.model" not in GRAPH["assistant.types"]  # under TYPE_CHECKING: left out


def test_no_import_cycle_in_assistant() -> None:
    assert _cycle() is None, " → ".join(_cycle() or [])


def test_only_adapters_import_the_frameworks() -> None:
    offenders = []
    for name, path in MODULES.items():
        if name.startswith("assistant.adapters"):
            continue
        for mod in _imports(name, path):
            if mod.split(".")[0] in FRAMEWORKS:
                offenders.append(f"{name} imports {mod}")
    assert not offenders, offenders


def test_the_core_does_not_import_bootstrap_or_the_ui() -> None:
    """The composition root and the edges (CLI, UI) depend on the core, never the other way round."""
    core = ("assistant.types", "assistant.ports", "assistant.chat", "assistant.ingest", "assistant.retrieval",
            "assistant.rules", "assistant.answer", "assistant.adapters", "assistant.sources")
    offenders = [f"{name} imports {mod}" for name in GRAPH if name.startswith(core)
                 for mod in GRAPH[name] if mod.startswith(("assistant.bootstrap", "assistant.ui", "assistant.cli"))]
    assert not offenders, offenders


def _module_caches(name: str, path: Path) -> set[str]:
    """Module-level mutable state: cached functions with arguments, and module-level containers that are
    mutated anywhere in the module (a constant table that is never changed is fine)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    containers: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for dec in node.decorator_list:
                target = dec.func if isinstance(dec, ast.Call) else dec
                label = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
                has_args = bool(node.args.args or node.args.kwonlyargs or node.args.vararg)
                if label in {"cache", "lru_cache"} and has_args:  # a zero-argument one is a lazy constant
                    found.add(node.name)
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        if value is not None and (isinstance(value, (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp,
                                                     ast.SetComp)) or (
                isinstance(value, ast.Call) and getattr(value.func, "id", getattr(value.func, "attr", ""))
                in CONTAINERS)):
            containers.update(t.id for t in targets if isinstance(t, ast.Name))
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del)) \
                and isinstance(node.value, ast.Name) and node.value.id in containers:
            found.add(node.value.id)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id in containers \
                and node.func.attr in MUTATORS:
            found.add(node.func.value.id)
        elif isinstance(node, ast.ClassDef):  # class-level caches (cls._cache[...] = ...)
            for stmt in node.body:
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) \
                        and "ClassVar" in ast.unparse(stmt.annotation) and isinstance(stmt.value, ast.Dict):
                    found.add(f"{node.name}.{stmt.target.id}")
    return found


def test_no_module_level_caches_outside_the_allow_list() -> None:
    found = {(name, var) for name, path in MODULES.items() for var in _module_caches(name, path)}
    assert found - ALLOWED_CACHES - PURE_MEMOS == set(), sorted(found - ALLOWED_CACHES - PURE_MEMOS)
    assert found >= ALLOWED_CACHES | PURE_MEMOS, "an allowed cache is gone: take it off the list"


def test_the_cache_check_finds_a_cache(tmp_path: Path) -> None:
    """The detector itself: each kind of module state it is meant to catch is caught."""
    src = tmp_path / "m.py"
    src.write_text(
        "from functools import lru_cache\nfrom typing import ClassVar\n_CACHE = {}\nTABLE = {'a': 1}\n"
        "def get(k):\n    _CACHE[k] = 1\n    return TABLE[k]\n"
        "@lru_cache(maxsize=8)\ndef f(x):\n    return x\n"
        "@lru_cache(maxsize=1)\ndef constant():\n    return 1\n"
        "class Book:\n    _cache: ClassVar[dict[str, int]] = {}\n", encoding="utf-8")
    assert _module_caches("m", src) == {"_CACHE", "f", "Book._cache"}
