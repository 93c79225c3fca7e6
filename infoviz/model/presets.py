"""Named starting points for the lecture: a pair (p, q), bar labels and a one-line caption.

Each preset is a :class:`Preset`, validated when it is built (p and q are probability
vectors over the same outcomes, 2 to 50 bins, labels short plain text), and registered in
:data:`PRESETS` in lecture order. Captions say what to look at, in English and Korean
(REFERENCE.md section 4 terms). Labels are data: short and neutral, English except where
the example itself is Korean (the surnames).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ._strictjson import check_text
from .distribution import normalize
from .validation import as_pair, check_unit

#: Fewest and most bins a preset, a session or a lesson step may have.
MIN_BINS = 2
MAX_BINS = 50

#: Longest bar label, in characters.
MAX_LABEL_CHARS = 40

#: Longest preset caption, in characters.
MAX_CAPTION_CHARS = 300


def check_labels(labels, n: int, name: str = "labels") -> tuple:
    """A tuple of `n` label strings (each at most 40 characters of plain text), else
    ``ValueError`` naming the bad entry."""
    if isinstance(labels, (str, bytes, dict)) or not hasattr(labels, "__len__"):
        raise ValueError(f"'{name}' must be a list of strings")
    if len(labels) != n:
        raise ValueError(f"'{name}' has {len(labels)} entries but there are {n} bins; "
                         "give one label per bin")
    for i, s in enumerate(labels):
        check_text(s, f"{name}[{i}]", MAX_LABEL_CHARS)
    return tuple(labels)


def check_bin_count(n: int, name: str = "p") -> int:
    """`n` if MIN_BINS <= n <= MAX_BINS, else ``ValueError``."""
    if not MIN_BINS <= n <= MAX_BINS:
        raise ValueError(f"{name} has {n} {'entry' if n == 1 else 'entries'}; a distribution "
                         f"here has {MIN_BINS} to {MAX_BINS} bins")
    return n


def default_labels(n: int) -> tuple:
    """Labels for `n` bins when none are given: A, B, C, ... up to 26 bins, else 1..n."""
    if n <= 26:
        return tuple(chr(ord("A") + i) for i in range(n))
    return tuple(str(i + 1) for i in range(n))


@dataclass(frozen=True)
class Preset:
    """A named pair of distributions with labels and a caption in two languages.

    Attributes
    ----------
    name : str
        The registry key, e.g. ``"one-hot"`` (what ``--preset`` and ``load_preset`` take).
    p, q : tuple of float
        The true and the predicted distribution, same length, 2..50 bins.
    labels : tuple of str
        One short label per bin.
    caption_en, caption_ko : str
        One line: what to look at.
    unit : str or None
        ``"bits"`` or ``"nats"`` to switch the unit with the preset; ``None`` keeps the
        current one.
    """

    name: str
    p: tuple
    q: tuple
    labels: tuple
    caption_en: str
    caption_ko: str
    unit: str | None = None

    def __post_init__(self):
        a, b = as_pair(self.p, self.q)
        check_bin_count(a.size, "p")
        object.__setattr__(self, "p", tuple(float(x) for x in a))
        object.__setattr__(self, "q", tuple(float(x) for x in b))
        object.__setattr__(self, "labels", check_labels(tuple(self.labels), a.size))
        check_text(self.name, "a preset name", 40)
        for field in ("caption_en", "caption_ko"):
            check_text(getattr(self, field), field, MAX_CAPTION_CHARS)
            if not getattr(self, field).strip():
                raise ValueError(f"preset {self.name!r}: {field} is empty")
        if self.unit is not None:
            check_unit(self.unit)

    @property
    def n_bins(self) -> int:
        return len(self.p)

    def caption(self, lang: str = "en") -> str:
        """The caption in ``"en"`` or ``"ko"`` (anything else falls back to English)."""
        return self.caption_ko if lang == "ko" else self.caption_en


def _tuple(values) -> tuple:
    return tuple(float(x) for x in values)


# Korean surnames, 2015 census (Statistics Korea), thousands of people, rounded: the ten
# most common and one rare one (맹, about 26 thousand). The shares are among these eleven
# surnames only, normalised explicitly.
_SURNAME_COUNTS = (("김", 10690), ("이", 7307), ("박", 4192), ("최", 2334), ("정", 2152),
                   ("강", 1177), ("조", 1056), ("윤", 1021), ("장", 993), ("임", 824),
                   ("맹", 26))


def _two_humps(n: int = 24):
    x = np.arange(n, dtype=float)
    # Deep valley between the humps, so the best reverse-KL Gaussian sits on one hump
    # (mu = 17, sigma = 2) while the best forward-KL one spans both (mu ~ 11.6, sigma ~ 7.4).
    humps = (0.55 * np.exp(-0.5 * ((x - 6.0) / 1.6) ** 2)
             + 0.45 * np.exp(-0.5 * ((x - 17.0) / 2.0) ** 2))
    broad = np.exp(-0.5 * ((x - (n - 1) / 2) / 6.0) ** 2)
    return _tuple(normalize(humps)), _tuple(normalize(broad))


_HUMPS_P, _HUMPS_Q = _two_humps()

_PRESET_LIST = (
    Preset(
        "default",
        p=(0.35, 0.25, 0.18, 0.12, 0.07, 0.03),
        q=(0.10, 0.15, 0.20, 0.25, 0.20, 0.10),
        labels=("A", "B", "C", "D", "E", "F"),
        caption_en="Drag any bar: H(p,q) = H(p) + D(p‖q), and D(p‖q) ≠ D(q‖p).",
        caption_ko="막대를 끌어 보세요: H(p,q) = H(p) + D(p‖q)이고, D(p‖q) ≠ D(q‖p)입니다.",
    ),
    Preset(
        "fair-coin",
        p=(0.5, 0.5), q=(0.8, 0.2), labels=("H", "T"),
        caption_en="A fair coin has 1 bit of entropy; coding it with a model that expects "
                   "heads 80% of the time costs 1.32 bits per toss.",
        caption_ko="공정한 동전의 엔트로피는 1비트입니다. 앞면이 80% 나온다고 믿는 모델로 "
                   "부호화하면 한 번에 1.32비트가 듭니다.",
    ),
    Preset(
        "biased-coin",
        p=(0.6, 0.4), q=(0.5, 0.5), labels=("H", "T"),
        caption_en="A biased coin (0.6/0.4) is more predictable: H(p) = 0.971 bits, and a "
                   "fair-coin model pays the full 1 bit.",
        caption_ko="치우친 동전(0.6/0.4)은 더 예측하기 쉽습니다: H(p) = 0.971비트이고, "
                   "공정한 동전 모델은 1비트를 모두 씁니다.",
    ),
    Preset(
        "fair-die",
        p=(1 / 6,) * 6, q=(0.1, 0.1, 0.1, 0.1, 0.1, 0.5),
        labels=("1", "2", "3", "4", "5", "6"),
        caption_en="Each face of a fair die carries log₂ 6 = 2.585 bits; a model that "
                   "expects a loaded die (six half the time) pays more.",
        caption_ko="공정한 주사위의 각 면은 log₂ 6 = 2.585비트의 정보량을 가집니다. "
                   "6이 절반 나온다고 믿는 모델은 더 많은 비트를 씁니다.",
    ),
    Preset(
        "one-hot",
        p=(1.0, 0.0, 0.0, 0.0), q=(0.7, 0.1, 0.05, 0.15),
        labels=("cat", "dog", "bird", "fish"),
        caption_en="With a one-hot label, H(p,q) = D(p‖q) = −log q(cat); D(q‖p) is infinite: "
                   "q gives mass to classes p rules out.",
        caption_ko="정답이 원-핫이면 H(p,q) = D(p‖q) = −log q(cat)입니다. D(q‖p)는 무한대입니다: "
                   "q가 p에서 불가능한 클래스에 확률을 줍니다.",
    ),
    Preset(
        "asymmetry",
        p=(0.2, 0.8), q=(0.5, 0.5), labels=("A", "B"),
        caption_en="KL divergence is not symmetric: D(p‖q) = 0.278 bits but D(q‖p) = 0.322 "
                   "bits, so it is not a distance.",
        caption_ko="KL 발산은 대칭이 아닙니다: D(p‖q) = 0.278비트, D(q‖p) = 0.322비트이므로 "
                   "거리가 아닙니다.",
    ),
    Preset(
        "uniform-vs-peaked",
        p=(0.125,) * 8, q=_tuple(normalize([1, 2, 4, 8, 8, 4, 2, 1])),
        labels=("A", "B", "C", "D", "E", "F", "G", "H"),
        caption_en="The uniform p has the most entropy 8 outcomes allow (3 bits); the peaked "
                   "q has less, and coding p with q costs extra.",
        caption_ko="균등한 p는 사건 8개로 가능한 가장 큰 엔트로피(3비트)를 가집니다. "
                   "뾰족한 q는 엔트로피가 더 작고, q로 p를 부호화하면 비트가 더 듭니다.",
    ),
    Preset(
        "label-smoothing",
        p=(0.925, 0.025, 0.025, 0.025), q=(0.7, 0.1, 0.05, 0.15),
        labels=("cat", "dog", "bird", "fish"),
        caption_en="Label smoothing (ε = 0.1) keeps every class possible in p, so D(q‖p) "
                   "is finite again.",
        caption_ko="레이블 스무딩(ε = 0.1)은 p에서 모든 클래스를 가능하게 남겨 두므로 "
                   "D(q‖p)가 다시 유한해집니다.",
    ),
    Preset(
        "surnames",
        p=_tuple(normalize([c for _, c in _SURNAME_COUNTS])),
        q=(1 / len(_SURNAME_COUNTS),) * len(_SURNAME_COUNTS),
        labels=tuple(s for s, _ in _SURNAME_COUNTS),
        caption_en="A rare surname tells you more: learning someone is a 맹 (Maeng) carries "
                   "about 10 bits, a 김 (Kim) only 1.6.",
        caption_ko="드문 성씨일수록 정보량이 큽니다: 어떤 사람이 '맹'씨라는 사실은 약 10비트, "
                   "'김'씨라는 사실은 1.6비트에 불과합니다.",
    ),
    Preset(
        "two-humps",
        p=_HUMPS_P, q=_HUMPS_Q,
        labels=tuple(str(i) for i in range(len(_HUMPS_P))),
        caption_en="Fit one Gaussian q to a two-humped p: forward KL D(p‖q) covers both humps, "
                   "reverse KL D(q‖p) picks one.",
        caption_ko="봉우리가 둘인 p에 가우시안 q 하나를 맞춥니다: 정방향 KL D(p‖q)는 두 봉우리를 "
                   "모두 덮고, 역방향 KL D(q‖p)는 하나를 고릅니다.",
    ),
)

#: Every preset by name, in lecture order (``"default"`` first).
PRESETS: dict = {preset.name: preset for preset in _PRESET_LIST}

#: The preset a new session starts from.
DEFAULT_PRESET = "default"


def preset_names() -> tuple:
    """The names of every preset, in lecture order."""
    return tuple(PRESETS)


def get_preset(name) -> Preset:
    """The preset called `name`; ``ValueError`` listing the known names if there is none."""
    preset = PRESETS.get(name) if isinstance(name, str) else None
    if preset is None:
        shown = repr(name) if not isinstance(name, str) or len(name) <= 40 else repr(name[:37] + "...")
        raise ValueError(f"unknown preset {shown}; known presets: {', '.join(PRESETS)}")
    return preset
