// Warning letters and breach packs (issue 5 part 4) against the real server: a failure judged
// and warned, a second failure taken to breach (ENF-1), then the letter and the pack as JSON,
// HTML and PDF; submitting freezes the pack (409 the second time, unchanged when the record
// moves on); wrong kinds, unknown and withdrawn actions are refused and nothing is stored.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  OFFICER_STAFF,
  USERS,
  addDays,
  assertProblem,
  call,
  createFixture,
  hiddenValue,
  isoDate,
  signIn,
  sqlite,
  startServer,
} from './support/server.mjs';

let fixture;
let server;
let base;
let c; // {crn, name, rar, warning, firstDate, breach}

const as = () => ({ token: fixture.tokens.officer });
const get = (urlPath) => call(base, urlPath, as());
const post = (urlPath, body) =>
  call(base, urlPath, {
    ...as(),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const today = () => isoDate(new Date());
const longDate = (iso) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const storedDocuments = () => sqlite(fixture.db, 'SELECT count(*) AS n FROM enforcement_document')[0].n;

/** Books a RAR activity on `date` with its outcome recorded; returns the contact's id. */
async function attend(crn, rar, date, outcome) {
  const r = await post(`/api/v1/people/${crn}/appointments`, {
    type: 'rar_activity',
    date,
    time: '10:00',
    location: 'Leeds office',
    requirementId: rar,
    outcome,
  });
  assert.equal(r.status, 201, r.text);
  return r.json.appointment.id;
}

/** ENF-3: judged without reasonable excuse; returns the failure's status under the rule. */
async function judge(crn, contact) {
  const r = await post(`/api/v1/people/${crn}/contacts/${contact}/decision`, {
    decision: 'no_reasonable_excuse',
    reason: 'No contact and no evidence offered',
  });
  assert.equal(r.status, 200, r.text);
  for (const order of r.json.orders) {
    const failure = order.failures.find((f) => f.contactId === contact);
    if (failure) return failure.status;
  }
  assert.fail(`failure ${contact} is in the history: ${r.text}`);
}

/**
 * One of the officer's people (other than `skip`) with a RAR, warned today for a failure 2 days
 * ago: {crn, name, rar, warning, firstDate}.
 */
async function warned(skip = '') {
  const caseload = await get(`/api/v1/staff/${OFFICER_STAFF}/caseload`);
  assert.equal(caseload.status, 200, caseload.text);
  const firstDate = addDays(today(), -2);
  for (const k of caseload.json.cases.filter((x) => x.rarDaysOrdered !== null && x.crn !== skip)) {
    const s = await get(`/api/v1/people/${k.crn}/sentences`);
    const rar = s.json.events
      .flatMap((e) => e.sentences)
      .filter((x) => x.sentenceDate < firstDate)
      .flatMap((x) => x.requirements)
      .find((q) => q.type === 'rar' && q.status === 'active' && q.rarDays.remaining >= 2);
    if (!rar) continue;
    const first = await attend(k.crn, rar.id, firstDate, 'UAAB');
    // ENF-1: only a person with no warning in force can be warned; try the next one otherwise.
    if ((await judge(k.crn, first)) !== 'warn_or_breach') continue;
    const warning = await post(`/api/v1/people/${k.crn}/contacts/${first}/warning`, { date: firstDate });
    assert.equal(warning.status, 201, warning.text);
    const person = await get(`/api/v1/people/${k.crn}`);
    const name = `${person.json.firstName} ${person.json.surname}`;
    return { crn: k.crn, name, rar: rar.id, warning: warning.json.actionId, firstDate };
  }
  assert.fail('the fixture has a RAR case that can be warned');
}

/** ENF-1: a further failure today, within 12 months of the warning, must go to breach. */
async function breachAfterWarning(person) {
  const second = await attend(person.crn, person.rar, today(), 'UAAB');
  assert.equal(await judge(person.crn, second), 'breach_required');
  const breach = await post(`/api/v1/people/${person.crn}/contacts/${second}/breach`, {});
  assert.equal(breach.status, 201, breach.text);
  return breach.json.actionId;
}

const textOf = (doc) =>
  doc.blocks
    .map((b) => [b.text ?? '', b.label ? `${b.label}: ${b.value}` : '', ...(b.rows ?? []).flat()].join('\n'))
    .join('\n');

/** GETs a binary body: {status, headers, bytes}. */
async function getBytes(urlPath) {
  const response = await fetch(base + urlPath, { headers: { authorization: `Bearer ${fixture.tokens.officer}` }, redirect: 'manual' });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

function pdfText(bytes) {
  const file = path.join(fixture.dir, `document-${Date.now()}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('/usr/bin/pdftotext', ['-q', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

before(async () => {
  fixture = createFixture({ people: 300, seed: 13 });
  server = await startServer(fixture.db);
  base = server.url;
  c = await warned();
  c.breach = await breachAfterWarning(c);
});

after(async () => {
  try {
    if (server) await server.stop();
  } finally {
    fixture?.cleanup();
  }
});

describe('warning letters and breach packs', () => {
  test('the warning letter says what ENF-2 requires, as JSON, HTML and PDF', async () => {
    const r = await get(`/api/v1/people/${c.crn}/enforcement/${c.warning}/document`);

    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.kind, 'warning_letter');
    assert.equal(r.json.action, 'warning');
    assert.equal(r.json.status, 'draft');
    assert.equal(r.json.links.pdf, `/cases/${c.crn}/enforcement/${c.warning}/letter.pdf`);
    const text = textOf(r.json);
    assert.ok(text.includes(`On ${longDate(c.firstDate)} you did not comply with your order`), text);
    assert.ok(text.includes('"Unacceptable absence"'), text);
    assert.ok(text.includes('This failure to comply with your order is unacceptable.'), text);
    assert.ok(text.includes('you will be liable to be brought back before the court'), text);
    // Issue 5 part 4: 7 days to respond from the warning's date.
    assert.ok(text.includes(`by contacting your responsible officer by ${longDate(addDays(c.firstDate, 7))}`), text);

    const page = await get(`/cases/${c.crn}/enforcement/${c.warning}/letter`);
    assert.equal(page.status, 200);
    assert.match(page.text, /class="govuk-heading-l">Warning: failure to comply with your/);
    assert.match(page.text, /Submit the warning letter/);
    assert.match(page.text, /id="draft-notice"/);

    const pdf = await getBytes(`/cases/${c.crn}/enforcement/${c.warning}/letter.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdf.bytes.length > 5000, `a real document (${pdf.bytes.length} bytes)`);
    if (fs.existsSync('/usr/bin/pdftotext')) {
      const words = pdfText(pdf.bytes);
      assert.ok(words.includes(c.name), `the PDF names ${c.name}: ${words}`);
      assert.ok(words.includes('is unacceptable'), words);
    }
  });

  test('the breach pack page shows the chronology with failures marked', async () => {
    const page = await get(`/cases/${c.crn}/enforcement/${c.breach}/breach-pack`);

    assert.equal(page.status, 200);
    assert.match(page.text, /Breach report for court/);
    const chronology = /<table class="govuk-table" id="chronology">([\s\S]*?)<\/table>/.exec(page.text);
    assert.ok(chronology, 'the pack has a chronology table');
    assert.match(chronology[1], /Order made/);
    assert.match(chronology[1], /probity-failure/);
    assert.match(chronology[1], /FAILURE: RAR activity appointment at 10:00/);
    assert.match(chronology[1], new RegExp(`${longDate(c.firstDate)}</td><td class="govuk-table__cell">Warning given`));
    assert.match(chronology[1], /Breach started \(this report\)/);
    assert.match(page.text, /RAR days delivered against ordered/);
    assert.match(page.text, /\d+ delivered of \d+ ordered/);
  });

  test('submitting freezes the pack: 409 the second time, unchanged as the record moves on', async () => {
    const draft = await get(`/api/v1/people/${c.crn}/enforcement/${c.breach}/document`);
    assert.equal(draft.status, 200, draft.text);
    assert.ok(draft.json.dueBy);

    const submitted = await post(`/api/v1/people/${c.crn}/enforcement/${c.breach}/document/submission`, {});

    assert.equal(submitted.status, 201, submitted.text);
    assert.equal(submitted.json.status, 'submitted');
    assert.equal(submitted.json.submittedBy, USERS.officer.username);
    assert.deepEqual(submitted.json.blocks, draft.json.blocks);
    const again = await post(`/api/v1/people/${c.crn}/enforcement/${c.breach}/document/submission`, {});
    assertProblem(again, 409);
    // The record moves on: another session attended today.
    await attend(c.crn, c.rar, today(), 'ATTC');
    const later = await get(`/api/v1/people/${c.crn}/enforcement/${c.breach}/document`);
    assert.equal(later.status, 200);
    assert.deepEqual(later.json.blocks, submitted.json.blocks);
    assert.equal(later.json.submittedAt, submitted.json.submittedAt);
    const page = await get(`/cases/${c.crn}/enforcement/${c.breach}/breach-pack`);
    assert.match(page.text, /Submitted on \d+ \w+ \d{4} by officer, frozen/);
    assert.doesNotMatch(page.text, /id="submit-form"/);
    const pdf = await getBytes(`/cases/${c.crn}/enforcement/${c.breach}/breach-pack.pdf`);
    assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const history = await get(`/api/v1/people/${c.crn}/enforcement`);
    const breach = history.json.orders.flatMap((o) => o.actions).find((a) => a.actionId === c.breach);
    assert.equal(breach.documentSubmittedAt, submitted.json.submittedAt);
  });

  test('the letter is submitted from its page with the session CSRF token', async () => {
    const session = await signIn(base, USERS.officer);
    const letter = `/cases/${c.crn}/enforcement/${c.warning}/letter`;
    const page = await call(base, letter, { cookie: session.cookie });
    const form = (csrfToken) =>
      call(base, `${letter}/submission`, {
        cookie: session.cookie,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrfToken }).toString(),
      });
    const before = storedDocuments();

    const forged = await form('not-the-token');
    const submitted = await form(hiddenValue(page.text, 'csrfToken'));

    assert.equal(forged.status, 403);
    assert.equal(submitted.status, 303);
    assert.equal(submitted.headers.get('location'), letter);
    assert.equal(storedDocuments(), before + 1);
    const shown = await call(base, letter, { cookie: session.cookie });
    assert.match(shown.text, /Submitted on .* by officer, frozen/);
  });

  test('wrong kinds, unknown and withdrawn actions are refused and store nothing', async () => {
    const before = storedDocuments();
    const api = `/api/v1/people/${c.crn}/enforcement`;

    const letterForBreach = await get(`/cases/${c.crn}/enforcement/${c.breach}/letter`);
    const packForWarning = await get(`/cases/${c.crn}/enforcement/${c.warning}/breach-pack.pdf`);
    const unknown = await post(`${api}/999999/document/submission`, {});
    const notANumber = await get(`${api}/abc/document`);
    const unknownPerson = await get('/api/v1/people/X999999/enforcement/1/document');

    assert.equal(letterForBreach.status, 409);
    assert.match(letterForBreach.text, /it has a breach pack, not a warning letter/);
    assert.equal(packForWarning.status, 409);
    assertProblem(unknown, 404);
    assertProblem(notANumber, 400, 'actionId');
    assertProblem(unknownPerson, 404);
    assert.equal(storedDocuments(), before);
    // Another person's warning, withdrawn (EA07) before its letter was submitted: nothing to send.
    const other = await warned(c.crn);
    const withdrawal = await post(`/api/v1/people/${other.crn}/enforcement/${other.warning}/withdrawal`, {
      reason: 'Recorded in error',
    });
    assert.equal(withdrawal.status, 200, withdrawal.text);
    const otherApi = `/api/v1/people/${other.crn}/enforcement/${other.warning}/document`;
    assertProblem(await get(otherApi), 409);
    assertProblem(await post(`${otherApi}/submission`, {}), 409);
    assert.equal(storedDocuments(), before);
  });
});
