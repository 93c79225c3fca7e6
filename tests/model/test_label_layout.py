"""The label-placement rule (infoviz/model/label_layout.py)."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoviz.model.label_layout import first_free, inside, overlaps, shrink_to_fit


def test_overlap_needs_shared_area():
    assert overlaps((0, 0, 2, 2), (1, 1, 3, 3))
    assert not overlaps((0, 0, 1, 1), (1, 0, 2, 1))  # touching edges
    assert not overlaps((0, 0, 1, 1), (0, 2, 1, 3))


def test_the_first_free_candidate_wins():
    value = (8, 10, 10, 12)  # a value label over the last bar
    right_above, right_below, left_above = (6, 10, 10, 14), (6, 6, 10, 10), (0, 10, 4, 14)
    assert first_free([right_above, right_below, left_above], [value]) == 1
    assert first_free([right_above, left_above], [value]) == 1
    assert first_free([right_below], [value]) == 0


def test_candidates_leaving_the_area_are_skipped_and_the_fallback_stays_inside():
    area = (0, 0, 10, 10)
    above_top, below = (6, 9, 10, 13), (6, 5, 10, 9)
    assert first_free([above_top, below], [], area) == 1
    # nothing free: the first that fits the area, not the first overall
    assert first_free([above_top, below], [(0, 0, 10, 10)], area) == 1
    assert first_free([above_top], [], area) == 0  # nothing fits at all: the first
    # nothing free: the one covering the fewest
    a, b = (0, 0, 2, 2), (4, 0, 6, 2)
    assert first_free([a, b], [(1, 1, 5, 3), (0, 0, 1, 1)], area) == 1
    assert first_free([a, b], [(1, 1, 5, 3)], area) == 0


def test_no_candidates_is_refused_with_a_message():
    with pytest.raises(ValueError, match="at least one candidate"):
        first_free([], [])


coord = st.integers(-20, 20)
box = st.tuples(coord, coord, st.integers(1, 10), st.integers(1, 10)).map(
    lambda t: (t[0], t[1], t[0] + t[2], t[1] + t[3]))


@given(st.lists(box, min_size=1, max_size=6), st.lists(box, max_size=8), st.one_of(st.none(), box))
def test_the_choice_is_the_earliest_allowed_place(candidates, obstacles, area):
    i = first_free(candidates, obstacles, area)
    assert 0 <= i < len(candidates)

    def allowed(c):
        return (area is None or inside(c, area)) and not any(overlaps(c, o) for o in obstacles)

    free = [k for k, c in enumerate(candidates) if allowed(c)]
    if free:
        assert i == free[0]
    else:
        within = [k for k, c in enumerate(candidates) if area is None or inside(c, area)]
        if not within:
            assert i == 0
        else:
            covered = {k: sum(overlaps(candidates[k], o) for o in obstacles) for k in within}
            least = min(covered.values())
            assert i == min(k for k in within if covered[k] == least)


# -- shrink_to_fit ----------------------------------------------------------------------------
def test_text_that_fits_keeps_its_size():
    assert shrink_to_fit(18, 80.0, 100.0, 7) == 18
    assert shrink_to_fit(18, 100.0, 100.0, 7) == 18


def test_text_too_wide_shrinks_in_proportion_but_not_below_the_smallest():
    assert shrink_to_fit(18, 200.0, 100.0, 7) == 9
    assert shrink_to_fit(18, 1000.0, 100.0, 7) == 7
    assert shrink_to_fit(6, 1000.0, 100.0, 7) == 6  # never larger than asked


@pytest.mark.parametrize("args", [(0, 1.0, 1.0, 7), (12, 1.0, 1.0, 0), (12, -1.0, 1.0, 7),
                                  (12, 1.0, float("nan"), 7), (12, float("inf"), 1.0, 7)])
def test_shrink_to_fit_refuses_nonsense(args):
    with pytest.raises(ValueError):
        shrink_to_fit(*args)


@given(st.integers(1, 40), st.floats(0, 1e4), st.floats(0, 1e4), st.integers(1, 40))
def test_the_shrunk_text_fits_whenever_the_smallest_size_allows(size, needed, available, smallest):
    got = shrink_to_fit(size, needed, available, smallest)
    assert 1 <= got <= size
    assert got >= min(smallest, size)
    if got > min(smallest, size):  # not clamped: the text fits at the size returned
        assert needed * got / size <= available + 1e-9
