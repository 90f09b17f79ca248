"""Run popular npm packages under node and pyjsvm and compare their output.

Usage:
    python3 benchmarks/npm_corpus/run.py DIR [--install] [--timeout S] [NAME ...]

DIR is a scratch folder outside the repository. With --install, the packages
in PACKAGES are installed there with `npm install` (needs the registry; nothing
is installed into the repository). Each script in scripts/ is copied into
DIR/corpus/ and run with `node` and with `python3 -m pyjsvm`; stdout, stderr's
last line and the exit code are compared, and the time of each run is shown.
NAME limits the run to the scripts whose file name starts with it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

PACKAGES = [
    "lodash", "underscore", "ramda", "immutable", "dayjs", "date-fns", "moment",
    "luxon", "decimal.js", "big.js", "bignumber.js", "mathjs", "uuid", "semver",
    "marked", "markdown-it", "handlebars", "mustache", "ejs", "js-yaml", "yaml",
    "ajv", "zod", "superstruct", "qs", "he", "entities", "htmlparser2", "acorn",
    "esprima", "js-tokens", "diff", "fast-deep-equal", "lru-cache", "eventemitter3",
    "immer", "rxjs", "pako", "fflate", "crypto-js", "base64-js", "ieee754",
    "buffer", "iconv-lite", "papaparse", "csv-parse", "validator", "chalk",
    "minimist", "yargs-parser", "commander", "nanoid", "cheerio", "prettier",
    "terser", "typescript@5", "@babel/parser", "@babel/generator", "@babel/traverse", "graphql",
    "highlight.js", "katex", "less", "pug", "nunjucks", "liquidjs", "postcss", "fast-xml-parser",
    "xml2js", "sax", "jszip", "protobufjs", "@msgpack/msgpack", "json5", "smol-toml", "ini",
    "minimatch", "picomatch", "path-to-regexp", "punycode", "tweetnacl", "js-sha3", "@noble/hashes",
    "bn.js", "seedrandom", "fuse.js", "lunr", "showdown", "joi", "yup", "fp-ts", "lodash-es",
    "d3-array", "d3-format", "d3-scale", "chroma-js", "tinycolor2", "fraction.js",
    "simple-statistics", "sprintf-js", "numeral", "pluralize", "bluebird", "async", "cron-parser",
    "rrule", "jmespath", "jsonpath-plus", "xregexp", "preact", "preact-render-to-string", "react",
    "react-dom", "debug", "ms", "depd", "source-map@0.6", "error-stack-parser", "callsites@3",
    "readable-stream", "string_decoder", "pretty-bytes@5", "filesize", "pretty-ms@7", "bytes",
    "content-type", "mime-types", "cookie", "jsonwebtoken", "core-js", "get-intrinsic",
    "object-inspect", "es-abstract", "deep-equal", "is-core-module", "resolve", "util",
    "@vue/reactivity", "mobx", "@reduxjs/toolkit", "reflect-metadata", "inversify",
    "class-transformer", "co", "tslib", "glob", "fs-extra", "yargs", "tar", "archiver@5",
    "emoji-regex", "string-width@4", "strip-ansi@6", "slugify", "camelcase@6", "transliteration",
    "sanitize-html", "xss", "linkifyjs", "autolinker", "wrap-ansi@7", "cli-table3", "text-table",
    "columnify",
    # (the second widening: parsers, code tools, formats, hashes and crypto, state, node streams, http)
    "peggy", "nearley", "chevrotain", "jsonc-parser", "toml", "fast-json-stable-stringify",
    "json-stringify-safe", "flatted", "rfdc", "klona", "deepmerge", "object-path", "superjson@2",
    "devalue@6", "acorn-walk", "escodegen", "estraverse", "astring", "recast", "uglify-js", "clean-css",
    "csso", "stylus", "turndown", "@xmldom/xmldom", "xpath", "csv-stringify", "currency.js",
    "humanize-duration", "spacetime", "timeago.js", "big-integer", "jsbi", "ml-matrix", "compromise",
    "franc-min@6", "string-similarity", "fuzzysort", "change-case@5", "diff-match-patch", "lz-string",
    "@faker-js/faker", "chance", "randexp", "redux", "reselect", "zustand", "seamless-immutable",
    "eventemitter2", "mitt", "p-limit@7", "p-queue@9", "async-mutex", "neverthrow", "ts-pattern", "io-ts",
    "valibot", "i18next", "md5", "sha.js", "js-sha256", "hash.js", "crc-32", "adler-32", "base-x", "bs58",
    "elliptic", "remeda", "es-toolkit", "radash", "ulid", "qrcode", "parse5", "css-tree",
    "postcss-selector-parser", "sql-formatter", "node-sql-parser", "js-beautify", "prismjs", "js-base64",
    "bcryptjs", "@noble/curves@2", "@noble/ciphers@2", "ipaddr.js", "libphonenumber-js", "color@5",
    "culori", "complex.js", "expr-eval", "jsonata", "eta", "hogan.js", "xstate@5", "graphlib", "rbush",
    "geolib", "proj4", "moo", "cbor-x", "cronstrue", "meriyah", "sucrase", "coffeescript", "ohm-js",
    "chrono-node", "moment-timezone", "bson", "long", "msgpackr", "xml-js", "svelte@4", "remark@15",
    "remark-html", "micromark@4", "linkedom", "htm", "vue@3", "@vue/server-renderer", "nerdamer",
    "algebrite", "numbro", "json-logic-js", "immutability-helper", "fast-diff", "murmurhash-js",
    "fast-csv", "through2", "split2", "busboy", "stream-json@3", "csv-parser", "form-data", "pino",
    "winston", "dotenv", "fast-glob", "graceful-fs", "tmp", "picocolors", "kleur", "loglevel", "mime@4",
    "node-cache", "quick-lru@5", "execa@5", "cross-spawn", "express", "axios", "koa@2", "ws",
    "node-fetch@2", "cookie-parser",
    # (the third widening: unified/d3/effect, formats and protocols, crypto, PDF and images, linters
    # and compilers, CRDTs and in-memory databases, NLP, FRP)
    "p-map", "unified@11", "remark-parse@11", "remark-stringify@11", "remark-gfm@4", "rehype-parse@9",
    "rehype-stringify@10", "hast-util-to-html@9", "hastscript@9", "d3-time-format", "d3-shape", "d3-hierarchy",
    "d3-interpolate", "d3-color", "d3-dsv", "d3-geo", "d3-quadtree", "d3-delaunay", "d3-random", "effect@3",
    "ical.js@2", "xlsx", "graphql-tag", "msgpack-lite", "fast-check@4", "@preact/signals-core", "nanostores",
    "mobx-state-tree", "@sinclair/typebox@0.34", "ajv-formats", "class-validator", "gl-matrix@3", "three@0.187",
    "@js-temporal/polyfill", "@js-joda/core", "redux-saga", "node-forge", "sjcl", "pdf-lib", "commonmark",
    "remarkable", "twig", "dot", "graphology", "cytoscape", "dagre", "figlet", "espree", "magic-string",
    "css-select", "domutils", "css-what", "sqids", "hashids", "query-string@9", "whatwg-url", "fast-json-patch",
    "avsc", "parsimmon", "arcsecond", "inflection@3", "voca", "@babel/standalone", "jsrsasign", "sass",
    "eslint@10", "html-minifier-terser", "markdownlint@0.40", "autoprefixer", "cssnano", "echarts@6", "pngjs",
    "jpeg-js", "bwip-js", "pdfkit", "asciidoctor@4", "xmlbuilder2", "@babel/core", "@babel/preset-env", "yjs",
    "lokijs", "alasql", "mingo@7", "intl-messageformat", "@date-fns/tz", "date-fns-tz", "mqtt-packet", "yazl",
    "yauzl", "kefir", "baconjs", "xstream", "natural@8", "sentiment", "socket.io-parser", "engine.io-parser",
    "knex@3", "kysely", "@paralleldrive/cuid2", "date-holidays", "i18n-iso-countries", "exceljs",
    "concat-stream", "pump", "duplexify", "multistream", "superagent",
    # (the fourth widening: packages on node's platform: test runners and mocks, DOMs, servers
    # with inject(), middleware, mail, files and configs, images and office documents, timers)
    "mocha@12", "chai@6", "sinon@22", "@sinonjs/fake-timers@15", "jsdom@29", "happy-dom@21", "dompurify@3",
    "socket.io@4", "socket.io-client@4", "nodemailer@10", "node-cron@4", "lowdb@7", "conf@15", "cosmiconfig@9",
    "eventsource-parser@3", "p-retry@7", "p-timeout@7", "emittery@1", "bottleneck", "jimp@1", "pdfmake@0.3",
    "docx@9", "mammoth", "csv@6", "express-validator@7", "helmet@8", "fastify@5", "@hapi/hapi@21",
    "light-my-request@6", "http-errors", "statuses", "on-finished", "raw-body@3", "connect", "polka@0.5",
    "supertest@7", "morgan", "compression", "multer@2", "cors", "express-session", "tape@5", "uvu",
    "cacache@20", "ssri@13", "write-file-atomic@7", "proper-lockfile", "jsonfile@6", "rimraf@6", "mkdirp@3",
    "keyv@5", "get-stream@9", "tough-cookie@6", "undici@7",
    # (the fifth widening: URLs and diffs, games and physics, geo, music and statistics, formats,
    # hashes and ciphers, text and HTML, proxy-based state, search, parser generators, rich text,
    # data structures, promises and FP, CLIs, an obfuscator, SVG and charts, media files, i18n and
    # cron, schema-compiled JSON, hono and ky, memfs, zip and RSA, rollup, prompts, a mock redis)
    "url-parse@1", "deep-diff@1", "json-pointer@0", "jsonpath@1", "tldts@7", "ip-address@10",
    "ua-parser-js@2", "chess.js@1", "matter-js@0", "@turf/turf@7", "ngeohash@0", "topojson-client@3",
    "tonal@6", "jstat@1", "fft.js@4", "random-js@2", "pure-rand@8", "@iarna/toml@3", "hjson@3", "plist@5",
    "cbor@10", "notepack.io@3", "ion-js@5", "snappyjs@0", "lz4js@0", "html-entities@2", "html-to-text@10",
    "node-html-parser@9", "striptags@3", "fastest-levenshtein@1", "stopword@3", "number-to-words@1",
    "valtio@2", "jotai@2", "effector@23", "sift@17", "minisearch@7", "flexsearch@0.8", "@seald-io/nedb@4",
    "jison@0", "@lezer/javascript@1", "buble@0", "jshint@2", "prosemirror-model@1",
    "prosemirror-transform@1", "prosemirror-schema-basic@1", "quill-delta@5", "mnemonist@0", "js-sdsl@4",
    "timsort@0", "colord@2", "q@2", "rsvp@4", "sanctuary@3", "purify-ts@2", "cac@7", "arg@5", "sade@1",
    "table@6", "javascript-obfuscator@5", "svgo@4", "vega@6", "vega-lite@6", "omggif@1", "upng-js@2",
    "wavefile@11", "@tonejs/midi@2", "@fluent/bundle@0", "messageformat@4", "node-polyglot@2", "croner@11",
    "fast-json-stringify@7", "@graphql-tools/schema@10", "hono@4", "ky@1", "memfs@4", "adm-zip@0",
    "node-rsa@2", "scrypt-js@3", "aes-js@3", "spark-md5@3", "object-hash@3", "bip39@3", "otpauth@9",
    "blakejs@1", "rollup@2", "prompts@2", "ioredis-mock@8",
]


def run(cmd: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None):
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None, "", "timeout", time.perf_counter() - start
    return proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("--install", action="store_true")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("names", nargs="*")
    args = ap.parse_intermixed_args()
    work = args.dir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    if args.install:
        if not (work / "package.json").exists():
            (work / "package.json").write_text('{"name": "npm-corpus", "private": true}\n')
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", *PACKAGES],
                       cwd=work, check=True)
    corpus = work / "corpus"
    corpus.mkdir(exist_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    scripts = sorted(p for p in (HERE / "scripts").iterdir() if p.suffix in (".js", ".mjs"))
    if args.names:
        scripts = [p for p in scripts if any(p.name.startswith(n) for n in args.names if n != "umd")]
    failures = 0
    print(f"{'script':28} {'result':10} {'node s':>7} {'pyjsvm s':>9} {'ratio':>7}")
    for script in scripts:
        target = corpus / script.name
        shutil.copy(script, target)
        n_code, n_out, n_err, t_node = run(["node", str(target)], corpus, args.timeout)
        code, out, err, t_py = run([sys.executable, "-m", "pyjsvm.host.cli", str(target)],
                                   corpus, args.timeout, env)
        same = code == n_code and out == n_out
        result = "same" if same else ("timeout" if code is None else "DIFFERS")
        failures += not same
        ratio = f"{t_py / t_node:7.0f}" if t_node else "      -"
        print(f"{script.name:28} {result:10} {t_node:7.2f} {t_py:9.2f} {ratio}")
        if not same:
            (corpus / (script.name + ".node.out")).write_text(n_out + n_err)
            (corpus / (script.name + ".pyjsvm.out")).write_text(out + err)
            last = (err.strip().splitlines() or [""])[-1]
            print(f"    exit node={n_code} pyjsvm={code}; {last[:200]}")
    total = len(scripts)
    if not args.names or "umd" in args.names:
        bundles = json.loads((HERE / "umd_bundles.json").read_text())
        total += len(bundles)
        for name, rel, expr in bundles:
            file = str(work / "node_modules" / rel)
            n_code, n_out, n_err, t_node = run(["node", str(HERE / "umd_node.js"), file, expr],
                                               work, args.timeout)
            code, out, err, t_py = run([sys.executable, str(HERE / "umd_pyjsvm.py"), file, expr],
                                       work, args.timeout, env)
            same = code == n_code and out == n_out
            failures += not same
            result = "same" if same else ("timeout" if code is None else "DIFFERS")
            print(f"{'umd:' + name:28} {result:10} {t_node:7.2f} {t_py:9.2f} {t_py / t_node:7.0f}")
            if not same:
                (corpus / f"umd_{name}.node.out").write_text(n_out + n_err)
                (corpus / f"umd_{name}.pyjsvm.out").write_text(out + err)
                last = (err.strip().splitlines() or [""])[-1]
                print(f"    exit node={n_code} pyjsvm={code}; {last[:200]}")
    print(f"{total - failures}/{total} same")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
