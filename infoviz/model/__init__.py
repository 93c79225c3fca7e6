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
from .continuous import gaussian_entropy, gaussian_kl, gaussian_pdf, numeric_entropy, numeric_kl
from .fitting import (DIRECTIONS, LOG_FLOOR, SIGMA_MIN, FitResult, FitState, LogitFitResult,
                      discretised_gaussian, fit_gaussian, fit_logits, fit_step, start_gaussian_fit,
                      start_logit_fit, two_humps)
from .losses import (LOSSES, NLLSamples, bce_from_logit, loss_gradient, lowest_cross_entropy,
                     mse_loss, nll_running_average, nll_samples, smooth_labels)
from .lesson import (PANEL_NAMES, Lesson, LessonError, LessonStep, LocalText, apply_step,
                     default_lesson_path, lesson_sessions, load_default_lesson, load_lesson,
                     parse_lesson)
from .presets import PRESETS, Preset, default_labels, get_preset, preset_names
from .session import (MAX_FILE_BYTES, SESSION_VERSION, Session, SessionError, default_session,
                      load_session, parse_session, save_session_atomic, session_from_preset,
                      to_json)

__all__ = [
    "Contributions", "Distribution", "NUDGE_LARGE", "NUDGE_SMALL", "SUM_TOLERANCE", "UNITS",
    "as_probabilities", "binary_cross_entropy", "check_unit", "contributions", "cross_entropy",
    "empirical", "entropy", "infinite_bins", "information_content", "js_divergence",
    "kl_divergence", "log_softmax", "logits_from_probs", "normalize", "perplexity", "perplexity_of",
    "sigmoid", "softmax", "uniform",
]

# Presets, session files and lesson files.
__all__ += [
    "Lesson", "LessonError", "LessonStep", "LocalText", "MAX_FILE_BYTES", "PANEL_NAMES", "PRESETS",
    "Preset", "SESSION_VERSION", "Session", "SessionError", "apply_step", "default_labels",
    "default_lesson_path", "default_session", "get_preset", "lesson_sessions",
    "load_default_lesson", "load_lesson", "load_session", "parse_lesson", "parse_session",
    "preset_names", "save_session_atomic", "session_from_preset", "to_json",
]

# Teaching panels: losses and sampling, fitting both ways, continuous distributions.
__all__ += [
    "DIRECTIONS", "FitResult", "FitState", "LOG_FLOOR", "LOSSES", "LogitFitResult", "NLLSamples",
    "SIGMA_MIN", "bce_from_logit", "discretised_gaussian", "fit_gaussian", "fit_logits", "fit_step",
    "gaussian_entropy", "gaussian_kl", "gaussian_pdf", "loss_gradient", "lowest_cross_entropy",
    "mse_loss", "nll_running_average", "nll_samples", "numeric_entropy", "numeric_kl",
    "smooth_labels", "start_gaussian_fit", "start_logit_fit", "two_humps",
]
