"""Ed25519 (``pyjsvm.host.node.ed25519``, behind node:crypto's ed25519 keys) against RFC 8032's
test vectors (section 7.1, tests 1 and 2)."""
from __future__ import annotations

from pyjsvm.host.node.ed25519 import ed25519_public, ed25519_sign, ed25519_verify


def test_rfc8032_test_1_and_2() -> None:
    for secret, public, message, signature in (
        ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
         "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
         "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
        ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
         "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
         "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
    ):
        assert ed25519_public(bytes.fromhex(secret)).hex() == public
        sig = ed25519_sign(bytes.fromhex(secret), bytes.fromhex(message))
        assert sig.hex() == signature
        assert ed25519_verify(bytes.fromhex(public), bytes.fromhex(message), sig)
        assert not ed25519_verify(bytes.fromhex(public), bytes.fromhex(message) + b"!", sig)
        # (a signature whose S is not below the group order is refused, section 5.1.7)
        assert not ed25519_verify(bytes.fromhex(public), bytes.fromhex(message), sig[:32] + b"\xff" * 32)
