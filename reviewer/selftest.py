"""`reviewer --self-test`: prove an installation works, end to end, offline.

Runs the way a reviewer would use the app, on the bundled sample contracts
(``resources/samples/``): review each one, write every export into a
temporary folder and read each file back with an independent library
(openpyxl, csv, json, python-docx, pypdf), then start the main
window on Qt's offscreen platform, open a sample in it and close it.

One line per check (``PASS``/``FAIL``), exit status 0 only when all pass.
It is what a PyInstaller bundle runs to show nothing was left out of it
(a missing data file, Qt plugin or hidden import fails a named check), and
what support asks a user to run. Nothing is written outside the temporary
folder: the window gets its own ``REVIEWER_DATA_DIR`` there.

Qt is not imported here; the GUI check goes through `reviewer.gui`, only
when it runs.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, TextIO, TypeVar

import reviewer
from reviewer.checklist.model import Checklist
from reviewer.language import Language
from reviewer.review import Review, Status

T = TypeVar("T")
CONTRACT_SUFFIXES = (".pdf", ".docx")
GUI_TIMEOUT_S = 120.0


class CheckFailed(Exception):
    """A result that was produced but is wrong (the message says how)."""


def samples_dir() -> Path:
    """``resources/samples`` next to the package (the repository or the bundle
    root), else the wheel's ``share/contract-reviewer/samples``."""
    from reviewer.resources import resource_dir

    return resource_dir("samples")


def sample_contracts(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in CONTRACT_SUFFIXES)


class SelfTest:
    """Runs named checks, prints one line each and remembers the failures."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stdout
        self.passed = 0
        self.failed: list[str] = []

    def check(self, name: str, fn: Callable[[], tuple[T, str]]) -> T | None:
        """Run ``fn`` (returning ``(value, detail)``); print PASS/FAIL with the time."""
        start = time.perf_counter()
        try:
            value, detail = fn()
        except Exception as exc:  # a self-test reports every failure and goes on
            self.failed.append(name)
            why = str(exc) if isinstance(exc, CheckFailed) else \
                "".join(traceback.format_exception_only(exc)).strip()
            self._line(f"FAIL  {name}: {why}")
            return None
        self.passed += 1
        took = time.perf_counter() - start
        self._line(f"PASS  {name}" + (f": {detail}" if detail else "") + f" [{took:.2f} s]")
        return value

    def _line(self, text: str) -> None:
        print(text, file=self.out, flush=True)


# -- the checks ------------------------------------------------------------------


def run_selftest(out: TextIO | None = None, samples: Path | None = None, gui: bool = True,
                 keep: Path | None = None) -> int:
    """Run every check; 0 when all pass, 1 otherwise. ``keep``: write exports there."""
    out = out or sys.stdout  # at call time: tests and the GUI may swap sys.stdout
    started = time.perf_counter()
    st = SelfTest(out)
    frozen = getattr(sys, "frozen", False)
    print(f"Contract Reviewer {reviewer.__version__} self-test "
          f"({'bundle' if frozen else 'from source'}, Python {sys.version.split()[0]}, "
          f"{sys.platform})", file=out, flush=True)
    folder = samples or samples_dir()
    with _workdir(keep) as work:
        checklist = st.check("built-in checklist loads", _load_checklist)
        contracts = st.check("sample contracts present", lambda: _find_samples(folder))
        if checklist is not None:
            for contract in contracts or []:
                _check_contract(st, checklist, contract, work)
        if gui:
            # A PDF if there is one: the window then renders pages with PDFium too.
            pdfs = [c for c in contracts or [] if c.suffix.lower() == ".pdf"]
            first = (pdfs or contracts or [])[:1]
            _check_gui(st, first[0] if first else None, work)
    total = time.perf_counter() - started
    if st.failed:
        print(f"self-test FAILED: {len(st.failed)} of {st.passed + len(st.failed)} checks "
              f"failed ({', '.join(st.failed)}) in {total:.1f} s", file=out, flush=True)
        return 1
    print(f"self-test passed: {st.passed} checks in {total:.1f} s", file=out, flush=True)
    return 0


@contextmanager
def _workdir(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="reviewer-selftest-") as tmp:
        yield Path(tmp)


def _load_checklist() -> tuple[Checklist, str]:
    from reviewer.checklist import default_checklist
    from reviewer.checklist.loader import checklists_dir

    checklist = default_checklist()
    return checklist, f"{checklist.id} v{checklist.version}, {len(checklist.items)} items " \
                      f"from {checklists_dir()}"


def _find_samples(folder: Path) -> tuple[list[Path], str]:
    found = sample_contracts(folder)
    if not found:
        raise CheckFailed(f"no .pdf or .docx contracts in {folder}")
    return found, ", ".join(p.name for p in found)


def _check_contract(st: SelfTest, checklist: Checklist, contract: Path, work: Path) -> None:
    from reviewer.api import review

    def do_review() -> tuple[Review, str]:
        result = review(contract, checklist)
        _expect_items(checklist, [(f.item_id, f.status.value) for f in result.findings],
                      {s.value for s in Status}, "review")
        counts = {s: sum(1 for f in result.findings if f.status == s) for s in Status}
        return result, (f"{len(result.findings)} items, "
                        + ", ".join(f"{n} {s.value}" for s, n in counts.items())
                        + f", score {result.score:.1f}")

    result = st.check(f"review {contract.name}", do_review)
    if result is None:
        return
    lang = Language.or_english(result.document.language)
    stem = contract.stem
    for name, write_and_verify in _exports(result, checklist, lang).items():
        target = work / f"{stem}.{name}"
        st.check(f"export {name} ({lang}) of {contract.name}", partial(write_and_verify, target))


def _exports(result: Review, checklist: Checklist, lang: Language
             ) -> dict[str, Callable[[Path], tuple[None, str]]]:
    """File suffix -> write that export to the path and read it back."""
    from reviewer import export
    from reviewer.export.labels import label, status_label

    ids = [i.id for i in checklist.items]
    titles = {i.id: i.title.get(lang) for i in checklist.items}
    statuses = {status_label(s, lang) for s in Status}
    with_evidence = {f.item_id for f in result.findings if f.evidence}

    def xlsx(path: Path) -> tuple[None, str]:
        import openpyxl

        # the internal workbook: every column the CSV has (the vendor's is a subset)
        export.write_checklist_xlsx(result, path, lang=lang, checklist=checklist,
                                    audience="internal")
        ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
        return None, _verify_table(rows, checklist, statuses, lang, label)

    def csv_(path: Path) -> tuple[None, str]:
        export.write_checklist_csv(result, path, lang=lang, checklist=checklist)
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        return None, _verify_table(rows, checklist, statuses, lang, label)

    def json_(path: Path) -> tuple[None, str]:
        export.write_json(result, path, lang=lang, checklist=checklist)
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("schema") != "contract-review/1":
            raise CheckFailed(f"schema is {data.get('schema')!r}, not 'contract-review/1'")
        _expect_items(checklist, [(i["id"], i["status"]) for i in data["items"]],
                      {s.value for s in Status}, "JSON")
        return None, f"{len(data['items'])} items, schema {data['schema']}"

    def docx_report(path: Path) -> tuple[None, str]:
        import docx

        export.write_docx_report(result, path, lang=lang, checklist=checklist)
        doc = docx.Document(str(path))
        text = "\n".join([p.text for p in doc.paragraphs]
                         + [c.text for t in doc.tables for r in t.rows for c in r.cells])
        _expect_titles(text, titles, ids, "DOCX report")
        return None, f"{len(doc.paragraphs)} paragraphs, every item title present"

    def pdf_report(path: Path) -> tuple[None, str]:
        import pypdf

        export.write_pdf_report(result, path, lang=lang, checklist=checklist)
        reader = pypdf.PdfReader(str(path))
        pages = len(reader.pages)
        text = "".join(p.extract_text() or "" for p in reader.pages)
        _expect_titles(text, titles, ids, "PDF report")
        return None, f"{pages} pages, every item title present"

    def annotated(path: Path) -> tuple[None, str]:
        path = path.with_suffix(Path(result.document.path).suffix.lower())
        copy = export.write_annotated_copy(result, path, lang=lang, checklist=checklist)
        placed = _annotated_items(copy.path, titles)
        missing = with_evidence - placed - set(copy.unplaced)
        if missing:
            raise CheckFailed(f"no note for {', '.join(sorted(missing))} in {copy.path.name}")
        return None, f"{copy.notes} notes on {len(placed)} items, {len(copy.unplaced)} unplaced"

    return {"xlsx": xlsx, "csv": csv_, "json": json_, "report.docx": docx_report,
            "report.pdf": pdf_report, "annotated": annotated}


def _expect_items(checklist: Checklist, pairs: list[tuple[str, str]], valid: set[str],
                  where: str) -> None:
    """Every checklist item once, each with a valid status."""
    got = [item_id for item_id, _ in pairs]
    want = [i.id for i in checklist.items]
    if sorted(got) != sorted(want):
        lost = sorted(set(want) - set(got))
        extra = sorted(set(got) - set(want))
        raise CheckFailed(f"{where} items differ from the checklist (missing: {lost or '-'}, "
                          f"unexpected: {extra or '-'}, {len(got)} rows for {len(want)} items)")
    bad = [f"{item_id}={status!r}" for item_id, status in pairs if status not in valid]
    if bad:
        raise CheckFailed(f"{where} has invalid statuses: {', '.join(bad)}")


def _verify_table(rows: list[list[str]], checklist: Checklist, statuses: set[str], lang: Language,
                  label: Callable[[str, Language], str]) -> str:
    """The vendor checklist (XLSX sheet or CSV): an item-id and a status column."""
    if not rows:
        raise CheckFailed("the table is empty")
    header = rows[0]
    status_header = label("status", lang)
    if "item-id" not in header or status_header not in header:
        raise CheckFailed(f"header lacks 'item-id' or '{status_header}': {header}")
    id_col, status_col = header.index("item-id"), header.index(status_header)
    body = [r for r in rows[1:] if len(r) > id_col and r[id_col]]
    _expect_items(checklist, [(r[id_col], r[status_col]) for r in body], statuses, "table")
    return f"{len(body)} rows, {len(header)} columns"


def _expect_titles(text: str, titles: dict[str, str], ids: list[str], where: str) -> None:
    # Reports wrap long titles over lines: compare without any whitespace.
    flat = "".join(text.split())
    lost = [i for i in ids if "".join(titles[i].split()) not in flat]
    if lost:
        raise CheckFailed(f"{where} lacks the items {', '.join(lost)}")


def _annotated_items(path: Path, titles: dict[str, str]) -> set[str]:
    """Item ids that have a note in the commented copy, read back from the file."""
    if path.suffix == ".pdf":
        import pypdf

        ids: set[str] = set()
        for page in pypdf.PdfReader(str(path)).pages:
            for ref in page.get("/Annots") or []:
                name = str(ref.get_object().get("/NM", ""))
                if name.startswith("reviewer:"):  # reviewer:<page>:<n>:<id>,<id>...
                    ids.update(name.rsplit(":", 1)[-1].split(","))
        return ids
    import docx

    text = "\n".join(c.text for c in docx.Document(str(path)).comments)
    return {item_id for item_id, title in titles.items() if f"{title} — " in text}


# -- the window --------------------------------------------------------------------


class _RecordingPresenter:
    """Answers the window's questions without a dialog, and keeps its errors."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, title: str, text: str, details: str = "") -> None:
        self.errors.append(f"{title}: {text}")

    def info(self, title: str, text: str) -> None:
        pass

    def confirm(self, title: str, text: str) -> bool:
        return True

    def ask_password(self, file_name: str, wrong: bool) -> str | None:
        return None

    def ask_save_changes(self, name: str) -> Any:
        from reviewer.gui.messages import SaveChoice

        return SaveChoice.DISCARD

    def ask_save_playbook(self, name: str) -> Any:
        return self.ask_save_changes(name)


def _platform_plugins() -> tuple[None, str]:
    """Load Qt's X11 and offscreen platform plugins the way Qt would (Linux).

    "Could not load the Qt platform plugin xcb" is how a desktop without
    libxcb1, libgl1 or libegl1 shows itself; the window check below runs
    offscreen and would not notice. Loading the plugin file names the
    missing library.
    """
    import ctypes
    import importlib.util

    if not sys.platform.startswith("linux"):
        return None, f"not checked on {sys.platform}"
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise CheckFailed("PySide6 is not installed: the window cannot open")
    folder = Path(spec.origin).parent / "Qt" / "plugins" / "platforms"
    for name in ("libqxcb.so", "libqoffscreen.so"):
        path = folder / name
        if not path.is_file():
            raise CheckFailed(f"{path} is missing: reinstall Contract Reviewer")
        try:
            ctypes.CDLL(str(path))
        except OSError as exc:
            raise CheckFailed(
                f"{name} cannot be loaded ({exc}). Install the system package that provides "
                "the missing library (Debian/Ubuntu: libgl1 libegl1 libxcb1 libxkbcommon-x11-0 "
                "libxcb-cursor0)") from None
    return None, f"xcb and offscreen load from {folder}"


def _check_gui(st: SelfTest, contract: Path | None, work: Path) -> None:
    # Offscreen: the self-test runs on servers and CI, and must not flash a
    # window at a user. Set before the QApplication exists.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["REVIEWER_DATA_DIR"] = str(work / "app-data")  # settings, log, recovery
    state: dict[str, Any] = {}

    def start() -> tuple[None, str]:
        from reviewer.gui.app import application
        from reviewer.gui.main_window import MainWindow
        from reviewer.gui.settings import AppSettings, data_dir

        app = application()
        presenter = _RecordingPresenter()
        window = MainWindow(AppSettings(), data_dir(), presenter=presenter)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise CheckFailed("the main window did not show")
        state.update(app=app, window=window, presenter=presenter)
        return None, f"platform {app.platformName()}, {window.width()}x{window.height()}"

    def translations() -> tuple[None, str]:
        from reviewer.gui.i18n import Translations, translations_dir

        t = Translations(state["app"])
        ok = t.set_language("zh")
        t.set_language("en")
        if not ok:
            raise CheckFailed(f"reviewer_zh_CN.qm not loadable from {translations_dir()}")
        return None, "zh_CN catalogue loads"

    def open_contract() -> tuple[None, str]:
        app, window = state["app"], state["window"]
        done: list[bool] = []
        window.controller.reviewReady.connect(lambda: done.append(True))
        window.controller.open_path(str(contract))
        deadline = time.monotonic() + GUI_TIMEOUT_S
        # Poll rather than exec(): the review runs on the window's thread pool
        # and reports back through queued signals that processEvents delivers.
        while not (done and not window.controller.busy) and time.monotonic() < deadline:
            if state["presenter"].errors:
                raise CheckFailed("; ".join(state["presenter"].errors))
            app.processEvents()
            time.sleep(0.01)
        if window.state.review is None:
            raise CheckFailed(f"no review after {GUI_TIMEOUT_S:.0f} s")
        return None, f"{len(window.state.review.findings)} items in the checklist pane"

    def close() -> tuple[None, str]:
        app, window = state["app"], state["window"]
        window.state.undo_stack.setClean()  # nothing to ask on close
        window.close()
        app.processEvents()
        if window.isVisible():
            raise CheckFailed("the main window did not close")
        return None, ""

    st.check("GUI: Qt platform plugins", _platform_plugins)
    st.check("GUI: main window shown (offscreen)", start)
    if "window" not in state:
        return  # no window: the other GUI checks cannot run
    st.check("GUI: Chinese translations", translations)
    if contract is not None:
        st.check(f"GUI: open and review {contract.name}", open_contract)
    st.check("GUI: main window closed", close)
