"""What the reader's and the HTML writer's CSS checks share (Sanitizer::checkCss).

Both read a ``style`` value the way an old browser might before judging it: comments
out, and letters that such browsers take for ASCII folded to ASCII.
"""

from __future__ import annotations

__all__ = ["LOOK_ALIKES", "without_comments"]

# The fullwidth forms U+FF01-U+FF5A (but the fullwidth backslash), small capitals and
# raised or lowered brackets, each to the ASCII character it may be read as.
LOOK_ALIKES: dict[int, int] = {
    code: code - 0xFEE0 for code in range(0xFF01, 0xFF5B) if code != 0xFF3C
}
LOOK_ALIKES.update(
    zip(map(ord, "\u0280\u0274\u207f\u029f\u026a\u207d\u208d"), map(ord, "rnnli(("), strict=True)
)


def without_comments(value: str) -> str:
    """Each ``/* … */`` as one space, and nothing from an unterminated ``/*`` on
    (StringUtils::delimiterReplace, then the cut MediaWiki makes)."""
    out: list[str] = []
    done = 0
    while (start := value.find("/*", done)) >= 0:
        out.append(value[done:start])
        end = value.find("*/", start + 2)
        if end < 0:
            return "".join(out)
        out.append(" ")
        done = end + 2
    out.append(value[done:])
    return "".join(out)
