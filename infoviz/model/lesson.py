"""Lesson files: a scripted walk through the lecture, one step per slide.

File format, version 1 (UTF-8 JSON, one object)::

    {
      "format": "infoviz-lesson",
      "version": 1,
      "title": {"en": "Entropy and friends", "ko": "엔트로피와 친구들"},
      "steps": [
        {"preset": "fair-coin", "panels": ["panel_information"],
         "caption": {"en": "A fair coin's heads carries 1 bit.",
                     "ko": "공정한 동전의 앞면은 1비트의 정보량을 가집니다."}},
        {"p": [1, 0], "q": [0.5, 0.5], "labels": ["H", "T"],
         "title": {"en": "Always heads", "ko": "항상 앞면"},
         "caption": {"en": "...", "ko": "..."}}
      ]
    }

Top level: ``format``, ``version``, ``title`` and ``steps`` (1..200 steps), all required.
A step has ``caption`` (required; ``en`` and ``ko`` both required, newlines allowed) and
optionally ``title`` (``en`` and ``ko``), ``preset`` (a known name), ``p``, ``q``,
``labels``, ``unit`` (``"bits"``/``"nats"``), ``logits`` and ``temperature`` (q becomes
softmax(logits / temperature)), ``panels`` (names from :data:`PANEL_NAMES`, shown in
order).

What a step does (:func:`apply_step`): the preset first (p, q, labels; its unit if it has
one), then ``labels``, ``p``, ``q`` or ``logits``, then ``unit``. A key a step leaves out
keeps its value from the previous step.

Rules checked when the file is read (decisions):

- Everything in one step must agree: p, q, labels and logits of a step have the same
  length, and the preset's length if the step names one. ``q`` and ``logits`` may not
  both be set (which would win?); ``temperature`` needs ``logits``.
- Lessons are self-contained: a step that changes only some of p, q, labels and logits
  must have the bin count the previous steps left, and the first step that touches the
  bars must set a preset, or p together with q (or logits).
- Unknown keys are refused (a typo like ``"captoin"`` must not silently drop a caption);
  so are duplicate keys, ``NaN``/``Infinity``, overflowing numbers, deep nesting and files
  over :data:`MAX_FILE_BYTES`, exactly as for session files.

Every refusal is a :class:`LessonError` (a ``ValueError``) whose message names the step
(1-based) and the field: ``step 3, field 'q': q[1] is -0.2; a probability must be in
[0, 1]``.
"""
from __future__ import annotations

import dataclasses
import math
import numbers
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from . import _strictjson as sj
from .activations import softmax
from .presets import MAX_BINS, PRESETS, check_bin_count, check_labels, default_labels
from .session import Session, default_session
from .validation import as_probabilities, check_unit

LESSON_FORMAT = "infoviz-lesson"
LESSON_VERSION = 1

#: Files larger than this are refused before they are parsed.
MAX_FILE_BYTES = sj.MAX_FILE_BYTES

#: Most steps a lesson may have.
MAX_STEPS = 200

#: Longest caption and title, in characters.
MAX_CAPTION_CHARS = 1000
MAX_TITLE_CHARS = 200

#: The panels a step may show (the objectNames of DESIGN.md).
PANEL_NAMES = ("panel_information", "panel_loss", "panel_softmax", "panel_sampling",
               "panel_fit", "panel_continuous", "panel_code", "panel_lesson")

#: The languages every caption and title is written in.
LANGUAGES = ("en", "ko")

_TOP_REQUIRED = ("format", "version", "title", "steps")
_STEP_REQUIRED = ("caption",)
_STEP_OPTIONAL = ("title", "preset", "p", "q", "labels", "unit", "logits", "temperature",
                  "panels")
_OTHER_FORMATS = {"infoviz-session": "an infoviz session file"}


class LessonError(ValueError):
    """A lesson (file or value) is malformed; the message names the step and the field."""


@dataclass(frozen=True)
class LocalText:
    """The same text in English and Korean."""

    en: str
    ko: str

    def get(self, lang: str = "en") -> str:
        """The text in `lang` (``"en"`` or ``"ko"``; anything else gives English)."""
        return self.ko if lang == "ko" else self.en


def _local_text(value, name: str, max_len: int, multiline: bool) -> LocalText:
    if isinstance(value, LocalText):
        value = {"en": value.en, "ko": value.ko}
    if not isinstance(value, dict):
        raise LessonError(f"field '{name}' must be an object with \"en\" and \"ko\" texts, "
                          f"got {sj.kind(value)}")
    for lang in LANGUAGES:
        if lang not in value:
            raise LessonError(f"field '{name}': missing {lang!r} (a {name} needs both "
                              "'en' and 'ko')")
    unknown = [k for k in value if k not in LANGUAGES]
    if unknown:
        raise LessonError(f"field '{name}': unknown language {sj.short(unknown[0])}; "
                          "use 'en' and 'ko'")
    texts = {}
    for lang in LANGUAGES:
        try:
            texts[lang] = sj.check_text(value[lang], f"{name}.{lang}", max_len, multiline)
        except ValueError as exc:
            raise LessonError(f"field '{name}': {exc}") from None
        if not texts[lang].strip():
            raise LessonError(f"field '{name}': {name}.{lang} is empty")
    return LocalText(texts["en"], texts["ko"])


def _in_field(name: str, fn, *args):
    try:
        return fn(*args)
    except LessonError:
        raise
    except ValueError as exc:
        raise LessonError(f"field '{name}': {exc}") from None


def _distribution(value, name: str) -> tuple:
    values = sj.number_list(value, name, MAX_BINS)
    check_bin_count(len(values), name)
    return tuple(float(x) for x in as_probabilities(values, name))


def _logits(value) -> tuple:
    values = sj.number_list(value, "logits", MAX_BINS)
    check_bin_count(len(values), "logits")
    return values


def _temperature(value) -> float:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real) \
            or not math.isfinite(float(value)) or float(value) <= 0:
        raise ValueError(f"temperature is {sj.kind(value)}; it must be a finite number > 0")
    return float(value)


def _panels(value) -> tuple:
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"'panels' must be a list of panel names, got {sj.kind(value)}")
    if len(value) > len(PANEL_NAMES):
        raise ValueError(f"'panels' lists {len(value)} panels; there are only "
                         f"{len(PANEL_NAMES)}")
    seen = []
    for i, name in enumerate(value):
        if not isinstance(name, str) or name not in PANEL_NAMES:
            raise ValueError(f"panels[{i}] is {sj.kind(name)}, not a panel; panels are "
                             + ", ".join(PANEL_NAMES))
        if name in seen:
            raise ValueError(f"panels lists {name!r} twice")
        seen.append(name)
    return tuple(seen)


def _preset(value) -> str:
    if not isinstance(value, str) or value not in PRESETS:
        raise ValueError(f"{sj.kind(value)} is not a known preset; known presets: "
                         + ", ".join(PRESETS))
    return value


@dataclass(frozen=True)
class LessonStep:
    """One step of a lesson: a caption, and what to change on screen (``None`` = keep).

    Validated on construction (:class:`LessonError` naming the field); the fields are as
    in the file format (see the module docstring), with `caption` and `title` as
    :class:`LocalText` (a ``{"en": ..., "ko": ...}`` dict is accepted too).
    """

    caption: LocalText
    title: LocalText | None = None
    preset: str | None = None
    p: tuple | None = None
    q: tuple | None = None
    labels: tuple | None = None
    unit: str | None = None
    logits: tuple | None = None
    temperature: float | None = None
    panels: tuple | None = None

    def __post_init__(self):
        set_ = object.__setattr__
        set_(self, "caption", _local_text(self.caption, "caption", MAX_CAPTION_CHARS, True))
        if self.title is not None:
            set_(self, "title", _local_text(self.title, "title", MAX_TITLE_CHARS, False))
        if self.preset is not None:
            _in_field("preset", _preset, self.preset)
        for name in ("p", "q"):
            if getattr(self, name) is not None:
                set_(self, name, _in_field(name, _distribution, getattr(self, name), name))
        if self.logits is not None:
            set_(self, "logits", _in_field("logits", _logits, self.logits))
        if self.temperature is not None:
            set_(self, "temperature", _in_field("temperature", _temperature, self.temperature))
        if self.unit is not None:
            _in_field("unit", check_unit, self.unit)
        if self.panels is not None:
            set_(self, "panels", _in_field("panels", _panels, self.panels))
        if self.q is not None and self.logits is not None:
            raise LessonError("fields 'q' and 'logits' are both set; q would be "
                              "softmax(logits), so set one of them")
        if self.temperature is not None and self.logits is None:
            raise LessonError("field 'temperature' needs 'logits' in the same step "
                              "(q = softmax(logits / temperature))")
        # Lengths: everything the step sets must describe the same outcomes.
        sized = [(name, len(getattr(self, name))) for name in ("p", "q", "logits")
                 if getattr(self, name) is not None]
        if self.preset is not None:
            sized.insert(0, (f"preset {self.preset!r}", PRESETS[self.preset].n_bins))
        for name, n in sized[1:]:
            if n != sized[0][1]:
                raise LessonError(f"fields disagree: {sized[0][0]} has {sized[0][1]} bins but "
                                  f"{name} has {n}; everything in one step must describe "
                                  "the same outcomes")
        if self.labels is not None:
            if sized:
                n = sized[0][1]
            elif isinstance(self.labels, (list, tuple)):
                n = _in_field("labels", check_bin_count, len(self.labels), "labels")
            else:
                raise LessonError(f"field 'labels' must be a list of strings, "
                                  f"got {sj.kind(self.labels)}")
            set_(self, "labels", _in_field("labels", check_labels, self.labels, n))

    @property
    def n_bins(self) -> int | None:
        """The bin count this step sets or assumes, or ``None`` if it leaves the bars alone."""
        if self.preset is not None:
            return PRESETS[self.preset].n_bins
        for name in ("p", "q", "logits", "labels"):
            value = getattr(self, name)
            if value is not None:
                return len(value)
        return None

    @property
    def sets_bins(self) -> bool:
        """Whether the step fixes the bin count by itself (a preset, or p with q/logits),
        so it does not depend on the steps before it."""
        return self.preset is not None or (self.p is not None
                                           and (self.q is not None or self.logits is not None))


@dataclass(frozen=True)
class Lesson:
    """A titled sequence of :class:`LessonStep`, checked as a whole on construction."""

    title: LocalText
    steps: tuple

    def __post_init__(self):
        object.__setattr__(self, "title",
                           _local_text(self.title, "title", MAX_TITLE_CHARS, False))
        steps = tuple(self.steps)
        if not steps:
            raise LessonError("the lesson has no steps; it needs at least one")
        if len(steps) > MAX_STEPS:
            raise LessonError(f"the lesson has {len(steps)} steps; at most {MAX_STEPS} "
                              "are allowed")
        n = None
        for k, step in enumerate(steps, start=1):
            if not isinstance(step, LessonStep):
                raise LessonError(f"step {k}: expected a LessonStep, got {type(step).__name__}")
            if step.sets_bins:
                n = step.n_bins
            elif step.n_bins is not None:
                fields = [f for f in ("p", "q", "logits", "labels")
                          if getattr(step, f) is not None]
                if n is None:
                    raise LessonError(
                        f"step {k}: sets {_names(fields)} but no earlier step sets the bars; "
                        "the first step that changes the bars must set a 'preset', or 'p' "
                        "together with 'q' (or 'logits')")
                if step.n_bins != n:
                    raise LessonError(
                        f"step {k}, field '{fields[0]}': has {step.n_bins} entries but the "
                        f"steps before leave {n} bins; set 'p' and 'q' (or a 'preset') in this "
                        "step to change the number of bins")
        object.__setattr__(self, "steps", steps)

    def __len__(self) -> int:
        return len(self.steps)


def _names(fields) -> str:
    quoted = [f"'{f}'" for f in fields]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


# -- running a lesson -------------------------------------------------------------------
def apply_step(session: Session, step: LessonStep) -> Session:
    """The session after `step`: preset first, then labels, p, q or softmax(logits / T),
    then the unit. Locks survive unless the bin count changes; logits are kept only while
    q is not set some other way; ``preset`` records the step's preset, and is cleared when
    the step sets p or q itself. ``LessonError`` if a step that changes only part of the
    bars does not fit `session`'s bin count."""
    s = session
    changes = {}
    if step.preset is not None:
        preset = PRESETS[step.preset]
        s = Session(p=preset.p, q=preset.q, labels=preset.labels,
                    unit=preset.unit or s.unit, preset=preset.name)
    n = step.n_bins if step.n_bins is not None else s.n_bins
    if n != s.n_bins and not step.sets_bins:
        raise LessonError(f"the step sets {step.n_bins} bins but the session has {s.n_bins}; "
                          "it needs 'p' and 'q' (or a preset) to change the bin count")
    same_bins = n == s.n_bins
    if step.labels is not None:
        changes["labels"] = step.labels
    elif not same_bins:
        changes["labels"] = default_labels(n)
    if not same_bins:
        changes.update(locked_p=frozenset(), locked_q=frozenset())
    if step.p is not None:
        changes["p"] = step.p
    if step.logits is not None:
        t = step.temperature if step.temperature is not None else 1.0
        changes.update(q=tuple(float(x) for x in softmax(step.logits, t)),
                       logits=step.logits, temperature=t)
    elif step.q is not None:
        changes.update(q=step.q, logits=None, temperature=1.0)
    elif not same_bins:
        changes.update(logits=None, temperature=1.0)
    if step.preset is None and (step.p is not None or step.q is not None
                                or step.logits is not None):
        changes["preset"] = None
    if step.unit is not None:
        changes["unit"] = step.unit
    return dataclasses.replace(s, **changes) if changes else s


def lesson_sessions(lesson: Lesson, start: Session | None = None) -> tuple:
    """The session after each step, replaying from `start` (the default session if
    ``None``): element k is what step k+1 shows. Jumping to a step is a replay, so the
    screen never depends on how the lecturer got there."""
    s = default_session() if start is None else start
    out = []
    for k, step in enumerate(lesson.steps, start=1):
        try:
            s = apply_step(s, step)
        except ValueError as exc:
            raise LessonError(f"step {k}: {exc}") from None
        out.append(s)
    return tuple(out)


# -- reading ----------------------------------------------------------------------------
def parse_lesson(data) -> Lesson:
    """The :class:`Lesson` in `data` (JSON text, or UTF-8 bytes), or :class:`LessonError`
    naming the step (1-based) and the field."""
    try:
        text = sj.decode_text(data, "lesson")
        obj = sj.loads(text, "lesson")
    except sj.Refused as exc:
        raise LessonError(str(exc)) from None
    return lesson_from_dict(obj)


def lesson_from_dict(obj) -> Lesson:
    """Validate a parsed JSON object into a :class:`Lesson`."""
    try:
        sj.check_format_version(obj, LESSON_FORMAT, LESSON_VERSION, "lesson", _OTHER_FORMATS)
        sj.check_keys(obj, _TOP_REQUIRED, (), "the lesson")
    except ValueError as exc:
        raise LessonError(str(exc)) from None
    title = _local_text(obj["title"], "title", MAX_TITLE_CHARS, False)
    raw_steps = obj["steps"]
    if not isinstance(raw_steps, list):
        raise LessonError(f"'steps' must be a list of steps, got {sj.kind(raw_steps)}")
    if not raw_steps:
        raise LessonError("'steps' is empty; a lesson needs at least one step")
    if len(raw_steps) > MAX_STEPS:
        raise LessonError(f"'steps' has {len(raw_steps)} steps; at most {MAX_STEPS} "
                          "are allowed")
    steps = []
    for k, raw in enumerate(raw_steps, start=1):
        try:
            steps.append(_step_from_dict(raw))
        except LessonError as exc:
            msg = str(exc)
            sep = ", " if msg.startswith("field ") else ": "
            raise LessonError(f"step {k}{sep}{msg}") from None
    return Lesson(title=title, steps=tuple(steps))


def _step_from_dict(raw) -> LessonStep:
    if not isinstance(raw, dict):
        raise LessonError(f"a step must be an object, got {sj.kind(raw)}")
    if "caption" not in raw:
        raise LessonError("missing field 'caption'; every step needs a caption with "
                          "'en' and 'ko' texts")
    unknown = [k for k in raw if k not in _STEP_REQUIRED + _STEP_OPTIONAL]
    if unknown:
        raise LessonError(f"unknown field {sj.short(unknown[0])}; known fields: "
                          + ", ".join(_STEP_REQUIRED + _STEP_OPTIONAL))
    for name in ("p", "q", "logits"):
        if name in raw and not isinstance(raw[name], list):
            raise LessonError(f"field '{name}' must be a list of numbers, "
                              f"got {sj.kind(raw[name])}")
    if "labels" in raw and not isinstance(raw["labels"], list):
        raise LessonError(f"field 'labels' must be a list of strings, "
                          f"got {sj.kind(raw['labels'])}")
    for name in ("preset", "unit", "temperature", "title", "panels"):
        if name in raw and raw[name] is None:
            raise LessonError(f"field '{name}' is null; leave the field out instead")
    return LessonStep(**{name: raw[name] for name in _STEP_REQUIRED + _STEP_OPTIONAL
                         if name in raw})


def load_lesson(path) -> Lesson:
    """Read and parse the lesson file at `path` (at most ``MAX_FILE_BYTES + 1`` bytes are
    read). ``LessonError`` for a malformed or too large file, ``OSError`` if unreadable."""
    try:
        data = sj.read_bounded(path, "lesson")
    except sj.Refused as exc:
        raise LessonError(str(exc)) from None
    return parse_lesson(data)


def default_lesson_path() -> Path:
    """Where the lesson shipped with the app lives (``infoviz/resources/lessons/default.json``)."""
    resource = resources.files("infoviz") / "resources" / "lessons" / "default.json"
    if isinstance(resource, Path):
        return resource
    return Path(__file__).resolve().parent.parent / "resources" / "lessons" / "default.json"


def load_default_lesson() -> Lesson:
    """The lesson shipped with the app."""
    return load_lesson(default_lesson_path())
