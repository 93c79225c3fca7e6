"""BCE vs MSE for the loss panel (infoviz.model.loss_curves)."""
import math

import numpy as np
import pytest

from infoviz.model import binary_cross_entropy, loss_gradient, sigmoid
from infoviz.model.loss_curves import (WRONG_MARGIN, Z_LIMIT, bce_gradient, confidently_wrong, logit,
                                       loss_curves, loss_point, wrong_region)


def test_lecture_example_label_1_prediction_0_6():
    pt = loss_point(1, logit(0.6))
    assert pt.y_hat == pytest.approx(0.6)
    assert pt.bce == pytest.approx(0.736965594166206)
    assert loss_point(1, logit(0.6), "nats").bce == pytest.approx(0.510825623765991)
    assert pt.mse == pytest.approx(0.16)
    assert pt.grad_bce == pytest.approx(-0.4 / math.log(2))
    assert loss_point(1, logit(0.6), "nats").grad_bce == pytest.approx(-0.4)
    assert pt.grad_mse == pytest.approx(2 * (0.6 - 1) * 0.6 * 0.4)
    assert not pt.wrong


@pytest.mark.parametrize("y, y_hat", [(1, 0.01), (0, 0.99), (1, 0.001)])
def test_confidently_wrong_mse_gradient_vanishes_bce_does_not(y, y_hat):
    pt = loss_point(y, logit(y_hat), "nats")
    assert pt.wrong and confidently_wrong(y, pt.y_hat)
    assert abs(pt.grad_mse) < 0.02
    assert abs(pt.grad_bce) > 0.98
    assert abs(pt.grad_bce) > 40 * abs(pt.grad_mse)


def test_curves_match_the_losses_and_are_finite():
    for y in (0, 1):
        for unit in ("bits", "nats"):
            c = loss_curves(y, unit, n=101)
            for arr in (c.y_hat, c.bce, c.mse, c.z, c.grad_bce, c.grad_mse):
                assert arr.shape == (101,) and np.all(np.isfinite(arr))
            np.testing.assert_allclose(c.bce, binary_cross_entropy(y, c.y_hat, unit))
            np.testing.assert_allclose(c.grad_bce, bce_gradient(y, c.z, unit))
            np.testing.assert_allclose(c.grad_mse, loss_gradient("mse", y, c.z))
            assert c.z[0] == -Z_LIMIT and c.z[-1] == Z_LIMIT


def test_region_logit_and_validation():
    (a, b), (za, zb) = wrong_region(1)
    assert (a, b) == (0.0, WRONG_MARGIN) and sigmoid(zb) == pytest.approx(WRONG_MARGIN)
    (a, b), (za, zb) = wrong_region(0)
    assert b == 1.0 and sigmoid(za) == pytest.approx(1 - WRONG_MARGIN)
    assert logit(0.0) == -Z_LIMIT and logit(1.0) == Z_LIMIT and logit(0.5) == 0.0
    assert loss_point(1, 1e9).z == Z_LIMIT
    for bad in (2, -1, 0.5, True, "1"):
        with pytest.raises(ValueError):
            loss_point(bad, 0.0)
    with pytest.raises(ValueError):
        loss_point(1, float("nan"))
    with pytest.raises(ValueError):
        logit(1.5)
