// The tier's input pages against the real server (issue 4): an officer records an assessment
// (with its OGRS3 score) and adds and removes a registration through HTML forms that work without
// JavaScript, and the case page shows the tier change with the points behind it (TIER-1); bad
// input re-shows the form with the field's error and saves nothing.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { OFFICER_STAFF, addDays, call, createFixture, hiddenValue, isoDate, signIn, startServer } from './support/server.mjs';

let fixture;
let server;
let base;
let crn;
let cookie;

const NEEDS = [
  'accommodation', 'ete', 'relationships', 'lifestyle_associates', 'drug_misuse', 'alcohol_misuse',
  'thinking_behaviour', 'attitudes', 'finance', 'emotional_wellbeing',
];

const apiTier = async () => {
  const r = await call(base, `/api/v1/people/${crn}/tier`, { token: fixture.tokens.officer });
  assert.equal(r.status, 200, r.text);
  return r.json;
};

const page = async (path) => {
  const r = await call(base, path, { cookie });
  assert.equal(r.status, 200, `${path}: ${r.status} ${r.text.slice(0, 300)}`);
  return r;
};

// Posts a form the way a browser without JavaScript does, with the page's CSRF token.
const submit = async (path, fields, csrfToken) =>
  call(base, path, {
    cookie,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, ...fields }).toString(),
  });

const registrationIds = (html) => [...html.matchAll(/registrations\/(\d+)\/removal/g)].map((m) => m[1]);

before(async () => {
  fixture = createFixture({ people: 300, seed: 33 });
  server = await startServer(fixture.db);
  base = server.url;
  const caseload = await call(base, `/api/v1/staff/${OFFICER_STAFF}/caseload`, { token: fixture.tokens.officer });
  assert.equal(caseload.status, 200, caseload.text);
  // A case with a mandate for change, so the needs and OGRS move the change level (§4).
  for (const c of caseload.json.cases) {
    crn = c.crn;
    const tier = await apiTier();
    if (!tier.changeFactors.some((f) => f.factor === 'no_mandate')) break;
  }
  cookie = (await signIn(base, fixture.users.officer)).cookie;
  assert.ok(cookie, 'signed in');
});

after(async () => {
  try {
    if (server) await server.stop();
  } finally {
    fixture?.cleanup();
  }
});

describe('tier input pages', () => {
  test('the case page links to them from the tier panel', async () => {
    const casePage = await page(`/cases/${crn}`);
    assert.match(casePage.text, /<div id="tier-panel">/);
    assert.ok(casePage.text.includes(`href="/cases/${crn}/assessment"`));
    assert.ok(casePage.text.includes(`href="/cases/${crn}/registrations"`));
  });

  test('record an assessment, add and remove a registration: the tier changes with its reasons', async () => {
    const today = isoDate(new Date());
    const form = await page(`/cases/${crn}/assessment`);
    const needs = Object.fromEntries(NEEDS.map((n) => [`needs.${n}`, 'severe']));
    const saved = await submit(
      `/cases/${crn}/assessment`,
      { assessedOn: today, rsr: '', rosh: 'low', ogrsTwoYearPercent: '72', ...needs },
      hiddenValue(form.text, 'csrfToken'),
    );
    assert.equal(saved.status, 303, saved.text.slice(0, 500));
    assert.equal(saved.headers.get('location'), `/cases/${crn}?tier=assessment#tier-panel`);

    // Needs: 2 x (6 x 1 + 2 x 2) = 20, OGRS floor(72 / 10) = 7: 27 change points, level 3.
    let tier = await apiTier();
    const assessed = tier;
    assert.equal(tier.ogrsTwoYearPercent, 72);
    assert.equal(tier.changeLevel, 3);
    assert.equal(tier.changePoints, 27);
    assert.equal(tier.reason, 'assessment.record');
    let shown = await page(`/cases/${crn}?tier=assessment`);
    assert.match(shown.text, /The assessment has been saved\. The tier is now/);
    assert.match(shown.text, new RegExp(`<details class="govuk-details" id="tier-why" open>[\\s\\S]*Why tier ${tier.tier}\\?`));
    for (const reason of ['OGRS 72%', 'Thinking and behaviour (severe)', 'Attitudes (severe)']) {
      assert.ok(shown.text.includes(reason), reason);
    }

    // A very high RoSH registered today is the most recent: 150 points, protect level A (§4).
    const registrations = await page(`/cases/${crn}/registrations`);
    const existing = registrationIds(registrations.text);
    const added = await submit(
      `/cases/${crn}/registrations`,
      { register: 'RVHR', level: '', registeredOn: '' },
      hiddenValue(registrations.text, 'csrfToken'),
    );
    assert.equal(added.status, 303, added.text.slice(0, 500));
    assert.equal(added.headers.get('location'), `/cases/${crn}?tier=registration#tier-panel`);
    tier = await apiTier();
    assert.equal(tier.protectLevel, 'A');
    assert.equal(tier.tier.slice(0, 2), 'A3');
    shown = await page(`/cases/${crn}?tier=registration`);
    assert.match(shown.text, /The registration has been added\./);
    assert.match(shown.text, new RegExp(`Why tier ${tier.tier}\\?`));
    assert.ok(shown.text.includes('Very high RoSH'));

    // Removing it takes the 150 points away again.
    const listed = await page(`/cases/${crn}/registrations`);
    const ids = registrationIds(listed.text);
    const fresh = ids.filter((id) => !existing.includes(id));
    assert.equal(fresh.length, 1, 'one new registration listed');
    assert.match(listed.text, new RegExp(`id="registration-${fresh[0]}">\\s*<td class="govuk-table__cell">Very high RoSH \\(RVHR\\)`));
    const removed = await submit(`/cases/${crn}/registrations/${fresh[0]}/removal`, {}, hiddenValue(listed.text, 'csrfToken'));
    assert.equal(removed.status, 303, removed.text.slice(0, 500));
    tier = await apiTier();
    assert.ok(!tier.registrations.some((r) => String(r.id) === fresh[0]));
    assert.equal(tier.tier, assessed.tier);
    assert.deepEqual(tier.protectFactors, assessed.protectFactors);
    assert.equal(tier.reason, 'registration.remove');
  });

  test('bad input shows the field errors and saves nothing', async () => {
    const unchanged = await apiTier();
    const form = await page(`/cases/${crn}/assessment`);
    const csrfToken = hiddenValue(form.text, 'csrfToken');

    const refused = await submit(
      `/cases/${crn}/assessment`,
      { assessedOn: addDays(isoDate(new Date()), 2), rsr: '5', rosh: 'low', ogrsTwoYearPercent: '150', 'needs.ete': 'standard' },
      csrfToken,
    );
    assert.equal(refused.status, 400);
    assert.match(refused.text, /class="govuk-error-summary"/);
    assert.match(refused.text, /<a href="#assessedOn">The date cannot be after today\.<\/a>/);
    assert.match(refused.text, /<a href="#ogrsTwoYearPercent">OGRS3 \(2 year\) is a whole percentage from 0 to 99\.<\/a>/);
    assert.match(refused.text, /id="ogrsTwoYearPercent-error"/);
    assert.match(refused.text, /<title>Error: /);
    assert.match(refused.text, /name="ogrsTwoYearPercent" type="text" inputmode="numeric" spellcheck="false" value="150"/);

    const unreadable = await submit(`/cases/${crn}/assessment`, { assessedOn: isoDate(new Date()), rsr: 'high' }, csrfToken);
    assert.equal(unreadable.status, 400);
    assert.match(unreadable.text, /<a href="#rsr">Enter RSR as a percentage, for example 6\.95\.<\/a>/);

    const registrations = await page(`/cases/${crn}/registrations`);
    const noLevel = await submit(
      `/cases/${crn}/registrations`,
      { register: 'MAPP', level: '', registeredOn: '' },
      hiddenValue(registrations.text, 'csrfToken'),
    );
    assert.equal(noLevel.status, 400);
    assert.match(noLevel.text, /<a href="#level">A MAPPA registration has a level: M1, M2 or M3\.<\/a>/);
    assert.match(noLevel.text, /<option value="MAPP" selected>/);

    // Without the form's CSRF token nothing is saved either.
    const forged = await submit(`/cases/${crn}/assessment`, { assessedOn: isoDate(new Date()), ogrsTwoYearPercent: '10' }, 'forged');
    assert.equal(forged.status, 403);

    assert.deepEqual(await apiTier(), unchanged);
  });
});
