"""Scanned pages of a PDF read by OCR, as text fragments the layout code knows.

`read_scans` renders each page that has a picture and no text layer at
`ocr.DPI`, runs Tesseract on it (`reviewer.ingest.ocr`, as many pages at once
as there are cores), and turns the words into `Fragment`s and the ruling
lines found in the picture into `Rule`s, in page points, so `pdf_layout` /
`pdf_blocks` build paragraphs, headings and tables from them exactly as from
a text layer (evidence highlights, jumps and the highlighted PDF work on
scans; a ruled table on a scan becomes a table). Progress is per page; cancel stops the running Tesseract
processes. Results are cached per file content (SHA-256) in
``$XDG_CACHE_HOME/contract-reviewer/ocr`` (``$REVIEWER_OCR_CACHE`` to move it,
"off" to disable), so a second open is instant.

Pages with a text layer may also hold pictures of text (`ocr_regions`): only
those regions are read, their words placed on the page (``partial`` pages).

`mark_blocks` gives each block built from OCR'd words its mean word confidence
(`Block.ocr_confidence`), which `reviewer.ocr_evidence` uses so that
low-confidence text is never the only ground for "met".
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pypdfium2 as pdfium

from reviewer.document import Block, OcrPage
from reviewer.fingerprint import file_sha256
from reviewer.ingest import ocr
from reviewer.ingest.ocr_regions import Region
from reviewer.ingest.ocr_text import join_words
from reviewer.ingest.pdf_chars import Fragment, Rule
from reviewer.language import CJK_CHAR
from reviewer.progress import CancelToken, ProgressFn, check_cancel

if TYPE_CHECKING:
    from concurrent.futures import Future

# statistics and concurrent.futures are imported where OCR runs: every PDF
# review imports this module, few of them read a page by OCR.

ENV_CACHE = "REVIEWER_OCR_CACHE"
ENV_JOBS = "REVIEWER_OCR_JOBS"
CACHE_FORMAT = 2  # 2: images prepared (ocr_image), ruling lines kept
SCALE = 72.0 / ocr.DPI  # points per pixel


@dataclass
class ScannedPage:
    number: int
    text: ocr.PageText
    langs: str
    partial: bool = False  # only pictures on a page with a text layer were read

    @property
    def width_points(self) -> float:
        return self.text.width * SCALE

    def fragments(self) -> list[Fragment]:
        return _fragments(self.text.words, [r for r in self.text.rules if not r.horizontal])

    def rules(self) -> list[Rule]:
        """The ruling lines found in the picture, in page points."""
        return [Rule(r.x0 * SCALE, r.y0 * SCALE, r.x1 * SCALE, r.y1 * SCALE) for r in self.text.rules]

    def info(self) -> OcrPage:
        return OcrPage(self.number, len(self.text.words), round(ocr.mean_confidence(self.text.words), 1),
                       self.langs)


@dataclass
class Scans:
    pages: dict[int, ScannedPage] = field(default_factory=dict)
    unavailable: bool = False  # scanned pages exist but Tesseract is missing or off

    @property
    def tried(self) -> bool:
        """OCR ran (on at least one page)."""
        return bool(self.pages)

    def summary(self) -> tuple[OcrPage, ...]:
        """The pages OCR found words on."""
        return tuple(self.pages[n].info() for n in sorted(self.pages) if self.pages[n].text.words)

    def warning(self) -> str | None:
        return " ".join(w for w in (self._scanned_warning(), self._pictures_warning()) if w) or None

    def _pictures_warning(self) -> str | None:
        infos = [self.pages[n].info() for n in sorted(self.pages)
                 if self.pages[n].partial and self.pages[n].text.words]
        if not infos:
            return None
        listed = ", ".join(str(i.page) for i in infos)
        mean = sum(i.confidence * i.words for i in infos) / max(1, sum(i.words for i in infos))
        return (f"Pictures of text on page{'s' if len(infos) > 1 else ''} {listed} were read by OCR "
                f"(mean confidence {mean:.0f}%): check quotes from them against the page.")

    def _scanned_warning(self) -> str | None:
        infos = [self.pages[n].info() for n in sorted(self.pages)
                 if not self.pages[n].partial and self.pages[n].text.words]
        if not infos:
            return None
        listed = ", ".join(str(i.page) for i in infos)
        mean = sum(i.confidence * i.words for i in infos) / max(1, sum(i.words for i in infos))
        low = [str(i.page) for i in infos if i.confidence < LOW_PAGE]
        text = (f"Page{'s' if len(infos) > 1 else ''} {listed} had no text layer (scanned) and "
                f"{'were' if len(infos) > 1 else 'was'} read by OCR (mean confidence {mean:.0f}%).")
        if low:
            text += (f" The reading of page(s) {', '.join(low)} is unsure: check quotes from them "
                     "against the scan; an item met only by unsure text is marked vague.")
        return text


LOW_PAGE = 70.0


def _cjk_share(words: list[ocr.Word]) -> float:
    text = "".join(w.text for w in words)
    return len(CJK_CHAR.findall(text)) / len(text) if text else 0.0


def _across(left: ocr.Word, right: ocr.Word, vrules: list[ocr.PixelRule]) -> bool:
    """Whether a vertical rule stands between two words of a line (the
    words are then in two cells of a table)."""
    mid = (left.top + left.bottom) / 2
    return any(left.right - 2 <= v.x0 <= right.left + 2 and v.y0 <= mid <= v.y1 for v in vrules)


def _visual_lines(words: list[ocr.Word]) -> dict[tuple[int, int, int], list[ocr.Word]]:
    """Words grouped by Tesseract's lines, and lines that continue one another
    on the same baseline (mostly overlapping in height, a gap under 1.5 line
    heights) joined: Tesseract sometimes ends a line mid-way and starts
    another block, and two fragments with a narrow gap between them look like
    a column gutter to the layout code."""
    lines: dict[tuple[int, int, int], list[ocr.Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    boxes = {k: [min(w.left for w in v), min(w.top for w in v), max(w.right for w in v),
                 max(w.bottom for w in v)] for k, v in lines.items()}
    for key in sorted(lines, key=lambda k: boxes[k][0]):
        x0, top, x1, bottom = boxes[key]
        for other, (o0, otop, o1, obottom) in boxes.items():
            if other == key or other not in lines or o1 > x0:
                continue
            overlap = min(bottom, obottom) - max(top, otop)
            height = min(bottom - top, obottom - otop)
            if overlap >= 0.6 * height and x0 - o1 < 1.5 * height:
                lines[other] += lines.pop(key)
                boxes[other] = [o0, min(top, otop), x1, max(bottom, obottom)]
                break
    return lines


def _fragments(words: list[ocr.Word], vrules: list[ocr.PixelRule]) -> list[Fragment]:
    """Each Tesseract line cut at wide gaps (over 1.5 line heights) and at
    vertical rules, in points. Lines of about the page's usual height get that
    one font size (boxes vary with ascenders and descenders; the paragraph code
    compares sizes)."""
    lines = _visual_lines(words)
    heights = {key: max(w.bottom - w.top for w in line) for key, line in lines.items()}
    import statistics

    usual = statistics.median(heights.values()) if heights else 0
    out: list[Fragment] = []
    for key, line in lines.items():
        line.sort(key=lambda w: w.left)
        height = heights[key] if heights[key] > 1.25 * usual else usual
        run: list[ocr.Word] = [line[0]]
        for w in line[1:]:
            if w.left - run[-1].right > 1.5 * height or _across(run[-1], w, vrules):
                out.append(_fragment(run, height))
                run = []
            run.append(w)
        out.append(_fragment(run, height))
    return out


def _fragment(run: list[ocr.Word], height: float) -> Fragment:
    text = join_words([w.text for w in run])
    return Fragment(min(w.left for w in run) * SCALE, min(w.top for w in run) * SCALE,
                    max(w.right for w in run) * SCALE, max(w.bottom for w in run) * SCALE,
                    text, round(height * SCALE * 0.9 * 2) / 2, 0, max(0, len(text) - 1))


# -- cache --------------------------------------------------------------------


def _cache_file(sha: str) -> Path | None:
    setting = os.environ.get(ENV_CACHE, "").strip()
    if setting.lower() in ("off", "0", "none"):
        return None
    if setting:
        folder = Path(setting)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "contract-reviewer" / "ocr"
    key = hashlib.sha256(f"{CACHE_FORMAT}|{ocr.DPI}|{ocr.engine_version()}".encode()).hexdigest()[:12]
    return folder / f"{sha}-{key}.json"


def _load_cache(path: Path | None) -> dict[int, ScannedPage]:
    if path is None or not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {int(n): ScannedPage(int(n), ocr.PageText(
            [ocr.Word(int(w[0]), int(w[1]), int(w[2]), int(w[3]), str(w[4]), float(w[5]),
                      (int(w[6][0]), int(w[6][1]), int(w[6][2]))) for w in p["words"]],
            p["width"], p["height"], p.get("turned", 0),
            tuple(ocr.PixelRule(*(int(v) for v in r)) for r in p.get("rules", []))), p["langs"],
            bool(p.get("partial", False))) for n, p in data.items()}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}  # a damaged cache is read again


def _save_cache(path: Path | None, pages: dict[int, ScannedPage]) -> None:
    if path is None:
        return
    from reviewer.atomic import write_json_atomic

    data: dict[str, Any] = {
        str(n): {"width": p.text.width, "height": p.text.height, "turned": p.text.turned, "langs": p.langs,
                 "partial": p.partial,
                 "words": [[w.left, w.top, w.right, w.bottom, w.text, round(w.conf, 2), list(w.line)]
                           for w in p.text.words],
                 "rules": [[r.x0, r.y0, r.x1, r.y1, r.thickness] for r in p.text.rules]}
        for n, p in pages.items()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomic(path, data)
    except Exception:
        pass


# -- reading ------------------------------------------------------------------


def _jobs() -> int:
    env = os.environ.get(ENV_JOBS, "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _render(pdf: pdfium.PdfDocument, number: int, folder: Path, lock: Any,
            region: Region | None = None) -> Path:
    """Page ``number`` (or the ``region`` of it, display points) as a PNG at `ocr.DPI`."""
    target = folder / f"page-{number}{'-' + '-'.join(str(round(v)) for v in region) if region else ''}.png"
    with lock:
        page = pdf[number - 1]
        try:
            crop = (0.0, 0.0, 0.0, 0.0)
            if region is not None:
                width, height = page.get_size()
                if page.get_rotation() % 180:
                    width, height = height, width
                crop = (region[0], height - region[3], width - region[2], region[1])
            bitmap = page.render(scale=ocr.DPI / 72.0, grayscale=True, crop=crop)
            image = bitmap.to_pil()
        finally:
            page.close()
    image.save(target)
    return target


def _read_image(image: Path, langs: str | None, cancel: CancelToken | None) -> tuple[ocr.PageText, str]:
    if langs is None:  # on the page as scanned: the script detection misreads a filtered image
        langs = ocr.langs_for(ocr.detect(image, cancel)[1])
    rules = ocr.prepare_image(image, ocr.upscale_for(langs))
    text = ocr.ocr_image(image, langs, cancel, rules)
    image.unlink(missing_ok=True)
    if langs == ocr.LANGS_EN and _cjk_share(text.words) > 0.3:  # pragma: no cover - defensive
        langs = ocr.LANGS_ZH
    return text, langs


def _placed(text: ocr.PageText, region: Region, k: int) -> tuple[list[ocr.Word], list[ocr.PixelRule]]:
    """A region's words and rules moved onto the whole page's pixels; Tesseract's
    block numbers kept apart per region (the lines are grouped by them)."""
    dx, dy = round(region[0] / SCALE), round(region[1] / SCALE)
    words = [ocr.Word(w.left + dx, w.top + dy, w.right + dx, w.bottom + dy, w.text, w.conf,
                      (w.line[0] + 1000 * k, w.line[1], w.line[2])) for w in text.words]
    rules = [ocr.PixelRule(r.x0 + dx, r.y0 + dy, r.x1 + dx, r.y1 + dy, r.thickness) for r in text.rules]
    return words, rules


def _read_one(pdf: pdfium.PdfDocument, number: int, folder: Path, langs: str | None, lock: Any,
              cancel: CancelToken | None, regions: list[Region] | None = None) -> ScannedPage:
    """One page, or its ``regions``; ``langs`` None: the image's script picks
    them (the first page)."""
    check_cancel(cancel)
    if not regions:
        text, langs = _read_image(_render(pdf, number, folder, lock), langs, cancel)
        return ScannedPage(number, text, langs)
    words: list[ocr.Word] = []
    rules: list[ocr.PixelRule] = []
    with lock:
        page = pdf[number - 1]
        width, height = page.get_size()
        if page.get_rotation() % 180:
            width, height = height, width
        page.close()
    for k, region in enumerate(regions):
        check_cancel(cancel)
        part, langs = _read_image(_render(pdf, number, folder, lock, region), langs, cancel)
        more_words, more_rules = _placed(part, region, k)
        words += more_words
        rules += more_rules
    return ScannedPage(number, ocr.PageText(words, round(width / SCALE), round(height / SCALE), 0,
                                            tuple(rules)), langs or ocr.LANGS_EN, partial=True)


def read_scans(pdf: pdfium.PdfDocument, path: Path, numbers: list[int], lock: Any,
               progress: ProgressFn | None = None, cancel: CancelToken | None = None,
               regions: dict[int, list[Region]] | None = None) -> Scans:
    """OCR the pages ``numbers`` (1-based) of the open ``pdf`` at ``path``, and
    the ``regions`` (pictures of text) of pages with a text layer."""
    out = Scans()
    regions = regions or {}
    jobs = sorted({*numbers, *regions})
    if not jobs:
        return out
    if ocr.tesseract_binary() is None:
        out.unavailable = True
        return out
    cache = _cache_file(file_sha256(path))
    out.pages = {n: p for n, p in _load_cache(cache).items() if n in jobs and p.partial == (n in regions)}
    todo = [n for n in jobs if n not in out.pages]
    report = progress or (lambda fraction, message: None)
    total = len(jobs)

    def done(page: ScannedPage) -> None:
        out.pages[page.number] = page
        count = len(out.pages)
        what = "pictures on page" if page.partial else "scanned page"
        report(0.95 * count / total, f"Read {what} {page.number} by OCR ({count} of {total})")

    if todo:
        with tempfile.TemporaryDirectory(prefix="reviewer-ocr-") as tmp:
            _read_all(pdf, todo, Path(tmp), lock, cancel, done, regions)
        _save_cache(cache, out.pages)
    return out


def _read_all(pdf: pdfium.PdfDocument, todo: list[int], folder: Path, lock: Any,
              cancel: CancelToken | None, done: Callable[[ScannedPage], None],
              regions: dict[int, list[Region]]) -> None:
    """The first page alone (it picks the language), then the rest in parallel."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    first = _read_one(pdf, todo[0], folder, None, lock, cancel, regions.get(todo[0]))
    done(first)
    langs = first.langs
    pending: set[Future[ScannedPage]] = set()
    with ThreadPoolExecutor(max_workers=_jobs()) as pool:
        try:
            for n in todo[1:]:
                pending.add(pool.submit(_read_one, pdf, n, folder, langs, lock, cancel, regions.get(n)))
            while pending:
                finished, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for fut in finished:
                    done(fut.result())
                check_cancel(cancel)
        finally:
            for fut in pending:
                fut.cancel()


# -- confidence on blocks -----------------------------------------------------


def _words_in(boxes: list[tuple[int, float, float, float, float]], scans: Scans) -> list[ocr.Word]:
    found: list[ocr.Word] = []
    for page, x0, top, x1, bottom in boxes:
        scanned = scans.pages.get(page)
        if scanned is None:
            continue
        for w in scanned.text.words:
            cx, cy = (w.left + w.right) / 2 * SCALE, (w.top + w.bottom) / 2 * SCALE
            if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1:
                found.append(w)
    return found


def mark_blocks(blocks: tuple[Block, ...], scans: Scans) -> tuple[Block, ...]:
    """Blocks on OCR'd pages with their mean word confidence set."""
    if not scans.pages:
        return blocks
    out = []
    for b in blocks:
        boxes = [(x.page, x.x0, x.top, x.x1, x.bottom) for x in b.location.boxes]
        if b.table is not None:
            boxes += [(x.page, x.x0, x.top, x.x1, x.bottom) for r in b.table.rows for x in r.location.boxes]
        words = _words_in(boxes, scans)
        if words:
            b = dataclasses.replace(b, ocr_confidence=round(ocr.mean_confidence(words), 1))
        elif any(p in scans.pages and not scans.pages[p].partial for p in b.location.pages):
            import statistics

            b = dataclasses.replace(b, ocr_confidence=round(statistics.fmean(
                [scans.pages[p].info().confidence for p in b.location.pages
                 if p in scans.pages and not scans.pages[p].partial]), 1))
        out.append(b)
    return tuple(out)
