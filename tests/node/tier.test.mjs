// Tiering and workload against the real server (issue 4 part 4): the tier with the points behind
// it, recalculated when the assessment or a registration changes (TIER-1); bad input is a 400
// naming the field and changes nothing; an officer's workload points and capacity (WL-1); the
// administrators' points tables; and the case page's "why" panel.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { OFFICER_STAFF, assertProblem, call, createFixture, isoDate, signIn, sqlite, startServer } from './support/server.mjs';

let fixture;
let server;
let base;
let crn;

before(async () => {
  fixture = createFixture({ people: 300, seed: 21 });
  server = await startServer(fixture.db);
  base = server.url;
  const caseload = await call(base, `/api/v1/staff/${OFFICER_STAFF}/caseload`, { token: fixture.tokens.officer });
  assert.equal(caseload.status, 200, caseload.text);
  crn = caseload.json.cases[0].crn;
});

after(async () => {
  try {
    if (server) await server.stop();
  } finally {
    fixture?.cleanup();
  }
});

const send = (method, path, body, token = fixture.tokens.officer) =>
  call(base, path, {
    token,
    method,
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const get = (path, token = fixture.tokens.officer) => call(base, path, { token });
const points = (factors, code) => factors.filter((f) => f.factor === code).reduce((n, f) => n + f.points, 0);

describe('seeded tiers', () => {
  test('every seeded person has a tier consistent with its stored calculation', () => {
    const rows = sqlite(
      fixture.db,
      'SELECT p.tier AS person_tier, t.tier AS calc_tier FROM person p LEFT JOIN tier_calculation t USING (person_id)',
    );
    assert.equal(rows.length, 300);
    for (const row of rows) {
      assert.match(row.person_tier, /^[A-D][0-3]S?$/);
      assert.equal(row.person_tier, row.calc_tier);
    }
  });
});

describe('GET /api/v1/people/{crn}/tier', () => {
  test('shows the tier with the points behind it, summing to the totals', async () => {
    const r = await get(`/api/v1/people/${crn}/tier`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.crn, crn);
    assert.match(r.json.tier, /^[A-D][0-3]S?$/);
    assert.equal(r.json.protectPoints, r.json.protectFactors.reduce((n, f) => n + f.points, 0));
    assert.equal(r.json.changePoints, r.json.changeFactors.reduce((n, f) => n + f.points, 0));
    assert.equal(r.json.tier.slice(0, 2), `${r.json.protectLevel}${r.json.changeLevel}`);
  });

  test('an unknown CRN is 404 and a malformed one 400', async () => {
    assert.equal((await get('/api/v1/people/Z999999/tier')).status, 404);
    assertProblem(await get('/api/v1/people/nonsense/tier'), 400, 'crn');
  });
});

describe('changing an input recalculates the tier (TIER-1)', () => {
  test('PUT assessment, POST and DELETE registrations', async () => {
    const before = (await get(`/api/v1/people/${crn}/tier`)).json;
    // Drop every registration, then build the tier up from known inputs.
    for (const reg of before.registrations) {
      const removed = await send('DELETE', `/api/v1/people/${crn}/registrations/${reg.id}`, '');
      assert.equal(removed.status, 200, removed.text);
    }
    const assessed = await send('PUT', `/api/v1/people/${crn}/assessment`, {
      assessedOn: isoDate(new Date()),
      rsr: 3.0,
      rosh: 'medium',
      needs: { thinking_behaviour: 'severe', attitudes: 'severe', accommodation: 'standard' },
    });
    assert.equal(assessed.status, 200, assessed.text);
    assert.equal(points(assessed.json.protectFactors, 'rsr'), 10); // §4: 3.00-6.99 -> 10
    assert.equal(assessed.json.assessment.rsr, 3);
    assert.equal(assessed.json.assessment.needs.thinking_behaviour, 'severe');
    assert.equal(assessed.json.protectLevel, 'C');

    // The assessment's OGRS replaces the person's: floor(64 / 10) = 6 change points (§4).
    const rescored = await send('PUT', `/api/v1/people/${crn}/assessment`, {
      assessedOn: isoDate(new Date()),
      rsr: 3.0,
      needs: { thinking_behaviour: 'severe', attitudes: 'severe', accommodation: 'standard' },
      ogrsTwoYearPercent: 64,
    });
    assert.equal(rescored.status, 200, rescored.text);
    assert.equal(rescored.json.ogrsTwoYearPercent, 64);
    assert.equal(sqlite(fixture.db, `SELECT ogrs_two_year FROM person WHERE crn = '${crn}'`)[0].ogrs_two_year, 64);
    if (!rescored.json.changeFactors.some((f) => f.factor === 'no_mandate')) {
      assert.equal(points(rescored.json.changeFactors, 'ogrs'), 6);
    }

    const added = await send('POST', `/api/v1/people/${crn}/registrations`, { register: 'MAPP', level: 'M3' });
    assert.equal(added.status, 201, added.text);
    assert.equal(added.json.protectLevel, 'A');
    assert.equal(points(added.json.protectFactors, 'mappa'), 150);
    const mappa = added.json.registrations.find((r) => r.register === 'MAPP');
    assert.equal(mappa.level, 'M3');

    const prc = await send('POST', `/api/v1/people/${crn}/registrations`, { register: 'PRC' });
    assert.equal(prc.status, 201, prc.text);
    assert.match(prc.json.tier, /^A[0-3]S$/);

    const removed = await send('DELETE', `/api/v1/people/${crn}/registrations/${mappa.id}`, '');
    assert.equal(removed.status, 200, removed.text);
    assert.equal(removed.json.protectLevel, 'C');
    const stored = sqlite(fixture.db, `SELECT tier, registers FROM person WHERE crn = '${crn}'`)[0];
    assert.equal(stored.tier, removed.json.tier);
    assert.equal(stored.registers, 'PRC');
  });

  test('bad input is 400 naming the field, and changes nothing', async () => {
    const before = (await get(`/api/v1/people/${crn}/tier`)).json;
    const cases = [
      [{ assessedOn: '2020-02-30' }, 'assessedOn', 'INVALID_FORMAT'],
      [{ assessedOn: '2099-01-01' }, 'assessedOn', 'IN_THE_FUTURE'],
      [{ assessedOn: '2024-01-01', rsr: 100 }, 'rsr', 'OUT_OF_RANGE'],
      [{ assessedOn: '2024-01-01', rsr: 6.995 }, 'rsr', 'TOO_PRECISE'],
      [{ assessedOn: '2024-01-01', rsr: 'high' }, 'rsr', 'INVALID_TYPE'],
      [{ assessedOn: '2024-01-01', rosh: 'extreme' }, 'rosh', 'UNKNOWN_CODE'],
      [{ assessedOn: '2024-01-01', needs: { ete: 'awful' } }, 'needs.ete', 'UNKNOWN_CODE'],
      [{ assessedOn: '2024-01-01', impulsivity: 'yes' }, 'impulsivity', 'INVALID_TYPE'],
      [{ assessedOn: '2024-01-01', ogrsTwoYearPercent: 100 }, 'ogrsTwoYearPercent', 'OUT_OF_RANGE'],
      [{ assessedOn: '2024-01-01', ogrsTwoYearPercent: -1 }, 'ogrsTwoYearPercent', 'OUT_OF_RANGE'],
      [{ assessedOn: '2024-01-01', ogrsTwoYearPercent: 55.5 }, 'ogrsTwoYearPercent', 'INVALID_TYPE'],
      [{ assessedOn: '2024-01-01', colour: 'red' }, 'colour'],
    ];
    for (const [body, field, error] of cases) {
      assertProblem(await send('PUT', `/api/v1/people/${crn}/assessment`, body), 400, field, error);
    }
    assertProblem(await send('POST', `/api/v1/people/${crn}/registrations`, { register: 'NOPE' }), 400, 'register', 'UNKNOWN_CODE');
    assertProblem(await send('POST', `/api/v1/people/${crn}/registrations`, { register: 'MAPP' }), 400, 'level', 'REQUIRED');
    assertProblem(await send('POST', `/api/v1/people/${crn}/registrations`, { register: 'RMDO', level: 'M1' }), 400, 'level', 'NOT_ALLOWED');
    assertProblem(await send('DELETE', `/api/v1/people/${crn}/registrations/abc`, ''), 400, 'id');
    assert.equal((await send('DELETE', `/api/v1/people/${crn}/registrations/99999999`, '')).status, 404);
    assert.deepEqual((await get(`/api/v1/people/${crn}/tier`)).json, before);
  });
});

describe('workload (WL-1)', () => {
  test("an officer's workload: points per case from their tiers, available points, capacity %", async () => {
    const r = await get(`/api/v1/staff/${OFFICER_STAFF}/workload`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.staffCode, OFFICER_STAFF);
    assert.ok(r.json.cases.length > 0);
    assert.equal(r.json.points, r.json.cases.reduce((n, c) => n + c.points, 0));
    assert.equal(r.json.availablePoints, Math.floor((2176 * r.json.contractedHours) / 37));
    const expected = Math.floor((r.json.points * 100000) / r.json.availablePoints + 0.5) / 1000;
    assert.equal(r.json.capacityPercent, expected);
    const table = (await get('/api/v1/workload/points-tables')).json.tables[0];
    for (const c of r.json.cases) {
      assert.equal(c.points, c.currentOrder && c.tier ? table.points.community[c.tier] : 0, JSON.stringify(c));
    }
  });

  test('unknown officer 404; another officer\'s workload is refused to an officer', async () => {
    assert.equal((await get('/api/v1/staff/NOBODY/workload')).status, 404);
    assert.equal((await get('/api/v1/staff/S00002/workload')).status, 403);
    assert.equal((await get('/api/v1/staff/S00002/workload', fixture.tokens.manager)).status, 200);
  });

  test('points tables: §5 seed row; administrators add one; bad input names the field', async () => {
    const list = await get('/api/v1/workload/points-tables');
    assert.equal(list.status, 200, list.text);
    const seed = list.json.tables[0];
    assert.equal(seed.nominalTarget, 2176);
    assert.equal(seed.defaultHours, 37);
    assert.equal(seed.points.community.A3, 206);
    assert.equal(seed.points.licence.A0, 0);
    assert.equal(seed.points.t2a.B2, 48);
    assert.equal(seed.points.community.B2S, 0);

    const today = isoDate(new Date());
    const body = { effectiveFrom: today, nominalTarget: 2176, defaultHours: 37, points: structuredClone(seed.points) };
    body.points.community.B2 = 130;
    assert.equal((await send('POST', '/api/v1/workload/points-tables', body)).status, 403);
    const bad = structuredClone(body);
    bad.points.custody.C1 = -4;
    assertProblem(await send('POST', '/api/v1/workload/points-tables', bad, fixture.tokens.admin), 400, 'points.custody.C1', 'OUT_OF_RANGE');
    const missing = structuredClone(body);
    delete missing.points.licence.D2;
    assertProblem(await send('POST', '/api/v1/workload/points-tables', missing, fixture.tokens.admin), 400, 'points.licence.D2', 'REQUIRED');
    assertProblem(await send('POST', '/api/v1/workload/points-tables', { ...body, effectiveFrom: 'soon' }, fixture.tokens.admin), 400, 'effectiveFrom');
    assert.equal((await get('/api/v1/workload/points-tables')).json.tables.length, 1);

    const added = await send('POST', '/api/v1/workload/points-tables', body, fixture.tokens.admin);
    assert.equal(added.status, 201, added.text);
    assert.equal(added.json.points.community.B2, 130);
    assert.equal((await send('POST', '/api/v1/workload/points-tables', body, fixture.tokens.admin)).status, 409);
    const workload = (await get(`/api/v1/staff/${OFFICER_STAFF}/workload`)).json;
    assert.equal(workload.pointsTableEffectiveFrom, today);
  });
});

describe('case page', () => {
  test('shows the tier and the points behind it', async () => {
    const session = await signIn(base, fixture.users.officer);
    const page = await call(base, `/cases/${crn}`, { cookie: session.cookie });
    assert.equal(page.status, 200);
    const tier = (await get(`/api/v1/people/${crn}/tier`)).json;
    assert.match(page.text, new RegExp(`Why tier ${tier.tier}\\?`));
    assert.match(page.text, /id="tier-protect"/);
    assert.match(page.text, /id="tier-change"/);
    for (const f of tier.protectFactors.filter((x) => x.points !== 0)) {
      assert.ok(page.text.includes(f.description.replace(/&/g, '&amp;')), f.description);
    }
  });
});
