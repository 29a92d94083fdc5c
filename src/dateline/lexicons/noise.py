"""Lines that scrapers leave in article text and that are not the story.

Each pattern matches a whole line (stripped). Noise is marked in the record, never cut from `text`.
"""

import re

NOISE_LINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Reuters.com and many newspaper sites: "ADVERTISEMENT Advertisement" between paragraphs.
    ("advertisement", re.compile(r"(?i)^(?:advertisement\s*)+$|^(?:ad|sponsored(?: content)?)$")),
    ("advertisement", re.compile(r"(?i)^scroll (?:down )?to continue(?: with content| reading)?$")),
    # Canadian and US sites (Global News, Postmedia): "Story continues below advertisement".
    ("continuation", re.compile(r"(?i)^(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?$")),
    ("continuation", re.compile(r"(?i)^continue reading(?: (?:the|this) (?:main )?(?:story|article))?\.?$")),
    # Newsletter and registration prompts: "Sign up here.", "Register now for FREE unlimited access to Reuters.com".
    ("newsletter", re.compile(r"(?i)^(?:sign up|subscribe|register now|get the latest)\b.{0,120}$")),
    ("newsletter", re.compile(r"(?i)^.{0,80}\bnewsletter\b.{0,80}(?:sign up|subscribe|inbox)\b.{0,40}$")),
    # Reuters' footer: "Our Standards: The Thomson Reuters Trust Principles."
    ("standards", re.compile(r"(?i)^our standards:.*trust principles\.?$")),
    ("standards", re.compile(r"(?i)^(?:copyright|©)\s*\d{4}.{0,120}$|^all rights reserved\.?$")),
    # Share bars and social prompts copied with the text.
    ("social", re.compile(r"(?i)^(?:share (?:this|on)\b.{0,40}|follow (?:us|\w+) on (?:twitter|x|facebook|instagram|threads)\b.{0,60})$")),
    ("social", re.compile(r"(?i)^click here\b.{0,100}$")),
    # Cross-links inserted between paragraphs: "READ MORE: Kremlin says ...", "Related coverage".
    ("related", re.compile(r"(?i)^(?:read more|related(?: coverage| articles| stories)?|also read|watch|see also|more from)\s*:?(?:\s.{0,150})?$")),
    # Image captions and credits that trafilatura keeps from figure markup.
    ("media", re.compile(r"(?i)^(?:\w[\w .-]{0,40})?\((?:photo|image|video|picture)[^)]{0,80}\)$|^(?:photo|image|file photo):\s.{0,200}$")),
)
