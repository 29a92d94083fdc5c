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
    ("newsletter", re.compile(r"(?i)^(?:enter your email|your email address|get our .{0,40}newsletter|want more .{0,60}\?\s*(?:sign up|subscribe)).{0,120}$")),
    # Reuters' footer: "Our Standards: The Thomson Reuters Trust Principles."
    ("standards", re.compile(r"(?i)^our standards:.*trust principles\.?$")),
    ("standards", re.compile(r"(?i)^(?:copyright|©)\s*\d{4}.{0,120}$|^all rights reserved\.?$")),
    # Share bars and social prompts copied with the text.
    ("social", re.compile(r"(?i)^(?:share (?:this|on)\b.{0,40}|follow (?:us|\w+) on (?:twitter|x|facebook|instagram|threads)\b.{0,60})$")),
    ("social", re.compile(r"(?i)^click here\b.{0,100}$")),
    # Cross-links inserted between paragraphs: "READ MORE: Kremlin says ...", "Related coverage".
    ("related", re.compile(r"(?i)^(?:read more|related(?: coverage| articles| stories| content| topics| links)?|also read|watch|see also|more from|more on this(?: story)?|you (?:may|might) also like|most (?:read|popular)|top stories|recommended)\s*:?(?:\s.{0,150})?$")),
    # Al Jazeera's "More:" and "MORE:" link lines (the colon tells them from "More than ...").
    ("related", re.compile(r"(?i)^more\s*:\s*.{3,150}$")),
    # Where the story came from, as Al Jazeera closes: "SOURCE: News agencies", "Source: AFP".
    ("source", re.compile(r"(?i)^sources?\s*:\s*.{2,80}$")),
    # Cookie and consent prompts saved with the page.
    ("cookies", re.compile(r"(?i)^.{0,120}\b(?:we use cookies|uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:cookies|consent|preferences))\b.{0,200}$")),
    ("cookies", re.compile(r"(?i)^by (?:continuing|using this (?:site|website))\b.{0,80}\b(?:agree|consent|accept)\b.{0,120}$")),
    # Embedded posts as text: a tweet's "pic.twitter.com/..." link and its signature line
    # "— Jane Doe (@janedoe) March 3, 2023", Instagram's "A post shared by ..." and "View this post
    # on Instagram".
    ("embed", re.compile(r"(?i)^.{0,280}\bpic\.twitter\.com/\w+.{0,80}$")),
    ("embed", re.compile(r"^[—–-]{1,2}\s*[^()\n]{1,60}\(@\w{1,30}\)\s*(?:\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})?$")),
    ("embed", re.compile(r"(?i)^(?:a post shared by .{1,80}|view this post on instagram|view (?:this )?(?:post|tweet|video) on (?:instagram|twitter|x|facebook|tiktok))$")),
    # Image captions and credits that trafilatura keeps from figure markup.
    ("media", re.compile(r"(?i)^(?:\w[\w .-]{0,40})?\((?:photo|image|video|picture)[^)]{0,80}\)$|^(?:photo|image|file photo):\s.{0,200}$")),
)

# An embedded post's signature line: the post text in the same block, or in the short block
# before it, is the post too (a tweet quoted by a news site).
EMBED_SIGNATURE_RE = re.compile(r"^[—–-]{1,2}\s*[^()\n]{1,60}\(@\w{1,30}\)")
EMBED_MAX_CHARS = 600  # a tweet (280) with its signature and a link, generously
EMBED_TEXT_MAX_CHARS = 320  # a post's text alone: a tweet's 280 characters and a link

# Lines that open a list of links ("Related", "More on this story", "Read more:") on their own:
# the short headline-like lines under them are the list (a site's related-links widget).
RELATED_HEADER_RE = re.compile(r"(?i)^(?:read more|related(?: coverage| articles| stories| content| topics| links)?|also read|see also|more (?:on|from) (?:this story|\w+(?: \w+)?)|you (?:may|might) also like|most (?:read|popular)|top stories|recommended)\s*:?$")
RELATED_LINK_MAX_CHARS = 150

# A closing author bio: "Jane Doe is a senior correspondent for ...", "John Roe is the BBC's
# Africa editor."; only in the story's last blocks.
AUTHOR_BIO_RE = re.compile(
    r"^(?:[A-Z][\w'’.\-]+ ){1,3}(?:is|was) (?:a|an|the)\b[^.]{0,160}\b(?:correspondent|reporter|editor|writer|journalist|columnist|author|contributor|analyst|producer|fellow|professor|researcher)\b.{0,300}$",
    re.S,
)
AUTHOR_BIO_HEADER_RE = re.compile(r"(?i)^(?:about the authors?|the authors?|author bio)\s*:?$")
BIO_TAIL_BLOCKS = 2
