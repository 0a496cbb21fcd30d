#!/usr/bin/env node
/**
 * Serves the production build (dist/) with nginx and the deployment's own configuration
 * (deploy/nginx.conf and deploy/security-headers.conf), so the end-to-end tests check
 * what readers get. Only the listen and root lines of deploy/nginx.conf change; the
 * headers file is linked, not copied.
 *
 *   node scripts/nginx-test-server.mjs [--port 4174] [--root dist]
 *
 * NGINX_BIN names the nginx binary when it is not on PATH or in /usr/sbin. nginx runs in
 * the foreground; SIGINT, SIGTERM, SIGQUIT and SIGHUP are passed on to it, and the
 * temporary directory goes when it exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const deployDir = join(projectDir, 'deploy');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.NGINX_TEST_PORT ?? '4174' },
    root: { type: 'string', default: 'dist' },
  },
});

function fail(message) {
  console.error(`nginx-test-server: ${message}`);
  process.exit(1);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`not a port: ${values.port}`);

const root = resolve(projectDir, values.root);
if (!existsSync(join(root, 'index.html'))) {
  fail(`${join(root, 'index.html')} is missing: run \`npm run build\` first.`);
}

function findNginx() {
  if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
  // /usr/sbin is often missing from a non-root PATH.
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = join(dir, 'nginx');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next directory
    }
  }
  return fail('nginx is not installed (Debian: `apt-get install -y nginx`), or set NGINX_BIN.');
}

/** mime.types sits in the configuration directory nginx was built with. */
function findMimeTypes(nginx) {
  const { stderr = '', error } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  if (error) fail(`cannot run ${nginx}: ${error.message}`);
  const confPath = /--conf-path=(\S+)/.exec(stderr)?.[1];
  const candidates = [confPath && join(dirname(confPath), 'mime.types'), '/etc/nginx/mime.types'];
  const found = candidates.find((path) => path && existsSync(path));
  return found ?? fail(`no mime.types next to ${confPath ?? '/etc/nginx/nginx.conf'}`);
}

/**
 * Replaces the one line that `pattern` matches (keeping the indentation it captures), or
 * fails: a silent miss would test another configuration than the one deployed.
 */
function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
  if (matches.length !== 1) {
    fail(`deploy/nginx.conf must have exactly one ${what} line, found ${matches.length}.`);
  }
  return text.replace(pattern, (_line, indent = '') => `${indent}${replacement}`);
}

function renderServerBlock() {
  let text = readFileSync(join(deployDir, 'nginx.conf'), 'utf8');
  text = replaceOnce(text, /^(\s*)listen 80;.*$/m, `listen 127.0.0.1:${port};`, '`listen 80;`');
  text = replaceOnce(
    text,
    /^(\s*)listen \[::\]:80;.*$/m,
    '# (no IPv6 in tests)',
    '`listen [::]:80;`',
  );
  text = replaceOnce(text, /^(\s*)root \S+;.*$/m, `root ${JSON.stringify(root)};`, '`root`');
  return text;
}

const nginx = findNginx();
const mimeTypes = findMimeTypes(nginx);

// The prefix mirrors /etc/nginx: nginx resolves `include odessa-journal/…` against the
// directory of the main configuration file.
const prefix = mkdtempSync(join(tmpdir(), 'odessa-journal-nginx-'));
const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
try {
  mkdirSync(join(prefix, 'odessa-journal'));
  mkdirSync(join(prefix, 'temp'));
  symlinkSync(
    join(deployDir, 'security-headers.conf'),
    join(prefix, 'odessa-journal', 'security-headers.conf'),
  );
  writeFileSync(join(prefix, 'odessa-journal', 'nginx.conf'), renderServerBlock());
  const temp = (name) => JSON.stringify(join(prefix, 'temp', name));
  const mainConf = [
    // Workers default to `nobody`, who may not read a checkout under /root.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${JSON.stringify(join(prefix, 'nginx.pid'))};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    `  include ${JSON.stringify(mimeTypes)};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    `  client_body_temp_path ${temp('body')};`,
    `  proxy_temp_path ${temp('proxy')};`,
    `  fastcgi_temp_path ${temp('fastcgi')};`,
    `  uwsgi_temp_path ${temp('uwsgi')};`,
    `  scgi_temp_path ${temp('scgi')};`,
    '  include odessa-journal/nginx.conf;',
    '}',
    '',
  ].join('\n');
  writeFileSync(join(prefix, 'nginx.conf'), mainConf);
} catch (error) {
  cleanUp();
  fail(`cannot write the configuration: ${error instanceof Error ? error.message : error}`);
}

const child = spawn(
  nginx,
  ['-e', 'stderr', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
  { stdio: 'inherit' },
);
console.log(`nginx-test-server: serving ${root} on http://127.0.0.1:${port}/`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGQUIT', 'SIGHUP']) {
  process.on(signal, () => {
    // SIGHUP makes nginx reload its configuration; the others stop it.
    if (signal !== 'SIGHUP') stopping = true;
    child.kill(signal);
  });
}
child.on('error', (error) => {
  cleanUp();
  fail(`cannot start ${nginx}: ${error.message}`);
});
child.on('exit', (code, signal) => {
  cleanUp();
  // A stop that was asked for is a clean end; nginx dying of a signal on its own is not.
  process.exit(code ?? (stopping && signal ? 0 : 1));
});
