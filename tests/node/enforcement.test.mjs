// Compliance and enforcement against the real server (issue 5): judging failures (ENF-3) with
// bad input refused and nothing saved, warnings and breaches as the statutory rule allows
// (ENF-1), corrections that every count follows, court outcomes (ENF-5), the worklist and its
// CLI, and a browser run: record a failure's decision, give the warning, see the worklist change.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launchChromium } from './support/browser.mjs';

import {
  OFFICER_STAFF,
  addDays,
  assertProblem,
  call,
  createFixture,
  isoDate,
  probity,
  sqlite,
  postJson,
  startServer,
} from './support/server.mjs';

let fixture;
let server;
let base;

before(async () => {
  fixture = createFixture({ people: 300, seed: 23 });
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

async function worklist(query = `officer=${OFFICER_STAFF}`, who = 'officer') {
  const r = await get(`/api/v1/enforcement/worklist?${query}`, who);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

/** The failures awaiting a decision on the officer's worklist, one per person. */
async function undecided() {
  const list = await worklist();
  const seen = new Set();
  const items = list.items.filter((i) => i.kind === 'decide' && !seen.has(i.crn) && seen.add(i.crn));
  assert.ok(items.length >= 3, `the fixture has failures awaiting decisions (${items.length})`);
  return items;
}

function failureIn(history, contactId) {
  for (const order of history.orders) {
    const f = order.failures.find((x) => x.contactId === contactId);
    if (f) return { order, failure: f };
  }
  assert.fail(`contact ${contactId} is in the enforcement history`);
}

async function history(crn) {
  const r = await get(`/api/v1/people/${crn}/enforcement`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

describe('judging a failure (ENF-3)', () => {
  test('bad decisions are refused naming the field, and nothing is saved', async () => {
    const [item] = await undecided();
    const path = `/api/v1/people/${item.crn}/contacts/${item.contactId}/decision`;
    assertProblem(await post(path, { decision: 'no_reasonable_excuse' }), 400, 'reason', 'REQUIRED');
    assertProblem(await post(path, { decision: 'maybe', reason: 'x' }), 400, 'decision', 'UNKNOWN_DECISION');
    assertProblem(
      await post(path, { decision: 'awaiting_evidence', reason: 'Medical note promised', evidenceUntil: addDays(item.failureDate, 40) }),
      400,
      'evidenceUntil',
      'TOO_LATE',
    );
    assertProblem(await post(path, { decision: 'reasonable_excuse', reason: 'x', extra: 1 }), 400, 'extra');
    assertProblem(await post(path, '{not json'), 400, 'body');
    const { failure } = failureIn(await history(item.crn), item.contactId);
    assert.equal(failure.decision, 'not_yet_judged', 'no refused request saved a decision');
    // A warning before the decision is refused too.
    const early = await post(`/api/v1/people/${item.crn}/contacts/${item.contactId}/warning`, {});
    assertProblem(early, 409);
    assert.match(early.json.detail, /Decide first/);
  });

  test('a decision is saved, timestamped, moves the item off the worklist and can be reviewed by a manager', async () => {
    const items = await undecided();
    const item = items[1];
    const path = `/api/v1/people/${item.crn}/contacts/${item.contactId}/decision`;
    const saved = await post(path, { decision: 'reasonable_excuse', reason: 'Hospital letter seen' });
    assert.equal(saved.status, 200, saved.text);
    const { failure } = failureIn(saved.json, item.contactId);
    assert.equal(failure.decision, 'reasonable_excuse');
    assert.equal(failure.status, 'excused');
    assert.equal(failure.decidedBy, 'officer');
    assert.match(failure.decidedAt, /^\d{4}-\d\d-\d\dT/);
    const after = await worklist();
    assert.ok(!after.items.some((i) => i.contactId === item.contactId), 'the judged failure left the worklist');

    const review = `/api/v1/people/${item.crn}/contacts/${item.contactId}/decision/review`;
    assertProblem(await post(review, { agreed: true }, 'officer'), 403);
    assertProblem(await post(review, { agreed: false }, 'manager'), 400, 'note', 'REQUIRED');
    const noticesBefore = (await get('/api/v1/notices')).json.count;
    const reviewed = await post(review, { agreed: false, note: 'Letter predates the appointment' }, 'manager');
    assert.equal(reviewed.status, 200, reviewed.text);
    assert.equal(failureIn(reviewed.json, item.contactId).failure.review.agreed, false);
    const told = (await get('/api/v1/notices')).json;
    assert.equal(told.count, noticesBefore + 1, 'the officer is told once');
    assert.equal(told.notices[0].kind, 'enforcement.review');
    assert.deepEqual(told.notices[0].crns, [item.crn]);
  });
});

describe('warnings, breach and the court (ENF-1, ENF-5)', () => {
  test('the rule decides between warning and breach; a second warning is refused; the court outcome follows', async () => {
    const items = await undecided();
    const item = items[2];
    const decided = await post(`/api/v1/people/${item.crn}/contacts/${item.contactId}/decision`, {
      decision: 'no_reasonable_excuse',
      reason: 'No contact, no explanation',
    });
    assert.equal(decided.status, 200, decided.text);
    const { failure } = failureIn(decided.json, item.contactId);
    assert.ok(['warn_or_breach', 'breach_required'].includes(failure.status), failure.status);

    const warn = await post(`/api/v1/people/${item.crn}/contacts/${item.contactId}/warning`, { notes: 'Letter handed over' });
    if (failure.status === 'breach_required') {
      // ENF-1: a warning in force means breach, never a second warning.
      assertProblem(warn, 409);
      assert.match(warn.json.detail, /requires breach/);
    } else {
      assert.equal(warn.status, 201, warn.text);
      assert.equal(warn.json.kind, 'warning');
      assert.equal(warn.json.respondBy, addDays(today(), 7));
      const again = await post(`/api/v1/people/${item.crn}/contacts/${item.contactId}/warning`, {});
      assertProblem(again, 409);
      assert.match(again.json.detail, /already/);
      // The warning is withdrawn so breach can be shown on the same failure.
      const withdrawn = await post(`/api/v1/people/${item.crn}/enforcement/${warn.json.actionId}/withdrawal`, {
        reason: 'Issued in error',
      });
      assert.equal(withdrawn.status, 200, withdrawn.text);
    }
    // A court outcome for a breach never started is refused.
    const never = await post(`/api/v1/people/${item.crn}/enforcement/999999/court-outcome`, { outcome: 'fine' });
    assertProblem(never, 409);
    assert.match(never.json.detail, /No breach/);

    const breach = await post(`/api/v1/people/${item.crn}/contacts/${item.contactId}/breach`, {});
    assert.equal(breach.status, 201, breach.text);
    const pending = await history(item.crn);
    const order = pending.orders.find((o) => o.actions.some((a) => a.actionId === breach.json.actionId));
    assert.equal(order.breachPending, true);
    const list = await worklist();
    assert.ok(
      list.items.some((i) => i.kind === 'submit_breach_pack' && i.actionId === breach.json.actionId),
      'the breach pack is on the worklist',
    );

    const court = `/api/v1/people/${item.crn}/enforcement/${breach.json.actionId}/court-outcome`;
    assertProblem(await post(court, { outcome: 'hanging' }), 400, 'outcome', 'UNKNOWN_OUTCOME');
    assertProblem(await post(court, { outcome: 'requirements_varied' }), 400, 'variations', 'REQUIRED');
    assertProblem(await post(court, { outcome: 'fine', date: addDays(today(), 3) }), 400, 'date', 'FUTURE_DATE');
    const decidedAtCourt = await post(court, { outcome: 'fine', details: '£80 fine, order continued' });
    assert.equal(decidedAtCourt.status, 200, decidedAtCourt.text);
    const after = decidedAtCourt.json.orders.find((o) => o.sentenceId === order.sentenceId);
    assert.equal(after.breachPending, false);
    const action = after.actions.find((a) => a.actionId === breach.json.actionId);
    assert.equal(action.courtOutcome.outcome, 'fine');
    assertProblem(await post(court, { outcome: 'fine' }), 409);
  });
});

describe('correcting a wrongly recorded outcome', () => {
  test('the correction is kept with its reason and the counts follow it', async () => {
    const items = await undecided();
    const item = items[items.length - 1];
    const before = failureIn(await history(item.crn), item.contactId);
    const path = `/api/v1/people/${item.crn}/contacts/${item.contactId}/correction`;
    assertProblem(await post(path, { outcome: 'ATTC' }), 400, 'reason', 'REQUIRED');
    assertProblem(await post(path, { outcome: 'ZZZZ', reason: 'x' }), 400, 'outcome', 'UNKNOWN_OUTCOME');
    const corrected = await post(path, { outcome: 'ATTC', reason: 'Register shows attendance' });
    assert.equal(corrected.status, 200, corrected.text);
    const stillFailure = corrected.json.orders.some((o) => o.failures.some((f) => f.contactId === item.contactId));
    assert.equal(stillFailure, false, 'the contact is no longer a failure');
    assert.equal(corrected.json.corrections.at(-1).oldOutcome, before.failure.outcome);
    assert.equal(corrected.json.corrections.at(-1).newOutcome, 'ATTC');
    const rows = sqlite(fixture.db, `SELECT outcome FROM contact WHERE contact_id = ${item.contactId}`);
    assert.equal(rows[0].outcome, 'ATTC');
    const list = await worklist();
    assert.ok(!list.items.some((i) => i.contactId === item.contactId), 'the worklist follows the correction');
  });
});

describe('the worklist', () => {
  test('a team worklist is for its managers; an unknown team is 404; both scopes are 400', async () => {
    const team = sqlite(fixture.db, `SELECT t.code FROM staff s JOIN team t ON t.team_id = s.team_id WHERE s.code = '${OFFICER_STAFF}'`)[0].code;
    const list = await worklist(`team=${team}`, 'manager');
    assert.ok(list.items.length > 0);
    for (const i of list.items) {
      assert.match(i.due, /^\d{4}-\d\d-\d\d$/);
      assert.equal(typeof i.waitedWorkingDays, 'number');
      assert.equal(i.overdue, i.due < list.today);
    }
    assertProblem(await get('/api/v1/enforcement/worklist?team=NOPE', 'manager'), 404);
    assertProblem(await get(`/api/v1/enforcement/worklist?team=${team}&officer=${OFFICER_STAFF}`, 'manager'), 400, 'officer');
    assertProblem(await get('/api/v1/enforcement/worklist?officer=S00002', 'officer'), 403);
    const cli = probity(['enforcement', 'due', '--db', fixture.db, '--team', team]);
    assert.match(cli.stdout, new RegExp(`^Enforcement worklist for team ${team} on \\d{4}-\\d\\d-\\d\\d: \\d+ items, \\d+ overdue`));
    const bad = probity(['enforcement', 'due', '--db', fixture.db, '--team', 'NOPE'], { allowFailure: true });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /No team has the code NOPE/);
  });
});

describe('in the browser', () => {
  test('record a failure, judge it, issue the warning, see the worklist change', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ baseURL: base });
      context.setDefaultTimeout(15000);
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.fill('#username', fixture.users.officer.username);
      await page.fill('#password', fixture.users.officer.password);
      await page.click('button:has-text("Sign in")');
      await page.waitForLoadState('load');

      // Record a failure: an appointment yesterday, booked with its outcome (unacceptable absence).
      const caseload = await get(`/api/v1/staff/${OFFICER_STAFF}/caseload`);
      const crn = caseload.json.cases[0].crn;
      const booked = await post(`/api/v1/people/${crn}/appointments`, {
        type: 'offender_management',
        date: addDays(today(), -1),
        time: '10:00',
        location: 'Probity office',
        outcome: 'UAAB',
      });
      assert.equal(booked.status, 201, booked.text);
      const contactId = booked.json.appointment.id;

      await page.goto('/enforcement');
      const row = page.locator(`#worklist tr[data-contact="${contactId}"][data-kind="decide"]`);
      assert.equal(await row.count(), 1, 'the new failure awaits a decision on the worklist');
      await row.locator('a').click();
      await page.waitForURL(`**/cases/${crn}/enforcement`);

      const failure = page.locator(`#failure-${contactId}`);
      await failure.locator('summary:has-text("Record the decision")').click();
      await failure.locator('input[value="no_reasonable_excuse"]').check();
      await failure.locator('textarea[name="reason"]').fill('No contact and no explanation given');
      await failure.locator('button:has-text("Save decision")').click();
      await page.waitForLoadState('load');
      const status = await page.locator(`#failure-${contactId}`).getAttribute('data-status');
      assert.ok(['warn_or_breach', 'breach_required'].includes(status), status);
      if (status === 'warn_or_breach') {
        await page.click(`#warn-${contactId}`);
        await page.waitForLoadState('load');
        assert.equal(await page.locator(`#failure-${contactId}`).getAttribute('data-status'), 'warned');
      } else {
        await page.click(`#breach-${contactId}`);
        await page.waitForLoadState('load');
        assert.equal(await page.locator(`#failure-${contactId}`).getAttribute('data-status'), 'breach_started');
      }
      await page.goto('/enforcement');
      assert.equal(await row.count(), 0, 'the decided failure left the decide list');
      for (const kind of ['warn_or_breach', 'breach_required']) {
        const due = page.locator(`#worklist tr[data-contact="${contactId}"][data-kind="${kind}"]`);
        assert.equal(await due.count(), 0, `no ${kind} item is left for the actioned failure`);
      }
      const audit = await get(`/api/v1/people/${crn}/enforcement`);
      const { failure: saved } = failureIn(audit.json, contactId);
      assert.equal(saved.decision, 'no_reasonable_excuse');
    } finally {
      await browser.close();
    }
  });
});
