// The RAR plan as a PDF (issue 3 part 2) against the real server: a plan made through the API
// comes back as a PDF with the person's name and the activities; unknown people get the 404
// page; visitors who have not signed in are sent to sign in.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { OFFICER_STAFF, call, createFixture, startServer } from './support/server.mjs';

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

const token = () => fixture.tokens.officer;
const get = (urlPath) => call(base, urlPath, { token: token() });

/** GETs a binary body: {status, headers, bytes}. */
async function getBytes(urlPath, { signedIn = true } = {}) {
  const headers = signedIn ? { authorization: `Bearer ${token()}` } : {};
  const response = await fetch(base + urlPath, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const hasPdfToText = fs.existsSync('/usr/bin/pdftotext');

/** The PDF's text as pdftotext reads it, each run of white space as one space. */
function pdfText(bytes) {
  const file = path.join(fixture.dir, `plan-${Date.now()}.pdf`);
  fs.writeFileSync(file, bytes);
  // Cells wrap onto several lines: compare with the white space folded.
  return execFileSync('/usr/bin/pdftotext', ['-q', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** One of the officer's people with an active RAR of at least 2 days ordered. */
async function rarCase() {
  const caseload = await get(`/api/v1/staff/${OFFICER_STAFF}/caseload`);
  assert.equal(caseload.status, 200, caseload.text);
  for (const c of caseload.json.cases.filter((k) => k.rarDaysOrdered >= 2)) {
    const s = await get(`/api/v1/people/${c.crn}/sentences`);
    for (const e of s.json.events) {
      for (const sentence of e.sentences) {
        const rar = sentence.requirements.find((q) => q.type === 'rar' && q.status === 'active' && q.rarDays.ordered >= 2);
        if (rar) return { crn: c.crn, rar };
      }
    }
  }
  assert.fail('the fixture has an active RAR');
}

describe('RAR plan PDF', () => {
  test('returns the plan as a PDF with the person and the activities', async () => {
    const { crn, rar } = await rarCase();
    const planPath = `/api/v1/people/${crn}/requirements/${rar.id}/plan`;
    const saved = await call(base, planPath, {
      token: token(),
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        needs: [{ area: 'finance_benefits_debt', link: 'strongly_linked', notes: 'Rent arrears – £400' }],
        objectives: [{ description: 'Manage money', outcome: 'A budget kept for 3 months', needs: ['finance_benefits_debt'] }],
        activities: [
          { description: 'Budgeting course at StepChange', need: 'finance_benefits_debt', deliverer: 'provider', provider: 'StepChange', format: 'group', rarDays: 2 },
        ],
      }),
    });
    assert.equal(saved.status, 200, saved.text);
    const person = await get(`/api/v1/people/${crn}`);
    assert.equal(person.status, 200, person.text);

    const pdf = await getBytes(`/cases/${crn}/requirements/${rar.id}/plan.pdf`);

    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.headers.get('content-disposition'), `inline; filename="rar-plan-${crn}-v1.pdf"`);
    assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    if (hasPdfToText) {
      const text = pdfText(pdf.bytes);
      const { firstName, surname } = person.json;
      for (const part of [firstName, surname, crn]) assert.ok(text.includes(part), `has ${part}:\n${text}`);
      assert.ok(text.includes('Budgeting course at StepChange'), text);
      assert.ok(text.includes('Rent arrears – £400'), text);
      assert.match(text, /Rehabilitation activity requirement plan/);
      assert.match(text, new RegExp(`2 of ${rar.rarDays.ordered} RAR days planned`));
      assert.match(text, /Page 1 of \d/);
    }
  });

  test('answers the 404 page for an unknown person', async () => {
    const r = await getBytes('/cases/X999999/requirements/1/plan.pdf');

    assert.equal(r.status, 404);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(r.bytes.toString('utf8'), /Page not found/);
  });

  test('sends a visitor who has not signed in to sign in', async () => {
    const r = await getBytes('/cases/X999999/requirements/1/plan.pdf', { signedIn: false });

    assert.equal(r.status, 303);
    const location = new URL(r.headers.get('location') ?? '', base);
    assert.equal(location.pathname, '/sign-in');
    assert.equal(location.searchParams.get('next'), '/cases/X999999/requirements/1/plan.pdf');
  });
});
