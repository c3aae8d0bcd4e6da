"""Encoding damage a decoder left behind that ftfy does not see."""

import re

DETECTORS = {
    "lost_apostrophe": (
        re.compile(r"[^\W\d_]\uFFFD(?:s|t|re|ve|ll|d|m)(?![^\W\d_])"),
        "a U+FFFD between a letter and a contraction or possessive ending (don�t, Trump�s)",
    ),
    "stray_nbsp_lead": (re.compile(r"(?<=\S)Â(?= )"), "an Â glued before a space (TimeÂ 0:00)"),
    "stray_c1": (re.compile(r"(?<=[\"'”’])[\u0080-\u009f]"), "a C1 control after a quote"),
}
