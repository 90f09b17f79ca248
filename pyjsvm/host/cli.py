"""The ``pyjsvm`` command: run a file as a CommonJS module, ``-e``/``-p`` code, stdin, or the
REPL, with Node's uncaught error printing and exit codes; ``-c`` checks a file's syntax. Node's
common options are read from NODE_OPTIONS, then from the command line."""
from __future__ import annotations

import gc
import os
import re
import signal
import sys
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.agent import engine_limits
from pyjsvm.host.process import VERSION, ProcessExit
from pyjsvm.compiler.engine import ParseError, compile_script
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.runtime.promise import PENDING, new_promise_capability, perform_promise_then_internal
from pyjsvm.runtime.operations import call
from pyjsvm.host.runtime import HostOptions, NodeHost
from pyjsvm.host.inspect import inspect
from pyjsvm.host.env_file import load_env_files
from pyjsvm.host.esm import contains_module_syntax, file_source, is_ambiguous_file, is_esm_file
from pyjsvm.host.require import WRAPPER_PARAMS, DetectedModule, past_the_body
from pyjsvm.compiler.engine import compile_module_code, parse_function
from pyjsvm.host.compile_cache import CompileCache, directory_from_environment
from pyjsvm.compiler.emit import CODE_STORE
from pyjsvm.syntax.parse import PROMOTE_PROGRAMS
from pyjsvm.host.repl import run_repl

if TYPE_CHECKING:
    from pyjsvm.host.runtime import HostOptions

USAGE = """Usage: pyjsvm [options] [ script.js ] [arguments]
       pyjsvm -e "script" [arguments]
       pyjsvm -p "expression" [arguments]

Options:
  -e, --eval script     evaluate script
  -p, --print script    evaluate script and print result
  -c, --check           syntax-check the script (a file, or stdin) without running it
  -i, --interactive     always enter the REPL even if stdin does not appear to be a terminal
  -r, --require module  preload a CommonJS module (resolved from the current directory; repeatable)
  --import module       preload an ES module before the entry point (repeatable)
  --input-type=TYPE     'module' runs -e/-p code and stdin as an ES module ('commonjs': as a script)
  --env-file=file       set the environment variables of file (KEY=VALUE lines) not set yet
  --no-warnings         do not print process warnings (the 'warning' event is still emitted)
  --no-deprecation      no DeprecationWarning
  --throw-deprecation   throw DeprecationWarnings (on the next tick, as node)
  --trace-warnings      print a warning with its stack (--trace-deprecation: DeprecationWarnings)
  --unhandled-rejections=MODE
                        throw (default), strict, warn, none or warn-with-error-code
  --expose-gc           a global gc() (runs Python's garbage collector)
  --stack-trace-limit=N Error.stackTraceLimit starts at N
  --experimental-vm-modules
                        vm.Module, vm.SourceTextModule and vm.SyntheticModule, and the
                        importModuleDynamically functions of the vm module (as in node)
  --enable-source-maps, --max-old-space-size=N, --max-semi-space-size=N, --experimental-detect-module,
  --experimental-require-module, --experimental-import-meta-resolve, --experimental-shadow-realm,
  --experimental-global-webcrypto, --experimental-global-customevent, --experimental-fetch,
  --experimental-json-modules, --experimental-top-level-await, --experimental-abortcontroller,
  --experimental-network-inspection
                        accepted, without effect (node options that change nothing pyjsvm shows)
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

Environment variables:
  NODE_OPTIONS          options read before the command line's (space-separated, "double quotes"
                        with backslash escapes); not allowed there, as in node: -e, -p, -c, -i,
                        -h, -v, --env-file, --compile-cache, --no-compile-cache, and pyjsvm's own
                        --sandbox, --timeout, --max-memory, --step-limit, --random-seed, --fixed-time
  NODE_NO_WARNINGS=1    as --no-warnings

A JavaScript engine in pure Python with Node's vm module.
"""


def _err(msg: str) -> int:
    sys.stderr.write(f"pyjsvm: {msg}\n")
    return 1 if "bad option" not in msg else 9


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pyjsvm`` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    interrupted = False
    if argv is None:
        PROMOTE_PROGRAMS[0] = True   # (the process is the command's: see its comment)
    try:
        with engine_limits():
            code = _main(args)
            if argv is None:
                # NON-SPEC (speed): the process ends next. While JS ran the collector's first
                # threshold was raised (agent.engine_limits), so up to a few million young
                # objects (the parsed trees, the compiled code: alive, not garbage) wait for
                # a collection; restoring the host's thresholds on the way out started that
                # collection at the next allocation (0.6-0.9 s after loading a 1.7 MB data
                # file). Frozen, they are left to the process's end.
                gc.freeze()
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


# Options node 20 knows that change nothing pyjsvm can show: accepted, without effect (the
# USAGE text lists them). The ones taking a number take it after "=".
NO_EFFECT_FLAGS = frozenset({
    "--enable-source-maps", "--experimental-detect-module",
    "--experimental-require-module", "--experimental-import-meta-resolve", "--experimental-shadow-realm",
    "--experimental-global-webcrypto", "--experimental-global-customevent", "--experimental-fetch",
    "--experimental-json-modules", "--experimental-top-level-await", "--experimental-abortcontroller",
    "--experimental-network-inspection"})
NO_EFFECT_NUMBERS = frozenset({"--max-old-space-size", "--max-semi-space-size"})

# the options that set a HostOptions switch: option -> attribute
_SWITCHES = {"--no-warnings": "no_warnings", "--no-deprecation": "no_deprecation",
             "--throw-deprecation": "throw_deprecation", "--trace-deprecation": "trace_deprecation",
             "--trace-warnings": "trace_warnings", "--expose-gc": "expose_gc",
             "--experimental-vm-modules": "experimental_vm_modules"}

UNHANDLED_REJECTIONS = ("throw", "strict", "warn", "none", "warn-with-error-code")

# what node refuses in NODE_OPTIONS, of the options pyjsvm knows (pyjsvm's own options, which
# node does not know, are refused too)
_NOT_IN_NODE_OPTIONS = frozenset({
    "-e", "--eval", "-p", "--print", "-pe", "-i", "--interactive", "-c", "--check", "-v", "--version",
    "-h", "--help", "--env-file", "--compile-cache", "--no-compile-cache", "--sandbox", "--timeout",
    "--max-memory", "--step-limit", "--random-seed", "--fixed-time", "--", "-"})


class _BadOption(Exception):
    """A command-line error: its message, printed as ``pyjsvm: <message>``, and node's exit
    code 9 (or ``code``)."""

    def __init__(self, message: str, code: int = 9) -> None:
        super().__init__(message)
        self.code = code


class _Command:
    """What the options ask for (from NODE_OPTIONS, then the command line)."""

    def __init__(self) -> None:
        self.eval_src: str | None = None
        self.print_result = False
        self.interactive = False
        self.check = False
        self.action: str | None = None  # "help" or "version"
        self.cache_dir = directory_from_environment()
        self.explicit_cache = False
        self.input_type = "commonjs"
        self.explicit_type: str | None = None  # --input-type given: no module syntax detection
        self.options = HostOptions()
        self.sandbox = False
        self.env_files: list[str] = []
        self.stdin_dash = False  # "-": the program is read from stdin


def _v8_int(option: str, value: str) -> int:
    """The number of a V8 flag of type int (``--stack-trace-limit=N``): decimal digits with an
    optional sign, else V8's error and node's bad option."""
    if re.fullmatch(r"[+-]?[0-9]+", value) is None:
        sys.stderr.write(f"Error: illegal value for flag {option} of type int\nTry --help for options\n")
        raise _BadOption(f"bad option: {option}")
    return int(value)


def _parse_options(args: list[str], cmd: _Command, from_env: bool) -> int:
    """Take the options at the start of ``args`` into ``cmd``; returns the index of the first
    argument that is not an option (the script), ``len(args)`` when all are. ``from_env``:
    ``args`` is NODE_OPTIONS, where node refuses some options and ignores what follows an
    argument that is not an option.
    Option names may spell ``-`` as ``_`` (``--no_warnings``), as in node. Raises _BadOption."""
    o = cmd.options
    i = 0
    while i < len(args):
        a = args[i]
        if not a.startswith("-") or a == "-" and not from_env:
            if from_env:  # (node ignores what follows an argument that is not an option there)
                return len(args)
            if a == "-":
                cmd.stdin_dash = True
                return i + 1
            return i
        name, eq, value = a.partition("=")
        if name.startswith("--"):
            name = "--" + name[2:].replace("_", "-")
        norm = name + eq + value
        if from_env and name in _NOT_IN_NODE_OPTIONS:
            raise _BadOption(f"{name}{eq} is not allowed in NODE_OPTIONS")
        if name in ("-p", "--print"):
            # node's --print is a switch (a value after "=" is ignored), and its alias
            # "--print <arg>" is "-pe <arg>": the next argument is the code unless it starts with "-"
            if eq and name == "-p":
                raise _BadOption(f"bad option: {a}")
            cmd.print_result = True
            if not eq and i + 1 < len(args) and not args[i + 1].startswith("-"):
                cmd.eval_src = args[i + 1]
                i += 2
            else:
                i += 1
            continue
        if name in ("-r", "--require", "--import", "--env-file", "-e", "--eval", "-pe"):
            if eq and name in ("--require", "--import", "--env-file", "--eval") and value:
                operand = value
                i += 1
            elif eq and name not in ("--require", "--import", "--env-file", "--eval"):
                raise _BadOption(f"bad option: {a}")
            elif eq or i + 1 >= len(args) or args[i + 1].startswith("-"):
                # (node takes no value that starts with "-"; -pe is --print --eval)
                raise _BadOption(f"{'--eval' if name == '-pe' else a} requires an argument")
            else:
                operand = args[i + 1]
                i += 2
            if name in ("-r", "--require"):
                o.preload_require.append(operand)
            elif name == "--import":
                o.preload_import.append(operand)
            elif name == "--env-file":
                cmd.env_files.append(operand)
            else:
                # (options may follow the code, as in node; a later -e replaces the code)
                cmd.eval_src = operand
                cmd.print_result = cmd.print_result or name == "-pe"
            continue
        i += 1
        if a == "--":
            return i
        if norm == "--no-compile-cache":
            cmd.cache_dir = None
        elif name == "--compile-cache" and eq:
            cmd.cache_dir = value or None
            cmd.explicit_cache = True
        elif name in NO_EFFECT_FLAGS and not eq:
            pass
        elif name in NO_EFFECT_NUMBERS and eq:
            _v8_int(a, value)
        elif name == "--input-type" and eq:
            cmd.input_type = cmd.explicit_type = value
            if value not in ("module", "commonjs"):
                raise _BadOption("--input-type must be \"module\" or \"commonjs\"")
        elif name in _SWITCHES and not eq:
            setattr(o, _SWITCHES[name], True)
        elif name == "--unhandled-rejections" and eq:
            if value not in UNHANDLED_REJECTIONS:
                raise _BadOption("invalid value for --unhandled-rejections")
            o.unhandled_rejections = value
        elif name == "--stack-trace-limit":
            if not eq:
                _v8_int(a, "")
            o.stack_trace_limit = _v8_int(a, value)
        elif name.startswith("--") and o.permissions.parse_option(norm):
            pass
        elif name in ("--timeout", "--max-memory", "--step-limit") and eq:
            try:
                n = int(value)
            except ValueError:
                n = 0
            if n <= 0:
                raise _BadOption(f"{a}: not a positive integer", 1)
            if name == "--timeout":
                o.timeout_ms = n
            elif name == "--step-limit":
                o.step_limit = n
            else:
                o.memory_limit = n * 1024 * 1024
        elif norm == "--sandbox":
            cmd.sandbox = True
        elif name == "--random-seed" and eq:
            try:
                o.random_seed = int(value)
            except ValueError:
                raise _BadOption(f"{a}: not an integer", 1) from None
        elif name == "--fixed-time" and eq:
            t = _parse_time(value)
            if t is None:
                raise _BadOption(f"{a}: not an ISO 8601 time", 1)
            o.fixed_time = t
        elif a in ("-h", "--help"):
            cmd.action = cmd.action or "help"
        elif a in ("-v", "--version"):
            cmd.action = cmd.action or "version"
        elif a in ("-i", "--interactive"):
            cmd.interactive = True
        elif a in ("-c", "--check"):
            cmd.check = True
        elif from_env:
            raise _BadOption(f"{a} is not allowed in NODE_OPTIONS")
        else:
            raise _BadOption(f"bad option: {a}")
    return i


def split_node_options(text: str) -> list[str]:
    """NODE_OPTIONS as node splits it (ParseNodeOptionsEnvVar): at spaces, except in double
    quotes, where a backslash escapes the next character. Raises _BadOption for an unterminated
    string or escape."""
    out: list[str] = []
    in_string = False
    new_arg = True
    k = 0
    while k < len(text):
        c = text[k]
        k += 1
        if c == "\\" and in_string:
            if k == len(text):
                raise _BadOption("invalid value for NODE_OPTIONS (invalid escape)\n")
            c = text[k]
            k += 1
        elif c == " " and not in_string:
            new_arg = True
            continue
        elif c == '"':
            in_string = not in_string
            continue
        if new_arg:
            out.append(c)
            new_arg = False
        else:
            out[-1] += c
    if in_string:
        raise _BadOption("invalid value for NODE_OPTIONS (unterminated string)\n")
    return out


def _parse_command(args: list[str]) -> tuple[_Command, int]:
    """The options of NODE_OPTIONS then of the command line (after loading the --env-file
    files, which may set NODE_OPTIONS); the index of the script in ``args``. Raises _BadOption."""
    first = _Command()
    _parse_options(args, first, False)  # (for --env-file: node loads them before all else)
    if first.env_files:
        error = load_env_files(first.env_files)
        if error is not None:
            raise _BadOption(error)
    cmd = _Command()
    env = os.environ.get("NODE_OPTIONS", "")
    if env:
        _parse_options(split_node_options(env), cmd, True)
    i = _parse_options(args, cmd, False)
    # process.execArgv: the command line's options (not NODE_OPTIONS'), as node's
    cmd.options.exec_argv = [a for a in args[:i] if a not in ("--", "-")]
    return cmd, i


def _main(args: list[str]) -> int:
    try:
        cmd, i = _parse_command(args)
        if cmd.action is None and cmd.check and cmd.eval_src is not None:
            raise _BadOption("either --check or --eval can be used, not both")
    except _BadOption as e:
        sys.stderr.write(f"pyjsvm: {e}\n")
        return e.code
    if cmd.action == "help":
        sys.stdout.write(USAGE)
        return 0
    if cmd.action == "version":
        sys.stdout.write(f"v{VERSION}\n")
        return 0
    options = cmd.options
    cache_dir = cmd.cache_dir
    if cmd.sandbox:
        options.permissions.sandbox()
        if options.random_seed is None:
            options.random_seed = 0
        if options.fixed_time is None:
            options.fixed_time = 946684800000.0
        if options.timeout_ms is None:
            options.timeout_ms = SANDBOX_TIMEOUT_MS
        if options.memory_limit is None:
            options.memory_limit = SANDBOX_MEMORY_MB * 1024 * 1024
    if options.permissions.enabled and not cmd.explicit_cache:
        cache_dir = None  # NON-SPEC: under the permission model nothing is written unless asked for
    rest = args[i:]
    input_type, explicit_type = cmd.input_type, cmd.explicit_type
    if cmd.check:
        if rest and not cmd.stdin_dash:
            return check_file(rest[0], options)
        return check_source(_read_stdin(), "[stdin]", options, input_type == "module")
    if cmd.eval_src is not None and cmd.interactive:
        # (node's REPL runs the -e/-p code first)
        return run_repl(rest, options, (cmd.eval_src, cmd.print_result))
    if cmd.eval_src is not None:
        if input_type == "module":
            if cmd.print_result:
                return _esm_cannot_print()
            return run_module_source(cmd.eval_src, "[eval1]", rest, options, evaluated=True)
        return run_source(cmd.eval_src, "[eval]", rest, cmd.print_result, options, detect=explicit_type is None,
                          cache_dir=cache_dir)
    if rest and not cmd.stdin_dash:
        return run_file(rest[0], rest[1:], options, cache_dir)
    if cmd.interactive or (sys.stdin.isatty() and not cmd.stdin_dash):
        return run_repl(rest, options)
    try:
        src = sys.stdin.read()
    except (OSError, UnicodeDecodeError) as e:
        return _err(f"cannot read stdin: {e}")
    # (node's process.argv keeps a "-" that named stdin as the program)
    argv = ["-", *rest] if cmd.stdin_dash else rest
    if input_type == "module":  # (Node names ES module input [eval1], from -e or stdin alike)
        if cmd.print_result:
            return _esm_cannot_print()
        return run_module_source(src, "[eval1]", argv, options)
    # (-p without code prints the value of the program read from stdin, as node's eval_stdin)
    return run_source(src, "[stdin]", argv, cmd.print_result, options, detect=explicit_type is None,
                      cache_dir=cache_dir)


def _read_stdin() -> str:
    try:
        return sys.stdin.read()
    except (OSError, UnicodeDecodeError):
        return ""


SANDBOX_TIMEOUT_MS = 10_000   # --sandbox's default --timeout
SANDBOX_MEMORY_MB = 256       # and --max-memory


def run_file(path: str, args: list[str], options: "HostOptions | None" = None, cache_dir: str | None = None) -> int:
    """``pyjsvm FILE [args]``; the CommonJS modules it compiles go through the compile cache in
    ``cache_dir`` (none: no cache)."""
    found = _find_main(path)
    if found is None:
        return _err(f"cannot open '{path}': No such file or directory")
    filename = found
    try:
        with open(filename, "rb") as f:
            f.read(1)
    except OSError as e:
        return _err(f"cannot open '{path}': {e.strerror}")
    host = NodeHost([filename] + args, options=options)
    host.esm.entry = filename  # (a ShadowRealm's importValue resolves from here)
    _use_compile_cache(host, cache_dir)

    def cjs_main() -> Any:
        try:
            host.modules.run_main(filename)
        except DetectedModule:  # Node's module syntax detection: it is an ES module
            host.esm.warn_typeless(filename)
            return host.esm.run_main(filename)
        return None

    def program() -> int:
        ended = _run_requires(host)
        if ended is not None:
            return ended
        if is_esm_file(filename):
            return _run_module_main(host, lambda: _after_imports(host, lambda: host.esm.run_main(filename)))
        if host.options.preload_import:
            return _run_module_main(host, lambda: _after_imports(host, cjs_main))
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
        _flush_compile_cache(host)


def _use_compile_cache(host: NodeHost, cache_dir: str | None) -> None:
    """Compile through the cache in ``cache_dir`` (none: no cache) the CommonJS and ES modules
    ``host`` loads, its own modules written in JS (host/jsutil.load_js) and the Python code of
    emitted function bodies (compiler/emit.build); ``_flush_compile_cache`` writes what was new."""
    if cache_dir is not None:
        host.compile_cache = CompileCache(cache_dir)
        host.realm.host_defined["pyjsvm.compile_cache"] = host.compile_cache
        CODE_STORE[0] = host.compile_cache


def _flush_compile_cache(host: NodeHost) -> None:
    if host.compile_cache is not None:
        CODE_STORE[0] = None
        host.compile_cache.flush()


def _find_main(path: str) -> str | None:
    """The file ``pyjsvm FILE`` runs: ``FILE``, ``FILE/index.js`` or ``FILE.js``; None if none."""
    filename = os.path.abspath(path)
    if os.path.isdir(filename):
        idx = os.path.join(filename, "index.js")
        if os.path.isfile(idx):
            filename = idx
    if not os.path.isfile(filename):
        alt = filename + ".js"
        if not os.path.isfile(alt):
            return None
        filename = alt
    # as node's main module (no --preserve-symlinks-main): the real path, so that a script
    # reached through a symbolic link (node_modules/.bin/mocha) requires from its own folder
    return os.path.realpath(filename)


# V8's errors for module syntax in a CommonJS module body (node's esm_syntax_error_messages)
_ESM_SYNTAX_ERRORS = frozenset({"Cannot use import statement outside a module", "Unexpected token 'export'",
                                "Cannot use 'import.meta' outside a module"})


def check_file(path: str, options: "HostOptions | None" = None) -> int:
    """``pyjsvm -c FILE``: compile the file as ``pyjsvm FILE`` would (a CommonJS module body,
    or an ES module: .mjs, a "type": "module" package, or an ambiguous file with module
    syntax) without running it; 0 when it compiles, else its SyntaxError printed as an uncaught
    one and 1. The ``-r`` preloads run first, as in node."""
    filename = _find_main(path)
    if filename is None:
        return _err(f"cannot open '{path}': No such file or directory")
    try:
        with open(filename, encoding="utf-8") as f:
            source = f.read()
    except (OSError, UnicodeDecodeError) as e:
        return _err(f"cannot open '{path}': {getattr(e, 'strerror', None) or e}")
    return _check(source, filename, options, is_esm_file(filename), is_ambiguous_file(filename))


def check_source(source: str, name: str, options: "HostOptions | None" = None, module: bool = False) -> int:
    """``pyjsvm -c`` with the program on stdin: compiled as a CommonJS module body (``module``:
    --input-type=module, as an ES module), not run."""
    return _check(source, name, options, module, False)


def _check(source: str, filename: str, options: "HostOptions | None", module: bool, ambiguous: bool) -> int:
    host = NodeHost([filename], options=options)
    ended = _run_requires(host)
    if ended is not None:
        return ended
    js_src = python_string_to_js(file_source(source))
    error: Any = None
    if not module:
        try:
            parse_function(js_src, WRAPPER_PARAMS, filename)
        except ParseError as e:
            # an ambiguous file is an ES module when its CommonJS error is one only module syntax
            # causes (V8's messages that node retries as ESM) or it parses as a module.
            # NON-SPEC: node 20's --check then passes the file without compiling it as a module
            # (an error elsewhere in it goes unreported); pyjsvm checks the module, as running
            # the file would
            if ambiguous and (e.message in _ESM_SYNTAX_ERRORS or contains_module_syntax(js_src, filename)):
                module = True
            else:
                error = host.syntax_error(past_the_body(e, js_src), js_src)
    if module:
        try:  # (node's --check names the module by its path, not its URL)
            compile_module_code(js_src, filename)
        except ParseError as e:
            error = host.syntax_error(e, js_src)
    if error is None:
        return host.run_loop()
    host.print_error(error)
    return 1


def run_module_source(src: str, name: str, args: list[str], options: "HostOptions | None" = None,
                      evaluated: bool = False) -> int:
    """``--input-type=module``: ``-e`` code (``evaluated``: the built-in modules are globals, as
    Node has them for it) or stdin as the main ES module."""
    host = NodeHost(list(args), options=options)
    if evaluated:
        host.define_builtin_module_globals()

    def program() -> int:
        ended = _run_requires(host)
        if ended is not None:
            return ended
        return _run_module_main(host, lambda: _after_imports(host, lambda: host.esm.run_source(src, name)))
    return host.run_limited(program)


def _run_requires(host: Any) -> int | None:
    """Run the ``-r`` preloads as a macrotask (a throw is an uncaught exception): None when the
    program goes on, else the exit code of the run they ended."""
    try:
        if host.options.preload_require:
            host.run_guarded(host.run_requires)
        if host.loop.stopped:
            return int(host.run_loop())
    except ProcessExit as e:
        host.forced_exit = e.code
        return int(host.finish())
    return None


def _after_imports(host: Any, main: Callable[[], Any]) -> Any:
    """Start the ``--import`` preloads and run ``main()`` once they are evaluated, as node runs
    the entry point after them: ``main()``'s result when there are none (a promise or None),
    else a promise of it, rejected if an import or ``main()`` throws."""
    imports = host.start_imports()
    if imports is None:
        return main()
    realm = host.realm
    capability = new_promise_capability(realm.intrinsics["%Promise%"])

    def go(_value: Any) -> None:
        try:
            call(capability.resolve, None, [main()])
        except JSThrow as e:
            call(capability.reject, None, [e.value])

    perform_promise_then_internal(imports, go, lambda reason: call(capability.reject, None, [reason]), realm)
    return capability.promise


def _run_module_main(host: Any, start: Any) -> int:
    """Run an ES module entry point: an evaluation error is an uncaught exception; a top-level
    await still pending when the event loop is empty exits with ``process.exitCode``, 13 when
    it is unset, as in Node."""
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
        # Node: ``process.exitCode ??= 13`` -- a code the program set is kept
        set_code = host.js_exit_code()
        return 13 if set_code is None else set_code
    return code


def _esm_cannot_print() -> int:
    sys.stderr.write("Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input\n")
    return 1


def run_source(src: str, name: str, args: list[str], print_result: bool,
               options: "HostOptions | None" = None, detect: bool = False, cache_dir: str | None = None) -> int:
    """``-e``/``-p`` code or a program read from stdin, run as a script in the main realm;
    ``detect``: code that does not compile as a script but does as a module is run as the main
    ES module (``[eval1]``), as Node's module syntax detection runs it. What it loads goes
    through the compile cache in ``cache_dir`` (none: no cache)."""
    host = NodeHost(list(args), options=options)
    _use_compile_cache(host, cache_dir)
    host.define_script_globals(name, os.getcwd())
    if name == "[eval]":
        host.define_builtin_module_globals()
    js_src = python_string_to_js(src)
    host.sources[name] = js_src
    result: list[Any] = []
    compiled: list[Any] = []

    def compile_() -> None:
        """Compile the code (no JS runs): a module after all is DetectedModule; a syntax error
        is thrown when the code would run (after the preloads)."""
        try:
            compiled.append(compile_script(js_src, name))
        except ParseError as e:
            if detect and contains_module_syntax(js_src, name):
                host.remove_script_globals()
                raise DetectedModule(name) from None
            compiled.append(e)

    def run() -> None:
        code = compiled[0]
        if isinstance(code, ParseError):
            raise JSThrow(host.syntax_error(code, js_src))
        result.append(code.run(host.realm))

    def show() -> None:
        if print_result and result and not host.loop.stopped:
            v = result[0]
            host.write_out((v if type(v) is str else inspect(v)) + "\n")

    def program() -> int:
        compile_()
        try:
            ended = _run_requires(host)
            if ended is not None:
                return ended
            if host.options.preload_import:
                def run_and_show() -> None:
                    run()
                    show()
                return _run_module_main(host, lambda: _after_imports(host, run_and_show))
            host.run_guarded(run)
            show()
            return host.run_loop()
        except ProcessExit as e:
            host.forced_exit = e.code
            return host.finish()
    try:
        return host.run_limited(program)
    except DetectedModule:  # (no JS ran: the script did not compile)
        if print_result:
            return _esm_cannot_print()
        return run_module_source(src, "[eval1]", args, options, evaluated=name == "[eval]")
    finally:
        _flush_compile_cache(host)


if __name__ == "__main__":  # pragma: no cover
    main()
