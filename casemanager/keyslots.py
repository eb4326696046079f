"""The key-slot file beside a dossier: who can obtain the data key, and how.

The file is JSON. Usernames are not written in it: a slot is found by a keyed hash of the
username (keyed with the dossier id), and the username is bound into each slot as
associated data, so a slot copied to another name or dossier does not open.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from casemanager import crypto
from casemanager.atomic import write_atomic
from casemanager.errors import (
    KeySlotFileDamaged,
    KeySlotFileMissing,
    UnknownUser,
    WrongPassword,
    WrongRecoveryKey,
)
from casemanager.texts import Text, tr

FORMAT = "casemanager-keyslots"
VERSION = 1
RECOVERY = "recovery"
USER = "user"


def normalise_username(username: str) -> str:
    return username.strip().casefold()


def key_id(data_key: bytes) -> str:
    """A public fingerprint of a data key, so a file can say which key generation it holds."""
    return hmac.new(data_key, b"casemanager key id", hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class Slot:
    kind: str
    tag: str
    kdf: dict[str, Any]
    public_key: str
    private_key: str
    data_key: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "tag": self.tag,
            "kdf": self.kdf,
            "public_key": self.public_key,
            "private_key": self.private_key,
            "data_key": self.data_key,
        }


@dataclass
class KeySlotFile:
    dossier_id: str
    key_id: str
    slots: list[Slot] = field(default_factory=list)

    # --- reading and writing ---------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError as exc:
            raise KeySlotFileMissing(path) from exc
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError(tr("geen casemanager-sleutelbestand"))
            if doc.get("version") != VERSION:
                raise ValueError(tr("onbekende versie {version}", version=repr(doc.get("version"))))
            slots = [Slot(**slot) for slot in doc["slots"]]
            for slot in slots:
                crypto.unb64(slot.public_key)
                crypto.unb64(slot.private_key)
                crypto.unb64(slot.data_key)
            return cls(str(doc["dossier_id"]), str(doc["key_id"]), slots)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeySlotFileDamaged(path, _detail(exc)) from exc

    def save(self, path: Path) -> None:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "dossier_id": self.dossier_id,
            "key_id": self.key_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        write_atomic(Path(path), json.dumps(doc, indent=1).encode("utf-8"), keep_backup=True)

    # --- finding slots ---------------------------------------------------------------

    def user_tag(self, username: str) -> str:
        message = b"user:" + normalise_username(username).encode("utf-8")
        return hmac.new(self.dossier_id.encode(), message, hashlib.sha256).hexdigest()

    def _aad(self, kind: str, tag: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.dossier_id}/{kind}/{tag}".encode()

    def find_user_slot(self, username: str) -> Slot | None:
        tag = self.user_tag(username)
        return next((s for s in self.slots if s.kind == USER and s.tag == tag), None)

    def has_user(self, username: str) -> bool:
        return self.find_user_slot(username) is not None

    # --- opening ---------------------------------------------------------------------

    def unlock_with_password(self, username: str, password: str) -> bytes:
        slot = self.find_user_slot(username)
        if slot is None:
            raise UnknownUser(username)
        params = crypto.Argon2Params(
            int(slot.kdf["memory_kib"]), int(slot.kdf["iterations"]), int(slot.kdf["parallelism"])
        )
        if not params.is_at_least(crypto.OWASP_MINIMUM):
            raise KeySlotFileDamaged("sleutelbestand", tr("te zwakke sleutelafleiding"))
        kek = crypto.derive_from_password(password, crypto.unb64(slot.kdf["salt"]), params)
        try:
            return self._open_slot(slot, kek)
        except crypto.DecryptionFailed as exc:
            raise WrongPassword(username) from exc

    def unlock_with_recovery(self, secret: bytes) -> bytes:
        slot = next((s for s in self.slots if s.kind == RECOVERY), None)
        if slot is None:
            raise WrongRecoveryKey()
        kek = crypto.derive_from_secret(secret, crypto.unb64(slot.kdf["salt"]), b"recovery")
        try:
            return self._open_slot(slot, kek)
        except crypto.DecryptionFailed as exc:
            raise WrongRecoveryKey() from exc

    def _open_slot(self, slot: Slot, kek: bytes) -> bytes:
        aad = self._aad(slot.kind, slot.tag)
        private = crypto.decrypt(kek, crypto.unb64(slot.private_key), aad)
        return crypto.unseal(private, crypto.unb64(slot.data_key), aad)

    # --- changing slots --------------------------------------------------------------

    def set_user_password(self, username: str, password: str, data_key: bytes) -> None:
        """Add or replace the user's slot; a fresh key pair each time."""
        tag = self.user_tag(username)
        params = crypto.default_argon2_params()
        salt = crypto.random_salt()
        kek = crypto.derive_from_password(password, salt, params)
        kdf = {
            "name": "argon2id",
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "parallelism": params.parallelism,
            "salt": crypto.b64(salt),
        }
        self._put(self._new_slot(USER, tag, kdf, kek, data_key))

    def set_recovery(self, secret: bytes, data_key: bytes) -> None:
        salt = crypto.random_salt()
        kek = crypto.derive_from_secret(secret, salt, b"recovery")
        kdf = {"name": "hkdf-sha256", "salt": crypto.b64(salt)}
        self._put(self._new_slot(RECOVERY, RECOVERY, kdf, kek, data_key))

    def remove_user(self, username: str) -> None:
        tag = self.user_tag(username)
        self.slots = [s for s in self.slots if not (s.kind == USER and s.tag == tag)]

    def rewrapped(self, new_data_key: bytes) -> KeySlotFile:
        """The same slots, each holding ``new_data_key``: no password is needed for this."""
        slots = [
            replace(
                slot,
                data_key=crypto.b64(
                    crypto.seal(
                        crypto.unb64(slot.public_key),
                        new_data_key,
                        self._aad(slot.kind, slot.tag),
                    )
                ),
            )
            for slot in self.slots
        ]
        return KeySlotFile(self.dossier_id, key_id(new_data_key), slots)

    def _new_slot(
        self, kind: str, tag: str, kdf: dict[str, Any], kek: bytes, data_key: bytes
    ) -> Slot:
        aad = self._aad(kind, tag)
        private, public = crypto.new_key_pair()
        return Slot(
            kind=kind,
            tag=tag,
            kdf=kdf,
            public_key=crypto.b64(public),
            private_key=crypto.b64(crypto.encrypt(kek, private, aad)),
            data_key=crypto.b64(crypto.seal(public, data_key, aad)),
        )

    def _put(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if not (s.kind == slot.kind and s.tag == slot.tag)]
        self.slots.append(slot)


def _detail(error: Exception) -> str | Text:
    """What is wrong with a key-slot file: our own finding as a sentence, Python's (from
    JSON or base64) as it is."""
    found = error.args[0] if error.args else None
    return found if isinstance(found, Text) else str(error) or type(error).__name__
