"""Exporting the numbers: a CSV of p, q, every per-bin term and the totals."""
from __future__ import annotations

import csv
import io
import math

from .summary import MEASURE_KEYS, summarize


def _num(x: float) -> str:
    if math.isinf(x):
        return "inf"
    return repr(float(x))


def csv_text(labels, p, q, unit: str = "bits") -> str:
    """The per-bin table and the six totals as CSV text (``inf`` for infinity, never NaN).

    Columns: label, p, q, then the per-bin term of each measure, named by its key
    (``entropy_p`` = -p log p, ``cross_entropy_pq`` = -p log q, ``kl_pq`` = p log(p/q), ...).
    The last row, labelled ``total``, holds the six measures in `unit`.
    """
    s = summarize(p, q, unit)
    if len(labels) != len(s.terms["entropy_p"]):
        raise ValueError(f"{len(labels)} labels for {len(s.terms['entropy_p'])} bins")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["label", "p", "q", *(f"{k}_{unit}" for k in MEASURE_KEYS)])
    for i, label in enumerate(labels):
        w.writerow([label, _num(p[i]), _num(q[i]), *(_num(s.terms[k][i]) for k in MEASURE_KEYS)])
    w.writerow(["total", _num(sum(p)), _num(sum(q)), *(_num(s.values[k]) for k in MEASURE_KEYS)])
    return out.getvalue()
