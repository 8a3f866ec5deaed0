// The sentences API against the real server (issue 3 part 1): recording a community order or
// suspended sentence order with the statutory limits enforced (every broken limit named, nothing
// saved), and varying, terminating and completing requirements with reasons and a history.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { OFFICER_STAFF, addDays, call, createFixture, isoDate, startServer } from './support/server.mjs';

let fixture;
let server;
let base;
let crn;

before(async () => {
  fixture = createFixture({ people: 300, seed: 13 });
  server = await startServer(fixture.db);
  base = server.url;
  const caseload = await get(`/api/v1/staff/${OFFICER_STAFF}/caseload`);
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

const as = () => ({ token: fixture.tokens.officer });
function get(path) {
  return call(base, path, as());
}
const post = (path, body) =>
  call(base, path, {
    ...as(),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const sentenced = addDays(isoDate(new Date()), -7);

/** A community order made a week ago for a year: unpaid work, a RAR and a curfew. */
const communityOrder = (extra = {}) => ({
  convictionDate: sentenced,
  offenceCategory: 'theft_non_motor',
  offenceDescription: 'Shop theft',
  court: 'Leeds Magistrates',
  orderType: 'community_order',
  sentenceDate: sentenced,
  endDate: addDays(sentenced, 360),
  requirements: [
    { type: 'unpaid_work', length: 120, endDate: addDays(sentenced, 360) },
    { type: 'rar', length: 10 },
    { type: 'curfew', length: 6, dailyHours: 10 },
  ],
  ...extra,
});

function problemFields(r, status) {
  assert.equal(r.status, status, r.text);
  assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/);
  return r.json.validationErrors.map((e) => `${e.field}:${e.error}`);
}

async function eventCount() {
  const s = await get(`/api/v1/people/${crn}/sentences`);
  assert.equal(s.status, 200, s.text);
  return s.json.events.length;
}

async function recordOrder() {
  const r = await post(`/api/v1/people/${crn}/orders`, communityOrder());
  assert.equal(r.status, 201, r.text);
  return r.json.event.sentences[0].requirements;
}

describe('recording an order', () => {
  test('saves the event, order and requirements with their ids, hours a day and end dates', async () => {
    const before = await eventCount();
    const r = await post(`/api/v1/people/${crn}/orders`, communityOrder());
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.crn, crn);
    const event = r.json.event;
    assert.ok(event.id > 0);
    assert.equal(event.court, 'Leeds Magistrates');
    const [order] = event.sentences;
    assert.equal(order.orderType, 'community_order');
    assert.deepEqual(
      order.requirements.map((q) => [q.type, q.length, q.unit, q.dailyHours, q.endDate, q.status]),
      [
        ['unpaid_work', 120, 'hours', null, addDays(sentenced, 360), 'active'],
        ['rar', 10, 'days', null, null, 'active'],
        ['curfew', 6, 'months', 10, null, 'active'],
      ],
    );
    assert.ok(order.requirements.every((q) => q.id > 0));
    assert.equal(await eventCount(), before + 1);
    const s = await get(`/api/v1/people/${crn}/sentences`);
    const shown = s.json.events.find((e) => e.id === event.id).sentences[0].requirements;
    assert.equal(shown[2].dailyHours, 10);
    assert.equal(shown[0].endDate, addDays(sentenced, 360));
  });

  test('names every broken limit at once and saves nothing: UPW 39 and 301 hours, CO over 3 years', async () => {
    const before = await eventCount();
    const r = await post(
      `/api/v1/people/${crn}/orders`,
      communityOrder({
        endDate: addDays(sentenced, 3 * 366 + 2),
        requirements: [
          { type: 'unpaid_work', length: 39 },
          { type: 'unpaid_work', length: 301 },
        ],
      }),
    );
    const fields = problemFields(r, 400);
    for (const f of ['endDate:OUT_OF_RANGE', 'requirements[0].length:OUT_OF_RANGE', 'requirements[1].length:OUT_OF_RANGE']) {
      assert.ok(fields.includes(f), `${f} in ${r.text}`);
    }
    assert.match(r.json.validationErrors.find((e) => e.field === 'endDate').message, /3 years/);
    assert.equal(await eventCount(), before, 'nothing saved');
  });

  test('an SSO needs its custodial term and an operational period of 6 months to 2 years', async () => {
    const before = await eventCount();
    const sso = communityOrder({
      orderType: 'suspended_sentence_order',
      operationalEndDate: addDays(sentenced, 2 * 366 + 5),
    });
    const fields = problemFields(await post(`/api/v1/people/${crn}/orders`, sso), 400);
    assert.ok(fields.includes('custodialMonths:REQUIRED'), fields.join());
    assert.ok(fields.includes('operationalEndDate:OUT_OF_RANGE'), fields.join());
    assert.equal(await eventCount(), before);
    const ok = await post(
      `/api/v1/people/${crn}/orders`,
      { ...sso, custodialMonths: 6, operationalEndDate: addDays(sentenced, 540) },
    );
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.json.event.sentences[0].operationalEndDate, addDays(sentenced, 540));
    assert.equal(ok.json.event.sentences[0].custodialMonths, 6);
  });

  test('refuses an unknown requirement type, a bad date and unknown members', async () => {
    const before = await eventCount();
    const unknown = communityOrder({ sentenceDate: '2026-02-30' });
    unknown.requirements[1] = { type: 'community_service', length: 10 };
    const fields = problemFields(await post(`/api/v1/people/${crn}/orders`, unknown), 400);
    assert.deepEqual(fields, ['sentenceDate:INVALID_FORMAT', 'requirements[1].type:UNKNOWN_CODE']);
    problemFields(await post(`/api/v1/people/${crn}/orders`, communityOrder({ judge: 'X' })), 400);
    problemFields(await post(`/api/v1/people/${crn}/orders`, communityOrder({ requirements: [{ type: 'rar', length: 'ten' }] })), 400);
    assert.equal(await eventCount(), before);
  });
});

describe('varying and ending requirements', () => {
  test('a variation needs a reason, is kept in the history, and a refused one changes nothing', async () => {
    const [upw] = await recordOrder();
    const path = `/api/v1/people/${crn}/requirements/${upw.id}`;
    assert.deepEqual(problemFields(await post(`${path}/variations`, { length: 150 }), 400), ['reason:REQUIRED']);
    assert.deepEqual(
      problemFields(await post(`${path}/variations`, { length: 301, reason: 'Court' }), 400),
      ['length:OUT_OF_RANGE'],
    );
    let history = await get(`${path}/history`);
    assert.equal(history.status, 200, history.text);
    assert.equal(history.json.requirement.length, 120, 'the refusals changed nothing');
    assert.deepEqual(history.json.history, []);

    const varied = await post(`${path}/variations`, { length: 150, reason: 'Varied on review' });
    assert.equal(varied.status, 200, varied.text);
    assert.equal(varied.json.requirement.length, 150);
    history = await get(`${path}/history`);
    assert.equal(history.json.history.length, 1);
    const [change] = history.json.history;
    assert.equal(change.kind, 'varied');
    assert.equal(change.oldLength, 120);
    assert.equal(change.newLength, 150);
    assert.equal(change.reason, 'Varied on review');
    assert.equal(change.changedBy, 'officer');
    assert.equal(change.effectiveDate, isoDate(new Date()));
  });

  test('a terminated requirement cannot be varied or ended again', async () => {
    const [, , curfew] = await recordOrder();
    const path = `/api/v1/people/${crn}/requirements/${curfew.id}`;
    assert.deepEqual(problemFields(await post(`${path}/ending`, { status: 'terminated' }), 400), ['reason:REQUIRED']);
    assert.deepEqual(
      problemFields(await post(`${path}/ending`, { status: 'paused', reason: 'x' }), 400),
      ['status:NOT_ALLOWED'],
    );
    const ended = await post(`${path}/ending`, { status: 'terminated', reason: 'Revoked: moved abroad' });
    assert.equal(ended.status, 200, ended.text);
    assert.equal(ended.json.requirement.status, 'terminated');
    assert.equal(ended.json.history[0].kind, 'terminated');
    assert.deepEqual(
      problemFields(await post(`${path}/variations`, { dailyHours: 8, reason: 'Court' }), 409),
      ['status:NOT_ACTIVE'],
    );
    problemFields(await post(`${path}/ending`, { status: 'terminated', reason: 'Again' }), 409);
    const history = await get(`${path}/history`);
    assert.equal(history.json.history.length, 1);
    assert.equal(history.json.requirement.dailyHours, 10);
  });

  test('a RAR is completed through the RAR completion, not the ending; it may be terminated', async () => {
    const [upw, rar] = await recordOrder();
    const path = `/api/v1/people/${crn}/requirements/${rar.id}`;
    assert.deepEqual(
      problemFields(await post(`${path}/ending`, { status: 'completed', reason: 'Done' }), 400),
      ['status:USE_RAR_COMPLETION'],
    );
    const done = await post(`/api/v1/people/${crn}/requirements/${upw.id}/ending`, {
      status: 'completed',
      reason: 'All hours worked',
      endedOn: addDays(sentenced, 1),
    });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.history[0].effectiveDate, addDays(sentenced, 1));
    const future = await post(`${path}/ending`, {
      status: 'terminated',
      reason: 'Revoked',
      endedOn: addDays(sentenced, 30),
    });
    assert.deepEqual(problemFields(future, 400), ['endedOn:IN_THE_FUTURE']);
    const terminated = await post(`${path}/ending`, { status: 'terminated', reason: 'Revoked' });
    assert.equal(terminated.status, 200, terminated.text);
  });

  test('an unknown requirement is 404 and a bad id names requirementId', async () => {
    const r = await get(`/api/v1/people/${crn}/requirements/999999999/history`);
    assert.equal(r.status, 404, r.text);
    assert.deepEqual(problemFields(await get(`/api/v1/people/${crn}/requirements/abc/history`), 400), [
      'requirementId:INVALID_FORMAT',
    ]);
  });
});
