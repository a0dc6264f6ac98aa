"""The optional LLM backends: langchain chat models behind :class:`assistant.ports.ChatModel`
(``stream(system, user) -> Iterator[str]``). The only module that imports langchain or a chat-model integration.

``WLZ_LLM__BACKEND``:

* ``ollama``   → :class:`langchain_ollama.ChatOllama` (``WLZ_LLM__MODEL``, ``WLZ_LLM__BASE_URL``)
* ``openai``   → :class:`langchain_openai.ChatOpenAI` with ``base_url`` (vLLM, llama.cpp server, LM Studio,
  Azure-compatible endpoints, OpenAI itself)
* ``llamacpp`` → a local GGUF file through ``llama-cpp-python`` (extra ``gguf``), wrapped here as a small
  :class:`~langchain_core.language_models.BaseChatModel`

Every import is lazy: the default product (backend ``none``) never loads any of this.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ModelError
from ..settings import LLMSettings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

INSTALL_LLM = "Installeer de LLM-koppelingen met: pip install 'wlz-assistent[llm]'"
INSTALL_GGUF = (
    "llama-cpp-python is niet geïnstalleerd. Installeer het met: "
    "CMAKE_ARGS=\"-DLLAMA_CURL=OFF\" pip install 'wlz-assistent[gguf]' (bouwen duurt enkele minuten)."
)
MAX_TOKENS = 512


class LangchainChat:
    """A langchain chat model as a :class:`~assistant.ports.ChatModel`: the messages are built here."""

    def __init__(self, model: BaseChatModel, close: Any = None) -> None:
        self.model = model
        self._close = close

    def stream(self, system: str, user: str) -> Iterator[str]:
        from langchain_core.messages import HumanMessage, SystemMessage

        for chunk in self.model.stream([SystemMessage(content=system), HumanMessage(content=user)]):
            text = chunk.content if isinstance(chunk.content, str) else _text_of(chunk.content)
            if text:
                yield text

    def close(self) -> None:
        """Free a loaded local model now (llama-cpp-python's own finaliser can fail at interpreter exit)."""
        if callable(self._close):
            self._close()
            self._close = None


def _text_of(content: Any) -> str:
    if isinstance(content, list):
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content or "")


def make_chat_model(llm: LLMSettings) -> LangchainChat:
    """The chat model for these settings; raises ModelError (Dutch) when it cannot be made."""
    if llm.backend == "llamacpp":
        return _llamacpp_model(llm)
    return LangchainChat(_langchain_model(llm))


def _langchain_model(llm: LLMSettings) -> BaseChatModel:
    if llm.backend == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError as exc:
            raise ModelError(f"langchain-ollama ontbreekt. {INSTALL_LLM}") from exc
        kwargs: dict[str, Any] = {
            "model": llm.model or "qwen2.5:1.5b-instruct",
            "temperature": llm.temperature,
            "num_predict": MAX_TOKENS,
            "client_kwargs": {"timeout": llm.timeout_s},
        }
        if llm.base_url:
            kwargs["base_url"] = llm.base_url
        return ChatOllama(**kwargs)
    if llm.backend == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:
            raise ModelError(f"langchain-openai ontbreekt. {INSTALL_LLM}") from exc
        if not llm.model:
            raise ModelError("Geef de modelnaam op met WLZ_LLM__MODEL (backend 'openai').")
        return ChatOpenAI(
            model=llm.model,
            base_url=llm.base_url or None,
            api_key=llm.api_key or "not-needed",
            timeout=llm.timeout_s,
            max_retries=0,
            temperature=llm.temperature,
            max_completion_tokens=MAX_TOKENS,
        )
    raise ModelError(f"Geen taalmodel ingesteld (WLZ_LLM__BACKEND={llm.backend!r}).")


# --- llama-cpp-python ---------------------------------------------------------------------------------------
def _gguf_path(llm: LLMSettings) -> Path:
    if llm.gguf_path is not None:
        path = Path(llm.gguf_path).expanduser()
    else:
        from ..provision.llm import default_gguf_path

        path = default_gguf_path()
    if not path.exists():
        raise ModelError(
            f"Het GGUF-model {path} bestaat niet. Zet WLZ_LLM__GGUF_PATH of voer uit: python -m assistant.provision.llm pull"
        )
    return path


def _load_llama(path: str, n_ctx: int) -> Any:
    try:
        from llama_cpp import Llama
    except ImportError as exc:
        raise ModelError(INSTALL_GGUF) from exc
    return Llama(model_path=path, n_ctx=n_ctx, verbose=False)


def _llamacpp_model(llm: LLMSettings, n_ctx: int = 4096) -> LangchainChat:
    path = _gguf_path(llm)
    llama = _load_llama(str(path), n_ctx)
    cls = _llamacpp_class()
    model = cls(llama=llama, temperature=llm.temperature, max_tokens=MAX_TOKENS, model_name=path.name)
    return LangchainChat(model, close=getattr(llama, "close", None))


def _llamacpp_class() -> type[BaseChatModel]:
    """A minimal chat model over ``llama_cpp.Llama.create_chat_completion`` (the GGUF's own chat template)."""

    from langchain_core.callbacks import CallbackManagerForLLMRun
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
    from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
    from pydantic import ConfigDict

    roles = {"system": "system", "human": "user", "ai": "assistant"}
    lock = threading.Lock()  # one Llama context is not safe for concurrent generation

    def to_dicts(messages: list[BaseMessage]) -> list[dict[str, str]]:
        return [{"role": roles.get(m.type, "user"), "content": str(m.content)} for m in messages]

    class LlamaCppChat(BaseChatModel):
        model_config = ConfigDict(arbitrary_types_allowed=True)

        llama: Any
        temperature: float = 0.0
        max_tokens: int = MAX_TOKENS
        model_name: str = "gguf"

        @property
        def _llm_type(self) -> str:
            return "wlz-llamacpp"

        def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                      run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
            with lock:
                out = self.llama.create_chat_completion(
                    messages=to_dicts(messages), temperature=self.temperature, max_tokens=self.max_tokens, stop=stop,
                )
            text = out["choices"][0]["message"].get("content") or ""
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

        def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                    run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
            with lock:
                for part in self.llama.create_chat_completion(
                    messages=to_dicts(messages), temperature=self.temperature, max_tokens=self.max_tokens,
                    stop=stop, stream=True,
                ):
                    delta = part["choices"][0].get("delta", {}).get("content")
                    if not delta:
                        continue
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                    if run_manager is not None:
                        run_manager.on_llm_new_token(delta, chunk=chunk)
                    yield chunk

    return LlamaCppChat
