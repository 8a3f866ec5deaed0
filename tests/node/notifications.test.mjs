// Notifications without floods (issue 5 part 6) against the real server: a cancelled programme
// of 12 sessions for 3 people is one notice for each affected officer; the same event twice is
// one notice; the daily digest; read and unread; and the person's timeline.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { OFFICER_STAFF, addDays, assertProblem, call, createFixture, isoDate, startServer, postJson } from './support/server.mjs';

let fixture;
let server;
let base;

before(async () => {
  fixture = createFixture({ people: 300, seed: 29 });
  server = await startServer(fixture.db);
  base = server.url;
});

after(async () => {
  try {
    if (server) await server.stop();
  } finally {
    fixture?.cleanup();
  }
});

const as = (who) => ({ token: fixture.tokens[who] });
const get = (path, who = 'officer') => call(base, path, as(who));
const post = (path, body, who = 'officer') => postJson(base, path, body, fixture.tokens[who]);
const today = () => isoDate(new Date());

async function caseload(staff) {
  const r = await get(`/api/v1/staff/${staff}/caseload`, 'manager');
  assert.equal(r.status, 200, r.text);
  return r.json.cases.map((c) => c.crn);
}

/** A programme of `n` weekly sessions for `crns`; returns the session ids. */
async function programme(crns, n, title) {
  const ids = [];
  for (let i = 0; i < n; i++) {
    const created = await post('/api/v1/group-sessions', {
      title,
      type: 'programme',
      date: addDays(today(), 7 + 7 * i),
      time: '10:00',
      location: 'Leeds office, room 1',
      attendees: crns.map((crn) => ({ crn })),
    }, 'manager');
    assert.equal(created.status, 201, created.text);
    ids.push(created.json.id);
  }
  return ids;
}

test('a cancelled programme of 12 sessions for 3 people is one notice per affected officer', async () => {
  const mine = await caseload(OFFICER_STAFF);
  const theirs = await caseload('S00002');
  const people = [mine[0], mine[1], theirs[0]];
  const ids = await programme(people, 12, 'Building Better Relationships');
  const before = (await get('/api/v1/notices')).json.count;

  assertProblem(await post('/api/v1/group-sessions/cancellation', { sessionIds: [], reason: 'x' }, 'manager'), 400, 'sessionIds', 'REQUIRED');
  assertProblem(await post('/api/v1/group-sessions/cancellation', { sessionIds: [ids[0], ids[0]], reason: 'x' }, 'manager'), 400, 'sessionIds', 'DUPLICATE');
  assertProblem(await post('/api/v1/group-sessions/cancellation', { sessionIds: [ids[0], 'x'], reason: 'x' }, 'manager'), 400, 'sessionIds[1]');
  assertProblem(await post('/api/v1/group-sessions/cancellation', { sessionIds: [ids[0], 99999999], reason: 'x' }, 'manager'), 404);
  assert.equal((await get(`/api/v1/group-sessions/${ids[0]}`, 'manager')).json.status, 'scheduled', 'a refused cancellation changed nothing');

  const cancelled = await post('/api/v1/group-sessions/cancellation', { sessionIds: ids, reason: 'Programme withdrawn' }, 'manager');
  assert.equal(cancelled.status, 200, cancelled.text);
  assert.equal(cancelled.json.count, 2, 'two officers affected: two notices, not 36');
  const notices = (await get('/api/v1/notices')).json;
  assert.equal(notices.count, before + 1, 'the officer got exactly one notice');
  const notice = notices.notices[0];
  assert.deepEqual(notice.crns, [mine[0], mine[1]].sort());
  assert.match(notice.title, /12 sessions/);
  assert.equal(notice.read, false);
  for (const id of ids) {
    assert.equal((await get(`/api/v1/group-sessions/${id}`, 'manager')).json.status, 'cancelled');
  }
  assertProblem(await post('/api/v1/group-sessions/cancellation', { sessionIds: ids, reason: 'again' }, 'manager'), 409);
});

test('the same move delivered twice is one notice, and a plain repeat does not raise it again', async () => {
  const mine = await caseload(OFFICER_STAFF);
  const [id] = await programme([mine[2]], 1, 'Employment workshop');
  const before = (await get('/api/v1/notices')).json.count;
  const move = { date: addDays(today(), 30), time: '11:00', reason: 'Room unavailable' };
  assert.equal((await post(`/api/v1/group-sessions/${id}/move`, move, 'manager')).status, 200);
  const first = (await get('/api/v1/notices')).json;
  assert.equal(first.count, before + 1);
  assert.equal((await post(`/api/v1/notices/${first.notices[0].id}/read`, {})).status, 200);
  assert.equal((await post(`/api/v1/group-sessions/${id}/move`, move, 'manager')).status, 200);
  const second = (await get('/api/v1/notices')).json;
  assert.equal(second.count, before + 1, 'no second notice for the same change');
  assert.equal(second.notices[0].id, first.notices[0].id);
  assert.equal(second.notices[0].read, true, 'nothing new: it stays read');
  assert.equal(second.notices[0].body, first.notices[0].body);
});

test('the daily digest gathers a day\'s notices and is read in one action', async () => {
  assertProblem(await post('/api/v1/notices/preference', {}), 400, 'dailyDigest', 'REQUIRED');
  assertProblem(await post('/api/v1/notices/preference', { dailyDigest: 'yes' }), 400, 'dailyDigest', 'INVALID_TYPE');
  assert.equal((await post('/api/v1/notices/preference', { dailyDigest: true })).status, 200);
  const digests = (await get('/api/v1/notices')).json;
  assert.ok(digests.count >= 1);
  const todays = digests.notices[0];
  assert.equal(todays.digestOf, today());
  assert.match(todays.title, /^Daily digest for .*: \d+ notices?$/);
  assert.equal(todays.read, false);
  assertProblem(await post('/api/v1/notices/digests/not-a-date/read', {}), 400, 'date');
  const marked = await post(`/api/v1/notices/digests/${today()}/read`, {});
  assert.equal(marked.status, 200, marked.text);
  assert.ok(marked.json.marked >= 1);
  assert.equal((await get('/api/v1/notices')).json.notices[0].read, true);
  assert.equal((await post('/api/v1/notices/preference', { dailyDigest: false })).status, 200);
  const separate = (await get('/api/v1/notices')).json;
  assert.ok(separate.notices.every((n) => n.digestOf === null && n.id > 0));
});

test('the timeline gathers the person\'s record, newest first', async () => {
  const [crn] = await caseload(OFFICER_STAFF);
  const r = await get(`/api/v1/people/${crn}/timeline`);
  assert.equal(r.status, 200, r.text);
  const kinds = new Set(r.json.entries.map((e) => e.kind));
  for (const kind of ['sentence', 'contact', 'notice']) assert.ok(kinds.has(kind), `has ${kind}: ${[...kinds]}`);
  const dates = r.json.entries.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  assertProblem(await get('/api/v1/people/BAD/timeline'), 400, 'crn');
});
