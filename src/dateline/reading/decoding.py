"""Bytes to text: UTF-8 first, then a declared charset, then detection; binary data refused."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from dateline.errors import InputError, InputErrors, Warnings, warning

# How much of an input is sniffed for binary content and declared charsets.
SNIFF_BYTES = 8192

# Control bytes that never occur in text files (NUL and the C0 controls other than tab, LF, FF,
# CR, ESC); a few in a long file are corruption, many are a binary file (an image, a PDF, a .docx).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
BINARY_CONTROL_SHARE = 0.05

# `<meta charset="windows-1252">`, `<?xml version="1.0" encoding="iso-8859-1"?>`,
# `Content-Type: text/html; charset=koi8-r` copied into saved pages.
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)

# Text in a Western European single-byte code page is mostly ASCII (French, among the most
# accented, runs about 95%); Cyrillic, Greek or Arabic code pages are mostly high bytes.
LATIN_MIN_ASCII_SHARE = 0.75
# For Latin-looking bytes that are not UTF-8: Windows' Western code page (curly quotes and
# dashes in 0x80-0x9F), then latin-1, which decodes every byte.
LATIN_FALLBACKS = ("cp1252", "latin-1")
# A well-formed UTF-8 multi-byte sequence: bytes that hold some UTF-8 are UTF-8 with damage.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a BOM is text full of NULs
    if b"\x00" in head:
        return "NUL bytes"
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    if head and controls / len(head) > BINARY_CONTROL_SHARE:
        return f"{controls} control bytes in the first {len(head)}"
    return None


def declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:SNIFF_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        "".encode(name)
    except LookupError:
        return None
    return name


def decode(data: bytes) -> tuple[str, str, list[dict[str, str]]]:
    """Text, the encoding used, and warnings. Raises InputError for empty, binary or undecodable
    data.

    Order: UTF-8; a charset the bytes declare; UTF-8 with a few broken bytes replaced (if the
    bytes hold UTF-8 at all); a detected encoding where the detector recognises a language in
    the result; for Latin-looking bytes cp1252, then latin-1; else a clear failure. A detector's
    guess alone is not trusted: on a short file it names anything (cp1006, Urdu, for
    `short \\xff\\xfe bad`).
    """
    if not data.strip():
        raise InputError(InputErrors.E002)
    kind = _binary_kind(data)
    if kind:
        raise InputError(InputErrors.E003, detail=kind)
    try:
        # utf-8-sig: a BOM is an encoding artefact, not article text.
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared, [warning(Warnings.W001, encoding=declared)]
        except (UnicodeDecodeError, LookupError):
            pass
    latin = _latin_looking(data)
    # Mostly UTF-8 with a few broken bytes (a truncated download, a bad copy-paste): keep the text
    # and say so, rather than refuse a whole article for one byte.
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(3, len(text) // 1000) and (_UTF8_MULTIBYTE.search(data) or not latin):
        return text, "utf-8", [warning(Warnings.W002, encoding="utf-8")]
    detected = _detected(data)
    if detected:
        try:
            return data.decode(detected), detected, [warning(Warnings.W001, encoding=detected)]
        except (UnicodeDecodeError, LookupError):
            pass
    if latin:
        for encoding in LATIN_FALLBACKS:
            try:
                return data.decode(encoding), encoding, [warning(Warnings.W001, encoding=encoding)]
            except UnicodeDecodeError:
                continue
    raise InputError(InputErrors.E004)


def _latin_looking(data: bytes) -> bool:
    head = data[: 4 * SNIFF_BYTES]
    return sum(b < 128 for b in head) >= LATIN_MIN_ASCII_SHARE * len(head)


def _detected(data: bytes) -> str | None:
    """charset_normalizer's best guess, only where it recognises a language in the decoded text
    (coherence above 0): without one, its pick among single-byte code pages is arbitrary."""
    best = from_bytes(data[: 4 * SNIFF_BYTES]).best()
    if best is None or best.coherence <= 0:
        return None
    return best.encoding
