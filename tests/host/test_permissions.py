"""The permission model (``--permission``, ``--allow-*``, ``--sandbox``): what node checks is in
``node_cases/permission_fs.js`` (compared with node); here are the ways around it that must stay
closed (symlinks, fd numbers, chdir, copies, env, child processes, module loading)."""
from __future__ import annotations

import os
from pathlib import Path

from tests.host.conftest import run_pyjsvm

ESCAPES = r"""
const fs = require('fs');
const show = (name, f) => { try { console.log(name, 'ok', JSON.stringify(f())); } catch (e) { console.log(name, e.code, e.permission || ''); } };
const secret = process.argv[2];
show('direct', () => fs.readFileSync(secret, 'utf8'));
show('symlink', () => { fs.symlinkSync(secret, 'box/link'); return fs.readFileSync('box/link', 'utf8'); });
show('cp-r', () => { fs.mkdirSync('box/d'); fs.symlinkSync(secret, 'box/d/l'); fs.cpSync('box/d', 'box/copy', { recursive: true }); return fs.readFileSync('box/copy/l', 'utf8'); });
show('fd', () => { const b = new Uint8Array(10); return fs.readSync(5, b); });
show('chdir', () => { process.chdir('/'); return fs.readFileSync(secret, 'utf8'); });
show('env', () => process.env.HOME);
show('env-keys', () => Object.keys(process.env).length);
show('child', () => require('child_process').execSync('cat ' + secret, { encoding: 'utf8' }));
show('spawn', () => require('child_process').spawn('cat', [secret]));
show('require', () => require(secret.replace(/\.txt$/, '.js')));
show('exists', () => fs.existsSync(secret));
show('write-out', () => fs.writeFileSync(secret + '.w', 'x'));
show('has', () => [process.permission.has('fs.read', __dirname + '/box'), process.permission.has('fs.write', secret), process.permission.has('child')]);
"""


def _run(tmp_path: Path, *flags: str) -> list[str]:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("TOP SECRET")
    (outside / "secret.js").write_text("module.exports = 'TOP SECRET'")
    work = tmp_path / "work"
    (work / "box").mkdir(parents=True)
    (work / "main.js").write_text(ESCAPES)
    r = run_pyjsvm(*flags, "main.js", str(secret), cwd=str(work))
    assert r.returncode == 0, r.stderr
    assert "TOP SECRET" not in r.stdout
    return r.stdout.splitlines()


def test_escapes_are_denied(tmp_path: Path) -> None:
    lines = _run(tmp_path, "--permission", "--allow-fs-read=.", "--allow-fs-write=box")
    got = dict(line.split(" ", 1) for line in lines)
    assert got["direct"] == "ERR_ACCESS_DENIED FileSystemRead"
    assert got["symlink"] == "ERR_ACCESS_DENIED FileSystemRead"
    assert got["cp-r"].startswith("ok") or got["cp-r"].startswith("ERR_ACCESS_DENIED")
    assert got["fd"] == "EBADF "
    assert got["chdir"] == "ERR_ACCESS_DENIED FileSystemRead"
    assert got["env"] == "ERR_ACCESS_DENIED Environment"
    assert got["env-keys"] == "ok 0"
    assert got["child"] == "ERR_ACCESS_DENIED ChildProcess"
    assert got["spawn"] == "ERR_ACCESS_DENIED ChildProcess"
    assert got["require"] == "ERR_ACCESS_DENIED FileSystemRead"
    assert got["exists"] == "ERR_ACCESS_DENIED FileSystemRead"
    assert got["write-out"] == "ERR_ACCESS_DENIED FileSystemWrite"
    assert got["has"] == "ok [true,false,false]"


def test_without_permission_everything_is_allowed(tmp_path: Path) -> None:
    lines = _run_open(tmp_path)
    assert lines[0] == 'direct ok "TOP SECRET"'.replace("TOP SECRET", "T0P")


def _run_open(tmp_path: Path) -> list[str]:
    (tmp_path / "f.txt").write_text("T0P")
    (tmp_path / "main.js").write_text("const fs = require('fs'); console.log('direct ok', JSON.stringify("
                                      "fs.readFileSync('f.txt', 'utf8'))); console.log(process.permission);"
                                      "console.log(typeof process.env.PATH)")
    r = run_pyjsvm("main.js", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def test_allow_env_names(tmp_path: Path) -> None:
    (tmp_path / "main.js").write_text("console.log(process.env.FOO, Object.keys(process.env));"
                                      "try { process.env.BAR } catch (e) { console.log(e.code, e.resource) }")
    env_before = dict(os.environ)
    os.environ["FOO"] = "x"
    os.environ["BAR"] = "y"
    try:
        r = run_pyjsvm("--permission", "--allow-fs-read=*", "--allow-env=FOO", "main.js", cwd=str(tmp_path))
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    assert r.stdout.splitlines() == ["x [ 'FOO' ]", "ERR_ACCESS_DENIED BAR"]


def test_sandbox_is_deterministic(tmp_path: Path) -> None:
    (tmp_path / "main.js").write_text("console.log(Math.random(), Date.now(), new Date().toISOString());"
                                      "try { require('fs').readFileSync('main.js') } catch (e) { console.log(e.code) }")
    a = run_pyjsvm("--sandbox", "main.js", cwd=str(tmp_path))
    b = run_pyjsvm("--sandbox", "main.js", cwd=str(tmp_path))
    assert a.stdout == b.stdout
    assert a.stdout.splitlines()[0].endswith("946684800000 2000-01-01T00:00:00.000Z")
    assert a.stdout.splitlines()[1] == "ERR_ACCESS_DENIED"
    c = run_pyjsvm("--sandbox", "--random-seed=7", "--fixed-time=2024-05-06T07:08:09Z", "main.js", cwd=str(tmp_path))
    assert c.stdout.split()[0] != a.stdout.split()[0]
    assert "2024-05-06T07:08:09.000Z" in c.stdout


def test_sandbox_determinism_reaches_vm_contexts(tmp_path: Path) -> None:
    """Contexts made with require('vm') inherit the fixed clock and a generator seeded from the
    host's, so a run with contexts replays exactly and differs with another seed."""
    (tmp_path / "main.js").write_text(
        "const vm = require('vm'); const ctx = vm.createContext({});"
        "console.log(vm.runInContext('[Math.random(), Date.now()].join(\" \")', ctx));"
        "console.log(vm.runInNewContext('Math.random()'), vm.runInContext('Math.random()', vm.createContext(vm.constants.DONT_CONTEXTIFY)));")
    a = run_pyjsvm("--sandbox", "main.js", cwd=str(tmp_path))
    b = run_pyjsvm("--sandbox", "main.js", cwd=str(tmp_path))
    assert a.returncode == 0, a.stderr
    assert a.stdout == b.stdout
    assert a.stdout.split()[1] == "946684800000"
    c = run_pyjsvm("--sandbox", "--random-seed=3", "main.js", cwd=str(tmp_path))
    assert c.stdout.split()[0] != a.stdout.split()[0]


def test_sandbox_limits_time_and_memory(tmp_path: Path) -> None:
    """The sandbox issue's limits under the command: --timeout ends an endless program with
    node's ERR_SCRIPT_EXECUTION_TIMEOUT message, --max-memory is a RangeError JS can catch, and
    --sandbox applies both by default (a program within them runs as usual, timers included)."""
    loop = tmp_path / "loop.js"
    loop.write_text("console.log('start'); while (true) {}")
    # 3 s: the budget covers the program's start (console set-up), which took over 500 ms on a loaded machine
    r = run_pyjsvm("--timeout=3000", "loop.js", cwd=str(tmp_path))
    assert r.returncode == 1
    assert r.stdout == "start\n"
    assert "Error [ERR_SCRIPT_EXECUTION_TIMEOUT]: Script execution timed out after 3000ms" in r.stderr
    hog = tmp_path / "hog.js"
    hog.write_text("const a = []; try { while (true) a.push(new Array(10000).fill(1)); }"
                   " catch (e) { a.length = 0; console.log(e.name, /Memory limit/.test(e.message)); }")
    r = run_pyjsvm("--max-memory=30", "hog.js", cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == ("RangeError true\n", 0), r.stderr
    ok = tmp_path / "ok.js"
    ok.write_text("setTimeout(() => console.log('timer'), 5); console.log('main')")
    r = run_pyjsvm("--sandbox", "ok.js", cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == ("main\ntimer\n", 0), r.stderr
    assert run_pyjsvm("--timeout=0", "ok.js", cwd=str(tmp_path)).returncode != 0


def test_step_limit_flag(tmp_path: Path) -> None:
    """--step-limit=N is the vm API's step_limit for the whole program (main module, timers and
    callbacks): past N loop iterations and calls the run ends with ERR_SCRIPT_EXECUTION_STEP_LIMIT,
    which JS cannot catch; a program within its steps runs as usual, also under --sandbox."""
    loop = tmp_path / "loop.js"
    loop.write_text("console.log('start'); try { while (true) {} } catch (e) { console.log('caught') }")
    r = run_pyjsvm("--step-limit=1000", "loop.js", cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == ("start\n", 1), r.stderr
    assert "Error [ERR_SCRIPT_EXECUTION_STEP_LIMIT]: Script execution exceeded its step limit of 1000 steps" in r.stderr
    timers = tmp_path / "timers.js"
    timers.write_text("let n = 0; const t = setInterval(() => { n++; for (let i = 0; i < 100; i++); }, 1);"
                      " process.on('exit', () => console.log('exit'))")
    r = run_pyjsvm("--sandbox", "--step-limit=2000", "timers.js", cwd=str(tmp_path))
    assert r.returncode == 1 and "ERR_SCRIPT_EXECUTION_STEP_LIMIT" in r.stderr, r.stderr
    ok = tmp_path / "ok.js"
    ok.write_text("let s = 0; for (let i = 0; i < 100; i++) s += i;"
                  " setTimeout(() => console.log('timer', s), 1); console.log('main')")
    r = run_pyjsvm("--sandbox", "--step-limit=1000", "ok.js", cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == ("main\ntimer 4950\n", 0), r.stderr
    for bad in ("--step-limit=0", "--step-limit=x", "--step-limit=-5"):
        r = run_pyjsvm(bad, "ok.js", cwd=str(tmp_path))
        assert r.returncode != 0 and "not a positive integer" in r.stderr
