"""Every rule of infoviz, in pure numpy: no Qt, pyqtgraph, scipy or matplotlib here.

The names exported below are the public model API of ``DESIGN.md``; tests and benchmarks
depend on them.
"""
from .activations import log_softmax, logits_from_probs, sigmoid, softmax
from .distribution import NUDGE_LARGE, NUDGE_SMALL, Distribution, empirical, normalize, uniform
from .measures import (Contributions, binary_cross_entropy, contributions, cross_entropy, entropy,
                       infinite_bins, information_content, js_divergence, kl_divergence, perplexity,
                       perplexity_of)
from .validation import SUM_TOLERANCE, UNITS, as_probabilities, check_unit

__all__ = [
    "Contributions", "Distribution", "NUDGE_LARGE", "NUDGE_SMALL", "SUM_TOLERANCE", "UNITS",
    "as_probabilities", "binary_cross_entropy", "check_unit", "contributions", "cross_entropy",
    "empirical", "entropy", "infinite_bins", "information_content", "js_divergence",
    "kl_divergence", "log_softmax", "logits_from_probs", "normalize", "perplexity", "perplexity_of",
    "sigmoid", "softmax", "uniform",
]
