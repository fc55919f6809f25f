"""Read aloud on the server with espeak-ng's Dutch voice, for browsers that cannot speak Dutch themselves.

Many phones speak Dutch in the browser; many computers do not. The page then asks the server for the
sound of one block at a time. The text goes to espeak-ng through a pipe and the sound comes back through
one: nothing is written to disk or logged, like the letter itself (see ``web.py``).
"""

from __future__ import annotations

import functools
import shutil
import subprocess

MAX_CHARS = 1_500  # one summary row or one paragraph; the page sends block by block
TIME_LIMIT_SECONDS = 20
WORDS_PER_MINUTE = 150  # a bit slower than espeak-ng's 175: easier to follow


class SpeechError(Exception):
    """The text could not be read aloud; the message is for the reader (B1), ``status`` for HTTP."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@functools.cache
def available() -> bool:
    """True when espeak-ng is installed with a Dutch voice (Debian: apt-get install espeak-ng)."""
    program = shutil.which("espeak-ng")
    if program is None:
        return False
    try:
        voices = subprocess.run([program, "--voices=nl"], capture_output=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return any(line.split()[1:2] == [b"nl"] for line in voices.splitlines()[1:])


def speak(text: str) -> bytes:
    """``text`` spoken in Dutch, as a WAV file in memory."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    if not text:
        raise SpeechError("Er is geen tekst om voor te lezen.")
    if len(text) > MAX_CHARS:
        raise SpeechError(f"Dit stuk is te lang om voor te lezen. Het mag {MAX_CHARS} tekens zijn.", 413)
    program = shutil.which("espeak-ng")
    if program is None or not available():
        raise SpeechError("Voorlezen kan op deze server niet. Vraag iemand om de brief voor te lezen.", 503)
    command = [program, "-v", "nl", "-s", str(WORDS_PER_MINUTE), "--stdin", "--stdout"]
    try:
        done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, timeout=TIME_LIMIT_SECONDS)
    except (OSError, subprocess.SubprocessError):
        raise SpeechError("Voorlezen lukte niet. Probeer het nog een keer.", 503) from None
    if done.returncode != 0 or not done.stdout.startswith(b"RIFF"):
        raise SpeechError("Voorlezen lukte niet. Probeer het nog een keer.", 503)
    return done.stdout
