// The diary API against the real server: booking within the RAR budget (RAR-6), outcomes that
// change the counts (RAR-5), bad input refused with nothing saved, group sessions whose
// cancellation sends one notice per officer, and CSRF for cookie sessions.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  OFFICER_STAFF,
  addDays,
  assertProblem,
  call,
  createFixture,
  isoDate,
  signIn,
  postJson,
  startServer,
} from './support/server.mjs';

let fixture;
let server;
let base;

before(async () => {
  fixture = createFixture({ people: 300, seed: 11 });
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

/** The officer's people with an active RAR that has days left and time to deliver them. */
async function rarCases(who = 'officer', staff = OFFICER_STAFF) {
  const caseload = await get(`/api/v1/staff/${staff}/caseload`, who);
  assert.equal(caseload.status, 200, caseload.text);
  const found = [];
  for (const c of caseload.json.cases.filter((k) => k.rarDaysOrdered !== null)) {
    const s = await get(`/api/v1/people/${c.crn}/sentences`, who);
    for (const e of s.json.events) {
      for (const sentence of e.sentences) {
        for (const q of sentence.requirements) {
          if (q.type !== 'rar' || q.status !== 'active') continue;
          const d = q.rarDays;
          const weeksLeft = (Date.parse(d.periodEnd) - Date.now()) / (7 * 86400000);
          if (d.remaining >= 1 && weeksLeft > d.remaining + 2) found.push({ crn: c.crn, rar: q, days: d });
        }
      }
    }
  }
  assert.ok(found.length >= 3, `the fixture has RARs with days left (${found.length})`);
  return found.sort((a, b) => a.days.remaining - b.days.remaining);
}

/** A date from `from` on that is not already instructed for this RAR. */
function freeDate(days, from) {
  let d = from;
  while (days.instructedDates.includes(d)) d = addDays(d, 1);
  return d;
}

const rarBooking = (rarId, date, extra = {}) => ({
  type: 'rar_activity',
  date,
  time: '10:00',
  location: 'Leeds office, room 1',
  requirementId: rarId,
  ...extra,
});

describe('booking RAR activities (RAR-6)', () => {
  test('books up to the days ordered, then refuses saying 0 remain, saving nothing', async () => {
    const [{ crn, rar, days }] = await rarCases();
    let date = addDays(today(), 1);
    let status = days;
    for (let i = 0; i < days.remaining; i++) {
      date = freeDate(status, addDays(date, 1));
      const r = await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, date));
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.rar.instructed, status.instructed + 1, 'one more day instructed');
      assert.equal(r.json.appointment.date, date);
      status = r.json.rar;
    }
    assert.equal(status.remaining, 0);
    const refused = await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, freeDate(status, addDays(date, 1))));
    const problem = assertProblem(refused, 409, 'date', 'RAR_DAYS_EXHAUSTED');
    assert.match(problem.detail, /0 remain/);
    const after = await get(`/api/v1/people/${crn}/requirements/${rar.id}/rar`);
    assert.equal(after.json.instructed, status.instructed, 'the refusal saved nothing');
    // RAR-3: another session on a date already instructed is the same day: allowed.
    const sameDay = await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, date, { time: '14:00' }));
    assert.equal(sameDay.status, 201, sameDay.text);
    assert.equal(sameDay.json.rar.instructed, status.instructed);
  });

  test('refuses dates outside the order, a missing requirement and malformed fields', async () => {
    const cases = await rarCases();
    const { crn, rar, days } = cases[cases.length - 1];
    const before = await get(`/api/v1/people/${crn}/appointments`);
    assertProblem(
      await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, addDays(days.periodEnd, 1))),
      400, 'date', 'OUTSIDE_ORDER');
    assertProblem(await post(`/api/v1/people/${crn}/appointments`, rarBooking(undefined, addDays(today(), 3))),
      400, 'requirementId', 'REQUIRED');
    assertProblem(await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, '2026-02-30')),
      400, 'date', 'INVALID_FORMAT');
    assertProblem(await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, addDays(today(), 3), { time: '9am' })),
      400, 'time', 'INVALID_FORMAT');
    assertProblem(await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, addDays(today(), 3), { type: 'party' })),
      400, 'type', 'UNKNOWN_TYPE');
    assertProblem(await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, addDays(today(), -3))),
      400, 'date', 'IN_THE_PAST');
    assertProblem(await post(`/api/v1/people/${crn}/appointments`, { ...rarBooking(rar.id, addDays(today(), 3)), colour: 'red' }),
      400, 'colour', 'UNKNOWN_FIELD');
    assertProblem(await post(`/api/v1/people/${crn}/appointments`, '{"type": '), 400, 'body', 'INVALID_JSON');
    assertProblem(await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, addDays(today(), 3), { requirementId: 'one' })),
      400, 'requirementId', 'INVALID_TYPE');
    const plain = await call(base, `/api/v1/people/${crn}/appointments`, {
      ...as('officer'), method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(rarBooking(rar.id, addDays(today(), 3))),
    });
    assertProblem(plain, 400, 'body', 'UNSUPPORTED_MEDIA_TYPE');
    const after = await get(`/api/v1/people/${crn}/appointments`);
    assert.deepEqual(after.json, before.json, 'no refused booking was saved');
    assertProblem(await post(`/api/v1/people/Z999999/appointments`, rarBooking(rar.id, addDays(today(), 3))), 404);
    assert.equal((await call(base, `/api/v1/people/${crn}/appointments`, { method: 'POST', body: '{}' })).status, 401);
  });
});

describe('recording outcomes (RAR-5)', () => {
  test('an outcome today completes a day; a future appointment has no outcome yet', async () => {
    // A RAR with today free, so today's session is a new completed day.
    const found = (await rarCases()).find((c) => !c.days.instructedDates.includes(today()));
    assert.ok(found, 'a RAR with today not yet instructed');
    const { crn, rar, days } = found;
    const now = await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, today()));
    assert.equal(now.status, 201, now.text);
    const later = await post(`/api/v1/people/${crn}/appointments`, rarBooking(rar.id, freeDate(now.json.rar, addDays(today(), 7))));
    assert.equal(later.status, 201, later.text);

    const early = await post(`/api/v1/people/${crn}/contacts/${later.json.appointment.id}/outcome`, { outcome: 'ATTC' });
    assertProblem(early, 400, 'outcome', 'FUTURE_APPOINTMENT');
    assertProblem(await post(`/api/v1/people/${crn}/contacts/${now.json.appointment.id}/outcome`, { outcome: 'XXXX' }),
      400, 'outcome', 'UNKNOWN_OUTCOME');
    assertProblem(await post(`/api/v1/people/${crn}/contacts/${now.json.appointment.id}/outcome`, { outcome: 'AAAA' }),
      400, 'reason', 'REQUIRED');

    const done = await post(`/api/v1/people/${crn}/contacts/${now.json.appointment.id}/outcome`,
      { outcome: 'ATTC', notes: 'Worked on a budget plan' });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.appointment.outcome, 'ATTC');
    assert.equal(done.json.rar.completed, days.completed + 1, 'RAR-5: one more completed day');
    assert.ok(done.json.rar.completedDates.includes(today()));
    const status = await get(`/api/v1/people/${crn}/requirements/${rar.id}/rar`);
    assert.equal(status.json.completed, days.completed + 1, 'the status endpoint agrees');
    assertProblem(await post(`/api/v1/people/${crn}/contacts/${now.json.appointment.id}/outcome`, { outcome: 'UAAB' }),
      409, 'outcome', 'OUTCOME_ALREADY_RECORDED');
    assertProblem(await post(`/api/v1/people/${crn}/contacts/999999999/outcome`, { outcome: 'ATTC' }), 404);
  });
});

describe('group sessions', () => {
  test('cancelling a session for three people sends one notice to each officer', async () => {
    const mine = await rarCases();
    const caseload = await get('/api/v1/caseload', 'manager');
    assert.equal(caseload.status, 200, caseload.text);
    // Someone else's case: the first other officer with a RAR case that has days left.
    const officers = await get('/api/v1/staff/S00002/caseload', 'manager');
    const theirs = await rarCases('manager', 'S00002');
    const people = [mine[mine.length - 1], mine[mine.length - 2], theirs[theirs.length - 1]];
    let date = addDays(today(), 9);
    while (people.some((p) => p.days.instructedDates.includes(date))) date = addDays(date, 1);
    const before = (await get('/api/v1/notices')).json.count;

    const created = await post('/api/v1/group-sessions', {
      title: 'Thinking skills group',
      type: 'rar_activity',
      date,
      time: '14:00',
      location: 'Leeds office, room 2',
      attendees: people.map((p) => ({ crn: p.crn, requirementId: p.rar.id })),
    }, 'manager');
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.attendees.length, 3);
    assert.ok(officers.status === 200);

    const cancelled = await post(`/api/v1/group-sessions/${created.json.id}/cancel`, { reason: 'Facilitator ill' }, 'manager');
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.json.count, 2, 'two officers, two notices');
    const notices = (await get('/api/v1/notices')).json;
    assert.equal(notices.count, before + 1, 'the officer got one notice, not one per person');
    assert.deepEqual(notices.notices[0].crns, [people[0].crn, people[1].crn].sort());
    assert.match(notices.notices[0].title, /Cancelled/);
    const session = await get(`/api/v1/group-sessions/${created.json.id}`, 'manager');
    assert.equal(session.json.status, 'cancelled');
    assert.ok(session.json.attendees.every((a) => a.outcome === 'APPW'));
    const rar = await get(`/api/v1/people/${people[0].crn}/requirements/${people[0].rar.id}/rar`);
    assert.equal(rar.json.instructed, people[0].days.instructed, 'the withdrawn date was released');

    const read = await post(`/api/v1/notices/${notices.notices[0].id}/read`, {});
    assert.equal(read.status, 200, read.text);
    assert.equal((await get('/api/v1/notices')).json.notices[0].read, true);
    assertProblem(await post(`/api/v1/group-sessions/${created.json.id}/cancel`, { reason: 'again' }, 'manager'), 409);
    assertProblem(await post(`/api/v1/group-sessions/${created.json.id}/cancel`, {}, 'manager'), 400, 'reason', 'REQUIRED');
  });

  test('a session with one bad attendee saves nothing and names the attendee', async () => {
    const mine = await rarCases();
    const r = await post('/api/v1/group-sessions', {
      title: 'Group', type: 'rar_activity', date: addDays(today(), 4), time: '10:00', location: 'Office',
      attendees: [{ crn: mine[0].crn, requirementId: mine[0].rar.id }, { crn: mine[1].crn, requirementId: mine[0].rar.id }],
    });
    assertProblem(r, 400, 'attendees[1].requirementId', 'UNKNOWN_REQUIREMENT');
    const after = await get(`/api/v1/people/${mine[0].crn}/requirements/${mine[0].rar.id}/rar`);
    assert.equal(after.json.instructed, mine[0].days.instructed);
  });
});

test('a browser session must send its CSRF token with an API POST', async () => {
  const session = await signIn(base, fixture.users.officer);
  const [{ crn, rar }] = await rarCases();
  const r = await call(base, `/api/v1/people/${crn}/appointments`, {
    cookie: session.cookie, method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rarBooking(rar.id, addDays(today(), 5))),
  });
  assertProblem(r, 403);
});

describe('RAR sentence plan and completion', () => {
  const planBody = (days) => ({
    needs: [
      { area: 'finance_benefits_debt', link: 'strongly_linked', notes: 'Rent arrears' },
      { area: 'ete', link: 'linked', noActivityReason: 'Already in work' },
    ],
    objectives: [{ description: 'Manage money', outcome: 'A budget kept for 3 months', needs: ['finance_benefits_debt'] }],
    activities: [{ description: 'Budgeting course', need: 'finance_benefits_debt', deliverer: 'provider', provider: 'StepChange', format: 'group', rarDays: days }],
  });

  test('refuses a plan over the days ordered, saves, agrees and versions one', async () => {
    const cases = await rarCases();
    const { crn, rar } = cases[cases.length - 3];
    const path = `/api/v1/people/${crn}/requirements/${rar.id}/plan`;
    const over = await post(path, planBody(rar.rarDays.ordered + 1));
    const problem = assertProblem(over, 400, 'activities', 'EXCEEDS_RAR_DAYS_ORDERED');
    assert.match(problem.detail + JSON.stringify(problem.validationErrors), new RegExp(`at most ${rar.rarDays.ordered}`));
    assert.equal((await get(path)).json.plan, null, 'nothing saved');
    assertProblem(await post(path, { ...planBody(1), activities: [{ description: 'x', rarDays: 1 }] }), 400, 'activities[0].need', 'REQUIRED');
    assertProblem(await post(path, { ...planBody(1), needs: [{ area: 'gardening' }] }), 400, 'needs[0].area', 'UNKNOWN_CODE');
    // RAR-1: a planned start after the relevant period ends is outside the order.
    const late = planBody(1);
    late.activities[0].plannedStart = addDays(rar.rarDays.periodEnd, 1);
    assertProblem(await post(path, late), 400, 'activities[0].plannedStart', 'OUTSIDE_ORDER');

    const saved = await post(path, planBody(1));
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.json.plan.version, 1);
    assert.equal(saved.json.plan.status, 'draft');
    assert.deepEqual(saved.json.plan.budget, { ordered: rar.rarDays.ordered, planned: 1, remaining: rar.rarDays.ordered - 1 });
    const agreed = await post(`${path}/agree`, {});
    assert.equal(agreed.status, 200, agreed.text);
    assert.equal(agreed.json.plan.status, 'agreed');
    assert.equal(agreed.json.plan.agreedOn, today());
    const amended = await post(path, planBody(2 > rar.rarDays.ordered ? 1 : 2));
    assert.equal(amended.json.plan.version, 2);
    assert.equal((await get(`${path}?version=1`)).json.plan.status, 'agreed');
    assertProblem(await get(`${path}?version=x`), 400, 'version');
    assertProblem(await get(`${path}?version=9`), 404);
  });

  test('completion with fewer days than ordered needs rationale, progress and outcome', async () => {
    const cases = await rarCases();
    const completion = { confirmed: true, objectives: [{ outcome: 'partly_achieved' }] };
    const agreePlan = async (path) => {
      assert.equal((await post(`${path}/plan`, planBody(1))).status, 200);
      assert.equal((await post(`${path}/plan/agree`, {})).status, 200);
    };
    // RAR-6: while days are booked their instructions stand, so the RAR cannot be completed yet.
    const busy = cases.find((c) => c.days.booked > 0);
    assert.ok(busy, 'the fixture has a RAR with future bookings');
    const busyPath = `/api/v1/people/${busy.crn}/requirements/${busy.rar.id}`;
    await agreePlan(busyPath);
    const waiting = assertProblem(await post(`${busyPath}/completion`, completion), 409);
    assert.match(waiting.message, /still booked/);

    const ready = cases.find((c) => c.days.booked === 0 && c.days.unrecorded === 0 && c.days.completed < c.days.ordered);
    assert.ok(ready, 'the fixture has a RAR with nothing booked and days undelivered');
    const { crn, rar } = ready;
    const path = `/api/v1/people/${crn}/requirements/${rar.id}`;
    await agreePlan(path);
    const refused = await post(`${path}/completion`, completion);
    for (const field of ['rationale', 'progress', 'outcomeAchieved']) assertProblem(refused, 400, field, 'REQUIRED');
    const done = await post(`${path}/completion`, { ...completion, rationale: 'Moved to a programme', progress: 'Budget in place', outcomeAchieved: 'Arrears reduced' });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.completion.daysOrdered, rar.rarDays.ordered);
    const sentences = await get(`/api/v1/people/${crn}/sentences`);
    const after = sentences.json.events.flatMap((e) => e.sentences).flatMap((s) => s.requirements).find((q) => q.id === rar.id);
    assert.equal(after.status, 'completed');
  });

  test('the manager lists ended RARs without a completion record; officers may not', async () => {
    const list = await get('/api/v1/rar/missing-completions', 'manager');
    assert.equal(list.status, 200, list.text);
    assert.ok(list.json.count > 0, 'the seeded team has ended RARs with days undelivered and no record');
    for (const row of list.json.rars) {
      assert.ok(row.completed < row.ordered, JSON.stringify(row));
      assert.ok(row.orderEnd < today(), JSON.stringify(row));
    }
    assertProblem(await get('/api/v1/rar/missing-completions', 'officer'), 403);
  });
});
