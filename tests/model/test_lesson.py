"""Lesson files: the shipped default lesson, step rules, hostile files, replay."""
import copy
import dataclasses
import json
import math
import re
import sys
import time
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from infoviz.model import (MAX_FILE_BYTES, PANEL_NAMES, PRESETS, Lesson, LessonError, LessonStep,
                           LocalText, SessionError, apply_step, cross_entropy, default_lesson_path,
                           default_session, entropy, information_content, kl_divergence,
                           lesson_sessions, load_default_lesson, load_lesson, parse_lesson,
                           session_from_preset, softmax)
from infoviz.model.lesson import MAX_STEPS

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "data" / "hostile"
HANGUL = re.compile("[\uac00-\ud7a3]")
CAPTION = {"en": "A caption.", "ko": "설명입니다."}

HOSTILE_LESSONS = {
    "lesson_truncated.json": ["ends unexpectedly", "truncated"],
    "lesson_empty.json": ["ends unexpectedly"],
    "lesson_not_json.json": ["not valid json"],
    "lesson_utf16_bom.json": ["utf-16", "utf-8"],
    "lesson_invalid_utf8.json": ["not valid utf-8"],
    "lesson_nan.json": ["nan", "finite"],
    "lesson_infinity.json": ["infinity"],
    "lesson_1e400.json": ["1e400", "infinity"],
    "lesson_negative_q.json": ["step 3, field 'q': q[1] is -0.2"],
    "lesson_sum_off.json": ["step 3, field 'p'", "sums to 1.1"],
    "lesson_51_bins.json": ["step 3, field 'p'", "at most 50"],
    "lesson_string_number.json": ["step 3, field 'q'", "q[0] is the string '0.5'"],
    "lesson_bool_in_p.json": ["step 3, field 'p'", "boolean"],
    "lesson_p_not_list.json": ["step 3, field 'p'", "list of numbers"],
    "lesson_steps_missing.json": ["missing", "'steps'"],
    "lesson_steps_empty.json": ["'steps' is empty"],
    "lesson_steps_not_list.json": ["'steps' must be a list"],
    "lesson_step_not_object.json": ["step 2", "must be an object"],
    "lesson_too_many_steps.json": ["201 steps", "at most 200"],
    "lesson_title_missing.json": ["missing", "'title'"],
    "lesson_title_string.json": ["field 'title'", "\"en\" and \"ko\""],
    "lesson_missing_caption.json": ["step 2", "missing field 'caption'"],
    "lesson_caption_missing_ko.json": ["step 2, field 'caption'", "missing 'ko'"],
    "lesson_caption_empty_ko.json": ["step 2, field 'caption'", "caption.ko is empty"],
    "lesson_caption_string.json": ["step 1, field 'caption'", "string"],
    "lesson_caption_extra_language.json": ["step 1, field 'caption'", "'fr'"],
    "lesson_huge_caption.json": ["step 2, field 'caption'", "5,000 characters"],
    "lesson_control_char_caption.json": ["step 2, field 'caption'", "u+0007"],
    "lesson_bad_panel.json": ["step 2, field 'panels'", "panel_magic", "panel_information"],
    "lesson_panels_string.json": ["step 2, field 'panels'", "list of panel names"],
    "lesson_panel_twice.json": ["step 2, field 'panels'", "'panel_loss' twice"],
    "lesson_unknown_preset.json": ["step 2, field 'preset'", "fair-koin", "fair-coin"],
    "lesson_preset_null.json": ["step 2, field 'preset'", "null"],
    "lesson_unknown_step_field.json": ["step 2", "unknown field 'captoin'"],
    "lesson_unknown_top_key.json": ["unknown key 'author'"],
    "lesson_pq_length_mismatch.json": ["step 3", "p has 2 bins but q has 3"],
    "lesson_labels_length_mismatch.json": ["step 3, field 'labels'", "3 entries", "2 bins"],
    "lesson_labels_control_char.json": ["step 3, field 'labels'", "u+0000"],
    "lesson_preset_length_mismatch.json": ["step 3", "'fair-die' has 6 bins but p has 2"],
    "lesson_partial_first.json": ["step 1", "sets 'p'", "no earlier step"],
    "lesson_partial_wrong_bins.json": ["step 3, field 'p'", "3 entries", "leave 2 bins"],
    "lesson_q_and_logits.json": ["step 3", "'q' and 'logits'"],
    "lesson_temperature_without_logits.json": ["step 3", "'temperature' needs 'logits'"],
    "lesson_temperature_negative.json": ["step 3, field 'temperature'", "> 0"],
    "lesson_unit_bad.json": ["step 2, field 'unit'", "decibels"],
    "lesson_duplicate_keys.json": ["'preset' appears twice"],
    "lesson_deep_nesting.json": ["nested too deeply"],
    "lesson_version_99.json": ["version 99", "newer"],
    "lesson_is_a_session.json": ["session file", "not a lesson"],
}


def lesson_text(steps, **top):
    obj = {"format": "infoviz-lesson", "version": 1,
           "title": {"en": "T", "ko": "제목"}, "steps": steps}
    obj.update(top)
    return json.dumps(obj, ensure_ascii=False)


def step(**fields):
    return {"caption": CAPTION, **fields}


# -- the shipped lesson ---------------------------------------------------------------------------
def test_default_lesson_path_is_inside_the_package_and_found_by_importlib_resources():
    path = default_lesson_path()
    assert path.is_file()
    assert path == ROOT / "infoviz" / "resources" / "lessons" / "default.json"
    resource = resources.files("infoviz") / "resources" / "lessons" / "default.json"
    assert resource.is_file() and resource.read_bytes() == path.read_bytes()


def test_pyproject_ships_the_resources_as_package_data():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'infoviz\s*=\s*\[\s*"resources/\*\*/\*"', pyproject)


@pytest.fixture(scope="module")
def lesson():
    return load_default_lesson()


def test_default_lesson_parses_and_is_long_enough(lesson):
    assert isinstance(lesson, Lesson)
    assert len(lesson) == len(lesson.steps) >= 12
    assert lesson.title.en and HANGUL.search(lesson.title.ko)
    assert parse_lesson(default_lesson_path().read_text(encoding="utf-8")) == lesson


def test_every_step_has_natural_captions_in_both_languages(lesson):
    for k, st in enumerate(lesson.steps, 1):
        assert len(st.caption.en) > 30 and len(st.caption.ko) > 15, k
        assert HANGUL.search(st.caption.ko), f"step {k}: Korean caption without Hangul"
        assert not HANGUL.search(st.caption.en.replace("김", "").replace("맹", "")), k
        assert st.title is not None and st.title.en and HANGUL.search(st.title.ko), k
        assert st.caption.get("ko") == st.caption.ko and st.caption.get("en") == st.caption.en


def test_every_step_replays_to_a_valid_session(lesson):
    sessions = lesson_sessions(lesson)
    assert len(sessions) == len(lesson)
    for k, (st, s) in enumerate(zip(lesson.steps, sessions), 1):
        assert len(s.p) == len(s.q) == len(s.labels) == s.n_bins, k
        assert abs(math.fsum(s.p) - 1) <= 1e-9 and abs(math.fsum(s.q) - 1) <= 1e-9, k
        for dist in (s.p, s.q):
            assert all(0.0 <= x <= 1.0 for x in dist), k
        for v in (entropy(s.p, s.unit), entropy(s.q, s.unit), cross_entropy(s.p, s.q, s.unit),
                  kl_divergence(s.p, s.q, s.unit), kl_divergence(s.q, s.p, s.unit)):
            assert not math.isnan(v) and v >= 0, k
        if st.p is not None:
            assert s.p == st.p
        if st.preset is not None and st.p is None:
            assert s.p == PRESETS[st.preset].p
    # replay does not depend on where the lecturer was
    assert lesson_sessions(lesson, start=session_from_preset("surnames")) == sessions


def _first_step(lesson, predicate):
    return next(k for k, st in enumerate(lesson.steps) if predicate(st))


def test_default_lesson_follows_the_lecture_order(lesson):
    panels_in_order = ["panel_information", "panel_loss", "panel_sampling", "panel_softmax",
                       "panel_fit", "panel_continuous", "panel_code"]
    firsts = [_first_step(lesson, lambda st, p=p: st.panels and p in st.panels)
              for p in panels_in_order]
    assert firsts == sorted(firsts)
    presets = ["fair-coin", "fair-die", "surnames", "biased-coin", "asymmetry", "one-hot",
               "two-humps"]
    order = [_first_step(lesson, lambda st, p=p: st.preset == p) for p in presets]
    assert order == sorted(order)
    # the KL steps come after cross entropy and before NLL; NLL before CE vs MSE
    ce = _first_step(lesson, lambda st: "교차 엔트로피" in st.title.ko)
    kl = _first_step(lesson, lambda st: "KL 발산" in st.title.ko)
    nll = _first_step(lesson, lambda st: "음의 로그 가능도" in st.title.ko)
    mse = _first_step(lesson, lambda st: "MSE" in st.title.en)
    assert ce < kl < nll < mse


def test_default_lesson_numbers_are_the_reference_values(lesson):
    sessions = lesson_sessions(lesson)
    by_title = {st.title.en: s for st, s in zip(lesson.steps, sessions)}
    coin = by_title["Information content"]
    assert information_content(coin.p, "bits")[0] == pytest.approx(1.0, rel=1e-12)
    die = by_title["A rarer event"]
    assert information_content(die.p, "bits")[5] == pytest.approx(2.584962500721156, rel=1e-12)
    assert entropy(by_title["Entropy"].p) == pytest.approx(1.0, rel=1e-12)
    assert entropy(by_title["A biased coin"].p) == pytest.approx(0.970950594454669, rel=1e-12)
    assert entropy(by_title["Always heads"].p) == 0.0
    bce = by_title["Binary cross entropy"]
    assert cross_entropy(bce.p, bce.q) == pytest.approx(0.736965594166206, rel=1e-12)
    asym = by_title["KL is not symmetric"]
    assert kl_divergence(asym.p, asym.q) == pytest.approx(0.278071905112638, rel=1e-12)
    assert kl_divergence(asym.q, asym.p) == pytest.approx(0.321928094887362, rel=1e-12)
    one_hot = by_title["One-hot labels"]
    assert cross_entropy(one_hot.p, one_hot.q) == pytest.approx(0.514573172829758, rel=1e-12)
    assert kl_divergence(one_hot.q, one_hot.p) == math.inf
    assert math.isfinite(kl_divergence(*reversed((by_title["Label smoothing"].p,
                                                  by_title["Label smoothing"].q))))
    soft = by_title["Softmax"]
    assert soft.q == tuple(softmax(soft.logits, 1.0))
    hot = by_title["Temperature"]
    assert hot.temperature == 3.0 and entropy(hot.q) > entropy(soft.q)
    assert cross_entropy(hot.p, hot.q) > cross_entropy(soft.p, soft.q)
    code = by_title["In code"]
    assert code.unit == "nats"
    assert cross_entropy(code.p, code.q, "nats") == pytest.approx(0.356674943938732, rel=1e-12)
    assert sessions[0].unit == "bits"  # the lecture starts in bits even after a replay


def test_default_lesson_korean_uses_the_reference_terms(lesson):
    ko = " ".join(st.caption.ko for st in lesson.steps)
    for term in ("정보량", "엔트로피", "교차 엔트로피", "이진 교차 엔트로피", "KL 발산",
                 "음의 로그 가능도", "실제 분포", "예측 분포", "정답", "비트", "내트", "손실"):
        assert term in ko, term


# -- step rules -----------------------------------------------------------------------------------
def test_step_fields_are_normalised():
    st = LessonStep(caption=CAPTION, title={"en": "t", "ko": "제"}, p=[1, 0], q=np.array([0.5, 0.5]),
                    labels=["a", "b"], panels=["panel_loss"], unit="nats")
    assert st.caption == LocalText("A caption.", "설명입니다.")
    assert st.p == (1.0, 0.0) and st.q == (0.5, 0.5) and st.labels == ("a", "b")
    assert st.panels == ("panel_loss",) and st.n_bins == 2 and st.sets_bins
    with pytest.raises(dataclasses.FrozenInstanceError):
        st.p = (0.5, 0.5)
    assert LessonStep(caption=CAPTION).n_bins is None
    assert not LessonStep(caption=CAPTION, q=(0.5, 0.5)).sets_bins
    assert LessonStep(caption=CAPTION, p=(0.5, 0.5), logits=(1, 2)).sets_bins
    assert set(PANEL_NAMES) == {"panel_information", "panel_loss", "panel_softmax",
                                "panel_sampling", "panel_fit", "panel_continuous", "panel_code",
                                "panel_lesson"}


@pytest.mark.parametrize("fields, words", [
    (dict(q=(0.5, 0.5), logits=(1.0, 2.0)), "'q' and 'logits'"),
    (dict(temperature=2.0), "needs 'logits'"),
    (dict(logits=(1.0, 2.0), temperature=0), "field 'temperature'"),
    (dict(p=(0.5, 0.5), q=(1 / 3,) * 3), "p has 2 bins but q has 3"),
    (dict(preset="one-hot", q=(0.5, 0.5)), "'one-hot' has 4 bins but q has 2"),
    (dict(p=(0.5, 0.5), labels=("a", "b", "c")), "field 'labels'"),
    (dict(labels=("a",)), "field 'labels'"),
    (dict(labels="ab"), "field 'labels'"),
    (dict(preset="nope"), "field 'preset'"),
    (dict(panels=("panel_x",)), "field 'panels'"),
    (dict(unit="bit"), "field 'unit'"),
    (dict(p=(0.5, -0.5, 1.0), q=(1 / 3,) * 3), "field 'p': p[1] is -0.5"),
    (dict(logits=(1.0, math.nan)), "field 'logits': logits[1] is nan"),
])
def test_step_refusals_name_the_field(fields, words):
    with pytest.raises(LessonError, match=re.escape(words)):
        LessonStep(caption=CAPTION, **fields)


def test_lesson_level_refusals():
    good = LessonStep(caption=CAPTION)
    with pytest.raises(LessonError, match="no steps"):
        Lesson(title=CAPTION, steps=())
    with pytest.raises(LessonError, match="at most 200"):
        Lesson(title=CAPTION, steps=(good,) * (MAX_STEPS + 1))
    with pytest.raises(LessonError, match="step 2: expected a LessonStep"):
        Lesson(title=CAPTION, steps=(good, {"caption": CAPTION}))
    with pytest.raises(LessonError, match="field 'title'"):
        Lesson(title={"en": "only"}, steps=(good,))
    assert len(Lesson(title=CAPTION, steps=[good] * MAX_STEPS)) == MAX_STEPS


def test_partial_steps_must_fit_the_bins_the_earlier_steps_leave():
    ok = parse_lesson(lesson_text([
        step(preset="fair-die"),
        step(panels=["panel_information"]),           # touches nothing
        step(q=[0.5, 0.1, 0.1, 0.1, 0.1, 0.1]),      # same 6 bins: fine
        step(labels=["a", "b", "c", "d", "e", "f"]),
        step(p=[0.5, 0.5], q=[0.5, 0.5]),            # changes the bin count by itself
        step(logits=[1, 2], temperature=0.5),
    ]))
    assert len(ok) == 6
    with pytest.raises(LessonError, match=r"step 3, field 'q': has 2 entries .* leave 6 bins"):
        parse_lesson(lesson_text([step(preset="fair-die"), step(), step(q=[0.5, 0.5])]))
    with pytest.raises(LessonError, match=r"step 2: sets 'labels' but no earlier step"):
        parse_lesson(lesson_text([step(unit="nats"), step(labels=["a", "b"])]))


def test_error_messages_number_steps_from_one():
    steps = [step(preset="fair-coin"), step(preset="fair-coin"), step(p=[0.5, 0.5], q=[1.2, -0.2])]
    with pytest.raises(LessonError) as err:
        parse_lesson(lesson_text(steps))
    assert str(err.value).startswith("step 3, field 'q': q[0] is 1.2")
    steps[2] = step(p=[0.2, 0.3, 0.5], q=[0.6, -0.2, 0.6])
    with pytest.raises(LessonError) as err:
        parse_lesson(lesson_text(steps))
    assert str(err.value) == "step 3, field 'q': q[1] is -0.2; a probability must be in [0, 1]"


def test_caption_may_span_lines_but_title_may_not():
    assert parse_lesson(lesson_text([step(caption={"en": "a\nb", "ko": "가\n나"})]))
    with pytest.raises(LessonError, match="step 1, field 'title'.*U\\+000A"):
        parse_lesson(lesson_text([step(title={"en": "a\nb", "ko": "가"})]))


# -- apply_step / replay ----------------------------------------------------------------------------
def test_apply_step_semantics():
    s0 = dataclasses.replace(default_session(), locked_p=frozenset({1}), unit="nats")
    # a step that touches nothing keeps everything
    assert apply_step(s0, LessonStep(caption=CAPTION, panels=("panel_code",))) == s0
    # a preset replaces the bars, clears locks, keeps the unit (the preset has none)
    s1 = apply_step(s0, LessonStep(caption=CAPTION, preset="one-hot"))
    assert s1 == session_from_preset("one-hot", unit="nats")
    # q alone: same bins, locks and labels kept, preset forgotten
    s2 = apply_step(s0, LessonStep(caption=CAPTION, q=(1 / 6,) * 6))
    assert s2.q == (1 / 6,) * 6 and s2.p == s0.p and s2.locked_p == {1}
    assert s2.labels == s0.labels and s2.preset is None
    # new bin count: default labels, no locks
    s3 = apply_step(s0, LessonStep(caption=CAPTION, p=(0.5, 0.5), q=(0.9, 0.1)))
    assert s3.labels == ("A", "B") and s3.locked_p == frozenset()
    # logits set q through softmax and are remembered; a later q forgets them
    s4 = apply_step(s3, LessonStep(caption=CAPTION, logits=(2.0, 0.0), temperature=2.0))
    assert s4.q == tuple(softmax([2.0, 0.0], 2.0)) and s4.logits == (2.0, 0.0)
    assert s4.temperature == 2.0
    s5 = apply_step(s4, LessonStep(caption=CAPTION, q=(0.5, 0.5)))
    assert s5.logits is None and s5.temperature == 1.0
    s6 = apply_step(s4, LessonStep(caption=CAPTION, unit="bits", labels=("y", "n")))
    assert s6.logits == s4.logits and s6.unit == "bits" and s6.labels == ("y", "n")
    # a partial step that does not fit the session is refused
    with pytest.raises(LessonError, match="3 bins but the session has 2"):
        apply_step(s3, LessonStep(caption=CAPTION, q=(1 / 3,) * 3))


# -- hostile input ------------------------------------------------------------------------------------
def test_the_hostile_lesson_corpus_is_complete():
    on_disk = {p.name for p in HOSTILE.glob("lesson_*.json")}
    assert on_disk == set(HOSTILE_LESSONS), "update HOSTILE_LESSONS or the corpus"
    assert len(on_disk) >= 30


@pytest.mark.parametrize("name", sorted(HOSTILE_LESSONS))
def test_hostile_lesson_file_is_refused_quickly_with_a_clear_message(name):
    path = HOSTILE / name
    start = time.perf_counter()
    with pytest.raises(LessonError) as err:
        load_lesson(path)
    assert time.perf_counter() - start < 1.0
    assert isinstance(err.value, ValueError) and not isinstance(err.value, SessionError)
    msg = str(err.value).lower()
    for word in HOSTILE_LESSONS[name]:
        assert word.lower() in msg, f"{name}: {word!r} not in {msg!r}"
    with pytest.raises(LessonError) as again:
        parse_lesson(path.read_bytes())
    assert str(again.value) == str(err.value)


def test_lesson_file_too_large_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.json"
    text = default_lesson_path().read_text(encoding="utf-8")
    big.write_text(text + " " * (MAX_FILE_BYTES + 1 - len(text.encode())), encoding="utf-8")
    with pytest.raises(LessonError, match="at most 1,000,000 bytes"):
        load_lesson(big)
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as f:
        f.truncate(5 * 1024 ** 3)
    start = time.perf_counter()
    with pytest.raises(LessonError, match="at most"):
        load_lesson(huge)
    assert time.perf_counter() - start < 1.0
    with pytest.raises(LessonError, match="at most"):
        parse_lesson("[" * (MAX_FILE_BYTES + 1))


def test_unreadable_lesson_is_an_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_lesson(tmp_path / "missing.json")
    with pytest.raises(IsADirectoryError):
        load_lesson(tmp_path)


def test_lesson_recursion_is_refused_deep_in_the_call_stack():
    data = (HOSTILE / "lesson_deep_nesting.json").read_bytes()

    def nest(k):
        if k == 0:
            with pytest.raises(LessonError, match="nested too deeply"):
                parse_lesson(data)
            return
        nest(k - 1)

    nest(sys.getrecursionlimit() - 200)


def test_mutated_default_lesson_reports_the_right_step():
    obj = json.loads(default_lesson_path().read_text(encoding="utf-8"))
    for k in (1, 7, len(obj["steps"])):
        bad = copy.deepcopy(obj)
        bad["steps"][k - 1]["panels"] = ["panel_nope"]
        with pytest.raises(LessonError, match=rf"^step {k}, field 'panels'"):
            parse_lesson(json.dumps(bad))
        bad = copy.deepcopy(obj)
        del bad["steps"][k - 1]["caption"]["ko"]
        with pytest.raises(LessonError, match=rf"^step {k}, field 'caption': missing 'ko'"):
            parse_lesson(json.dumps(bad))
