"""The ``pyjsvm`` command: run a file as a CommonJS module, ``-e``/``-p`` code, stdin, or the
REPL, with Node's uncaught error printing and exit codes."""
from __future__ import annotations

import os
import signal
import sys
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import engine_limits
from pyjsvm.host.process import VERSION, ProcessExit
from pyjsvm.compiler.engine import ParseError, compile_script
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.runtime.promise import PENDING, perform_promise_then_internal
from pyjsvm.host.runtime import HostOptions, NodeHost
from pyjsvm.host.inspect import inspect
from pyjsvm.host.esm import contains_module_syntax, is_esm_file
from pyjsvm.host.require import DetectedModule
from pyjsvm.host.compile_cache import CompileCache, directory_from_environment
from pyjsvm.host.repl import run_repl

if TYPE_CHECKING:
    from pyjsvm.host.runtime import HostOptions

USAGE = """Usage: pyjsvm [options] [ script.js ] [arguments]
       pyjsvm -e "script" [arguments]
       pyjsvm -p "expression" [arguments]

Options:
  -e, --eval script     evaluate script
  -p, --print script    evaluate script and print result
  -i, --interactive     always enter the REPL even if stdin does not appear to be a terminal
  --input-type=TYPE     'module' runs -e/-p code and stdin as an ES module ('commonjs': as a script)
  --experimental-vm-modules
                        accepted for compatibility (vm.SourceTextModule is always available)
  --compile-cache=dir   keep the compile cache of the modules run in dir (default: the user cache
                        directory, or $PYJSVM_COMPILE_CACHE; 0 or off there disables it)
  --no-compile-cache    do not read or write the compile cache (nor does --permission or --sandbox,
                        unless --compile-cache=dir is given)
  -v, --version         print pyjsvm version
  -h, --help            print this help
  --permission          deny file system, child processes and environment unless granted
                        (node 20 spells it --experimental-permission; both are accepted)
  --allow-fs-read=PATH  grant reading PATH and below (comma-separated; * for all)
  --allow-fs-write=PATH grant writing PATH and below
  --allow-child-process grant child_process
  --allow-env[=NAMES]   grant process.env (all, or the comma-separated NAMES)
  --sandbox             the teaching preset: --permission with nothing granted, Math.random
                        seeded (--random-seed=N, default 0) and the clock fixed
                        (--fixed-time=ISO, default 2000-01-01T00:00:00Z)
                        and the limits below (defaults 10000 ms and 256 MB)
  --timeout=MS          stop the whole run after MS milliseconds (ERR_SCRIPT_EXECUTION_TIMEOUT)
  --max-memory=MB       a RangeError when what JS keeps alive passes MB megabytes
  --step-limit=N        stop the whole run after N steps (loop iterations and calls, counted the
                        same on every machine; ERR_SCRIPT_EXECUTION_STEP_LIMIT)
  --random-seed=N       seed Math.random
  --fixed-time=ISO      fix Date.now() and new Date() to an ISO 8601 time
  -                     script read from stdin (default if no file name is provided and stdin is not a terminal)

A JavaScript engine in pure Python with Node's vm module.
"""


def _err(msg: str) -> int:
    sys.stderr.write(f"pyjsvm: {msg}\n")
    return 1 if "bad option" not in msg else 9


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pyjsvm`` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    interrupted = False
    try:
        with engine_limits():
            code = _main(args)
    except KeyboardInterrupt:  # SIGINT, and no process.on('SIGINT') listener to take it
        code = 130
        interrupted = True
    except RecursionError:
        sys.stderr.write("RangeError: Maximum call stack size exceeded\n")
        code = 1
    try:
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        pass
    if argv is None:
        if interrupted:
            _die_of_sigint()
        sys.exit(code)
    return code


def _die_of_sigint() -> None:
    """End the process as killed by SIGINT, as node ends at a SIGINT it has no listener for
    (a shell sees status 130, a parent process the signal: so a shell loop stops too)."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    except (AttributeError, ValueError, OSError):
        pass


def _parse_time(text: str) -> float | None:
    from datetime import datetime, timezone
    try:
        d = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return float(int(d.timestamp() * 1000))


def _main(args: list[str]) -> int:
    eval_src: str | None = None
    print_result = False
    interactive = False
    cache_dir = directory_from_environment()
    explicit_cache = False
    input_type = "commonjs"
    explicit_type: str | None = None  # --input-type given: no module syntax detection
    options = HostOptions()
    sandbox = False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--no-compile-cache":
            cache_dir = None
            i += 1
            continue
        if a.startswith("--compile-cache="):
            cache_dir = a.split("=", 1)[1] or None
            explicit_cache = True
            i += 1
            continue
        if a == "--experimental-vm-modules" or a.startswith("--no-warnings"):
            i += 1
            continue
        if a.startswith("--input-type="):
            input_type = explicit_type = a.split("=", 1)[1]
            if input_type not in ("module", "commonjs"):
                return _err("--input-type must be \"module\" or \"commonjs\"")
            i += 1
            continue
        if a.startswith("--") and options.permissions.parse_option(a):
            options.exec_argv.append(a)
            i += 1
            continue
        if a.startswith(("--timeout=", "--max-memory=", "--step-limit=")):
            options.exec_argv.append(a)
            i += 1
            try:
                n = int(a.split("=", 1)[1])
            except ValueError:
                n = 0
            if n <= 0:
                return _err(f"{a}: not a positive integer")
            if a.startswith("--timeout="):
                options.timeout_ms = n
            elif a.startswith("--step-limit="):
                options.step_limit = n
            else:
                options.memory_limit = n * 1024 * 1024
            continue
        if a == "--sandbox" or a.startswith(("--random-seed=", "--fixed-time=")):
            options.exec_argv.append(a)
            i += 1
            if a == "--sandbox":
                sandbox = True
            elif a.startswith("--random-seed="):
                try:
                    options.random_seed = int(a.split("=", 1)[1])
                except ValueError:
                    return _err(f"{a}: not an integer")
            else:
                t = _parse_time(a.split("=", 1)[1])
                if t is None:
                    return _err(f"{a}: not an ISO 8601 time")
                options.fixed_time = t
            continue
        if a in ("-h", "--help"):
            sys.stdout.write(USAGE)
            return 0
        if a in ("-v", "--version"):
            sys.stdout.write(f"v{VERSION}\n")
            return 0
        if a in ("-e", "--eval", "-p", "--print", "-pe"):
            if i + 1 >= len(args):
                return _err(f"{a} requires an argument")
            eval_src = args[i + 1]
            print_result = a in ("-p", "--print", "-pe")
            i += 2
            break
        if a in ("-i", "--interactive"):
            interactive = True
            i += 1
            continue
        if a == "--":
            i += 1
            break
        if a == "-":
            i += 1
            break
        if a.startswith("-") and len(a) > 1:
            return _err(f"bad option: {a}")
        break
    if sandbox:
        options.permissions.sandbox()
        if options.random_seed is None:
            options.random_seed = 0
        if options.fixed_time is None:
            options.fixed_time = 946684800000.0
        if options.timeout_ms is None:
            options.timeout_ms = SANDBOX_TIMEOUT_MS
        if options.memory_limit is None:
            options.memory_limit = SANDBOX_MEMORY_MB * 1024 * 1024
    if options.permissions.enabled and not explicit_cache:
        cache_dir = None  # NON-SPEC: under the permission model nothing is written unless asked for
    rest = args[i:]
    if eval_src is not None:
        if input_type == "module":
            if print_result:
                return _esm_cannot_print()
            return run_module_source(eval_src, "[eval1]", rest, options)
        return run_source(eval_src, "[eval]", rest, print_result, options, detect=explicit_type is None)
    if rest and not (i > 0 and args[i - 1] == "-"):
        return run_file(rest[0], rest[1:], options, cache_dir)
    if interactive or (sys.stdin.isatty() and not (i > 0 and args[i - 1] == "-")):
        return run_repl(rest, options)
    try:
        src = sys.stdin.read()
    except (OSError, UnicodeDecodeError) as e:
        return _err(f"cannot read stdin: {e}")
    if input_type == "module":
        return run_module_source(src, "[stdin]", rest, options)
    return run_source(src, "[stdin]", rest, False, options, detect=explicit_type is None)


SANDBOX_TIMEOUT_MS = 10_000   # --sandbox's default --timeout
SANDBOX_MEMORY_MB = 256       # and --max-memory


def run_file(path: str, args: list[str], options: "HostOptions | None" = None, cache_dir: str | None = None) -> int:
    """``pyjsvm FILE [args]``; the CommonJS modules it compiles go through the compile cache in
    ``cache_dir`` (none: no cache)."""
    filename = os.path.abspath(path)
    if os.path.isdir(filename):
        idx = os.path.join(filename, "index.js")
        if os.path.isfile(idx):
            filename = idx
    if not os.path.isfile(filename):
        alt = filename + ".js"
        if os.path.isfile(alt):
            filename = alt
        else:
            return _err(f"cannot open '{path}': No such file or directory")
    try:
        with open(filename, "rb") as f:
            f.read(1)
    except OSError as e:
        return _err(f"cannot open '{path}': {e.strerror}")
    host = NodeHost([filename] + args, options=options)
    host.esm.entry = filename  # (a ShadowRealm's importValue resolves from here)
    if cache_dir is not None:
        host.compile_cache = CompileCache(cache_dir)
    def program() -> int:
        if is_esm_file(filename):
            return _run_module_main(host, lambda: host.esm.run_main(filename))
        try:
            try:
                host.run_guarded(lambda: host.modules.run_main(filename))
            except DetectedModule:  # Node's module syntax detection: it is an ES module
                host.esm.warn_typeless(filename)
                return _run_module_main(host, lambda: host.esm.run_main(filename))
            return host.run_loop()
        except ProcessExit as e:
            host.forced_exit = e.code
            return host.finish()
    try:
        return host.run_limited(program)
    finally:
        if host.compile_cache is not None:
            host.compile_cache.flush()


def run_module_source(src: str, name: str, args: list[str], options: "HostOptions | None" = None) -> int:
    """``--input-type=module``: ``-e`` code or stdin as the main ES module."""
    host = NodeHost(list(args), options=options)
    return host.run_limited(lambda: _run_module_main(host, lambda: host.esm.run_source(src, name)))


def _run_module_main(host: Any, start: Any) -> int:
    """Run an ES module entry point: an evaluation error is an uncaught exception; a top-level
    await still pending when the event loop is empty exits with code 13, as in Node."""
    promises: list[Any] = []

    def run() -> None:
        promise = start()
        promises.append(promise)
        perform_promise_then_internal(promise, lambda v: None, lambda reason: host.report_uncaught(reason),
                                      host.realm)
    try:
        host.run_guarded(run)
        code = host.run_loop()
    except ProcessExit as e:
        host.forced_exit = e.code
        return host.finish()
    if promises and promises[0].state == PENDING and host.forced_exit is None:
        return 13
    return code


def _esm_cannot_print() -> int:
    sys.stderr.write("Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input\n")
    return 1


def run_source(src: str, name: str, args: list[str], print_result: bool,
               options: "HostOptions | None" = None, detect: bool = False) -> int:
    """``-e``/``-p`` code or a program read from stdin, run as a script in the main realm;
    ``detect``: code that does not compile as a script but does as a module is run as the main
    ES module (``[eval1]``), as Node's module syntax detection runs it."""
    host = NodeHost(list(args), options=options)
    host.define_script_globals(name, os.getcwd())
    js_src = python_string_to_js(src)
    host.sources[name] = js_src
    result: list[Any] = []

    def run() -> None:
        try:
            code = compile_script(js_src, name)
        except ParseError as e:
            if detect and contains_module_syntax(js_src, name):
                host.remove_script_globals()
                raise DetectedModule(name) from None
            raise JSThrow(host.syntax_error(e, js_src)) from None
        result.append(code.run(host.realm))

    def program() -> int:
        try:
            host.run_guarded(run)
            if print_result and result and not host.loop.stopped:
                v = result[0]
                host.write_out((v if type(v) is str else inspect(v)) + "\n")
            return host.run_loop()
        except ProcessExit as e:
            host.forced_exit = e.code
            return host.finish()
    try:
        return host.run_limited(program)
    except DetectedModule:  # (no JS ran: the script did not compile)
        if print_result:
            return _esm_cannot_print()
        return run_module_source(src, "[eval1]", args, options)


if __name__ == "__main__":  # pragma: no cover
    main()
