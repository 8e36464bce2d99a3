"""OCR of one page image with Tesseract 5: words, boxes and confidences.

The Tesseract command-line program is run with TSV output (one row per word
with its box and confidence), offline, one process per page with one thread
each (``OMP_THREAD_LIMIT=1``; `ocr_pages` runs as many pages at once as the
machine has cores). Where it is found: ``$REVIEWER_TESSERACT``, then
``ocr/bin/tesseract`` beside the package (the desktop bundle), then ``PATH``;
the language data: ``$TESSDATA_PREFIX``, then ``ocr/tessdata`` beside the
package, then Tesseract's own default.

Languages: English and Simplified Chinese (Debian ``tesseract-ocr-eng`` and
``tesseract-ocr-chi-sim``). A Chinese page is read with ``chi_sim`` alone:
its model reads the Latin words of a Chinese contract (SDK, TLS 1.3) well
enough, and adding ``eng`` made Tesseract switch models mid-line and read
Chinese characters as Latin garbage (character error 19 % -> 14 % on the
benchmark pages). The image is prepared first (`ocr_image`: specks removed,
straightened, ruling lines found and painted out). A page upside down or on
its side is turned upright (Tesseract's orientation detection, ``osd``), and
the word boxes are mapped back onto the page as displayed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import ReviewerError
from reviewer.progress import CancelToken

ENV_BINARY = "REVIEWER_TESSERACT"
ENV_OFF = "REVIEWER_NO_OCR"  # "1": scanned pages are not read (as before OCR existed)
DPI = 300
LANGS_EN = "eng"
LANGS_ZH = "chi_sim"
MIN_WORD_CONF = 20.0  # below, a "word" of no letter or digit is a speck or a rule: dropped
_WORDLIKE = re.compile(r"[^\W_]{2,}")
PAGE_TIMEOUT = 300.0  # seconds for one page before it is given up


class OcrFailed(ReviewerError):
    """Tesseract could not read a page (missing language data, crash, timeout)."""


@dataclass(frozen=True)
class PixelRule:
    """A ruling line found in a page image (`ocr_image.find_rules`), in pixels:
    horizontal when y0 == y1."""

    x0: int
    y0: int
    x1: int
    y1: int
    thickness: int

    @property
    def horizontal(self) -> bool:
        return self.y0 == self.y1


@dataclass(frozen=True)
class Word:
    """One recognised word; box in pixels of the page image (top-left origin)."""

    left: int
    top: int
    right: int
    bottom: int
    text: str
    conf: float  # 0-100
    line: tuple[int, int, int]  # (block, paragraph, line) as Tesseract numbered them


def _bundle_root() -> Path:
    import reviewer

    return Path(reviewer.__file__).resolve().parent.parent / "ocr"


def tesseract_binary() -> str | None:
    """The Tesseract program to run, or None when OCR is off or unavailable."""
    if os.environ.get(ENV_OFF, "").strip() not in ("", "0"):
        return None
    override = os.environ.get(ENV_BINARY)
    if override:
        return override if Path(override).exists() else None
    bundled = _bundle_root() / "bin" / "tesseract"
    if bundled.exists():
        return str(bundled)
    return shutil.which("tesseract")


def _environment() -> dict[str, str]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    data = _bundle_root() / "tessdata"
    if "TESSDATA_PREFIX" not in env and data.is_dir():
        env["TESSDATA_PREFIX"] = str(data)
    if (_bundle_root() / "bin" / "tesseract").exists():  # the bundle: its libraries sit at its root
        lib = str(_bundle_root().parent)
        env["LD_LIBRARY_PATH"] = os.pathsep.join(p for p in (lib, env.get("LD_LIBRARY_PATH", "")) if p)
    return env


def engine_version() -> str:
    """Tesseract's version line (part of the OCR cache key)."""
    binary = tesseract_binary()
    if binary is None:
        return ""
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, env=_environment(),
                         timeout=30, check=False)
    return (out.stdout or out.stderr).splitlines()[0].strip() if (out.stdout or out.stderr) else ""


def _run(args: list[str], cancel: CancelToken | None) -> str:
    """Run Tesseract, polling ``cancel``; the process is killed on cancel."""
    binary = tesseract_binary()
    if binary is None:
        raise OcrFailed("OCR is not available: the Tesseract program was not found. Install "
                        "tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-chi-sim.")
    proc = subprocess.Popen([binary, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_environment(), text=True)
    deadline = time.monotonic() + PAGE_TIMEOUT
    try:
        while True:
            try:
                out, err = proc.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if cancel is not None and cancel.cancelled:
                    proc.kill()
                    proc.communicate()
                    cancel.check()
                if time.monotonic() > deadline:
                    proc.kill()
                    proc.communicate()
                    raise OcrFailed("OCR of a page took longer than "
                                    f"{PAGE_TIMEOUT:.0f} s and was stopped.") from None
    finally:
        if proc.poll() is None:
            proc.kill()
    if proc.returncode != 0:
        raise OcrFailed(f"OCR failed: {err.strip().splitlines()[-1] if err.strip() else proc.returncode}. "
                        "Check that tesseract-ocr-eng and tesseract-ocr-chi-sim are installed.")
    return out


def parse_tsv(tsv: str) -> list[Word]:
    """Tesseract's TSV (level 5 rows are words) into Words, blanks dropped."""
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text or (float(cols[10]) < MIN_WORD_CONF and not _WORDLIKE.search(text)):
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        words.append(Word(left, top, left + width, top + height, text, max(0.0, float(cols[10])),
                          (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def _isolated(i: int, words: list[Word], gap: float) -> bool:
    """Whether ``words[i]`` stands apart from the words beside it on its line."""
    w = words[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(words) and words[j].line == w.line:
            o = words[j]
            if min(abs(w.left - o.right), abs(o.left - w.right)) <= gap:
                return False
    return True


def drop_specks(words: list[Word]) -> list[Word]:
    """Marks of ASCII punctuation only ("-", ".", ";") far smaller than the
    page's letters and standing apart from the words beside them: specks of
    the scan Tesseract read as marks (they ended table cells as "Definition
    ;"). A comma or full stop right after its word, and Chinese punctuation,
    are kept."""
    heights = sorted(w.bottom - w.top for w in words if _WORDLIKE.search(w.text))
    if not heights:
        return words
    usual = heights[len(heights) // 2]
    return [w for i, w in enumerate(words)
            if any(c.isalnum() or ord(c) > 0x2000 for c in w.text)
            or max(w.right - w.left, w.bottom - w.top) >= 0.3 * usual
            or not _isolated(i, words, 0.25 * usual)]


def detect(image: Path, cancel: CancelToken | None = None) -> tuple[int, str]:
    """(clockwise degrees the page must turn to read upright, script name such
    as "Latin" or "Han") from Tesseract's orientation and script detection."""
    try:
        out = _run([str(image), "-", "--psm", "0"], cancel)
    except OcrFailed:
        return 0, ""
    degrees, script = 0, ""
    for line in out.splitlines():
        key, _, value = line.partition(":")
        if key == "Rotate":
            degrees = int(value) % 360
        elif key == "Script":
            script = value.strip()
    return degrees, script


def langs_for(script: str) -> str:
    """Tesseract languages for a script: Chinese first for Han, else English only
    (adding chi_sim to an English page turns specks into Chinese characters)."""
    return LANGS_ZH if script == "Han" else LANGS_EN


# Chinese is read from the image enlarged 1.5 times: strokes of a 10 pt
# character are 3-4 px at 300 dpi, and the LSTM model reads them better at
# 450 (character error 14 % -> 10.5 % on the benchmark pages, 1.5x the time).
# English reads as well at 300 dpi.
UPSCALE_ZH = 1.5


def upscale_for(langs: str) -> float:
    return UPSCALE_ZH if langs.startswith("chi") else 1.0


def prepare_image(image: Path, upscale: float = 1.0) -> list[PixelRule]:
    """The page image made ready to read, in place: specks removed (a 5x5
    median: scanner specks of up to 4 px survive a 3x3 one and Tesseract reads
    a line beside them as garbage), straightened, its ruling lines painted
    out, and enlarged ``upscale`` times. Returns the ruling lines (pixels of
    the straightened image before enlarging)."""
    from PIL import Image

    from reviewer.ingest.ocr_image import despeckle, erase_rules, find_rules, straighten

    with Image.open(image) as img:
        straight, _ = straighten(img.convert("L"))
    rules = find_rules(straight)  # before the median filter, which wipes out thin rules
    ready = erase_rules(despeckle(straight), rules)
    if upscale != 1.0:
        ready = ready.resize((round(ready.width * upscale), round(ready.height * upscale)),
                             Image.Resampling.LANCZOS)
    ready.save(image)
    return rules


def _unrotate(words: list[Word], degrees: int, width: int, height: int) -> list[Word]:
    """Boxes found on the image turned ``degrees`` clockwise, back on the original
    (``width`` x ``height``). The text keeps its reading order."""
    out = []
    for w in words:
        if degrees == 90:  # turned image is height x width; (x, y) came from (y, height - x)
            box = (w.top, height - w.right, w.bottom, height - w.left)
        elif degrees == 180:
            box = (width - w.right, height - w.bottom, width - w.left, height - w.top)
        elif degrees == 270:
            box = (width - w.bottom, w.left, width - w.top, w.right)
        else:
            box = (w.left, w.top, w.right, w.bottom)
        out.append(Word(*box, w.text, w.conf, w.line))
    return out


def mean_confidence(words: list[Word]) -> float:
    """Mean word confidence weighted by length (0 for no words)."""
    chars = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / chars if chars else 0.0


@dataclass(frozen=True)
class PageText:
    """The words on one page image and the size of the image they refer to."""

    words: list[Word]
    width: int
    height: int
    turned: int = 0  # degrees the scan was turned clockwise to read it
    rules: tuple[PixelRule, ...] = ()  # ruling lines, same pixels as the words


def _read(image: Path, langs: str, cancel: CancelToken | None) -> list[Word]:
    dpi = round(DPI * upscale_for(langs))
    return drop_specks(parse_tsv(_run([str(image), "-", "-l", langs, "--psm", "3", "--dpi", str(dpi),
                                       "-c", "tessedit_create_tsv=1"], cancel)))


def _shrunk(text: PageText, factor: float) -> PageText:
    """Boxes read on an image enlarged ``factor`` times, on the image as rendered."""
    if factor == 1.0:
        return text
    words = [Word(round(w.left / factor), round(w.top / factor), round(w.right / factor),
                  round(w.bottom / factor), w.text, w.conf, w.line) for w in text.words]
    return PageText(words, round(text.width / factor), round(text.height / factor), text.turned,
                    text.rules)


def _turned_rules(rules: list[PixelRule], degrees: int, width: int, height: int) -> tuple[PixelRule, ...]:
    """Rules of the image as found, on the page as the words are given: turned
    half round with them; dropped for a page read on its side (rare: the table
    is then read as lines)."""
    if degrees == 0:
        return tuple(rules)
    if degrees != 180:
        return ()
    return tuple(PixelRule(width - r.x1, height - r.y1, width - r.x0, height - r.y0, r.thickness)
                 for r in rules)


def ocr_image(image: Path, langs: str, cancel: CancelToken | None = None,
              rules: list[PixelRule] | None = None) -> PageText:
    """The words on one page image (a PNG at `DPI`, prepared by
    `prepare_image`, whose ``rules`` it found), upright or turned, in pixels
    at `DPI` (a Chinese page is read enlarged, `upscale_for`).

    A page upside down is read turned and its boxes mapped back onto the page.
    A page on its side keeps the boxes of the upright (turned) image, whose
    width and height are returned: its highlights are approximate.
    """
    return _shrunk(_ocr_turned(image, langs, cancel, rules or []), upscale_for(langs))


def _ocr_turned(image: Path, langs: str, cancel: CancelToken | None, found: list[PixelRule]) -> PageText:
    from PIL import Image

    with Image.open(image) as img:
        width, height = img.size
    factor = upscale_for(langs)
    words = _read(image, langs, cancel)
    if words and mean_confidence(words) >= 60:
        return PageText(words, width, height, 0, tuple(found))
    degrees, _ = detect(image, cancel)
    if degrees == 0:
        return PageText(words, width, height, 0, tuple(found))
    with Image.open(image) as img:
        # PIL turns counter-clockwise for positive angles.
        img.rotate(-degrees, expand=True).save(image)
    turned = _read(image, langs, cancel)
    if mean_confidence(turned) <= mean_confidence(words):
        return PageText(words, width, height, 0, tuple(found))
    kept = _turned_rules(found, degrees, round(width / factor), round(height / factor))
    if degrees == 180:
        return PageText(_unrotate(turned, degrees, width, height), width, height, degrees, kept)
    return PageText(turned, height, width, degrees, kept)
