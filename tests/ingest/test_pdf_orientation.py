"""Pages turned with /Rotate, landscape annexes, mirrored and scaled text
matrices: text upright on the displayed page is read, and its boxes are in
the displayed page's coordinates (what the window draws over a rendered page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.errors import NoTextLayer
from reviewer.ingest.pdf import read_pdf
from reviewer.ingest.pdf_geometry import frame_of
from tests.fixtures.raw_pdf import RawPage, form_xobject, text_lines, write_raw_pdf

LINES = (
    "5.1 Response Times",
    "The Supplier shall respond to every Priority 1 ticket within one hour of its",
    "creation and shall keep the Customer informed every two hours until it is resolved.",
)
BODY = ("5.1 Response Times The Supplier shall respond to every Priority 1 ticket within one "
        "hour of its creation and shall keep the Customer informed every two hours until it "
        "is resolved.")


def _upright_on_rotated(rotate: int) -> RawPage:
    """A portrait A4 page as displayed, stored turned: text at the displayed
    top-left, 72 points in, drawn so it is upright after /Rotate."""
    if rotate == 90:  # displayed x = user y, displayed y = user x
        return RawPage(text_lines(LINES, x=72, y=72, matrix=(0, 1, -1, 0),
                                  font_size_operand=11), width=842, height=595, rotate=90)
    if rotate == 270:  # displayed x = 595 - user y, displayed y = 842 - user x
        return RawPage(text_lines(LINES, x=842 - 72, y=595 - 72, matrix=(0, -1, 1, 0),
                                  font_size_operand=11), width=842, height=595, rotate=270)
    assert rotate == 180  # displayed x = 595 - user x, displayed y = user y
    return RawPage(text_lines(LINES, x=595 - 72, y=72, matrix=(-1, 0, 0, -1),
                              font_size_operand=11), rotate=180)


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_upright_page_saved_with_rotate_keeps_its_text(tmp_path: Path, rotate: int) -> None:
    pdf = write_raw_pdf(tmp_path / f"rotate{rotate}.pdf", [_upright_on_rotated(rotate)])
    doc = read_pdf(pdf)
    assert [b.text for b in doc.blocks] == [BODY]
    assert doc.warnings == ()
    assert doc.page_sizes == ((595.0, 842.0),)
    # Boxes on the displayed page: the first line starts 72 pt from its left
    # edge and sits just below 72 pt from its top.
    first = doc.blocks[0].location.boxes[0]
    assert first.x0 == pytest.approx(72, abs=1)
    assert 55 < first.top < 72 < first.bottom < 80
    assert all(0 <= b.x0 < b.x1 <= 595 and 0 <= b.top < b.bottom <= 842
               for b in doc.blocks[0].location.boxes)


def test_landscape_annex_is_read_with_the_portrait_pages(tmp_path: Path) -> None:
    portrait = RawPage(text_lines(["1. Scope", "This Agreement covers the support services."]))
    landscape = RawPage(text_lines(LINES, x=72, y=595 - 72), width=842, height=595)
    stored_turned = RawPage(text_lines(LINES, x=72, y=72, matrix=(0, 1, -1, 0),
                                       font_size_operand=11), width=595, height=842,
                            rotate=90)  # a portrait page displayed as landscape
    doc = read_pdf(write_raw_pdf(tmp_path / "annex.pdf", [portrait, landscape, stored_turned]))
    texts = [b.text for b in doc.blocks]
    assert texts.count(BODY) == 2
    assert doc.page_sizes == ((595.0, 842.0), (842.0, 595.0), (842.0, 595.0))
    for block in doc.blocks[-2:]:
        box = block.location.boxes[-1]
        assert box.x1 <= 842 and box.bottom <= 595


def test_mirrored_matrices_read(tmp_path: Path) -> None:
    # A y-flipped page (as Quartz writes it) with a y-flipped text matrix.
    quartz = RawPage(b"1 0 0 -1 0 842 cm\n" + text_lines(
        LINES, x=72, y=72, matrix=(1, 0, 0, -1), font_size_operand=11))
    # A form flipped left-to-right whose text is flipped back.
    form = form_xobject(text_lines(LINES, x=-523, y=770, matrix=(-1, 0, 0, 1),
                                   font_size_operand=11), matrix="-1 0 0 1 0 0")
    flipped_form = RawPage(b"q /X1 Do Q", resources=b"/XObject << /X1 4 0 R >>")
    for name, pages, extra in (("quartz", [quartz], []), ("form", [flipped_form], [form])):
        doc = read_pdf(write_raw_pdf(tmp_path / f"{name}.pdf", pages, extra_objects=extra))
        assert [b.text for b in doc.blocks] == [BODY], name


def test_text_mirrored_left_to_right_reads_in_order(tmp_path: Path) -> None:
    mirrored = RawPage(text_lines(LINES, x=523, y=770, matrix=(-1, 0, 0, 1),
                                  font_size_operand=11))
    doc = read_pdf(write_raw_pdf(tmp_path / "mirror.pdf", [mirrored]))
    assert [b.text for b in doc.blocks] == [BODY]
    assert all(b.x1 <= 523.5 for b in doc.blocks[0].location.boxes)


def test_sideways_text_on_an_upright_page_is_still_refused(tmp_path: Path) -> None:
    sideways = RawPage(text_lines(LINES, x=72, y=72, matrix=(0, 1, -1, 0), font_size_operand=11))
    with pytest.raises(NoTextLayer, match="sideways"):
        read_pdf(write_raw_pdf(tmp_path / "sideways.pdf", [sideways]))


def test_font_size_one_scaled_by_the_text_matrix(tmp_path: Path) -> None:
    """macOS "Save as PDF": /F1 1 Tf and the size in the matrix. Lines join into
    paragraphs and the larger heading is a heading."""
    heading = text_lines(["Support Terms"], x=72, y=780, matrix=(18, 0, 0, 18))
    body = text_lines(LINES, x=72, y=740, matrix=(11, 0, 0, 11), leading=14)
    doc = read_pdf(write_raw_pdf(tmp_path / "mac.pdf", [RawPage(heading + b"\n" + body)]))
    kinds = [(b.kind.value, b.text) for b in doc.blocks]
    assert kinds == [("heading", "Support Terms"), ("paragraph", BODY)]


def test_frame_round_trip() -> None:
    for rotate in (0, 90, 180, 270):
        frame = frame_of(10, 20, 610, 812, rotate)
        box = frame.rect(100, 200, 150, 212)
        assert frame.to_user(*box) == pytest.approx((100, 200, 150, 212))
        assert 0 <= box[0] < box[2] <= frame.width and 0 <= box[1] < box[3] <= frame.height
