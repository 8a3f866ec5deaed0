// Test support: a seeded SQLite database in a temporary folder, users with known passwords and
// tokens, and a `probity serve` child process on a random port.
//
// Uses only node built-ins. The binary comes from PROBITY_BIN (default: the dev build).

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
export const repoRoot = path.resolve(here, '../../..');
export const bin = process.env.PROBITY_BIN ?? path.join(repoRoot, 'build/dev/src/main/probity');

export const OFFICER_STAFF = 'S00001';
export const SPO_STAFF = 'S00006';

// Users added to every fixture. The officer is the one the browser tests sign in as.
export const USERS = {
  officer: { username: 'officer', password: 'officer-password-1', role: 'responsible_officer', staff: OFFICER_STAFF },
  manager: { username: 'manager', password: 'manager-password-1', role: 'manager', staff: SPO_STAFF },
  provider: { username: 'provider', password: 'provider-password-1', role: 'provider' },
  admin: { username: 'admin', password: 'admin-password-1', role: 'admin' },
};

/** Runs the probity CLI synchronously; returns {status, stdout, stderr} without throwing. */
export function probity(args, { allowFailure = false } = {}) {
  try {
    const stdout = execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    if (!allowFailure) {
      throw new Error(
        `probity ${args.join(' ')} failed (exit ${error.status}): ${error.stderr ?? ''}${error.stdout ?? ''}`,
      );
    }
    return { status: error.status, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  }
}

/** Creates a temporary folder with a seeded database; call `fixture.cleanup()` when done. */
export function createFixture({ people = 300, seed = 7, users = USERS } = {}) {
  assert.ok(fs.existsSync(bin), `probity binary not found at ${bin} (set PROBITY_BIN)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-node-'));
  const db = path.join(dir, 'probity.db');
  const seeded = probity(['seed', '--db', db, '--people', String(people), '--seed', String(seed)]);
  assert.match(seeded.stdout, /probity: seeded/);
  const tokens = {};
  for (const [key, user] of Object.entries(users)) {
    const args = ['user', 'add', '--db', db, '--username', user.username, '--password', user.password, '--role', user.role];
    if (user.staff) args.push('--staff', user.staff);
    probity(args);
    // Tokens are issued before any server starts on this database.
    tokens[key] = issueToken(db, user.username);
  }
  return {
    dir,
    db,
    users,
    tokens,
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function issueToken(db, username) {
  const token = probity(['user', 'token', '--db', db, '--username', username]).stdout.trim();
  assert.match(token, /^\S{20,}$/, `unexpected token output for ${username}: ${token}`);
  return token;
}

/**
 * Starts `probity serve --db DB --port 0` and resolves once it prints its address.
 * Returns {url, port, process, output(), errors(), stop()}.
 */
export async function startServer(db, { timeoutMs = 20000 } = {}) {
  const child = spawn(bin, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    const check = () => {
      const match = /probity: listening on http:\/\/127\.0\.0\.1:(\d+) \(database: sqlite\)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', check);
    check();
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code}, signal ${signal})\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });

  const server = {
    url: `http://127.0.0.1:${port}`,
    port,
    process: child,
    exited,
    output: () => stdout,
    errors: () => stderr,
    /** Sends SIGTERM, waits for exit and returns {code, signal, stdout, stderr}. */
    async terminate({ timeoutMs: limit = 20000 } = {}) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      let timer;
      const result = await Promise.race([
        exited,
        new Promise((resolve) => {
          timer = setTimeout(() => resolve(null), limit);
        }),
      ]);
      clearTimeout(timer);
      if (result === null) {
        child.kill('SIGKILL');
        await exited;
        throw new Error(`server did not stop within ${limit} ms after SIGTERM\nstdout: ${stdout}\nstderr: ${stderr}`);
      }
      return { ...result, stdout, stderr };
    },
    /** Stops the server and asserts a clean exit. */
    async stop() {
      const result = await server.terminate();
      assert.equal(result.signal, null, `server died from ${result.signal}\nstderr: ${stderr}`);
      assert.equal(result.code, 0, `server exited with ${result.code}\nstderr: ${stderr}`);
      assert.match(result.stdout, /probity: stopped/);
      return result;
    },
  };
  return server;
}

/** Runs a read-only query with the sqlite3 CLI and returns the rows as objects. */
export function sqlite(db, sql) {
  const out = execFileSync('sqlite3', ['-json', '-cmd', '.timeout 5000', db, sql], { encoding: 'utf8' });
  return out.trim() === '' ? [] : JSON.parse(out);
}

/** The audit log's own file beside a SQLite database (ADR 0008; store/sqlite AuditPathFor). */
export function auditPath(db) {
  return db.endsWith('.db') && db.length > 3 ? `${db.slice(0, -3)}.audit.db` : `${db}.audit`;
}

export function auditCount(db) {
  return sqlite(auditPath(db), 'SELECT count(*) AS n FROM audit_event')[0].n;
}

export function auditFor(db, requestId) {
  assert.match(requestId, /^[A-Za-z0-9._-]+$/, `unexpected request id ${requestId}`);
  return sqlite(
    auditPath(db),
    `SELECT username, role, action, record_type, record_id, request_id FROM audit_event WHERE request_id = '${requestId}'`,
  );
}

/**
 * fetch() wrapper: never follows redirects, parses JSON bodies, and checks every response carries
 * an X-Request-Id. Returns {status, headers, text, json, requestId}.
 */
export async function call(base, urlPath, { token, cookie, method = 'GET', headers = {}, body } = {}) {
  const allHeaders = { ...headers };
  if (token) allHeaders.authorization = `Bearer ${token}`;
  if (cookie) allHeaders.cookie = cookie;
  const response = await fetch(base + urlPath, { method, headers: allHeaders, body, redirect: 'manual' });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  let json;
  if (/json/.test(type) && text !== '') json = JSON.parse(text);
  const requestId = response.headers.get('x-request-id');
  assert.ok(requestId, `${method} ${urlPath} (${response.status}) has no X-Request-Id`);
  return { status: response.status, headers: response.headers, text, json, requestId };
}

/** POSTs `body` (an object, sent as JSON, or a raw string) with a bearer token. */
export function postJson(base, urlPath, body, token) {
  return call(base, urlPath, {
    token,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Parses Set-Cookie headers into {name: {value, attributes: {lowercased: value|true}}}. */
export function parseSetCookies(headers) {
  const cookies = {};
  for (const line of headers.getSetCookie()) {
    const [pair, ...attrs] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const attributes = {};
    for (const attr of attrs) {
      const i = attr.indexOf('=');
      if (i < 0) attributes[attr.toLowerCase()] = true;
      else attributes[attr.slice(0, i).toLowerCase()] = attr.slice(i + 1);
    }
    cookies[pair.slice(0, eq)] = { value: pair.slice(eq + 1), attributes };
  }
  return cookies;
}

/** Signs in through the HTML form; returns {status, location, cookie, cookies}. */
export async function signIn(base, { username, password }, { next } = {}) {
  const form = await call(base, '/sign-in');
  assert.equal(form.status, 200);
  const csrfCookie = parseSetCookies(form.headers).probity_signin_csrf;
  assert.ok(csrfCookie, 'GET /sign-in sets probity_signin_csrf');
  const csrfToken = hiddenValue(form.text, 'csrfToken');
  const body = new URLSearchParams({ username, password, csrfToken, next: next ?? hiddenValue(form.text, 'next') });
  const response = await call(base, '/sign-in', {
    method: 'POST',
    cookie: `probity_signin_csrf=${csrfCookie.value}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  const cookies = parseSetCookies(response.headers);
  const session = cookies.probity_session;
  return {
    ...response,
    location: response.headers.get('location'),
    cookies,
    cookie: session ? `probity_session=${session.value}` : undefined,
  };
}

/** Value of a hidden input in an HTML page. */
export function hiddenValue(html, name) {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
  assert.ok(match, `no hidden input ${name} in page`);
  return match[1];
}

/**
 * Asserts an application/problem+json answer with `status`; when `field` is given, that
 * validationErrors names it (with `error`, if given) and a message. Returns the problem body.
 */
export function assertProblem(response, status, field, error) {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${response.text}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(response.json.status, status);
  if (field) {
    const match = response.json.validationErrors.find((v) => v.field === field);
    assert.ok(match, `validationErrors names ${field}: ${response.text}`);
    if (error) assert.equal(match.error, error, response.text);
    assert.ok(match.message.length > 0);
  }
  return response.json;
}

/** "YYYY-MM-DD" of a Date (UTC), and `n` days after an ISO date. */
export const isoDate = (d) => d.toISOString().slice(0, 10);
export const addDays = (iso, n) => isoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000));
