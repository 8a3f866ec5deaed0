// Allocation against the real server (issue 4 part 3): the pending and overdue lists (TIME-2 in
// working days), the policy's decision and candidate officers with their workload, allocating
// with a reason (400 naming the field, 409 for conflicts, nothing changed by a refusal), and a
// manager allocating a case in the browser.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launchChromium } from './support/browser.mjs';

import { assertProblem, auditFor, call, createFixture, repoRoot, sqlite, startServer, postJson } from './support/server.mjs';

let fixture;
let server;
let base;

before(async () => {
  fixture = createFixture({ people: 300, seed: 17 });
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
const get = (urlPath, who = 'manager') => call(base, urlPath, as(who));
const post = (urlPath, body, who = 'manager') => postJson(base, urlPath, body, fixture.tokens[who]);

const openAllocations = (db, crn) =>
  sqlite(db, `SELECT count(*) AS n FROM allocation a JOIN person p USING (person_id) WHERE p.crn = '${crn}' AND a.ended_on IS NULL`)[0].n;

describe('allocation API', () => {
  test('lists the seeded cases awaiting allocation with the policy decision and working days waited', async () => {
    const r = await get('/api/v1/allocations/pending');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.policy.policy, 'unified');
    assert.equal(r.json.policy.targetWorkingDays, 1);
    assert.ok(r.json.count >= 3, r.text);
    for (const c of r.json.cases) {
      assert.match(c.crn, /^[A-Z]\d{6}$/);
      assert.equal(c.decision.organisation, 'probation_service');
      assert.ok(c.decision.team, 'ALLOC-1 names a team of the area');
      assert.deepEqual(c.decision.reasons.map((x) => x.code), ['UNIFIED_SERVICE', 'TEAM_BY_AREA']);
      assert.equal(c.overdue, c.workingDaysWaited > 1);
    }
    const waits = r.json.cases.map((c) => c.sentenceDate);
    assert.deepEqual(waits, [...waits].sort(), 'longest waiting first');

    const overdue = await get('/api/v1/allocations/unallocated-overdue');
    assert.equal(overdue.status, 200);
    assert.deepEqual(
      overdue.json.cases.map((c) => c.crn),
      r.json.cases.filter((c) => c.overdue).map((c) => c.crn),
    );

    const team = r.json.cases[0].decision.team.code;
    const byTeam = await get(`/api/v1/allocations/pending?team=${team}`);
    assert.ok(byTeam.json.cases.every((c) => c.decision.team.code === team));
    assertProblem(await get('/api/v1/allocations/pending?team=NOPE'), 400, 'team', 'UNKNOWN_CODE');
  });

  test('only managers and administrators see the lists and allocate', async () => {
    assertProblem(await get('/api/v1/allocations/pending', 'officer'), 403);
    assertProblem(await post('/api/v1/people/X000000/allocation', { staffCode: 'S00001', reason: 'x' }, 'officer'), 403);
  });

  test('allocates to a candidate with a reason, and refuses bad input and conflicts changing nothing', async () => {
    const pending = await get('/api/v1/allocations/pending');
    const crn = pending.json.cases[0].crn;
    const view = await get(`/api/v1/people/${crn}/allocation/candidates`);
    assert.equal(view.status, 200, view.text);
    assert.equal(view.json.current, null);
    assert.ok(view.json.candidates.length > 0);
    for (const c of view.json.candidates) {
      assert.equal(c.team, view.json.decision.team.name);
      assert.ok(Number.isInteger(c.activeCases));
      // WL-1 as the workload endpoint gives it.
      const workload = await get(`/api/v1/staff/${c.staffCode}/workload`);
      assert.equal(workload.status, 200, workload.text);
      assert.equal(c.points, workload.json.points);
      assert.equal(c.availablePoints, workload.json.availablePoints);
      assert.equal(c.capacityPercent, workload.json.capacityPercent);
    }
    const capacities = view.json.candidates.map((c) => c.capacityPercent);
    assert.deepEqual(capacities, [...capacities].sort((a, b) => a - b), 'least loaded first');

    assertProblem(await post(`/api/v1/people/${crn}/allocation`, { staffCode: 'S00001' }), 400, 'reason', 'REQUIRED');
    assertProblem(await post(`/api/v1/people/${crn}/allocation`, { reason: 'Room' }), 400, 'staffCode', 'REQUIRED');
    assertProblem(await post(`/api/v1/people/${crn}/allocation`, { staffCode: 'S99999', reason: 'Room' }), 400, 'staffCode', 'UNKNOWN_CODE');
    assertProblem(await post(`/api/v1/people/${crn}/allocation`, { staffCode: 7, reason: 'Room' }), 400, 'staffCode', 'INVALID_TYPE');
    assertProblem(await post(`/api/v1/people/${crn}/allocation`, { staffCode: 'S00001', reason: 'x', policyOverride: 'yes' }), 400, 'policyOverride');
    assertProblem(await post(`/api/v1/people/${crn}/allocation`, { staffCode: 'S00001', reason: 'x', extra: 1 }), 400, 'extra');
    assertProblem(await post(`/api/v1/people/${crn}/allocation`, 'not json'), 400, 'body');
    assertProblem(await post('/api/v1/people/nonsense/allocation', { staffCode: 'S00001', reason: 'x' }), 400, 'crn');
    const outsider = sqlite(fixture.db, `SELECT s.code FROM staff s JOIN team t USING (team_id) WHERE t.code <> '${view.json.decision.team.code}' AND s.grade <> 'SPO' LIMIT 1`);
    if (outsider.length > 0) {
      assertProblem(await post(`/api/v1/people/${crn}/allocation`, { staffCode: outsider[0].code, reason: 'Near home' }), 409);
    }
    assert.equal(openAllocations(fixture.db, crn), 0, 'refusals change nothing');

    const officer = view.json.candidates[0].staffCode;
    const done = await post(`/api/v1/people/${crn}/allocation`, { staffCode: officer, reason: 'Fewest cases' });
    assert.equal(done.status, 201, done.text);
    assert.equal(done.json.allocation.staffCode, officer);
    assert.equal(done.json.reason, 'Fewest cases');
    assert.equal(done.json.allocatedBy, fixture.users.manager.username);
    assert.equal(done.json.sentenceDate, pending.json.cases[0].sentenceDate);
    assert.equal(done.json.workingDays, pending.json.cases[0].workingDaysWaited);
    assert.equal(done.json.withinTarget, !pending.json.cases[0].overdue);
    assert.equal(openAllocations(fixture.db, crn), 1);
    const audit = auditFor(fixture.db, done.requestId);
    assert.deepEqual(audit.map((a) => [a.action, a.record_id]), [['person.allocate', crn]]);

    assertProblem(await post(`/api/v1/people/${crn}/allocation`, { staffCode: officer, reason: 'Again' }), 409);
    const after = await get('/api/v1/allocations/pending');
    assert.ok(!after.json.cases.some((c) => c.crn === crn), 'no longer pending');
    const history = await get(`/api/v1/people/${crn}/allocation/candidates`);
    assert.equal(history.json.current.staffCode, officer);
    assert.equal(history.json.history[0].reason, 'Fewest cases');
  });

  test('the policy is data an administrator can switch to ALLOC-2', async () => {
    assertProblem(await post('/api/v1/allocations/policy', { policy: 'split_2014' }), 403);
    assertProblem(await post('/api/v1/allocations/policy', { policy: 'nps' }, 'admin'), 400, 'policy', 'UNKNOWN_CODE');
    assertProblem(await post('/api/v1/allocations/policy', { policy: 'unified', targetWorkingDays: 31 }, 'admin'), 400, 'targetWorkingDays');
    const changed = await post('/api/v1/allocations/policy', { policy: 'split_2014', rsrSendsToNps: false, targetWorkingDays: 1 }, 'admin');
    assert.equal(changed.status, 200, changed.text);
    try {
      const r = await get('/api/v1/allocations/pending');
      for (const c of r.json.cases) {
        // The seeded service has no NPS or CRC teams: the decision says so and names no team.
        assert.ok(['nps', 'crc'].includes(c.decision.organisation));
        assert.equal(c.decision.team, null);
        assert.equal(c.decision.reasons.at(-1).code, 'NO_TEAM_IN_AREA');
      }
    } finally {
      const back = await post('/api/v1/allocations/policy', { policy: 'unified' }, 'admin');
      assert.equal(back.status, 200);
    }
  });
});

describe('allocation pages', () => {
  let browser;
  const screenshots = path.join(repoRoot, 'build', 'screenshots');

  before(async () => {
    fs.mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  test('a manager allocates a case from the pending list', async () => {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15000);
    const page = await context.newPage();
    await page.goto('/allocations');
    await page.fill('#username', fixture.users.manager.username);
    await page.fill('#password', fixture.users.manager.password);
    await page.click('button:has-text("Sign in")');
    await page.waitForURL('**/allocations');
    assert.equal((await page.textContent('h1')).trim(), 'Cases to allocate');
    assert.ok(await page.isVisible('#navigation a[href="/allocations"][aria-current="true"]'));
    const rows = page.locator('#pending tbody tr');
    const before = await rows.count();
    assert.ok(before >= 1, 'the seeded list has cases');
    const link = rows.first().locator('a');
    const crn = (await rows.first().textContent()).match(/\(([A-Z]\d{6})\)/)[1];
    await link.click();
    await page.waitForURL(`**/cases/${crn}/allocate`);
    assert.match(await page.textContent('#decision'), /Probation Service/);
    assert.match(await page.textContent('#decision'), /ALLOC-1/);
    assert.ok((await page.locator('#candidates tbody tr').count()) > 0);
    await page.screenshot({ path: path.join(screenshots, 'allocate.png'), fullPage: true });

    // No reason: the error summary names it and nothing is saved.
    await page.check('#staffCode');
    await page.click('button:has-text("Allocate")');
    assert.match(await page.textContent('.govuk-error-summary'), /Give the reason/);
    assert.equal(openAllocations(fixture.db, crn), 0);

    await page.check('#staffCode');
    await page.fill('#reason', 'Has room on the caseload');
    await page.click('button:has-text("Allocate")');
    await page.waitForURL('**/allocations?allocated=*');
    assert.match(await page.textContent('.govuk-notification-banner'), new RegExp(`${crn} has been allocated`));
    assert.equal(await rows.count(), before - 1);
    assert.equal(openAllocations(fixture.db, crn), 1);
    const saved = sqlite(fixture.db, `SELECT reason, allocated_by FROM allocation a JOIN person p USING (person_id) WHERE p.crn = '${crn}'`);
    assert.deepEqual(saved, [{ reason: 'Has room on the caseload', allocated_by: fixture.users.manager.username }]);
    await context.close();
  });
});
