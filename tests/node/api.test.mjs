// HTTP-level tests of the JSON API, the service endpoints, the sign-in pages' contract, the audit
// trail and graceful shutdown. One server per file; a few tests start short-lived extra servers
// on the same database.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  OFFICER_STAFF,
  auditCount,
  auditFor,
  call,
  createFixture,
  hiddenValue,
  issueToken,
  parseSetCookies,
  probity,
  signIn,
  startServer,
} from './support/server.mjs';

let fixture;
let server;
let base;

before(async () => {
  fixture = createFixture({ people: 300, seed: 7 });
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
const get = (path, who = 'officer') => call(base, path, who ? as(who) : {});

function assertProblem(response, status, { field, error } = {}) {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${response.text}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = response.json;
  for (const key of ['type', 'title', 'status', 'detail', 'error', 'message', 'validationErrors']) {
    assert.ok(key in body, `problem has ${key}: ${response.text}`);
  }
  assert.equal(body.status, status);
  assert.ok(Array.isArray(body.validationErrors));
  if (field) {
    const match = body.validationErrors.find((v) => v.field === field);
    assert.ok(match, `validationErrors names field ${field}: ${response.text}`);
    if (error) assert.equal(match.error, error);
    assert.equal(typeof match.message, 'string');
    assert.ok(match.message.length > 0);
  }
  return body;
}

// The officer's caseload, fetched once and shared by tests that need real CRNs.
let caseloadCache;
async function officerCaseload() {
  if (!caseloadCache) {
    const response = await get('/api/v1/caseload');
    assert.equal(response.status, 200);
    caseloadCache = response.json;
  }
  return caseloadCache;
}

async function search(params, who = 'officer') {
  return get(`/api/v1/people?${new URLSearchParams(params)}`, who);
}

// --------------------------------------------------------------------------------------------

describe('service endpoints', () => {
  test('GET /ping answers ok', async () => {
    const r = await call(base, '/ping');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { status: 'ok' });
  });

  test('GET /health answers exactly {"status":"ok"}', async () => {
    const r = await call(base, '/health');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/json/);
    assert.equal(r.text, '{"status":"ok"}');
  });

  test('GET /info reports name, version, database and schema version', async () => {
    const other = await startServer(fixture.db);
    try {
      const r = await call(other.url, '/info');
      assert.equal(r.status, 200);
      assert.deepEqual(Object.keys(r.json).sort(), ['database', 'name', 'schemaVersion', 'version']);
      assert.equal(r.json.name, 'probity');
      assert.equal(r.json.database, 'sqlite');
      assert.match(r.json.version, /^\d+\.\d+\.\d+/);
      assert.ok(Number.isInteger(r.json.schemaVersion) && r.json.schemaVersion >= 1);
    } finally {
      await other.stop();
    }
  });

  test('every response carries a distinct X-Request-Id', async () => {
    const responses = [
      await call(base, '/ping'),
      await call(base, '/health'),
      await call(base, '/nope'),
      await call(base, '/api/v1/people?q=smith'),
      await get('/api/v1/people?q=smith'),
      await call(base, '/sign-in'),
      await call(base, '/caseload'),
    ];
    const ids = responses.map((r) => r.requestId);
    assert.equal(new Set(ids).size, ids.length, `request ids repeat: ${ids}`);
  });
});

// --------------------------------------------------------------------------------------------

describe('authentication', () => {
  test('API without credentials is 401 problem+json with WWW-Authenticate: Bearer', async () => {
    for (const path of ['/api/v1/people?q=smith', '/api/v1/caseload', '/api/v1/people/B100001']) {
      const r = await call(base, path);
      assertProblem(r, 401);
      assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
  });

  test('an unknown bearer token is 401', async () => {
    const r = await call(base, '/api/v1/caseload', { token: 'not-a-real-token-0123456789abcdef' });
    assertProblem(r, 401);
  });

  test('the session cookie from signing in authenticates API calls', async () => {
    const signedIn = await signIn(base, fixture.users.officer);
    assert.equal(signedIn.status, 303);
    const r = await call(base, '/api/v1/caseload', { cookie: signedIn.cookie });
    assert.equal(r.status, 200);
    assert.equal(r.json.officer.code, OFFICER_STAFF);
  });
});

// --------------------------------------------------------------------------------------------

describe('person search', () => {
  const personKeys = [
    'area', 'crn', 'dateOfBirth', 'firstName', 'matchedAlias', 'officer', 'pncNumber', 'sex', 'surname',
  ];

  test('by CRN finds exactly that person, in either case', async () => {
    const { cases } = await officerCaseload();
    const crn = cases[0].crn;
    for (const q of [crn, crn.toLowerCase()]) {
      const r = await search({ q });
      assert.equal(r.status, 200);
      assert.equal(r.json.count, 1);
      assert.equal(r.json.truncated, false);
      assert.equal(r.json.results.length, 1);
      assert.deepEqual(Object.keys(r.json.results[0]).sort(), personKeys);
      assert.equal(r.json.results[0].crn, crn);
    }
  });

  test('by a well-formed CRN nobody has finds no one', async () => {
    const r = await search({ q: 'Z999999' });
    assert.equal(r.status, 200);
    assert.equal(r.json.count, 0);
    assert.deepEqual(r.json.results, []);
  });

  test('by PNC number finds exactly that person', async () => {
    const r = await search({ q: 'smith' });
    const person = r.json.results.find((p) => p.pncNumber);
    assert.ok(person, 'a Smith with a PNC number');
    const byPnc = await search({ q: person.pncNumber });
    assert.equal(byPnc.status, 200);
    assert.equal(byPnc.json.count, 1);
    assert.equal(byPnc.json.results[0].crn, person.crn);
    assert.equal(byPnc.json.results[0].pncNumber, person.pncNumber);
  });

  test('a PNC number with the wrong check letter is 400 CHECK_LETTER_MISMATCH', async () => {
    const r = await search({ q: 'smith' });
    const pnc = r.json.results.find((p) => p.pncNumber).pncNumber;
    const last = pnc.at(-1);
    const wrong = pnc.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    assertProblem(await search({ q: wrong }), 400, { field: 'q', error: 'CHECK_LETTER_MISMATCH' });
  });

  test('by surname prefix, "Surname, First" and "First Surname"', async () => {
    const bySurname = await search({ q: 'smith' });
    assert.equal(bySurname.status, 200);
    assert.ok(bySurname.json.count >= 2);
    assert.equal(bySurname.json.count, bySurname.json.results.length);
    assert.ok(bySurname.json.results.length <= 50);
    for (const p of bySurname.json.results) {
      assert.ok(
        p.surname.toLowerCase().startsWith('smith') || p.matchedAlias,
        `${p.firstName} ${p.surname} matches "smith"`,
      );
    }
    const prefix = await search({ q: 'smi' });
    const prefixCrns = new Set(prefix.json.results.map((p) => p.crn));
    for (const p of bySurname.json.results) assert.ok(prefixCrns.has(p.crn), `"smi" also finds ${p.crn}`);

    const someone = bySurname.json.results.find((p) => !p.matchedAlias);
    for (const q of [`${someone.firstName} ${someone.surname}`, `${someone.surname}, ${someone.firstName}`,
      `${someone.firstName.toLowerCase()} ${someone.surname.toLowerCase()}`]) {
      const r = await search({ q });
      assert.equal(r.status, 200, q);
      assert.ok(r.json.results.some((p) => p.crn === someone.crn), `"${q}" finds ${someone.crn}`);
      for (const p of r.json.results) {
        if (p.matchedAlias) continue;
        assert.equal(p.surname.toLowerCase(), someone.surname.toLowerCase(), q);
        assert.ok(p.firstName.toLowerCase().startsWith(someone.firstName.toLowerCase()), q);
      }
    }
    // A first-name prefix narrows too.
    const short = await search({ q: `${someone.firstName.slice(0, 2)} ${someone.surname}` });
    assert.ok(short.json.results.some((p) => p.crn === someone.crn));
  });

  test('namesakes are told apart by date of birth', async () => {
    let namesakes;
    for (const surname of ['smith', 'jones', 'taylor', 'brown', 'williams', 'wilson', 'davies', 'evans']) {
      const r = await search({ q: surname });
      const groups = new Map();
      for (const p of r.json.results.filter((x) => !x.matchedAlias)) {
        const key = `${p.firstName} ${p.surname}`;
        groups.set(key, [...(groups.get(key) ?? []), p]);
      }
      namesakes = [...groups.entries()].find(
        ([, people]) => people.length >= 2 && new Set(people.map((p) => p.dateOfBirth)).size >= 2,
      );
      if (namesakes) break;
    }
    assert.ok(namesakes, 'the seeded data has two people with the same name and different birthdays');
    const [name, people] = namesakes;

    const all = await search({ q: name });
    assert.equal(all.status, 200);
    assert.ok(all.json.count >= 2, `${name}: ${all.text}`);

    const target = people[0];
    const narrowed = await search({ q: name, dateOfBirth: target.dateOfBirth });
    assert.equal(narrowed.status, 200);
    assert.ok(narrowed.json.count >= 1);
    assert.ok(narrowed.json.count < all.json.count, `${name} born ${target.dateOfBirth} narrows the search`);
    assert.ok(narrowed.json.results.some((p) => p.crn === target.crn));
    for (const p of narrowed.json.results) assert.equal(p.dateOfBirth, target.dateOfBirth);
    const other = people.find((p) => p.dateOfBirth !== target.dateOfBirth);
    assert.ok(!narrowed.json.results.some((p) => p.crn === other.crn));
  });

  test('a match on an alias says which alias matched', async () => {
    const { cases } = await officerCaseload();
    let found;
    for (const c of cases) {
      const person = (await get(`/api/v1/people/${c.crn}`)).json;
      const alias = person.aliases.find(
        (a) => a.surname.toLowerCase() !== person.surname.toLowerCase()
          && !a.surname.toLowerCase().startsWith(person.surname.toLowerCase()),
      );
      if (alias) {
        found = { person, alias };
        break;
      }
    }
    assert.ok(found, 'someone on the caseload has an alias with a different surname');
    const { person, alias } = found;
    const aliasName = `${alias.firstName} ${alias.surname}`;
    for (const q of [aliasName, `${alias.surname}, ${alias.firstName}`, alias.surname]) {
      const r = await search({ q });
      assert.equal(r.status, 200, q);
      const hit = r.json.results.find((p) => p.crn === person.crn);
      assert.ok(hit, `"${q}" finds ${person.crn} by alias`);
      assert.equal(hit.matchedAlias, aliasName);
      assert.equal(hit.surname, person.surname, 'results show the main name');
      assert.equal(hit.firstName, person.firstName);
    }
    // People found by their own name have no matchedAlias.
    const own = await search({ q: person.crn });
    assert.equal(own.json.results[0].matchedAlias, null);
  });

  test('bad input is 400 naming the field', async () => {
    assertProblem(await search({ q: '' }), 400, { field: 'q', error: 'REQUIRED' });
    assertProblem(await get('/api/v1/people'), 400, { field: 'q', error: 'REQUIRED' });
    assertProblem(await search({ q: 'J' }), 400, { field: 'q', error: 'TOO_SHORT' });
    assertProblem(await search({ q: 'smith', dateOfBirth: '1980-02-30' }), 400, {
      field: 'dateOfBirth',
      error: 'INVALID_DATE',
    });
    assertProblem(await search({ q: 'smith', dateOfBirth: '30/02/1980' }), 400, { field: 'dateOfBirth' });
    assertProblem(await get('/api/v1/people?x=1&q=smith'), 400, { field: 'x', error: 'UNKNOWN_PARAMETER' });
  });

  test('a malformed percent escape in the query string is 400', async () => {
    const r = await get('/api/v1/people?q=%zz');
    assertProblem(r, 400);
  });

  test('providers may not search everyone', async () => {
    assertProblem(await search({ q: 'smith' }, 'provider'), 403);
  });
});

// --------------------------------------------------------------------------------------------

describe('person record', () => {
  test('GET /api/v1/people/{crn} returns the full record', async () => {
    const { cases } = await officerCaseload();
    const crn = cases[0].crn;
    const r = await get(`/api/v1/people/${crn}`);
    assert.equal(r.status, 200);
    const p = r.json;
    assert.deepEqual(Object.keys(p).sort(), [
      'aliases', 'allocation', 'area', 'crn', 'dateOfBirth', 'firstName', 'middleNames', 'ogrsTwoYearPercent',
      'pncNumber', 'recentContacts', 'registers', 'sex', 'surname', 'tier',
    ]);
    assert.equal(p.crn, crn);
    assert.equal(p.firstName, cases[0].firstName);
    assert.equal(p.surname, cases[0].surname);
    assert.match(p.dateOfBirth, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(['male', 'female'].includes(p.sex));
    assert.ok(Array.isArray(p.aliases));
    assert.ok(Array.isArray(p.registers));
    for (const reg of p.registers) {
      assert.equal(typeof reg.code, 'string');
      assert.equal(typeof reg.name, 'string');
    }
    assert.ok(p.allocation, 'a case on the caseload is allocated');
    for (const key of ['organisation', 'area', 'team', 'officer', 'allocatedOn']) assert.ok(key in p.allocation, key);
    assert.equal(p.allocation.officer.code, OFFICER_STAFF);
    assert.equal(typeof p.allocation.officer.name, 'string');
    assert.match(p.allocation.allocatedOn, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(Array.isArray(p.recentContacts));
    let previous = '9999-99-99';
    for (const c of p.recentContacts) {
      for (const key of ['id', 'type', 'date', 'startTime', 'outcome', 'staff', 'notes']) assert.ok(key in c, key);
      assert.ok(c.date <= previous, 'recent contacts are newest first');
      previous = c.date;
    }
  });

  test('a malformed CRN is 400 INVALID_FORMAT; an unknown one is 404', async () => {
    assertProblem(await get('/api/v1/people/X1'), 400, { field: 'crn', error: 'INVALID_FORMAT' });
    assertProblem(await get('/api/v1/people/123'), 400, { field: 'crn', error: 'INVALID_FORMAT' });
    assertProblem(await get('/api/v1/people/Z999999'), 404);
    assertProblem(await get('/api/v1/people/X1/sentences'), 400, { field: 'crn', error: 'INVALID_FORMAT' });
    assertProblem(await get('/api/v1/people/Z999999/sentences'), 404);
  });
});

// --------------------------------------------------------------------------------------------

describe('sentences', () => {
  test('events, sentences and requirements have the documented shape', async () => {
    const { cases } = await officerCaseload();
    const r = await get(`/api/v1/people/${cases[0].crn}/sentences`);
    assert.equal(r.status, 200);
    assert.equal(r.json.crn, cases[0].crn);
    assert.ok(r.json.events.length >= 1);
    for (const event of r.json.events) {
      for (const key of ['id', 'convictionDate', 'offenceCategory', 'offenceDescription', 'court', 'sentences']) {
        assert.ok(key in event, key);
      }
      for (const sentence of event.sentences) {
        for (const key of ['id', 'orderType', 'sentenceDate', 'endDate', 'custodialMonths', 'operationalEndDate',
          'requirements']) {
          assert.ok(key in sentence, key);
        }
        for (const req of sentence.requirements) {
          for (const key of ['id', 'type', 'name', 'length', 'unit', 'status']) assert.ok(key in req, key);
        }
      }
    }
  });

  test('RAR day counts are consistent for every case with a RAR', async () => {
    const { cases } = await officerCaseload();
    const withRar = cases.filter((c) => c.rarDaysOrdered !== null);
    assert.ok(withRar.length >= 1, 'some cases on the caseload have a RAR');
    let checked = 0;
    for (const c of withRar) {
      const r = await get(`/api/v1/people/${c.crn}/sentences`);
      assert.equal(r.status, 200);
      const rars = r.json.events
        .flatMap((e) => e.sentences)
        .flatMap((s) => s.requirements)
        .filter((q) => q.type === 'rar');
      assert.ok(rars.length >= 1, `${c.crn} has a RAR requirement`);
      for (const rar of rars) {
        const d = rar.rarDays;
        assert.ok(d, `${c.crn} requirement ${rar.id} has rarDays`);
        const where = `${c.crn} requirement ${rar.id}: ${JSON.stringify(d)}`;
        for (const key of ['ordered', 'completed', 'instructed', 'booked', 'remaining']) {
          assert.ok(Number.isInteger(d[key]) && d[key] >= 0, `${where}: ${key}`);
        }
        assert.ok(d.completed <= d.instructed, `${where}: completed <= instructed`);
        assert.ok(d.instructed <= d.ordered, `${where}: instructed <= ordered`);
        assert.equal(d.remaining, Math.max(0, d.ordered - d.instructed), `${where}: remaining`);
        assert.equal(d.completedDates.length, d.completed, `${where}: completedDates`);
        assert.equal(d.instructedDates.length, d.instructed, `${where}: instructedDates`);
        for (const date of [...d.completedDates, ...d.instructedDates]) assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
        assert.equal(rar.unit, 'days');
        assert.equal(rar.length, d.ordered, `${where}: length is the days ordered`);
        checked += 1;
      }
    }
    assert.ok(checked >= 1);
  });
});

// --------------------------------------------------------------------------------------------

describe('RAR status', () => {
  // The first case on the officer's caseload with a RAR, with that requirement and its sentence.
  async function firstRar() {
    const { cases } = await officerCaseload();
    for (const c of cases.filter((k) => k.rarDaysOrdered !== null)) {
      const r = await get(`/api/v1/people/${c.crn}/sentences`);
      for (const sentence of r.json.events.flatMap((e) => e.sentences)) {
        const rar = sentence.requirements.find((q) => q.type === 'rar');
        if (rar) return { crn: c.crn, rar, sentence };
      }
    }
    throw new Error('no case on the caseload has a RAR');
  }

  test('GET .../requirements/{id}/rar has the documented fields and agrees with the sentence', async () => {
    const { crn, rar, sentence } = await firstRar();
    const r = await get(`/api/v1/people/${crn}/requirements/${rar.id}/rar`);
    assert.equal(r.status, 200, r.text);
    const body = r.json;
    // Issue 3 part 6 gives the shape exactly.
    assert.deepEqual(Object.keys(body).sort(), ['atRisk', 'booked', 'completed', 'completedDates',
      'instructed', 'instructedDates', 'ordered', 'remaining'], r.text);
    const { atRiskReasons, periodEnd, unrecorded, ...counts } = rar.rarDays;
    assert.deepEqual(body, counts, 'the sentence\'s rarDays agree');
    assert.equal(periodEnd, sentence.endDate, 'the relevant period ends with the order (RAR-1)');
    assert.equal(typeof body.atRisk, 'boolean');
    assert.equal(body.atRisk, atRiskReasons.length > 0);
    // RAR-6: instructed dates are completed, failed, booked or past with no outcome yet.
    assert.ok(body.instructed >= body.completed + body.booked + unrecorded, r.text);
    // RAR-7 "no RAR activity in the first 8 weeks", checked from the dates themselves.
    const windowEnd = new Date(`${sentence.sentenceDate}T00:00:00Z`);
    windowEnd.setUTCDate(windowEnd.getUTCDate() + 56);
    const early = body.completedDates.some((d) => new Date(`${d}T00:00:00Z`) < windowEnd);
    const flagged = atRiskReasons.includes('NO_ACTIVITY_IN_FIRST_8_WEEKS');
    if (new Date() >= windowEnd && rar.status === 'active') assert.equal(flagged, !early && body.completed < body.ordered, r.text);
    const rows = auditFor(fixture.db, r.requestId);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].action, 'person.rar.view');
    assert.equal(rows[0].record_id, crn);
  });

  test('probity rar status CRN prints the same JSON as the API, one line per RAR', async () => {
    const { crn, rar } = await firstRar();
    const api = (await get(`/api/v1/people/${crn}/requirements/${rar.id}/rar`)).json;
    const out = probity(['rar', 'status', '--db', fixture.db, crn]);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(lines.some((l) => JSON.stringify(l) === JSON.stringify(api)), out.stdout);

    const unknown = probity(['rar', 'status', '--db', fixture.db, 'Z999999'], { allowFailure: true });
    assert.notEqual(unknown.status, 0);
    assert.match(unknown.stderr, /Z999999/);
    const malformed = probity(['rar', 'status', '--db', fixture.db, 'X12'], { allowFailure: true });
    assert.notEqual(malformed.status, 0);
    assert.match(malformed.stderr, /CRN|crn/);
    assert.equal(malformed.stdout, '');
  });

  test('the case page shows the same counts, and an At risk tag exactly when the API flags one', async () => {
    const { cookie } = await signIn(base, fixture.users.officer);
    const { cases } = await officerCaseload();
    let pages = 0;
    for (const c of cases.filter((k) => k.rarDaysOrdered !== null).slice(0, 10)) {
      const sentences = (await get(`/api/v1/people/${c.crn}/sentences`)).json;
      const rars = sentences.events.flatMap((e) => e.sentences).flatMap((x) => x.requirements)
        .filter((q) => q.type === 'rar');
      const page = await call(base, `/cases/${c.crn}`, { cookie });
      assert.equal(page.status, 200);
      for (const { rarDays: d } of rars) {
        assert.ok(page.text.includes(`${d.completed} completed, ${d.instructed} instructed, ${d.booked} booked, `
          + `${d.remaining} remaining of ${d.ordered}`), `${c.crn}: counts on the page`);
      }
      const flagged = rars.filter((q) => q.rarDays.atRisk).length;
      assert.equal((page.text.match(/govuk-tag--red">At risk</g) ?? []).length, flagged, `${c.crn}: At risk tags`);
      pages += 1;
    }
    assert.ok(pages >= 1);
  });

  test('bad ids and CRNs are refused by name, unknown ones are 404, and nothing is audited', async () => {
    const { crn } = await firstRar();
    const before = auditCount(fixture.db);
    assertProblem(await get(`/api/v1/people/${crn}/requirements/abc/rar`), 400,
      { field: 'requirementId', error: 'INVALID_FORMAT' });
    assertProblem(await get(`/api/v1/people/${crn}/requirements/0/rar`), 400, { field: 'requirementId' });
    assertProblem(await get(`/api/v1/people/${crn}/requirements/12x/rar`), 400, { field: 'requirementId' });
    assertProblem(await get('/api/v1/people/X1/requirements/1/rar'), 400, { field: 'crn', error: 'INVALID_FORMAT' });
    assertProblem(await get('/api/v1/people/Z999999/requirements/1/rar'), 404);
    assert.equal(auditCount(fixture.db), before, 'refused requests write no audit entry');
    assertProblem(await get(`/api/v1/people/${crn}/requirements/999999999/rar`), 404);
    assertProblem(await get(`/api/v1/people/${crn}/requirements/1/rar`, null), 401);
  });
});

describe('caseload', () => {
  test("GET /api/v1/caseload is the signed-in officer's caseload, sorted by surname", async () => {
    const r = await get('/api/v1/caseload');
    assert.equal(r.status, 200);
    const { officer, count, cases } = r.json;
    assert.equal(officer.code, OFFICER_STAFF);
    assert.equal(typeof officer.name, 'string');
    assert.equal(typeof officer.team, 'string');
    assert.ok(count >= 40 && count <= 60, `count ${count} is between 40 and 60`);
    assert.equal(cases.length, count);
    assert.equal(new Set(cases.map((c) => c.crn)).size, count, 'no case listed twice');
    for (const c of cases) {
      for (const key of ['crn', 'firstName', 'surname', 'tier', 'orderType', 'orderEndDate', 'rarDaysCompleted',
        'rarDaysOrdered', 'nextAppointment', 'flags']) {
        assert.ok(key in c, `${c.crn} has ${key}`);
      }
      assert.match(c.crn, /^[A-Z]\d{6}$/);
      assert.ok(Array.isArray(c.flags));
      if (c.nextAppointment) {
        assert.match(c.nextAppointment.date, /^\d{4}-\d{2}-\d{2}$/);
        assert.match(c.nextAppointment.time, /^\d{2}:\d{2}$/);
        assert.equal(typeof c.nextAppointment.type, 'string');
      }
      if (c.rarDaysOrdered !== null) assert.ok(c.rarDaysCompleted <= c.rarDaysOrdered, c.crn);
    }
    for (let i = 1; i < cases.length; i += 1) {
      const a = cases[i - 1].surname.toLowerCase();
      const b = cases[i].surname.toLowerCase();
      assert.ok(a <= b, `sorted by surname: ${cases[i - 1].surname} before ${cases[i].surname}`);
    }
  });

  test('an officer may not see another officer\'s caseload', async () => {
    assertProblem(await get('/api/v1/staff/S00002/caseload'), 403);
    const own = await get(`/api/v1/staff/${OFFICER_STAFF}/caseload`);
    assert.equal(own.status, 200);
    assert.equal(own.json.officer.code, OFFICER_STAFF);
  });

  test('a manager may see any officer\'s caseload; an unknown staff code is 404', async () => {
    const r = await get('/api/v1/staff/S00002/caseload', 'manager');
    assert.equal(r.status, 200);
    assert.equal(r.json.officer.code, 'S00002');
    assert.equal(r.json.cases.length, r.json.count);
    assert.ok(r.json.count > 0);
    assertProblem(await get('/api/v1/staff/S99999/caseload', 'manager'), 404);
  });

  test('a user with no staff record asking for "my caseload" is 400 on field staff', async () => {
    assertProblem(await get('/api/v1/caseload', 'admin'), 400, { field: 'staff' });
  });
});

// --------------------------------------------------------------------------------------------

describe('HTTP protocol errors', () => {
  test('a wrong method is 405 with an Allow header', async () => {
    const del = await call(base, '/health', { method: 'DELETE' });
    assertProblem(del, 405);
    assert.match(del.headers.get('allow') ?? '', /\bGET\b/);
    const post = await call(base, '/api/v1/people', { ...as('officer'), method: 'POST' });
    assertProblem(post, 405);
    assert.match(post.headers.get('allow') ?? '', /\bGET\b/);
  });

  test('an unknown path is 404 problem+json', async () => {
    assertProblem(await call(base, '/no/such/page'), 404);
    assertProblem(await get('/api/v1/nothing-here'), 404);
  });

  const postSignIn = (body) => call(base, '/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });

  test('a body over 1 MiB is 413', async () => {
    // Just over the limit: the whole body is sent before the server answers.
    for (let i = 0; i < 3; i += 1) {
      assertProblem(await postSignIn(`username=officer&password=${'a'.repeat(1024 * 1024)}`), 413);
    }
  });

  test(
    'a 1.5 MiB body is answered with 413, not a reset connection',
    async () => {
      const outcomes = [];
      for (let i = 0; i < 20; i += 1) {
        try {
          outcomes.push((await postSignIn(`username=officer&password=${'a'.repeat(1.5 * 1024 * 1024)}`)).status);
        } catch (error) {
          outcomes.push(error.cause?.code ?? error.message);
        }
      }
      assert.deepEqual(outcomes, new Array(20).fill(413), `outcomes: ${outcomes.join(' ')}`);
    },
  );

  test('headers over 8 KiB are 431', async () => {
    const r = await call(base, '/health', { headers: { 'x-filler': 'x'.repeat(10 * 1024) } });
    assertProblem(r, 431);
  });

  test('the server still answers after the protocol errors', async () => {
    const r = await call(base, '/health');
    assert.equal(r.status, 200);
  });
});

// --------------------------------------------------------------------------------------------

describe('sign-in pages over HTTP', () => {
  test('GET /sign-in has the form and sets the sign-in CSRF cookie', async () => {
    const r = await call(base, '/sign-in');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^text\/html/);
    for (const name of ['username', 'password', 'csrfToken', 'next']) assert.match(r.text, new RegExp(`name="${name}"`));
    const csrf = parseSetCookies(r.headers).probity_signin_csrf;
    assert.ok(csrf);
    assert.equal(hiddenValue(r.text, 'csrfToken'), csrf.value);
  });

  test('signing in redirects to next with an HttpOnly SameSite=Lax session cookie', async () => {
    const r = await signIn(base, fixture.users.officer);
    assert.equal(r.status, 303);
    assert.equal(r.location, '/caseload');
    const session = r.cookies.probity_session;
    assert.ok(session?.value, 'sets probity_session');
    assert.equal(session.attributes.httponly, true);
    assert.equal(String(session.attributes.samesite).toLowerCase(), 'lax');
    const page = await call(base, '/caseload', { cookie: r.cookie });
    assert.equal(page.status, 200);
    assert.match(page.text, /My caseload/);

    const withNext = await signIn(base, fixture.users.officer, { next: '/search' });
    assert.equal(withNext.status, 303);
    assert.equal(withNext.location, '/search');
  });

  test('a wrong password is 401 with the error summary and no session', async () => {
    const r = await signIn(base, { username: 'officer', password: 'wrong-password-1' });
    assert.equal(r.status, 401);
    assert.match(r.text, /govuk-error-summary/);
    assert.match(r.text, /Enter a correct username and password/);
    assert.ok(!r.cookies.probity_session?.value);
  });

  test('a missing or mismatched csrfToken is 403', async () => {
    const form = await call(base, '/sign-in');
    const csrf = parseSetCookies(form.headers).probity_signin_csrf.value;
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const missing = await call(base, '/sign-in', {
      method: 'POST',
      headers,
      cookie: `probity_signin_csrf=${csrf}`,
      body: new URLSearchParams({ username: 'officer', password: 'officer-password-1' }).toString(),
    });
    assert.equal(missing.status, 403);
    const mismatched = await call(base, '/sign-in', {
      method: 'POST',
      headers,
      cookie: `probity_signin_csrf=${csrf}`,
      body: new URLSearchParams({ username: 'officer', password: 'officer-password-1', csrfToken: 'f'.repeat(64) })
        .toString(),
    });
    assert.equal(mismatched.status, 403);
    const noCookie = await call(base, '/sign-in', {
      method: 'POST',
      headers,
      body: new URLSearchParams({ username: 'officer', password: 'officer-password-1', csrfToken: csrf }).toString(),
    });
    assert.equal(noCookie.status, 403);
    for (const r of [missing, mismatched, noCookie]) assert.ok(!parseSetCookies(r.headers).probity_session?.value);
  });

  test('GET /caseload without a session redirects to sign-in', async () => {
    const r = await call(base, '/caseload');
    assert.equal(r.status, 303);
    assert.equal(r.headers.get('location'), '/sign-in?next=%2Fcaseload');
  });

  test('signing out needs the session csrfToken, then clears the session', async () => {
    const { cookie } = await signIn(base, fixture.users.officer);
    const page = await call(base, '/caseload', { cookie });
    const csrfToken = hiddenValue(page.text, 'csrfToken');
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };

    const bad = await call(base, '/sign-out', { method: 'POST', cookie, headers, body: 'csrfToken=nope' });
    assert.equal(bad.status, 403);
    const none = await call(base, '/sign-out', { method: 'POST', cookie, headers, body: '' });
    assert.equal(none.status, 403);
    assert.equal((await call(base, '/caseload', { cookie })).status, 200, 'still signed in after rejected sign-outs');

    const out = await call(base, '/sign-out', {
      method: 'POST',
      cookie,
      headers,
      body: new URLSearchParams({ csrfToken }).toString(),
    });
    assert.equal(out.status, 303);
    assert.equal(out.headers.get('location'), '/sign-in');
    const cleared = parseSetCookies(out.headers).probity_session;
    assert.ok(cleared, 'sign-out sets probity_session');
    assert.ok(cleared.value === '' || cleared.attributes['max-age'] === '0', 'the cookie is cleared');

    const after = await call(base, '/caseload', { cookie });
    assert.equal(after.status, 303, 'the old session no longer works');
    assert.equal((await call(base, '/api/v1/caseload', { cookie })).status, 401);
  });
});

// --------------------------------------------------------------------------------------------

describe('audit trail', () => {
  test('reads are audited with the request id', async () => {
    const { cases } = await officerCaseload();
    const crn = cases[0].crn;
    const checks = [
      { r: await get(`/api/v1/people/${crn}`), action: 'person.view', recordId: crn },
      { r: await get(`/api/v1/people/${crn}/sentences`), action: 'person.sentences.view', recordId: crn },
      { r: await search({ q: 'smith' }), action: 'person.search' },
      { r: await get('/api/v1/caseload'), action: 'caseload.view', recordId: OFFICER_STAFF },
      { r: await get('/api/v1/staff/S00002/caseload', 'manager'), action: 'caseload.view', recordId: 'S00002',
        user: 'manager' },
    ];
    for (const { r, action, recordId, user = 'officer' } of checks) {
      assert.equal(r.status, 200);
      const rows = auditFor(fixture.db, r.requestId);
      assert.equal(rows.length, 1, `one audit row for ${action} (${r.requestId}): ${JSON.stringify(rows)}`);
      assert.equal(rows[0].action, action);
      assert.equal(rows[0].username, fixture.users[user].username);
      assert.equal(rows[0].role, fixture.users[user].role);
      assert.equal(rows[0].request_id, r.requestId);
      if (recordId) assert.equal(rows[0].record_id, recordId);
    }
  });

  test('page views are audited too', async () => {
    const { cookie } = await signIn(base, fixture.users.officer);
    const { cases } = await officerCaseload();
    const crn = cases[1].crn;
    const caseload = await call(base, '/caseload', { cookie });
    const person = await call(base, `/cases/${crn}`, { cookie });
    const found = await call(base, '/search?q=smith', { cookie });
    for (const [r, action] of [[caseload, 'caseload.view'], [person, 'person.view'], [found, 'person.search']]) {
      assert.equal(r.status, 200);
      const rows = auditFor(fixture.db, r.requestId);
      assert.ok(rows.some((row) => row.action === action), `${action} audited: ${JSON.stringify(rows)}`);
    }
  });

  test('rejected requests add no audit rows', async () => {
    const before = auditCount(fixture.db);
    const rejected = [
      [await get('/api/v1/people/X1'), 400],
      [await get('/api/v1/people/Z999999'), 404],
      [await get('/api/v1/people/X1/sentences'), 400],
      [await get('/api/v1/people/Z999999/sentences'), 404],
      [await search({ q: 'J' }), 400],
      [await search({ q: '' }), 400],
      [await search({ q: 'smith', dateOfBirth: '1980-02-30' }), 400],
      [await get('/api/v1/people?x=1&q=smith'), 400],
      [await get('/api/v1/people?q=%zz'), 400],
      [await call(base, '/api/v1/people?q=smith'), 401],
      [await call(base, '/api/v1/people/B100001'), 401],
      [await call(base, '/api/v1/caseload'), 401],
      [await get('/api/v1/staff/S99999/caseload', 'manager'), 404],
      [await get('/api/v1/caseload', 'admin'), 400],
    ];
    for (const [r, status] of rejected) assert.equal(r.status, status, r.text);
    assert.equal(auditCount(fixture.db), before);
  });
});

// --------------------------------------------------------------------------------------------

describe('lifecycle', () => {
  test('SIGTERM stops the server gracefully with exit code 0', async () => {
    const other = await startServer(fixture.db);
    let stopped = false;
    try {
      const r = await call(other.url, '/api/v1/caseload', as('officer'));
      assert.equal(r.status, 200);
      // Leave a kept-alive connection open: it must not hold up the shutdown.
      const result = await other.terminate();
      stopped = true;
      assert.equal(result.signal, null);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /probity: stopped/);
      await assert.rejects(fetch(`${other.url}/health`), 'nothing listens after shutdown');
    } finally {
      if (!stopped) await other.terminate();
    }
  });

  test(
    'a request to /info does not break later requests',
    async () => {
      const other = await startServer(fixture.db);
      try {
        const { cases } = await officerCaseload();
        const crn = cases[0].crn;
        assert.equal((await call(other.url, `/api/v1/people/${crn}`, as('officer'))).status, 200);
        assert.equal((await call(other.url, '/info')).status, 200);
        // Another process writes to the database (a new API token), as an operator would.
        const fresh = issueToken(fixture.db, fixture.users.manager.username);
        const oldToken = await call(other.url, `/api/v1/people/${crn}`, as('officer'));
        const newToken = await call(other.url, `/api/v1/people/${crn}`, { token: fresh });
        assert.deepEqual(
          [oldToken.status, newToken.status],
          [200, 200],
          `after GET /info and an outside write: ${oldToken.text} / ${newToken.text}`,
        );
        // Concurrent requests write through other pooled connections, which has the same effect.
        const burst = await Promise.all(
          cases.slice(0, 20).map((c) => call(other.url, `/api/v1/people/${c.crn}`, as('officer'))),
        );
        assert.deepEqual(burst.map((r) => r.status), new Array(20).fill(200));
      } finally {
        await other.terminate();
      }
    },
  );
});
