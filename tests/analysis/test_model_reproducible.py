"""The shipped relevance and commitment models are what `tools/train_relevance.py` and
`tools/train_commitment.py` make from the repository.

The model trained before the paraphrase audit of December 2026 had been
trained on wording the repository no longer held, and nothing could remake it;
this test retrains from the corpora as they stand (a real training run, a few
minutes: marked slow) and compares the result with the shipped file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.analysis.relevance import COMMITMENT_PATH, MODEL_PATH

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize(("script", "shipped_path"), [
    ("train_relevance.py", MODEL_PATH),
    ("train_commitment.py", COMMITMENT_PATH),
])
def test_the_shipped_model_is_what_the_training_script_makes(tmp_path: Path, script: str,
                                                             shipped_path: Path) -> None:
    pytest.importorskip("sklearn", reason="the trainer's packages: pip install -e '.[train]' (dev.sh installs them)")
    out = tmp_path / shipped_path.name
    subprocess.run([sys.executable, str(ROOT / "tools" / script), "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True, timeout=1800)
    made = json.loads(out.read_text(encoding="utf-8"))
    shipped = json.loads(shipped_path.read_text(encoding="utf-8"))
    assert made["trained_on"] == shipped["trained_on"]
    assert made["items"].keys() == shipped["items"].keys()
    for item_id, entry in shipped["items"].items():
        mine = made["items"][item_id]
        assert mine["positives"] == entry["positives"], item_id
        assert abs(mine["bias"] - entry["bias"]) <= 1e-3, item_id
        # The same weights, up to the last rounded digit (another BLAS may round
        # the other way) and a weight or two at the edge of the kept weights.
        common = mine["weights"].keys() & entry["weights"].keys()
        assert len(common) >= 0.99 * len(entry["weights"]), item_id
        assert max(abs(mine["weights"][g] - entry["weights"][g]) for g in common) <= 1e-3, item_id
