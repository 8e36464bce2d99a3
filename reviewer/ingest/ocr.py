"""OCR of one page image with Tesseract 5: words, boxes and confidences.

The Tesseract command-line program is run with TSV output (one row per word
with its box and confidence), offline, one process per page with one thread
each (``OMP_THREAD_LIMIT=1``; `ocr_pages` runs as many pages at once as the
machine has cores). Where it is found: ``$REVIEWER_TESSERACT``, then
``ocr/bin/tesseract`` beside the package (the desktop bundle), then ``PATH``;
the language data: ``$TESSDATA_PREFIX``, then ``ocr/tessdata`` beside the
package, then Tesseract's own default.

Languages: English and Simplified Chinese (Debian ``tesseract-ocr-eng`` and
``tesseract-ocr-chi-sim``). A page upside down or on its side is turned
upright first (Tesseract's orientation detection, ``osd``), and the word
boxes are mapped back onto the page as displayed.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import ReviewerError
from reviewer.language import is_cjk_text
from reviewer.progress import CancelToken

ENV_BINARY = "REVIEWER_TESSERACT"
ENV_OFF = "REVIEWER_NO_OCR"  # "1": scanned pages are not read (as before OCR existed)
DPI = 300
LANGS_EN = "eng"
LANGS_ZH = "chi_sim+eng"
MIN_WORD_CONF = 20.0  # below, a "word" of no letter or digit is a speck or a rule: dropped
_WORDLIKE = re.compile(r"[^\W_]{2,}")
PAGE_TIMEOUT = 300.0  # seconds for one page before it is given up


class OcrFailed(ReviewerError):
    """Tesseract could not read a page (missing language data, crash, timeout)."""


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


def clean_image(image: Path) -> None:
    """Specks removed (a 3x3 median filter) before reading, in place."""
    from PIL import Image, ImageFilter

    with Image.open(image) as img:
        cleaned = img.convert("L").filter(ImageFilter.MedianFilter(3))
    cleaned.save(image)


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


def skew_angle(words: list[Word]) -> float:
    """The page's skew in radians (positive: lines fall to the right), the median
    slope of Tesseract's lines of three words or more."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    slopes = []
    for line in lines.values():
        if len(line) < 3:
            continue
        a, b = min(line, key=lambda w: w.left), max(line, key=lambda w: w.right)
        dx = (b.left + b.right - a.left - a.right) / 2
        if dx > 200:
            slopes.append(math.atan2((b.top + b.bottom - a.top - a.bottom) / 2, dx))
    return statistics.median(slopes) if slopes else 0.0


def deskew(words: list[Word], width: int, height: int) -> list[Word]:
    """Word boxes moved as if the page had been scanned straight: each word's
    centre turned about the page centre, its size kept (so lines read as lines;
    a highlight is off by at most the skew over half the page's width)."""
    angle = skew_angle(words)
    if abs(angle) < math.radians(0.05):
        return words
    cos, sin = math.cos(-angle), math.sin(-angle)
    cx, cy = width / 2, height / 2
    out = []
    for w in words:
        x, y = (w.left + w.right) / 2 - cx, (w.top + w.bottom) / 2 - cy
        nx, ny = cx + x * cos - y * sin, cy + x * sin + y * cos
        hw, hh = (w.right - w.left) / 2, (w.bottom - w.top) / 2
        out.append(Word(round(nx - hw), round(ny - hh), round(nx + hw), round(ny + hh), w.text, w.conf, w.line))
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


def ocr_image(image: Path, langs: str, cancel: CancelToken | None = None) -> PageText:
    """The words on one page image (a PNG at `DPI`), upright or turned.

    A page upside down is read turned and its boxes mapped back onto the page.
    A page on its side keeps the boxes of the upright (turned) image, whose
    width and height are returned: its highlights are approximate.
    """
    from PIL import Image

    with Image.open(image) as img:
        width, height = img.size
    words = parse_tsv(_run([str(image), "-", "-l", langs, "--psm", "3", "-c", "tessedit_create_tsv=1"], cancel))
    if words and mean_confidence(words) >= 60:
        return PageText(deskew(words, width, height), width, height)
    degrees, _ = detect(image, cancel)
    if degrees == 0:
        return PageText(deskew(words, width, height), width, height)
    with Image.open(image) as img:
        # PIL turns counter-clockwise for positive angles.
        img.rotate(-degrees, expand=True).save(image)
    turned = parse_tsv(_run([str(image), "-", "-l", langs, "--psm", "3", "-c", "tessedit_create_tsv=1"], cancel))
    if mean_confidence(turned) <= mean_confidence(words):
        return PageText(deskew(words, width, height), width, height)
    if degrees == 180:
        return PageText(deskew(_unrotate(turned, degrees, width, height), width, height), width, height, degrees)
    return PageText(deskew(turned, height, width), height, width, degrees)


def join_words(words: list[str]) -> str:
    """Words of one line joined: no space between two Chinese characters."""
    out = ""
    for w in words:
        if out and not (is_cjk_text(out[-1]) and is_cjk_text(w[0])):
            out += " "
        out += w
    return out
