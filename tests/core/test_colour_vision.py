"""The default label colours stay apart for readers with the three common colour-vision
deficiencies. Simulation: Machado, Oliveira & Fernandes (2009) at full severity (dichromacy),
as colorspacious implements it; distance: ΔE in CAM02-UCS (colorspacious' deltaE), where
about 1 is a just-noticeable difference. Threshold: every pair ≥ 10 under every simulation
(the closest today: speaker and statistic under tritanopia, 11.0)."""

from __future__ import annotations

import itertools

import pytest
from colorspacious import cspace_convert, deltaE

from annotator.labels import DEFAULT_LABELS

THRESHOLD = 10.0
DEFICIENCIES = ("protanomaly", "deuteranomaly", "tritanomaly")  # at severity 100: -anopia


def _rgb(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))


def simulated(color: str, deficiency: str):
    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return cspace_convert(_rgb(color), space, "sRGB1").clip(0, 1)


def closest_pair(colors: dict[str, str], deficiency: str) -> tuple[float, str, str]:
    seen = {name: simulated(color, deficiency) for name, color in colors.items()}
    return min(
        (float(deltaE(seen[a], seen[b], input_space="sRGB1")), a, b)
        for a, b in itertools.combinations(seen, 2)
    )


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_default_labels_stay_apart_under_colour_vision_deficiency(deficiency):
    distance, a, b = closest_pair({s.name: s.color for s in DEFAULT_LABELS}, deficiency)
    assert distance >= THRESHOLD, f"{a} and {b}: ΔE {distance:.1f} under {deficiency}"


def test_the_check_catches_a_red_green_pair():
    # Red and green that differ for most readers merge under deuteranopia.
    distance, *_ = closest_pair({"a": "#d55e00", "b": "#5e8c00"}, "deuteranomaly")
    assert distance < THRESHOLD
