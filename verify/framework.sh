#!/usr/bin/env bash
# Verifies what a framework plugin (rails, fastapi, express, axum) generated into DIR: the Tasker
# side of an existing application, which cannot run on its own (there is no app around it here,
# and the Tasker SDKs and most frameworks are not installable from the registries reachable here).
#
# Usage: verify/framework.sh FRAMEWORK DIR
#
# Works on a COPY of DIR. Every generated source file is parsed by its language's own tool:
#   rails    `ruby -c` on every .rb file
#   fastapi  `python3 -m py_compile` on every .py file
#   express  `tsc --noEmit` (strict) over src/, with Express's own types (express and
#            @types/express from the npm registry, as verify/typescript.sh installs its tools) and
#            verify/typescript/tasker-sdk.d.ts for the SDK; then the generated router runs: it is
#            compiled, mounted on a real Express app with a stand-in client and called over HTTP
#   axum     rustc's parser on every .rs file (`-Z parse-crate-root-only`, as verify/rust.sh);
#            then src/handlers/ (every handler declared) and src/tasker_worker.rs are type-checked
#            with `cargo check --offline` against verify/rust/stand-ins and Debian's crate sources
#            (the router needs axum, which is not there, so it is only parsed)
# then verify/check_definitions.sh on the task definitions, compose file and Tasker configuration.
# Prints "verify: ok (N files parsed)" at the end; fails when a step fails or nothing was parsed.
set -eu

if [ "$#" -ne 2 ] || [ ! -d "$2" ]; then
  echo "usage: $0 rails|fastapi|express|axum DIR" >&2
  exit 2
fi
framework=$1
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/verify-framework.XXXXXX")
trap 'rm -rf "$work"' EXIT
proj="$work/project"
mkdir -p "$proj"
(cd "$src" && tar --exclude=./node_modules --exclude=./target -cf - .) | (cd "$proj" && tar -xf -)
echo "verify: working on a copy of $src in $proj"
cd "$proj"

parsed=0
case "$framework" in
  rails)
    for file in $(find . -name '*.rb' | sort); do
      ruby -c "$file" > /dev/null
      parsed=$((parsed + 1))
    done
    ;;
  fastapi)
    for file in $(find . -name '*.py' | sort); do
      python3 -m py_compile "$file"
      parsed=$((parsed + 1))
    done
    ;;
  express)
    cat > package.json <<'JSON'
{ "name": "verify-express", "private": true, "type": "module",
  "devDependencies": { "express": "^5.1.0", "@types/express": "^5.0.0", "@types/node": "^20.11.0",
                       "typescript": "^5.6.0" } }
JSON
    echo "verify: npm install express @types/express @types/node typescript (the app's own packages)"
    npm install --no-audit --no-fund --loglevel=error > "$work/npm.log" 2>&1 || { cat "$work/npm.log"; echo "verify: FAILED: npm install"; exit 1; }
    mkdir -p .verify
    cp "$here/typescript/tasker-sdk.d.ts" .verify/tasker-sdk.d.ts
    cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "lib": ["ES2022"], "module": "NodeNext",
    "moduleResolution": "NodeNext", "strict": true, "noUncheckedIndexedAccess": true,
    "esModuleInterop": true, "skipLibCheck": true, "types": ["node"], "noEmit": true },
  "include": ["src/**/*.ts", ".verify/*.d.ts"] }
JSON
    echo "verify: tsc --noEmit (strict) over src/ with Express's types and the SDK's declarations"
    npx --no-install tsc --noEmit -p tsconfig.json
    parsed=$(find src -name '*.ts' | wc -l)
    echo "verify: running src/tasker/tasks-router.ts on Express with a stand-in client"
    npx --no-install tsc --outDir build --rootDir src --module NodeNext --moduleResolution NodeNext \
      --target ES2022 --strict --esModuleInterop --skipLibCheck --types node src/tasker/tasks-router.ts
    cat > run-router.mjs <<'JS'
import assert from 'node:assert/strict';
import express from 'express';
import { taskerTasksRouter, TASK_NAME } from './build/tasker/tasks-router.js';

const submitted = [];
const client = {
  createTask(options) { submitted.push(options); return { task_uuid: 'uuid-1', status: 'pending' }; },
  getTask(uuid) {
    if (uuid !== 'uuid-1') throw new Error(`no task ${uuid}`);
    return { task_uuid: uuid, status: 'complete' };
  },
};
const app = express();
app.use('/tasker/tasks', taskerTasksRouter(client));
const server = app.listen(0);
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${server.address().port}/tasker/tasks`;
try {
  let res = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ context: { order_id: 'ORD-1' } }) });
  assert.equal(res.status, 201);
  assert.deepEqual(await res.json(), { task_uuid: 'uuid-1', status: 'pending' });
  assert.equal(submitted.length, 1);
  assert.equal(submitted[0].name, TASK_NAME);
  assert.deepEqual(submitted[0].context, { order_id: 'ORD-1' });
  res = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ context: [1] }) });
  assert.equal(res.status, 400);
  res = await fetch(`${base}/uuid-1`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { task_uuid: 'uuid-1', status: 'complete' });
  res = await fetch(`${base}/other`);
  assert.equal(res.status, 502);
  assert.match((await res.json()).error, /no task other/);
  console.log('verify: the router submitted a task, refused a bad context and reported statuses');
} finally {
  server.close();
}
JS
    node run-router.mjs
    ;;
  axum)
    for file in $(find . -name '*.rs' | sort); do
      RUSTC_BOOTSTRAP=1 rustc --edition 2021 -Z parse-crate-root-only --crate-type lib \
        --out-dir "$work/rustc" "$file"
      parsed=$((parsed + 1))
    done
    registry=${RUST_CRATE_REGISTRY:-/usr/share/cargo/registry}
    missing=
    for crate in tokio async-trait serde serde_json anyhow tracing; do
      ls -d "$registry/$crate"-[0-9]* > /dev/null 2>&1 || missing="$missing $crate"
    done
    if ! command -v cargo > /dev/null 2>&1 || [ -n "$missing" ]; then
      echo "verify: SKIPPED the type check of src/handlers and src/tasker_worker.rs (reason: no cargo, or Debian's crate sources in $registry lack:$missing)"
    else
      # The handlers, their registry and the worker start-up, type-checked with cargo against the
      # stand-ins of the Tasker crates and reqwest (verify/rust/stand-ins: the real paths and
      # signatures) and Debian's crate sources, as verify/rust.sh builds projects. The router
      # needs axum, which is not among them, so it is only parsed.
      for file in src/handlers/*.rs; do
        module=$(basename "$file" .rs)
        if [ "$module" != mod ] && ! grep -q "^pub mod $module;" src/handlers/mod.rs; then
          echo "pub mod $module;" >> src/handlers/mod.rs
          echo "verify: declared 'pub mod $module;' in src/handlers/mod.rs, as the handler's comment says to"
        fi
      done
      printf 'pub mod handlers;\npub mod tasker_worker;\n' > src/verify_lib.rs
      . "$here/rust/offline-cargo.sh"
      offline_cargo_config .
      cat > Cargo.toml <<CARGO
[package]
name = "verify-axum"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "src/verify_lib.rs"

[dependencies]
tasker-worker = "0.1.6"
tasker-shared = "0.1.6"
async-trait = "0.1"
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
anyhow = "1"
tracing = "0.1"
reqwest = { version = "0.12", features = ["json"] }
CARGO
      stand_in_patches "$here/rust/stand-ins" tasker-shared tasker-worker reqwest >> Cargo.toml
      echo "verify: cargo check --offline of src/handlers and src/tasker_worker.rs against verify/rust/stand-ins"
      if ! CARGO_TARGET_DIR="$work/target" cargo check --offline --quiet > "$work/cargo.log" 2>&1; then
        cat "$work/cargo.log"
        echo "verify: FAILED: cargo check"
        exit 1
      fi
      echo "verify: src/handlers and src/tasker_worker.rs type-check"
    fi
    ;;
  *)
    echo "verify: unknown framework '$framework' (rails, fastapi, express, axum)" >&2
    exit 2
    ;;
esac
if [ "$parsed" -eq 0 ]; then
  echo "verify: FAILED: no source file to parse" >&2
  exit 1
fi
echo "verify: $parsed source files parse"
sh "$here/check_definitions.sh" .
echo "verify: ok ($parsed files parsed)"
