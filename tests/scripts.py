"""A script of the repository (a file run by path, not a module of a package) loaded as a module.

`tests/corpus/build.py`, `tests/corpus_real/check.py`, `agreement.py` and
`verbatim.py` are scripts reviewers and labellers run by path; tests and tools
use them as modules. Each is loaded once per process under one name, so every
user shares the same module (its classes and caches) instead of a copy each.
(The benchmarks keep their own loader: they may run against another checkout.)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(path: Path, name: str) -> ModuleType:
    """The script at `path` (relative to the repository, or absolute) as module `name`, loaded once."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path if path.is_absolute() else ROOT / path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # before running it: a dataclass in it looks its module up
    spec.loader.exec_module(module)
    return module


def corpus_builder() -> ModuleType:
    """tests/corpus/build.py, which turns corpus markup into real DOCX and PDF files."""
    return load_script(Path("tests/corpus/build.py"), "corpus_build")
