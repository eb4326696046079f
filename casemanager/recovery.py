"""The recovery key: 160 random bits, written as eight groups of four letters and digits."""

from __future__ import annotations

import base64
import secrets

from casemanager.errors import WrongRecoveryKey

RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, no padding
GROUP = 4
# Characters people confuse when typing from paper, mapped to what base32 means.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(RECOVERY_BYTES)


def format_recovery_key(secret: bytes) -> str:
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(typed: str) -> bytes:
    """Accept the key as printed, in any case, with or without dashes and spaces."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        raise WrongRecoveryKey()
    try:
        return base64.b32decode(cleaned)
    except ValueError as exc:
        raise WrongRecoveryKey() from exc
