"""Strict, bounded JSON reading for files a user hands the app (sessions, lessons).

A file from a USB stick or an e-mail can be anything: truncated, UTF-16, a megabyte of
``[``, ``NaN`` literals, ``1e400``, duplicate keys. Everything here turns such input into a
plain ``ValueError``-style message that says what is wrong (the callers add *where*: the
field, the step), in bounded time and memory, and never lets ``RecursionError`` or
``MemoryError`` escape.

Private to :mod:`infoviz.model`; :mod:`.session` and :mod:`.lesson` wrap these messages in
their own exception classes.
"""
from __future__ import annotations

import codecs
import errno
import json
import math
import numbers
import os
import re
import stat

import numpy as np

#: The largest session or lesson file the app reads, checked before any parsing.
MAX_FILE_BYTES = 1_000_000

#: Integer literals longer than this are refused before Python converts them.
MAX_INT_DIGITS = 100

# Characters a one-line label or a caption may not hold: C0/C1 controls (newline is allowed
# only where a caller says so), line/paragraph separators, bidi embeddings, overrides and
# isolates (text that displays differently from what it is), and lone surrogates (which
# cannot even be written back as UTF-8).
_FORBIDDEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                        "\ud800-\udfff]")
_FORBIDDEN_NO_NEWLINE = re.compile("[\x0a]|" + _FORBIDDEN.pattern)


class Refused(Exception):
    """Raised by the hooks below; callers turn it into SessionError / LessonError."""


# -- bytes -> text -----------------------------------------------------------------------
def too_large_message(size: int, what: str) -> str:
    return (f"the {what} file is {size:,} bytes; a {what} file may be at most "
            f"{MAX_FILE_BYTES:,} bytes")


def read_bounded(path, what: str) -> bytes:
    """The bytes of the file at `path`, reading at most ``MAX_FILE_BYTES + 1`` of them.

    ``OSError`` (missing, unreadable, a directory) passes through; a file that is too large
    or is another kind of non-regular file (a FIFO would block, a device never ends)
    raises :class:`Refused`.
    """
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
    if not stat.S_ISREG(st.st_mode):
        raise Refused(f"{os.fspath(path)!r} is not a regular file; a {what} file must be one")
    if st.st_size > MAX_FILE_BYTES:
        raise Refused(too_large_message(st.st_size, what))
    with open(path, "rb") as f:
        data = f.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # it grew since stat, or stat lied (/proc and the like)
        raise Refused(too_large_message(len(data), what) + " (or more)")
    return data


def decode_text(data, what: str) -> str:
    """Text from `data` (str or UTF-8 bytes), size-checked before anything else.

    Decisions: a UTF-8 byte-order mark is accepted and dropped (Windows Notepad writes one);
    UTF-16 and UTF-32 are refused with a message saying so, as is any NUL byte (binary data,
    or UTF-16 without a BOM) and any byte sequence that is not UTF-8.
    """
    if isinstance(data, str):
        # len() counts code points and each needs at least one byte: a cheap early bound.
        if len(data) > MAX_FILE_BYTES:
            raise Refused(too_large_message(len(data), what) + " (or more)")
        size = len(data.encode("utf-8", "surrogatepass"))
        if size > MAX_FILE_BYTES:
            raise Refused(too_large_message(size, what))
        text = data
    elif isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if len(raw) > MAX_FILE_BYTES:
            raise Refused(too_large_message(len(raw), what))
        for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                          (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
            if raw.startswith(bom):
                raise Refused(f"the {what} file is {name} encoded (it starts with a {name} "
                              "byte-order mark); save it as UTF-8")
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        nul = raw.find(b"\x00")
        if nul >= 0:
            raise Refused(f"the {what} file has a NUL byte at offset {nul}: it is binary, or "
                          "UTF-16/UTF-32 without a byte-order mark; save it as UTF-8 text")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Refused(f"the {what} file is not valid UTF-8 (byte 0x{raw[exc.start]:02x} "
                          f"at offset {exc.start}); save it as UTF-8") from None
    else:
        raise Refused(f"expected the {what} as text or bytes, got {type(data).__name__}")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


# -- text -> Python values ---------------------------------------------------------------
def _refuse_constant(name: str):
    raise Refused(f"the file contains the literal {name}; JSON numbers must be finite "
                  "(NaN, Infinity and -Infinity are not allowed)")


def _finite_float(s: str) -> float:
    v = float(s)
    if not math.isfinite(v):
        shown = s if len(s) <= 30 else s[:27] + "..."
        raise Refused(f"the number {shown} is too large (it overflows to infinity); "
                      "numbers must be finite")
    return v


def _bounded_int(s: str) -> int:
    digits = len(s.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise Refused(f"an integer literal has {digits} digits; at most {MAX_INT_DIGITS} "
                      "are allowed")
    return int(s)


def _no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise Refused(f"the key {short(key)} appears twice in one object; "
                          "each key may appear once")
        obj[key] = value
    return obj


def loads(text: str, what: str):
    """Parse `text` as strict JSON: no NaN/Infinity, no overflow to inf, no duplicate keys,
    no absurd integers; nesting too deep for the parser is refused, not a crash."""
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float,
                          parse_int=_bounded_int, object_pairs_hook=_no_duplicates)
    except Refused:
        raise
    except RecursionError:
        raise Refused(f"the {what} file is nested too deeply to be a {what} "
                      "(arrays or objects inside each other hundreds of levels down)") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        msg = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg  # "...starting at"
        if exc.pos >= len(text.rstrip()) or msg.startswith("Unterminated string"):
            raise Refused(f"the {what} file ends unexpectedly ({msg} at {where}); "
                          "is it truncated?") from None
        raise Refused(f"the {what} file is not valid JSON: {msg} at {where}") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise Refused(f"the {what} file is not valid JSON: {exc}") from None


# -- describing and checking parsed values -----------------------------------------------
def short(value, limit: int = 30) -> str:
    """repr of a string, cut to `limit` characters."""
    r = repr(value)
    return r if len(r) <= limit else r[:limit - 4] + "...'"


def kind(value) -> str:
    """A short description of a JSON (or Python) value for a message, never its full repr
    (a nested list could be a megabyte, or too deep to repr)."""
    if value is None:
        return "null"
    if isinstance(value, (bool, np.bool_)):
        return f"a boolean ({'true' if value else 'false'})"
    if isinstance(value, str):
        return f"the string {short(value)}"
    if isinstance(value, numbers.Number):
        return f"the number {value!r}" if len(repr(value)) <= 30 else "a number"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)} item{'' if len(value) == 1 else 's'}"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def number_list(value, name: str, max_len: int, what_max: str = "bins") -> tuple:
    """A tuple of floats from a list of numbers; booleans, strings, nulls and nested lists
    are refused by name and index (``ValueError``). The length is checked first, so an
    enormous list is refused without looking at its items."""
    if isinstance(value, (str, bytes, dict)) or not hasattr(value, "__len__") \
            or not hasattr(value, "__iter__"):
        raise ValueError(f"'{name}' must be a list of numbers, got {kind(value)}")
    if isinstance(value, np.ndarray) and value.ndim != 1:
        raise ValueError(f"'{name}' must be a flat list of numbers, got shape {value.shape}")
    if len(value) > max_len:
        raise ValueError(f"'{name}' has {len(value)} entries; at most {max_len} {what_max} "
                         "are allowed")
    out = []
    for i, x in enumerate(value):
        if type(x) is float and math.isfinite(x):  # the common case, without ABC checks
            out.append(x)
            continue
        if isinstance(x, (bool, np.bool_)) or not isinstance(x, numbers.Real):
            raise ValueError(f"{name}[{i}] is {kind(x)}; expected a number")
        try:
            v = float(x)
        except OverflowError:
            raise ValueError(f"{name}[{i}] is an integer too large to be a number here") from None
        if not math.isfinite(v):
            raise ValueError(f"{name}[{i}] is {v}; it must be a finite number")
        out.append(v)
    return tuple(out)


def check_text(value, name: str, max_len: int, multiline: bool = False) -> str:
    """`value` if it is a string of at most `max_len` characters with no control
    characters (a newline only if `multiline`), else ``ValueError``."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string, got {kind(value)}")
    if len(value) > max_len:
        raise ValueError(f"{name} is {len(value):,} characters long; at most {max_len} "
                         "are allowed")
    m = (_FORBIDDEN if multiline else _FORBIDDEN_NO_NEWLINE).search(value)
    if m:
        ch = m.group()
        raise ValueError(f"{name} contains the control character U+{ord(ch):04X} at position "
                         f"{m.start()}; it must be plain text")
    return value


def check_keys(obj: dict, required, optional, where: str) -> None:
    """Refuse missing required keys and unknown keys (a typo must not silently drop data)."""
    missing = [k for k in required if k not in obj]
    if missing:
        raise ValueError(f"{where} is missing the key {missing[0]!r}")
    known = set(required) | set(optional)
    unknown = [k for k in obj if k not in known]
    if unknown:
        raise ValueError(f"{where} has an unknown key {short(unknown[0])}; known keys: "
                         + ", ".join(list(required) + list(optional)))


def check_format_version(obj, fmt: str, version: int, what: str, other: dict) -> None:
    """Check the top-level object's ``format`` and ``version`` (`other` maps sibling formats
    to what they are, for a friendlier message)."""
    if not isinstance(obj, dict):
        raise ValueError(f"a {what} file must hold a JSON object, got {kind(obj)}")
    if "format" not in obj:
        raise ValueError(f"this is not an infoviz {what} file: the key 'format' is missing "
                         f"(expected \"format\": \"{fmt}\")")
    f = obj["format"]
    if f != fmt:
        if isinstance(f, str) and f in other:
            raise ValueError(f"this is {other[f]}, not a {what} file (format {f!r})")
        shown = short(f) if isinstance(f, str) else kind(f)
        raise ValueError(f"unknown format {shown}; a {what} file has \"format\": \"{fmt}\"")
    if "version" not in obj:
        raise ValueError(f"the key 'version' is missing; this app reads {what} files of "
                         f"version {version}")
    v = obj["version"]
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"'version' must be an integer, got {kind(v)}")
    if v > version:
        raise ValueError(f"this {what} file is version {v}, newer than this app understands "
                         f"(version {version}); update infoviz to open it")
    if v != version:
        raise ValueError(f"unknown {what} file version {v}; this app reads version {version}")
