"""Uint8Array base64 and hex methods (ES2026); node 20 lacks them, so the expectations are
computed with Python's base64/binascii where they agree with the spec."""
from __future__ import annotations

import base64

from hypothesis import given, settings, strategies as st

from binary_diff import ours


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=40))
def test_to_base64_and_hex_match_python(data: bytes) -> None:
    arr = "[" + ",".join(str(b) for b in data) + "]"
    assert ours(f"new Uint8Array({arr}).toBase64()") == '"' + base64.b64encode(data).decode() + '"'
    assert ours(f"new Uint8Array({arr}).toBase64({{alphabet: 'base64url', omitPadding: true}})") == \
        '"' + base64.urlsafe_b64encode(data).decode().rstrip("=") + '"'
    assert ours(f"new Uint8Array({arr}).toHex()") == '"' + data.hex() + '"'
    b64 = base64.b64encode(data).decode()
    assert ours(f"Uint8Array.fromBase64('{b64}')") == arr.replace(" ", "")
    assert ours(f"Uint8Array.fromHex('{data.hex().upper()}')") == arr.replace(" ", "")


def test_last_chunk_handling_and_errors() -> None:
    assert ours("Uint8Array.fromBase64('Zm9vYg')") == "[102,111,111,98]"
    assert ours("(() => { try { Uint8Array.fromBase64('Zm9vYg', {lastChunkHandling: 'strict'}); } catch (e) { return e.constructor.name; } })()") == '"SyntaxError"'
    assert ours("Uint8Array.fromBase64('Zm9vYg', {lastChunkHandling: 'stop-before-partial'})") == "[102,111,111]"
    assert ours("(() => { try { Uint8Array.fromBase64('Zm9vYh==', {lastChunkHandling: 'strict'}); } catch (e) { return e.constructor.name; } })()") == '"SyntaxError"'
    assert ours("Uint8Array.fromBase64(' Zm 9v\\nYg== ')") == "[102,111,111,98]"
    assert ours("(() => { try { Uint8Array.fromBase64('Z'); } catch (e) { return e.constructor.name; } })()") == '"SyntaxError"'
    assert ours("(() => { try { Uint8Array.fromBase64('a+b/', {alphabet: 'base64url'}); } catch (e) { return e.constructor.name; } })()") == '"SyntaxError"'
    assert ours("(() => { try { Uint8Array.fromHex('abc'); } catch (e) { return e.constructor.name; } })()") == '"SyntaxError"'
    assert ours("(() => { try { Uint8Array.fromBase64(1); } catch (e) { return e.constructor.name; } })()") == '"TypeError"'


def test_set_from_reports_read_and_written() -> None:
    assert ours("(() => { const a = new Uint8Array(4); const r = a.setFromBase64('Zm9vYmFy'); return [r, a]; })()") == \
        '[{"read":4,"written":3},[102,111,111,0]]'
    assert ours("(() => { const a = new Uint8Array(2); const r = a.setFromHex('0102ff'.slice(0, 6)); return [r, a]; })()") == \
        '[{"read":4,"written":2},[1,2]]'
    assert ours("(() => { const a = new Uint8Array(4); try { a.setFromHex('01zz'); } catch (e) { return [e.constructor.name, a]; } })()") == \
        '["SyntaxError",[1,0,0,0]]'
