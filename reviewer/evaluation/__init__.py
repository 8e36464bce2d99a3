"""Measuring the reviewer against labelled contracts (`reviewer eval`).

    metrics.py  labels vs results: per-item outcomes, confusion matrix, metrics
    report.py   the evaluation as text and JSON
    items.py    the item ids the corpora are scored on (25 items, red flags)
    split.py    which side of the development / test split a real-world document is on
"""
