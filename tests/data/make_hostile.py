"""Regenerate tests/data/hostile/: malformed session and lesson files, one flaw each.

Run from the repository root: ``python tests/data/make_hostile.py``. Every file is small
(under 200 KB); the too-large cases are made at test time in ``tmp_path`` instead. What
each file must be refused for is listed in tests/model/test_session.py and test_lesson.py.
"""
import codecs
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "hostile"

SESSION = {
    "format": "infoviz-session", "version": 1, "unit": "bits",
    "labels": ["A", "B", "C", "D", "E", "F"],
    "p": [0.35, 0.25, 0.18, 0.12, 0.07, 0.03],
    "q": [0.1, 0.15, 0.2, 0.25, 0.2, 0.1],
    "locked_p": [], "locked_q": [], "preset": None, "logits": None, "temperature": 1.0,
}

CAPTION = {"en": "A caption.", "ko": "설명입니다."}
LESSON = {
    "format": "infoviz-lesson", "version": 1,
    "title": {"en": "Hostile", "ko": "악성"},
    "steps": [
        {"preset": "fair-coin", "caption": CAPTION},
        {"preset": "biased-coin", "panels": ["panel_information"], "caption": CAPTION},
        {"p": [0.5, 0.5], "q": [0.7, 0.3], "caption": CAPTION},
    ],
}


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)


def session(**changes) -> str:
    obj = dict(SESSION)
    for k, v in changes.items():
        if v is ...:
            del obj[k]
        else:
            obj[k] = v
    return dump(obj)


def lesson(step_changes=None, step=3, **changes) -> str:
    obj = json.loads(json.dumps(LESSON))
    for k, v in changes.items():
        if v is ...:
            del obj[k]
        else:
            obj[k] = v
    if step_changes:
        s = obj["steps"][step - 1]
        for k, v in step_changes.items():
            if v is ...:
                del s[k]
            else:
                s[k] = v
    return dump(obj)


def files():
    good_s = session()
    good_l = lesson()
    yield "session_truncated.json", good_s[: len(good_s) // 2]
    yield "session_empty.json", ""
    yield "session_not_json.json", "p = 0.5, 0.5\nq = 0.5, 0.5\n"
    yield "session_trailing_garbage.json", good_s + "\n}{]"
    yield "session_utf16_bom.json", good_s.encode("utf-16")
    yield "session_utf16_no_bom.json", good_s.encode("utf-16-le")
    yield "session_utf32_bom.json", codecs.BOM_UTF32_LE + good_s.encode("utf-32-le")
    yield "session_latin1.json", session(labels=["é", "B", "C", "D", "E", "F"]).encode("latin-1")
    yield "session_binary.json", bytes(range(256)) * 4
    yield "session_nan.json", good_s.replace("0.35", "NaN", 1)
    yield "session_infinity.json", good_s.replace("0.35", "Infinity", 1)
    yield "session_neg_infinity.json", good_s.replace("0.35", "-Infinity", 1)
    yield "session_1e400.json", good_s.replace("0.35", "1e400", 1)
    yield "session_huge_int.json", good_s.replace("0.35", "1" + "0" * 200, 1)
    yield "session_negative.json", session(p=[0.35, 0.25, -0.1, 0.3, 0.17, 0.03])
    yield "session_above_one.json", session(p=[1.5, -0.5], q=[0.5, 0.5], labels=["A", "B"])
    yield "session_all_zero.json", session(q=[0, 0, 0, 0, 0, 0])
    yield "session_sum_off.json", session(p=[0.3, 0.25, 0.18, 0.12, 0.07, 0.03])
    yield "session_wrong_lengths.json", session(q=[0.2, 0.2, 0.2, 0.2, 0.2])
    yield "session_51_bins.json", session(p=[1 / 51] * 51, q=[1 / 51] * 51,
                                          labels=[str(i) for i in range(51)])
    yield "session_1_bin.json", session(p=[1.0], q=[1.0], labels=["A"])
    yield "session_empty_p.json", session(p=[])
    yield "session_huge_array.json", session(p=[0] * 30000)
    yield "session_string_number.json", session(p=["0.35", 0.25, 0.18, 0.12, 0.07, 0.03])
    yield "session_bool_number.json", session(q=[0.1, 0.15, 0.2, 0.25, 0.2, True])
    yield "session_null_number.json", session(p=[None, 0.25, 0.18, 0.12, 0.07, 0.03])
    yield "session_p_string.json", session(p="0.35 0.25 0.18 0.12 0.07 0.03")
    yield "session_nested_list.json", session(p=[[0.5], [0.5]], q=[0.5, 0.5], labels=["A", "B"])
    yield "session_deep_brackets.json", "[" * 100_000
    yield "session_deep_in_p.json", session(p="DEEP").replace('"DEEP"', "[" * 50_000 + "0.5" + "]" * 50_000)
    yield "session_deep_objects.json", '{"a":' * 30_000 + "1" + "}" * 30_000
    yield "session_duplicate_keys.json", good_s.replace('"p":', '"p": [0.5, 0.5],\n "p":', 1)
    yield "session_version_2.json", session(version=2)
    yield "session_version_0.json", session(version=0)
    yield "session_version_string.json", session(version="1")
    yield "session_version_bool.json", session(version=True)
    yield "session_version_missing.json", session(version=...)
    yield "session_unknown_format.json", session(format="something-else")
    yield "session_format_missing.json", session(format=...)
    yield "session_is_a_lesson.json", good_l
    yield "session_missing_p.json", session(p=...)
    yield "session_unknown_key.json", session(lables=["A"])
    yield "session_top_level_list.json", "[0.5, 0.5]"
    yield "session_top_level_number.json", "42"
    yield "session_top_level_null.json", "null"
    yield "session_huge_label.json", session(labels=["A" * 5000, "B", "C", "D", "E", "F"])
    yield "session_control_char_label.json", session(labels=["A\u0007", "B", "C", "D", "E", "F"])
    yield "session_newline_label.json", session(labels=["A\nB", "B", "C", "D", "E", "F"])
    yield "session_bidi_label.json", session(labels=["A", "\u202eB", "C", "D", "E", "F"])
    yield "session_surrogate_label.json", good_s.replace('"A"', '"\\ud800"', 1)
    yield "session_labels_string.json", session(labels="ABCDEF")
    yield "session_labels_numbers.json", session(labels=[1, 2, 3, 4, 5, 6])
    yield "session_labels_wrong_length.json", session(labels=["A", "B"])
    yield "session_lock_out_of_range.json", session(locked_q=[6])
    yield "session_lock_bool.json", session(locked_p=[True])
    yield "session_lock_duplicate.json", session(locked_p=[1, 1])
    yield "session_unit_unknown.json", session(unit="furlongs")
    yield "session_unit_number.json", session(unit=2)
    yield "session_preset_unknown.json", session(preset="no-such-preset")
    yield "session_logits_wrong_length.json", session(logits=[1.0, 2.0])
    yield "session_logits_string.json", session(logits="1,2,3,4,5,6")
    yield "session_temperature_zero.json", session(temperature=0)
    yield "session_temperature_string.json", session(temperature="hot")

    yield "lesson_truncated.json", good_l[: len(good_l) * 2 // 3]
    yield "lesson_empty.json", ""
    yield "lesson_not_json.json", "# My lesson\n1. entropy\n2. cross entropy\n"
    yield "lesson_utf16_bom.json", good_l.encode("utf-16")
    yield "lesson_invalid_utf8.json", good_l.encode("utf-8").replace("설".encode(), b"\xed\xa0\x80", 1)
    yield "lesson_nan.json", lesson({"q": "NaN-PLACEHOLDER"}).replace('"NaN-PLACEHOLDER"', "[NaN, 0.5]")
    yield "lesson_infinity.json", lesson({"p": "X"}).replace('"X"', "[Infinity, 0]")
    yield "lesson_1e400.json", lesson({"logits": "X", "q": ...}).replace('"X"', "[1e400, 0]")
    yield "lesson_negative_q.json", lesson({"p": [0.2, 0.3, 0.5], "q": [0.6, -0.2, 0.6]})
    yield "lesson_sum_off.json", lesson({"p": [0.5, 0.6]})
    yield "lesson_51_bins.json", lesson({"p": [1 / 51] * 51, "q": [1 / 51] * 51})
    yield "lesson_string_number.json", lesson({"q": ["0.5", "0.5"]})
    yield "lesson_bool_in_p.json", lesson({"p": [True, False]})
    yield "lesson_p_not_list.json", lesson({"p": {"H": 0.5, "T": 0.5}})
    yield "lesson_steps_missing.json", lesson(steps=...)
    yield "lesson_steps_empty.json", lesson(steps=[])
    yield "lesson_steps_not_list.json", lesson(steps={"1": {"caption": CAPTION}})
    yield "lesson_step_not_object.json", lesson(steps=[{"preset": "fair-coin", "caption": CAPTION}, ["preset", "fair-die"]])
    yield "lesson_too_many_steps.json", lesson(steps=[{"caption": CAPTION}] * 201)
    yield "lesson_title_missing.json", lesson(title=...)
    yield "lesson_title_string.json", lesson(title="Hostile")
    yield "lesson_missing_caption.json", lesson({"caption": ...}, step=2)
    yield "lesson_caption_missing_ko.json", lesson({"caption": {"en": "Only English."}}, step=2)
    yield "lesson_caption_empty_ko.json", lesson({"caption": {"en": "English.", "ko": "  "}}, step=2)
    yield "lesson_caption_string.json", lesson({"caption": "Just a string"}, step=1)
    yield "lesson_caption_extra_language.json", lesson({"caption": {"en": "a", "ko": "가", "fr": "le"}}, step=1)
    yield "lesson_huge_caption.json", lesson({"caption": {"en": "x" * 5000, "ko": "가"}}, step=2)
    yield "lesson_control_char_caption.json", lesson({"caption": {"en": "bell\u0007", "ko": "가"}}, step=2)
    yield "lesson_bad_panel.json", lesson({"panels": ["panel_information", "panel_magic"]}, step=2)
    yield "lesson_panels_string.json", lesson({"panels": "panel_information"}, step=2)
    yield "lesson_panel_twice.json", lesson({"panels": ["panel_loss", "panel_loss"]}, step=2)
    yield "lesson_unknown_preset.json", lesson({"preset": "fair-koin"}, step=2)
    yield "lesson_preset_null.json", lesson({"preset": None}, step=2)
    yield "lesson_unknown_step_field.json", lesson({"captoin": CAPTION}, step=2)
    yield "lesson_unknown_top_key.json", lesson(author="me")
    yield "lesson_pq_length_mismatch.json", lesson({"q": [0.2, 0.3, 0.5]})
    yield "lesson_labels_length_mismatch.json", lesson({"labels": ["H", "T", "E"]})
    yield "lesson_labels_control_char.json", lesson({"labels": ["H", "T\u0000"]})
    yield "lesson_preset_length_mismatch.json", lesson({"preset": "fair-die", "p": [0.5, 0.5], "q": ...})
    yield "lesson_partial_first.json", lesson(steps=[{"p": [0.5, 0.5], "caption": CAPTION}])
    yield "lesson_partial_wrong_bins.json", lesson({"p": [0.2, 0.3, 0.5], "q": ...})
    yield "lesson_q_and_logits.json", lesson({"logits": [1.0, 0.0]})
    yield "lesson_temperature_without_logits.json", lesson({"temperature": 2.0})
    yield "lesson_temperature_negative.json", lesson({"logits": [1.0, 0.0], "q": ..., "temperature": -1})
    yield "lesson_unit_bad.json", lesson({"unit": "decibels"}, step=2)
    yield "lesson_duplicate_keys.json", good_l.replace('"preset": "biased-coin"', '"preset": "biased-coin", "preset": "fair-die"', 1)
    yield "lesson_deep_nesting.json", '{"format": "infoviz-lesson", "steps": ' + "[" * 100_000
    yield "lesson_version_99.json", lesson(version=99)
    yield "lesson_is_a_session.json", good_s


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.json"):
        old.unlink()
    for name, content in files():
        data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
        assert len(data) < 200_000, (name, len(data))
        (OUT / name).write_bytes(data)
    print(f"wrote {len(list(OUT.glob('*.json')))} files to {OUT}")


if __name__ == "__main__":
    main()
