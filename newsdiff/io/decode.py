"""Decoding file bytes into text without throwing a mostly-UTF-8 file away.

The order of decisions:

1. A byte-order mark (UTF-8, UTF-16, UTF-32) names the encoding.
2. NUL bytes: UTF-16 without a BOM when the NULs sit on one parity (every other byte, as in
   ASCII-range UTF-16) and the text decodes; otherwise a binary file, not text.
3. Valid UTF-8: done.
4. Almost UTF-8 (some bytes invalid): when the file holds more valid multi-byte UTF-8 sequences than
   invalid bytes, or when its invalid bytes do not read as text in a legacy code page (a stray byte
   appended, say), it is UTF-8 with each invalid byte replaced by U+FFFD, and the caller says how
   many were replaced. A legacy code page is used only when the bytes are not UTF-8-like at all:
   no more valid sequences than invalid bytes, and the invalid bytes read as letters or typographic
   punctuation in context.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Latin-script single-byte code pages a detector confuses with Windows-1252 on short texts.
LATIN_SIBLINGS = {
    "cp1250", "iso8859_2", "latin_1", "iso8859_15", "cp1254", "iso8859_9", "cp1257", "iso8859_13",
    "mac_roman", "mac_latin2", "iso8859_3", "iso8859_4", "iso8859_10", "iso8859_14", "iso8859_16",
    # DOS code pages: the detector picks them for short Latin-1 texts
    "cp437", "cp775", "cp850", "cp852", "cp858", "cp860", "cp861", "cp863", "cp865",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# cp1252 bytes that are typographic punctuation: ‘ ’ “ ” • – — … and the non-breaking space.
_CP1252_PUNCTUATION = set(b"\x91\x92\x93\x94\x95\x96\x97\x85\xa0")
_PROBE = 4096  # bytes looked at for NULs


class DecodeError(ValueError):
    """The bytes of a file could not be decoded as text."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding used, and how many invalid bytes became U+FFFD."""

    text: str
    encoding: str
    replaced: int = 0

    def note(self) -> str | None:
        """A one-line note on how the text was decoded, when the user should know."""
        if self.replaced:
            plural = "s" if self.replaced != 1 else ""
            return f"not valid UTF-8: {self.replaced} invalid byte{plural} replaced with U+FFFD"
        if self.encoding not in ("utf-8", "utf-8-sig", "ascii"):
            return f"not UTF-8: decoded as {self.encoding}"
        return None


def decode(data: bytes) -> Decoded:
    """Decode file bytes (see the module docstring for the order of decisions)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError as err:
                raise DecodeError(f"{codec} byte-order mark, but invalid {codec}: {err.reason}") from None
    if b"\x00" in data[:_PROBE]:
        return _utf16_without_bom(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(1 for ch in escaped if "\udc80" <= ch <= "\udcff")
    valid_multibyte = sum(1 for ch in escaped if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    if valid_multibyte >= invalid or not _reads_as_legacy(data):
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8", invalid)
    return _legacy(data)


def _utf16_without_bom(data: bytes) -> Decoded:
    probe = data[:_PROBE] if len(data) % 2 == 0 else data[: min(_PROBE, len(data) - 1)]
    even = probe[0::2].count(0)
    odd = probe[1::2].count(0)
    half = len(probe) // 2
    # Latin text in UTF-16 has a NUL in (nearly) every high byte and (nearly) no NUL in the low ones.
    if half and len(data) % 2 == 0:
        for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            if nuls >= 0.6 * half and other <= 0.05 * half:
                try:
                    text = data.decode(codec)
                except UnicodeDecodeError:
                    break
                if _mostly_printable(text):
                    return Decoded(text, codec)
    raise DecodeError("binary file (NUL bytes), not text")


def _mostly_printable(text: str) -> bool:
    sample = text[:_PROBE]
    good = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t")
    return good >= 0.95 * len(sample)


def _reads_as_legacy(data: bytes) -> bool:
    """True when the non-ASCII bytes look like letters or punctuation of a single-byte code page:
    next to a letter ("caf\\xe9") or typographic punctuation ("\\x93quoted\\x94")."""
    high = [i for i, b in enumerate(data) if b >= 0x80]
    plausible = 0
    for i in high:
        before = data[i - 1 : i]
        after = data[i + 1 : i + 2]
        if data[i] in _CP1252_PUNCTUATION or before.isalpha() or after.isalpha():
            plausible += 1
    return plausible >= 0.8 * len(high)


def _legacy(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Short texts leave the detector unsure between Latin-script code pages; for English news
    # Windows-1252 is by far the likeliest, so it wins whenever it decodes the bytes cleanly.
    if best is None or best.encoding in LATIN_SIBLINGS:
        try:
            return Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            if best is None:
                raise DecodeError("cannot detect the text encoding") from None
    return Decoded(str(best), best.encoding)
