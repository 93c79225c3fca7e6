"""Session values and files: validation, JSON round trip, hostile files, atomic save."""
import dataclasses
import errno
import json
import math
import os
import stat
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import infoviz.model.session as session_mod
from infoviz.model import (MAX_FILE_BYTES, PRESETS, SESSION_VERSION, Session, SessionError,
                           default_session, load_session, parse_session, preset_names,
                           save_session_atomic, session_from_preset, to_json)

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"

# Every hostile session file, and words its refusal message must contain (case-insensitive).
HOSTILE_SESSIONS = {
    "session_truncated.json": ["ends unexpectedly", "truncated"],
    "session_empty.json": ["ends unexpectedly"],
    "session_not_json.json": ["not valid json", "line 1"],
    "session_trailing_garbage.json": ["not valid json", "extra data"],
    "session_utf16_bom.json": ["utf-16", "utf-8"],
    "session_utf16_no_bom.json": ["nul byte", "utf-16"],
    "session_utf32_bom.json": ["utf-32"],
    "session_latin1.json": ["not valid utf-8", "0xe9"],
    "session_binary.json": ["nul byte"],
    "session_nan.json": ["nan", "finite"],
    "session_infinity.json": ["infinity", "finite"],
    "session_neg_infinity.json": ["-infinity"],
    "session_1e400.json": ["1e400", "infinity"],
    "session_huge_int.json": ["201 digits"],
    "session_negative.json": ["p[2] is -0.1", "[0, 1]"],
    "session_above_one.json": ["p[0] is 1.5"],
    "session_all_zero.json": ["q is all zeros"],
    "session_sum_off.json": ["p sums to 0.95", "not 1"],
    "session_wrong_lengths.json": ["p has 6", "q has 5"],
    "session_51_bins.json": ["51 entries", "at most 50"],
    "session_1_bin.json": ["p has 1 entry", "2 to 50"],
    "session_empty_p.json": ["p has 0 entries"],
    "session_huge_array.json": ["30000 entries", "at most 50"],
    "session_string_number.json": ["p[0]", "string '0.35'", "expected a number"],
    "session_bool_number.json": ["q[5]", "boolean"],
    "session_null_number.json": ["p[0] is null"],
    "session_p_string.json": ["'p' must be a list of numbers", "string"],
    "session_nested_list.json": ["p[0] is a list", "expected a number"],
    "session_deep_brackets.json": ["nested too deeply"],
    "session_deep_in_p.json": ["nested too deeply"],
    "session_deep_objects.json": ["nested too deeply"],
    "session_duplicate_keys.json": ["'p' appears twice"],
    "session_version_2.json": ["version 2", "newer"],
    "session_version_0.json": ["version 0"],
    "session_version_string.json": ["'version' must be an integer", "string"],
    "session_version_bool.json": ["'version' must be an integer", "boolean"],
    "session_version_missing.json": ["'version' is missing"],
    "session_unknown_format.json": ["unknown format", "something-else"],
    "session_format_missing.json": ["'format' is missing"],
    "session_is_a_lesson.json": ["lesson file", "not a session"],
    "session_missing_p.json": ["missing", "'p'"],
    "session_unknown_key.json": ["unknown key", "lables"],
    "session_top_level_list.json": ["json object", "list"],
    "session_top_level_number.json": ["json object", "number 42"],
    "session_top_level_null.json": ["json object", "null"],
    "session_huge_label.json": ["labels[0]", "5,000 characters", "at most 40"],
    "session_control_char_label.json": ["labels[0]", "u+0007"],
    "session_newline_label.json": ["labels[0]", "u+000a"],
    "session_bidi_label.json": ["labels[1]", "u+202e"],
    "session_surrogate_label.json": ["labels[0]", "u+d800"],
    "session_labels_string.json": ["'labels' must be a list of strings"],
    "session_labels_numbers.json": ["labels[0] must be a string"],
    "session_labels_wrong_length.json": ["'labels' has 2 entries", "6 bins"],
    "session_lock_out_of_range.json": ["locked_q[0] is 6", "0..5"],
    "session_lock_bool.json": ["locked_p[0]", "boolean"],
    "session_lock_duplicate.json": ["locked_p", "bar 1 twice"],
    "session_unit_unknown.json": ["unit", "furlongs"],
    "session_unit_number.json": ["'unit'", "number 2"],
    "session_preset_unknown.json": ["'preset'", "no-such-preset", "fair-coin"],
    "session_logits_wrong_length.json": ["'logits' has 2 entries"],
    "session_logits_string.json": ["'logits'", "string"],
    "session_temperature_zero.json": ["'temperature'", "> 0"],
    "session_temperature_string.json": ["'temperature'", "string 'hot'"],
}


def valid_dict(**changes):
    obj = json.loads(to_json(default_session()))
    obj.update(changes)
    return obj


# -- the Session value --------------------------------------------------------------------------
def test_default_session_is_the_default_preset_in_bits():
    s = default_session()
    pr = PRESETS["default"]
    assert (s.p, s.q, s.labels) == (pr.p, pr.q, pr.labels)
    assert s.unit == "bits" and s.preset == "default" and s.n_bins == 6
    assert s.locked_p == frozenset() and s.locked_q == frozenset()
    assert s.logits is None and s.temperature == 1.0


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_makes_a_session(name):
    s = session_from_preset(name)
    assert s.p == PRESETS[name].p and s.labels == PRESETS[name].labels and s.preset == name
    assert session_from_preset(name, unit="nats").unit == "nats"


def test_session_normalises_types_and_is_hashable_and_frozen():
    s = Session(p=np.array([0.25, 0.75]), q=[1, 0], labels=["a", "b"], locked_p=[1],
                logits=np.array([1, 2]), temperature=2)
    assert s.p == (0.25, 0.75) and s.q == (1.0, 0.0) and s.labels == ("a", "b")
    assert all(type(x) is float for x in s.p + s.q + s.logits)
    assert s.locked_p == frozenset({1}) and isinstance(s.locked_q, frozenset)
    assert s.temperature == 2.0 and type(s.temperature) is float
    assert hash(s) == hash(Session(p=(0.25, 0.75), q=(1.0, 0.0), labels=("a", "b"),
                                   locked_p=frozenset({1}), logits=(1.0, 2.0), temperature=2.0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.p = (0.5, 0.5)
    assert Session(p=(0.5, 0.5), q=(0.5, 0.5)).labels == ("A", "B")


def test_replace_validates_again():
    s = default_session()
    assert dataclasses.replace(s, unit="nats").unit == "nats"
    with pytest.raises(SessionError, match=r"q\[0\] is -0.5"):
        dataclasses.replace(s, q=(-0.5, 1.5, 0, 0, 0, 0))


@pytest.mark.parametrize("kwargs, words", [
    (dict(p=(0.5, 0.6), q=(0.5, 0.5)), "p sums to 1.1"),
    (dict(p=(0.5, 0.5), q=(0.2, 0.3, 0.5)), "p has 2 entries but q has 3"),
    (dict(p=(1.0,), q=(1.0,)), "p has 1 entry"),
    (dict(p=(1 / 51,) * 51, q=(1 / 51,) * 51), "at most 50"),
    (dict(p=(0.5, True), q=(0.5, 0.5)), "p[1] is a boolean"),
    (dict(p=(0.5, "0.5"), q=(0.5, 0.5)), "p[1] is the string '0.5'"),
    (dict(p=(0.5, 0.5), q=(0.5, math.nan)), "q[1] is nan"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), labels=("a",)), "'labels' has 1 entries"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), labels="ab"), "'labels' must be a list of strings"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), labels=("a", 2)), "labels[1] must be a string"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), labels=("a", "x" * 41)), "at most 40"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), labels=("a", "b\tc")), "U+0009"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), locked_p=(2,)), "locked_p[0] is 2"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), locked_q=(-1,)), "locked_q[0] is -1"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), locked_q=(0.5,)), "locked_q[0] is the number 0.5"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), unit="bit"), "unknown unit 'bit'"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), preset="nope"), "'preset'"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), logits=(1.0,)), "'logits' has 1 entries"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), logits=(1.0, math.inf)), "logits[1] is inf"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), temperature=0.0), "'temperature'"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), temperature=math.nan), "'temperature'"),
    (dict(p=(0.5, 0.5), q=(0.5, 0.5), temperature=True), "'temperature'"),
])
def test_session_constructor_refuses_with_a_message_naming_the_field(kwargs, words):
    with pytest.raises(SessionError) as err:
        Session(**kwargs)
    assert words in str(err.value)
    assert isinstance(err.value, ValueError)


def test_locks_and_zero_bars_are_kept_exactly():
    s = Session(p=(1.0, 0.0, 0.0), q=(0.0, 0.0, 1.0), locked_p={0, 2}, locked_q={1})
    back = parse_session(to_json(s))
    assert back == s and back.p == (1.0, 0.0, 0.0)


# -- writing ------------------------------------------------------------------------------------
def test_to_json_is_versioned_pretty_utf8():
    text = to_json(session_from_preset("surnames"))
    obj = json.loads(text)  # plain json can read it
    keys = list(obj)
    assert keys[:2] == ["format", "version"]
    assert obj["format"] == "infoviz-session" and obj["version"] == SESSION_VERSION == 1
    assert set(keys) == {"format", "version", "unit", "labels", "p", "q", "locked_p",
                         "locked_q", "preset", "logits", "temperature"}
    assert "김" in text and "\\u" not in text  # Hangul written as itself
    assert text.endswith("\n") and text.count("\n") == len(keys) + 2  # one key per line
    text.encode("utf-8")


def test_to_json_refuses_a_non_session():
    with pytest.raises(TypeError):
        to_json({"p": [0.5, 0.5]})


# -- round trip ---------------------------------------------------------------------------------
LABEL = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp")), max_size=40)


def _weights(draw, n):
    """n non-negative weights, not all zero: hypothesis picks a seed and the shape (how
    many exact zeros, how skewed, a subnormal or not); numpy fills in the values, which
    keeps generation fast enough for 1000 examples in CI."""
    rng = np.random.default_rng(draw(st.integers(0, 2 ** 32 - 1)))
    w = rng.random(n) ** draw(st.sampled_from([1.0, 0.2, 5.0, 30.0]))
    w[rng.random(n) < draw(st.sampled_from([0.0, 0.3, 0.9]))] = 0.0
    if draw(st.booleans()):
        w[rng.integers(n)] = draw(st.sampled_from([5e-324, 1e-300, 1.0, 1e-9]))
    if not w.any():
        w[rng.integers(n)] = 1.0
    return tuple(float(x) for x in w / math.fsum(w))


@st.composite
def sessions(draw):
    n = draw(st.integers(2, 50))
    p, q = _weights(draw, n), _weights(draw, n)
    some = draw(st.lists(LABEL, min_size=1, max_size=6))
    labels = [some[i % len(some)] for i in range(n)]
    locks = st.frozensets(st.integers(0, n - 1), max_size=n)
    logits = None
    if draw(st.booleans()):
        rng = np.random.default_rng(draw(st.integers(0, 2 ** 32 - 1)))
        logits = rng.normal(0, draw(st.sampled_from([1.0, 10.0, 1e6])), n)
    return Session(p=p, q=q, labels=labels, locked_p=draw(locks), locked_q=draw(locks),
                   unit=draw(st.sampled_from(["bits", "nats"])),
                   preset=draw(st.none() | st.sampled_from(preset_names())),
                   logits=logits,
                   temperature=draw(st.floats(1e-6, 1e6)))


@given(sessions())
def test_round_trip_text_and_bytes(s):
    text = to_json(s)
    assert parse_session(text) == s
    assert parse_session(text.encode("utf-8")) == s
    assert parse_session(b"\xef\xbb\xbf" + text.encode("utf-8")) == s  # UTF-8 BOM accepted


def test_round_trip_through_a_file(tmp_path):
    s = Session(p=(0.1, 0.2, 0.7), q=(1 / 3, 1 / 3, 1 / 3), labels=("김", "이", "맹"),
                locked_q={2}, unit="nats", logits=(0.5, -1e-300, 3.0), temperature=0.25)
    path = tmp_path / "lecture.infoviz.json"
    save_session_atomic(path, s)
    assert load_session(path) == s
    assert load_session(str(path)) == s
    assert path.read_bytes().decode("utf-8") == to_json(s)


# -- hostile input ------------------------------------------------------------------------------
def test_the_hostile_corpus_is_complete():
    on_disk = {p.name for p in HOSTILE.glob("session_*.json")}
    assert on_disk == set(HOSTILE_SESSIONS), "update HOSTILE_SESSIONS or the corpus"
    assert len(on_disk) >= 30
    for p in HOSTILE.glob("*.json"):
        assert p.stat().st_size < 200_000


@pytest.mark.parametrize("name", sorted(HOSTILE_SESSIONS))
def test_hostile_session_file_is_refused_quickly_with_a_clear_message(name):
    path = HOSTILE / name
    start = time.perf_counter()
    with pytest.raises(SessionError) as err:
        load_session(path)
    assert time.perf_counter() - start < 1.0
    msg = str(err.value).lower()
    for word in HOSTILE_SESSIONS[name]:
        assert word.lower() in msg, f"{name}: {word!r} not in {msg!r}"
    assert len(msg) < 600
    # the same bytes handed over directly are refused the same way
    with pytest.raises(SessionError) as again:
        parse_session(path.read_bytes())
    assert str(again.value) == str(err.value)


def test_recursion_is_refused_even_deep_in_the_call_stack():
    data = (HOSTILE / "session_deep_brackets.json").read_bytes()

    def nest(k):
        if k == 0:
            with pytest.raises(SessionError, match="nested too deeply"):
                parse_session(data)
            return
        nest(k - 1)

    nest(sys.getrecursionlimit() - 200)


@pytest.mark.parametrize("depth", [10, 500])
def test_moderate_nesting_is_described_not_printed(depth):
    text = json.dumps(valid_dict()).replace('"p": [0.35,', '"p": [' + "[" * depth + "0.35"
                                            + "]" * depth + ",")
    with pytest.raises(SessionError) as err:
        parse_session(text)
    assert "p[0] is a list" in str(err.value) and len(str(err.value)) < 200


def test_exact_sum_tolerance():
    ok = valid_dict(p=[0.5, 0.5 + 5e-10, 0, 0, 0, 0])
    assert parse_session(json.dumps(ok)).p[1] == 0.5 + 5e-10  # kept as written, not normalised
    with pytest.raises(SessionError, match="sums to"):
        parse_session(json.dumps(valid_dict(p=[0.5, 0.5 + 2e-9, 0, 0, 0, 0])))


def test_file_too_large_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.json"
    text = to_json(default_session())
    big.write_text(text + " " * (MAX_FILE_BYTES + 1 - len(text.encode())), encoding="utf-8")
    assert big.stat().st_size == MAX_FILE_BYTES + 1
    with pytest.raises(SessionError, match="at most 1,000,000 bytes"):
        load_session(big)
    # exactly at the limit is fine
    big.write_text(text + " " * (MAX_FILE_BYTES - len(text.encode())), encoding="utf-8")
    assert load_session(big) == default_session()


def test_sparse_huge_file_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as f:
        f.truncate(10 * 1024 ** 3)  # 10 GB of holes: reading it would take minutes
    start = time.perf_counter()
    with pytest.raises(SessionError, match="10,737,418,240 bytes"):
        load_session(huge)
    assert time.perf_counter() - start < 1.0


def test_huge_text_and_bytes_are_refused_before_parsing():
    for data in ("[" * (MAX_FILE_BYTES + 1), b" " * (MAX_FILE_BYTES + 1),
                 "가" * (MAX_FILE_BYTES // 3 + 1)):
        start = time.perf_counter()
        with pytest.raises(SessionError, match="at most"):
            parse_session(data)
        assert time.perf_counter() - start < 1.0


def test_a_file_that_grows_past_the_limit_after_stat_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "grows.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 10))
    real_stat = os.stat

    def small_stat(p, *a, **k):
        st = real_stat(p, *a, **k)
        if os.fspath(p) == os.fspath(path):
            return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid,
                                   st.st_gid, 10, st.st_atime, st.st_mtime, st.st_ctime))
        return st

    monkeypatch.setattr(os, "stat", small_stat)
    with pytest.raises(SessionError, match="at most"):
        load_session(path)


def test_unreadable_paths_raise_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_session(tmp_path / "missing.json")
    with pytest.raises(IsADirectoryError):
        load_session(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_fifo_is_refused_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(SessionError, match="not a regular file"):
        load_session(fifo)


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0,
                    reason="root can read a mode-000 file")
def test_permission_denied_is_an_oserror(tmp_path):
    path = tmp_path / "secret.json"
    path.write_text(to_json(default_session()), encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(PermissionError):
            load_session(path)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("data", [None, 42, ["p"], {"p": 1}])
def test_parse_session_refuses_non_text(data):
    with pytest.raises(SessionError, match="text or bytes"):
        parse_session(data)


def test_unknown_keys_are_refused_not_ignored():
    with pytest.raises(SessionError, match="unknown key 'comment'"):
        parse_session(json.dumps(valid_dict(comment="hi")))


def test_optional_keys_have_defaults():
    obj = {"format": "infoviz-session", "version": 1, "p": [0.5, 0.5], "q": [0.9, 0.1]}
    s = parse_session(json.dumps(obj))
    assert s == Session(p=(0.5, 0.5), q=(0.9, 0.1))
    assert s.labels == ("A", "B") and s.unit == "bits" and s.preset is None


# -- atomic save --------------------------------------------------------------------------------
def _listing(directory):
    return sorted(p.name for p in Path(directory).iterdir())


def test_save_creates_and_overwrites(tmp_path):
    path = tmp_path / "s.json"
    save_session_atomic(path, default_session())
    assert load_session(path) == default_session()
    other = session_from_preset("one-hot")
    save_session_atomic(path, other)
    assert load_session(path) == other
    assert _listing(tmp_path) == ["s.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_keeps_an_existing_files_mode_and_gives_new_files_normal_permissions(tmp_path):
    path = tmp_path / "s.json"
    save_session_atomic(path, default_session())
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o640)
    save_session_atomic(path, session_from_preset("fair-die"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_save_through_a_symlink_replaces_the_target(tmp_path):
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    save_session_atomic(real, default_session())
    link.symlink_to(real)
    save_session_atomic(link, session_from_preset("fair-die"))
    assert link.is_symlink()
    assert load_session(real) == session_from_preset("fair-die")


@pytest.fixture
def existing(tmp_path):
    path = tmp_path / "lecture.json"
    save_session_atomic(path, default_session())
    return path, path.read_bytes()


def _assert_untouched(path, before):
    assert path.read_bytes() == before
    assert _listing(path.parent) == [path.name], "a temporary file was left behind"


def test_failed_replace_leaves_the_old_file_and_no_temp(existing, monkeypatch):
    path, before = existing

    def boom(src, dst):
        raise OSError(errno.EXDEV, "simulated rename failure")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="simulated rename failure"):
        save_session_atomic(path, session_from_preset("one-hot"))
    _assert_untouched(path, before)


def test_disk_full_during_write_leaves_the_old_file_and_no_temp(existing, monkeypatch):
    path, before = existing
    real_write = os.write
    calls = []

    def half_then_enospc(fd, data):
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))  # a short write...
        raise OSError(errno.ENOSPC, "No space left on device")    # ...then the disk is full

    monkeypatch.setattr(os, "write", half_then_enospc)
    with pytest.raises(OSError, match="No space left"):
        save_session_atomic(path, session_from_preset("one-hot"))
    monkeypatch.undo()
    assert len(calls) == 2
    _assert_untouched(path, before)


def test_failed_fsync_leaves_the_old_file_and_no_temp(existing, monkeypatch):
    path, before = existing

    def bad_fsync(fd):
        raise OSError(errno.EIO, "simulated I/O error")

    monkeypatch.setattr(os, "fsync", bad_fsync)
    with pytest.raises(OSError, match="simulated I/O error"):
        save_session_atomic(path, session_from_preset("one-hot"))
    _assert_untouched(path, before)


def test_interrupt_during_write_leaves_the_old_file_and_no_temp(existing, monkeypatch):
    path, before = existing

    def interrupted(fd, data):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_session_atomic(path, session_from_preset("one-hot"))
    monkeypatch.undo()
    _assert_untouched(path, before)


def test_an_invalid_session_is_never_written(existing):
    path, before = existing
    with pytest.raises(TypeError):
        save_session_atomic(path, {"p": [0.5, 0.5]})
    _assert_untouched(path, before)


def test_save_into_a_missing_directory_is_an_oserror(tmp_path):
    with pytest.raises(OSError):
        save_session_atomic(tmp_path / "nope" / "s.json", default_session())
    assert _listing(tmp_path) == []


def test_save_uses_a_temp_file_in_the_same_directory(existing, monkeypatch):
    path, _ = existing
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    save_session_atomic(path, session_from_preset("fair-die"))
    (src, dst), = seen
    assert src.parent == dst.parent == path.parent.resolve() and src != dst


def test_module_has_no_gui_imports():
    import infoviz.model._strictjson as sj
    import infoviz.model.lesson as lesson
    import infoviz.model.presets as presets
    for mod in (session_mod, sj, lesson, presets):
        source = Path(mod.__file__).read_text(encoding="utf-8")
        for banned in ("PySide", "PyQt", "pyqtgraph", "scipy", "matplotlib", "torch"):
            assert f"import {banned}" not in source and f"from {banned}" not in source
