// Court proposals against the real server (issue 4 part 2): each area's catalogue of
// interventions (kept by managers, read by everyone), RAR proposals built from a person's record
// and the court's area (PROP-1..PROP-5), frozen and audited, bad input refused naming the field
// with nothing stored, and a court officer making and printing a proposal in the browser.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launchChromium } from './support/browser.mjs';

import { USERS, assertProblem, call, createFixture, postJson, repoRoot, sqlite, startServer } from './support/server.mjs';

const COURT = { username: 'court', password: 'court-password-1', role: 'court_officer' };

let fixture;
let server;
let base;
let crn;       // a seeded person with an OGRS score on the record
let noOgrsCrn; // a seeded person whose score is removed below

before(async () => {
  fixture = createFixture({ people: 300, seed: 23, users: { ...USERS, court: COURT } });
  const people = sqlite(fixture.db, 'SELECT crn FROM person WHERE ogrs_two_year >= 50 AND ogrs_two_year < 75 ORDER BY person_id LIMIT 2');
  crn = people[0].crn;
  noOgrsCrn = people[1].crn;
  sqlite(fixture.db, `UPDATE person SET ogrs_two_year = NULL WHERE crn = '${noOgrsCrn}'`);
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

const get = (urlPath, who = 'court') => call(base, urlPath, { token: fixture.tokens[who] });
const post = (urlPath, body, who = 'court') => postJson(base, urlPath, body, fixture.tokens[who]);
const count = (table) => sqlite(fixture.db, `SELECT count(*) AS n FROM ${table}`)[0].n;
const seededCodes = (area) =>
  sqlite(fixture.db, `SELECT i.code FROM intervention i JOIN area a USING (area_id) WHERE a.code = '${area}' AND i.withdrawn_on IS NULL`).map((r) => r.code);

const twoNeeds = {
  needs: [
    { area: 'accommodation', severity: 'severe', linkedToOffending: true },
    { area: 'ete', severity: 'standard', linkedToOffending: true },
  ],
  sexualOffending: false,
  area: 'A001',
};

describe('areas and their interventions', () => {
  test('every area has a seeded catalogue anyone signed in can read', async () => {
    const areas = await get('/api/v1/areas', 'officer');
    assert.equal(areas.status, 200, areas.text);
    assert.ok(areas.json.areas.some((a) => a.code === 'A001'));
    const catalogue = await get('/api/v1/areas/A001/interventions', 'officer');
    assert.equal(catalogue.status, 200, catalogue.text);
    assert.deepEqual(catalogue.json.interventions.map((i) => i.code).sort(), seededCodes('A001').sort());
    const kinds = new Set(catalogue.json.interventions.map((i) => i.kind));
    assert.ok(kinds.has('rar_activity'));
    for (const i of catalogue.json.interventions) {
      assert.ok(i.typicalDays >= 1 && i.typicalDays <= 60);
      assert.ok(i.needAreas.length >= 1);
    }
    // By name as well as by code.
    const byName = await get(`/api/v1/areas/${encodeURIComponent(areas.json.areas[0].name)}/interventions`);
    assert.equal(byName.status, 200, byName.text);
    assertProblem(await get('/api/v1/areas/NOWHERE/interventions'), 404);
    assert.equal((await call(base, '/api/v1/areas')).status, 401);
  });

  test('a manager adds and withdraws an intervention; others may not, and bad input changes nothing', async () => {
    const entry = {
      code: 'MENTOR-1', name: 'Peer mentoring', kind: 'rar_activity', provider: 'Local charity',
      delivery: 'one_to_one', needAreas: ['lifestyle_associates', 'ete'], typicalDays: 5,
      description: 'Trained mentors with lived experience',
    };
    const before = count('intervention');
    assertProblem(await post('/api/v1/areas/A001/interventions', entry, 'officer'), 403);
    assertProblem(await post('/api/v1/areas/A001/interventions', entry, 'court'), 403);
    assertProblem(await post('/api/v1/areas/A001/interventions', { ...entry, typicalDays: 0 }, 'manager'), 400, 'typicalDays', 'OUT_OF_RANGE');
    assertProblem(await post('/api/v1/areas/A001/interventions', { ...entry, typicalDays: 61 }, 'manager'), 400, 'typicalDays', 'OUT_OF_RANGE');
    assertProblem(await post('/api/v1/areas/A001/interventions', { ...entry, kind: 'course' }, 'manager'), 400, 'kind', 'UNKNOWN_CODE');
    assertProblem(await post('/api/v1/areas/A001/interventions', { ...entry, needAreas: ['housing'] }, 'manager'), 400, 'needAreas[0]', 'UNKNOWN_CODE');
    assertProblem(await post('/api/v1/areas/A001/interventions', { ...entry, needAreas: [] }, 'manager'), 400, 'needAreas', 'REQUIRED');
    assertProblem(await post('/api/v1/areas/A001/interventions', { ...entry, code: 'has space' }, 'manager'), 400, 'code', 'INVALID_FORMAT');
    assertProblem(await post('/api/v1/areas/A001/interventions', { ...entry, sexualOffending: true }, 'manager'), 400, 'sexualOffending', 'NOT_APPLICABLE');
    assertProblem(await post('/api/v1/areas/A001/interventions', { ...entry, colour: 'red' }, 'manager'), 400, 'colour');
    assert.equal(count('intervention'), before);

    const added = await post('/api/v1/areas/A001/interventions', entry, 'manager');
    assert.equal(added.status, 201, added.text);
    assert.ok(added.json.interventions.some((i) => i.code === 'MENTOR-1' && i.addedBy === 'manager'));
    assertProblem(await post('/api/v1/areas/A001/interventions', entry, 'manager'), 400, 'code', 'DUPLICATE');
    assert.equal(count('intervention'), before + 1);

    assertProblem(await post('/api/v1/areas/A001/interventions/MENTOR-1/withdrawal', {}, 'officer'), 403);
    const withdrawn = await post('/api/v1/areas/A001/interventions/MENTOR-1/withdrawal', {}, 'manager');
    assert.equal(withdrawn.status, 200, withdrawn.text);
    assert.ok(!withdrawn.json.interventions.some((i) => i.code === 'MENTOR-1'));
    const all = await get('/api/v1/areas/A001/interventions?withdrawn=true');
    assert.ok(all.json.interventions.some((i) => i.code === 'MENTOR-1' && i.withdrawnOn));
    assertProblem(await post('/api/v1/areas/A001/interventions/MENTOR-1/withdrawal', {}, 'manager'), 404);
  });
});

describe('RAR proposals from a person\'s record', () => {
  test('a court officer makes a proposal from the record and the area\'s interventions', async () => {
    const made = await post(`/api/v1/people/${crn}/rar-proposals`, twoNeeds);
    assert.equal(made.status, 201, made.text);
    const p = made.json.proposal;
    const ogrs = sqlite(fixture.db, `SELECT ogrs_two_year AS o FROM person WHERE crn = '${crn}'`)[0].o;
    // PROP-1: 50-74% is the medium row, 15 to 25 days.
    assert.equal(made.json.ogrsTwoYearPercent, ogrs);
    assert.equal(made.json.ogrsSource, 'record');
    assert.equal(p.intensity, 'medium');
    assert.equal(p.guidelineMinDays, 15);
    assert.equal(p.guidelineMaxDays, 25);
    // PROP-5: the days follow the activity anticipated, within the range.
    const codes = seededCodes('A001');
    let anticipated = p.officerDays;
    for (const a of p.activity) {
      assert.ok(codes.includes(a.intervention.code), `${a.intervention.code} is in A001's catalogue`);
      assert.equal(a.intervention.kind, 'rar_activity');
      anticipated += a.intervention.typicalDays;
    }
    assert.equal(p.anticipatedDays, anticipated);
    assert.equal(p.proposedDays, Math.min(25, Math.max(15, anticipated)));
    assert.ok(p.rationale.some((s) => /available in Leeds/.test(s)) || p.officerNeeds.length === 2, p.rationale.join('\n'));
    assert.equal(made.json.area.code, 'A001');

    const again = await get(`/api/v1/people/${crn}/rar-proposals/${made.json.id}`, 'officer');
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(again.json, made.json);
    const list = await get(`/api/v1/people/${crn}/rar-proposals`);
    assert.equal(list.status, 200);
    assert.equal(list.json.proposals[0].id, made.json.id);
    const audit = sqlite(`${fixture.db.slice(0, -3)}.audit.db`,
      `SELECT username, action FROM audit_event WHERE record_id = '${crn}/proposal/${made.json.id}'`);
    assert.deepEqual(audit.map((a) => a.action).sort(), ['proposal.make', 'proposal.view']);
  });

  test('with no OGRS on the record it says what is missing and stores nothing, then calculates it', async () => {
    const before = count('rar_proposal');
    const refused = await post(`/api/v1/people/${noOgrsCrn}/rar-proposals`, twoNeeds);
    assertProblem(refused, 400, 'sanctionCount', 'REQUIRED');
    assert.match(refused.text, /no OGRS3 score/);
    assert.ok(refused.json.validationErrors.some((e) => e.field === 'ageAtFirstSanction'));
    assert.equal(count('rar_proposal'), before);

    const bad = await post(`/api/v1/people/${noOgrsCrn}/rar-proposals`, { ...twoNeeds, sanctionCount: 0, ageAtFirstSanction: 18 });
    assertProblem(bad, 400, 'sanctionCount');
    assert.equal(count('rar_proposal'), before);

    const made = await post(`/api/v1/people/${noOgrsCrn}/rar-proposals`, { ...twoNeeds, sanctionCount: 6, ageAtFirstSanction: 15 });
    assert.equal(made.status, 201, made.text);
    assert.equal(made.json.ogrsSource, 'calculated');
    assert.ok(made.json.ogrsTwoYearPercent >= 1 && made.json.ogrsTwoYearPercent <= 99);
    // The record's score is not changed by a proposal.
    assert.equal(sqlite(fixture.db, `SELECT ogrs_two_year AS o FROM person WHERE crn = '${noOgrsCrn}'`)[0].o, null);
  });

  test('bad input is refused naming the field, and changes nothing', async () => {
    const before = count('rar_proposal');
    const cases = [
      [{ ...twoNeeds, needs: [{ area: 'housing', severity: 'standard', linkedToOffending: true }] }, 'needs[0].area', 'UNKNOWN_CODE'],
      [{ ...twoNeeds, needs: [{ area: 'ete', severity: 'high', linkedToOffending: true }] }, 'needs[0].severity', 'UNKNOWN_CODE'],
      [{ ...twoNeeds, needs: [{ area: 'ete', linkedToOffending: true }] }, 'needs[0].severity', 'REQUIRED'],
      [{ ...twoNeeds, area: 'Atlantis' }, 'area', 'UNKNOWN_CODE'],
      [{ ...twoNeeds, tier: 'B2' }, 'tier'],
      [{ ...twoNeeds, sexualOffending: 'yes' }, 'sexualOffending'],
    ];
    for (const [body, field, code] of cases) {
      assertProblem(await post(`/api/v1/people/${crn}/rar-proposals`, body), 400, field, code);
    }
    assertProblem(await post('/api/v1/people/X99/rar-proposals', twoNeeds), 400, 'crn');
    assertProblem(await post('/api/v1/people/Z999999/rar-proposals', twoNeeds), 404);
    assertProblem(await get(`/api/v1/people/${crn}/rar-proposals/999999`), 404);
    assertProblem(await post(`/api/v1/people/${crn}/rar-proposals`, twoNeeds, 'provider'), 403);
    assert.equal(count('rar_proposal'), before);
  });

  test('the calculator uses a named area\'s catalogue, and only the needs without one', async () => {
    const body = { ogrsTwoYearPercent: 60, needs: twoNeeds.needs, sexualOffending: false };
    const plain = await post('/api/v1/calculators/rar-proposal', body);
    assert.equal(plain.status, 200, plain.text);
    assert.equal(plain.json.proposedDays, 18); // docs/rules/rar-proposal.md point 3: 15 + 3
    assert.ok(!plain.json.rationale.some((s) => s.startsWith('The activity anticipated')), plain.text);
    const inLeeds = await post('/api/v1/calculators/rar-proposal', { ...body, area: 'Leeds' });
    assert.equal(inLeeds.status, 200, inLeeds.text);
    // The calculator keeps to issue 4's response shape; the catalogue shows in the rationale.
    assert.deepEqual(Object.keys(inLeeds.json).sort(),
      ['flags', 'guidelineMaxDays', 'guidelineMinDays', 'intensity', 'proposedDays', 'rationale']);
    const anticipated = inLeeds.json.rationale.find((s) => s.startsWith('The activity anticipated'));
    assert.ok(anticipated, inLeeds.text);
    assert.ok(inLeeds.json.proposedDays >= 15 && inLeeds.json.proposedDays <= 25);
    assert.ok(anticipated.includes(`${inLeeds.json.proposedDays} days`), anticipated);
  });
});

describe('the court officer\'s pages', () => {
  let browser;
  const screenshots = path.join(repoRoot, 'build', 'screenshots');

  before(async () => {
    fs.mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  test('a court officer builds a proposal from the record, sees why, and prints it', async () => {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15000);
    const page = await context.newPage();
    await page.goto(`/cases/${crn}`);
    await page.fill('#username', COURT.username);
    await page.fill('#password', COURT.password);
    await page.click('button:has-text("Sign in")');
    await page.waitForURL(`**/cases/${crn}`);
    await page.click('#proposal-link');
    await page.waitForURL(`**/cases/${crn}/proposal`);
    assert.match(await page.textContent('#ogrs'), /% \(on the record\)/);
    assert.equal(await page.inputValue('#area'), 'A001'); // the person's home area

    await page.selectOption('#severity-accommodation', 'severe');
    await page.check('#linked-accommodation');
    await page.selectOption('#severity-ete', 'standard');
    await page.check('#linked-ete');
    await page.selectOption('#severity-drug_misuse', 'standard');
    await page.click('button:has-text("Make the proposal")');
    await page.waitForURL(`**/cases/${crn}/proposals/*`);
    assert.match(await page.textContent('#days'), /Maximum of \d+ RAR days/);
    assert.match(await page.textContent('#flags'), /PREFER_TREATMENT_REQUIREMENT/);
    assert.match(await page.textContent('#rationale'), /medium intensity, 15 to 25 RAR days/);
    assert.ok((await page.locator('#interventions tbody tr').count()) >= 1);
    await page.screenshot({ path: path.join(screenshots, 'rar-proposal.png'), fullPage: true });
    // Printed, the navigation and links are left out.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('#navigation'), false);
    assert.equal(await page.isVisible('#pdf-link'), false);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await context.request.get(await page.getAttribute('#pdf-link', 'href'));
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

    // No OGRS on the record: the form asks for the inputs and says what is missing.
    await page.goto(`/cases/${noOgrsCrn}/proposal`);
    assert.match(await page.textContent('#ogrs'), /Not on the record/);
    const before = count('rar_proposal');
    await page.click('button:has-text("Make the proposal")');
    assert.match(await page.textContent('.govuk-error-summary'), /number of\s+sanctions/);
    assert.equal(count('rar_proposal'), before);
    await page.fill('#sanctionCount', '3');
    await page.fill('#ageAtFirstSanction', '19');
    await page.click('button:has-text("Make the proposal")');
    await page.waitForURL(`**/cases/${noOgrsCrn}/proposals/*`);
    assert.match(await page.textContent('#summary'), /calculated for this proposal/);
    await context.close();
  });

  test('a manager adds an intervention on the area\'s page; an officer only reads it', async () => {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15000);
    const page = await context.newPage();
    await page.goto('/areas');
    await page.fill('#username', fixture.users.manager.username);
    await page.fill('#password', fixture.users.manager.password);
    await page.click('button:has-text("Sign in")');
    await page.waitForURL('**/areas');
    await page.click('#areas a[href="/areas/A001/interventions"]');
    assert.ok((await page.locator('#kind-rar_activity tbody tr').count()) >= 1);
    await page.fill('#code', 'GARDEN-1');
    await page.fill('#name', 'Community garden project');
    await page.fill('#provider', 'Groundwork');
    await page.click('button:has-text("Add the intervention")');
    // No need areas, no days: both named, nothing stored.
    assert.match(await page.textContent('.govuk-error-summary'), /need area/);
    assert.equal(sqlite(fixture.db, "SELECT count(*) AS n FROM intervention WHERE code = 'GARDEN-1'")[0].n, 0);
    await page.check('#need-lifestyle_associates');
    await page.fill('#typicalDays', '4');
    await page.click('button:has-text("Add the intervention")');
    await page.waitForURL('**/areas/A001/interventions');
    assert.match(await page.textContent('#kind-rar_activity'), /Community garden project/);
    await context.close();

    const officer = await browser.newContext({ baseURL: base });
    const view = await officer.newPage();
    await view.goto('/areas/A001/interventions');
    await view.fill('#username', fixture.users.officer.username);
    await view.fill('#password', fixture.users.officer.password);
    await view.click('button:has-text("Sign in")');
    await view.waitForURL('**/areas/A001/interventions');
    assert.match(await view.textContent('#kind-rar_activity'), /Community garden project/);
    assert.equal(await view.locator('#add-intervention').count(), 0);
    await officer.close();
  });
});
