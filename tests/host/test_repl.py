"""The REPL, driven through a pty as a user would (pexpect)."""
from __future__ import annotations

import os
import sys

import pytest

pexpect = pytest.importorskip("pexpect")


def _spawn(tmp_path: os.PathLike[str]) -> "pexpect.spawn":
    env = dict(os.environ, HOME=str(tmp_path))
    env.pop("PYJSVM_REPL_HISTORY", None)
    child = pexpect.spawn(sys.executable, ["-m", "pyjsvm.host.cli"], env=env, encoding="utf-8", timeout=30,
                          dimensions=(40, 200))
    child.expect("Type \".help\" for more information.")
    child.expect("> ")
    return child


def _eval(child: "pexpect.spawn", line: str, expected: str) -> None:
    child.sendline(line)
    child.expect(expected)
    child.expect("> ")


def _ctrl_c_cancels_a_line_then_warns(child: "pexpect.spawn") -> None:
    """Ctrl+C on an unfinished line drops it (a fresh prompt, nothing defined); Ctrl+C on an
    empty prompt says how to exit and prompts again."""
    child.sendline("const x = {")
    child.expect(r"\.\.\. ")
    child.sendintr()
    child.expect("> ")
    _eval(child, "typeof x", "'undefined'")
    child.sendintr()
    child.expect(r"\(To exit, press Ctrl\+C again or Ctrl\+D or type \.exit\)")
    child.expect("> ")


def test_repl_session(tmp_path: os.PathLike[str]) -> None:
    c = _spawn(tmp_path)
    _eval(c, "1 + 2", "3")
    c.sendline("function add(a, b) {")
    c.expect(r"\.\.\. ")
    c.sendline("  return a + b;")
    c.expect(r"\.\.\. ")
    c.sendline("}")
    c.expect("undefined")
    c.expect("> ")
    _eval(c, "add(40, 2)", "42")
    _eval(c, "_ * 2", "84")
    _eval(c, "({ animal: 'cat', count: 12 })", r"\{ animal: 'cat', count: 12 \}")
    _eval(c, "null.x", r"Uncaught TypeError: Cannot read properties of null")
    c.sendline("let s = `multi")
    c.expect(r"\.\.\. ")
    c.sendline("line`")
    c.expect("undefined")
    _eval(c, "s", r"'multi\\nline'")
    _eval(c, "Promise.resolve(5).then(v => console.log('resolved', v)) && 1", "resolved 5")
    _eval(c, ".help", "Exit the REPL")
    _ctrl_c_cancels_a_line_then_warns(c)
    c.sendline(".exit")
    c.expect(pexpect.EOF)
    c.close()
    assert c.exitstatus == 0
    with open(os.path.join(str(tmp_path), ".pyjsvm_repl_history"), encoding="utf-8") as f:
        hist = f.read()
    assert "add(40, 2)" in hist


def test_repl_editor_and_ctrl_d(tmp_path: os.PathLike[str]) -> None:
    c = _spawn(tmp_path)
    c.sendline(".editor")
    c.expect("Entering editor mode")
    c.sendline("const a = 20;")
    c.sendline("a + 22")
    c.sendeof()
    c.expect("42")
    c.expect("> ")
    c.sendintr()
    c.expect("To exit")
    c.sendintr()
    c.expect(pexpect.EOF)
    c = _spawn(tmp_path)
    c.sendeof()
    c.expect(pexpect.EOF)
    c.close()
    assert c.exitstatus == 0


def test_repl_interrupt_await_completion_load_save(tmp_path: os.PathLike[str]) -> None:
    import time
    env = dict(os.environ, HOME=str(tmp_path), NO_COLOR="1")
    env.pop("PYJSVM_REPL_HISTORY", None)
    c = pexpect.spawn(sys.executable, ["-m", "pyjsvm.host.cli"], env=env, encoding="utf-8", timeout=30,
                      dimensions=(40, 200), cwd=str(tmp_path))
    c.expect("> ")
    _eval(c, "let n = 0", "undefined")
    c.sendline("while (true) { n++ }")
    time.sleep(1.5)
    c.sendintr()                      # interrupts the loop, keeps the session and its state
    c.expect("Script execution interrupted")
    c.expect("> ")
    _eval(c, "n > 0", "true")
    _eval(c, "throw new Error('boom')", "Uncaught Error: boom")
    _eval(c, "_error.message", "'boom'")
    _eval(c, "await Promise.resolve(41) + 1", "42")
    _eval(c, "const v = await new Promise(r => setTimeout(() => r('later'), 20))", "undefined")
    _eval(c, "v", "'later'")
    c.send("Math.ma\t\t")
    c.expect("Math.max")
    c.sendline("")
    c.expect("> ")
    _eval(c, ".save sess.js", "Session saved to: sess.js")
    with open(os.path.join(tmp_path, "sess.js"), encoding="utf-8") as f:
        assert "await Promise.resolve(41) + 1" in f.read()
    with open(os.path.join(tmp_path, "lo.js"), "w", encoding="utf-8") as f:
        f.write("var loaded = 6 * 7;\nloaded + 1\n")
    _eval(c, ".load lo.js", "43")
    _eval(c, "loaded", "42")
    c.sendline(".exit")
    c.expect(pexpect.EOF)


def test_timers_fire_while_the_prompt_waits(tmp_path: os.PathLike[str]) -> None:
    """node's REPL runs timers between keystrokes: a timeout's output appears without any
    further input, and the session goes on normally afterwards."""
    c = _spawn(tmp_path)
    c.sendline("setTimeout(() => console.log('tick', 1 + 1), 200); 'armed'")
    c.expect("'armed'")
    c.expect("tick 2", timeout=20)
    c.sendline("let n = 0; const h = setInterval(() => { if (++n === 3) { clearInterval(h); console.log('done', n); } }, 50); 0")
    c.expect("done 3", timeout=20)
    _eval(c, "n * 10", "30")
    c.sendline(".exit")
    c.expect(pexpect.EOF)
    c.close()
    assert c.exitstatus == 0


def test_sockets_work_in_the_repl(tmp_path: os.PathLike[str]) -> None:
    """The REPL drives the event loop itself: it polls the sockets of node:net and node:http
    while the prompt waits and while a top-level await waits."""
    c = _spawn(tmp_path)
    c.sendline("const net = require('net'); const s = net.createServer((k) => k.end('hi')).listen(0, '127.0.0.1', "
               "() => net.connect(s.address().port, '127.0.0.1').on('data', (d) => console.log('got', String(d)))); 1")
    c.expect("got hi", timeout=20)   # (after the prompt: it arrives while the prompt waits)
    _eval(c, "await new Promise((r) => require('http').get(`http://127.0.0.1:${s.address().port}/`).on('error', "
             "(e) => r(e.code)))", "'HPE_INVALID_CONSTANT'")
    _eval(c, "s.close(); 2", "2")
    c.sendline(".exit")
    c.expect(pexpect.EOF)


def test_completion_of_session_bindings_and_require_names(tmp_path: os.PathLike[str]) -> None:
    """Tab completes the properties of a ``const`` of the session, the session's own bindings,
    and built-in module names inside ``require('``, as node's REPL does."""
    import time
    c = _spawn(tmp_path)
    _eval(c, "const obj = { alpha: 1, beta: 2 }", "undefined")
    c.send("obj.al\t")
    time.sleep(0.5)
    c.sendline("")
    c.expect("obj.alpha")
    c.expect("1")
    c.expect("> ")
    c.send("require('chi\t")
    time.sleep(0.5)
    c.sendline(".execSync('echo completed').toString()")
    c.expect("completed")
    c.expect("> ")
    c.send("ob\t")
    time.sleep(0.5)
    c.sendline("")
    c.expect(r"\{ alpha: .*1.*, beta: .*2.* \}")
    c.expect("> ")
    c.sendline(".exit")
    c.expect(pexpect.EOF)


def test_colours_do_not_break_lines(tmp_path: os.PathLike[str]) -> None:
    """With colours on, the line-width check counts what the terminal shows, not the escape
    codes: a short array stays on one line, as in node's REPL."""
    env = dict(os.environ, HOME=str(tmp_path), TERM="xterm-256color")
    for k in ("NO_COLOR", "NODE_DISABLE_COLORS", "PYJSVM_REPL_HISTORY"):
        env.pop(k, None)
    c = pexpect.spawn(sys.executable, ["-m", "pyjsvm.host.cli"], env=env, encoding="utf-8", timeout=30,
                      dimensions=(40, 200))
    c.expect("> ")
    c.sendline("[1, 'a', null, undefined, {b: true}, Symbol('s'), 10n]")
    c.expect(r"\[ \x1b\[33m1\x1b\[39m, \x1b\[32m'a'\x1b\[39m, .*\x1b\[33m10n\x1b\[39m \]")
    c.expect("> ")
    c.sendline(".exit")
    c.expect(pexpect.EOF)


def test_repl_ctrl_c_while_a_timer_waits_prompts_again(tmp_path: os.PathLike[str]) -> None:
    """With a timer pending, the line is read on a helper thread (so that timers fire while the
    prompt waits); Ctrl+C cannot cancel that read, and the REPL must still show a fresh prompt
    and go on reading (it once kept waiting silently behind the stale '... ' prompt)."""
    c = _spawn(tmp_path)
    _eval(c, "const keep = setTimeout(() => {}, 600000); 0", "0")
    _ctrl_c_cancels_a_line_then_warns(c)
    _eval(c, "clearTimeout(keep); 40 + 2", "42")
    c.sendline(".exit")
    c.expect(pexpect.EOF)
