// Browser tests: the GOV.UK pages driven through Debian's Chromium with playwright-core.
// One server per file; screenshots go to build/screenshots/.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launchChromium } from './support/browser.mjs';

import { OFFICER_STAFF, call, createFixture, repoRoot, startServer } from './support/server.mjs';

const screenshots = path.join(repoRoot, 'build', 'screenshots');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const longDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

let fixture;
let server;
let base;
let browser;

before(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  fixture = createFixture({ people: 300, seed: 7 });
  server = await startServer(fixture.db);
  base = server.url;
  browser = await launchChromium();
});

after(async () => {
  try {
    await browser?.close();
  } finally {
    try {
      if (server) await server.stop();
    } finally {
      fixture?.cleanup();
    }
  }
});

async function newPage(options = {}) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  return { context, page };
}

async function signInWith(page, { username, password }) {
  await page.fill('#username', username);
  await page.fill('#password', password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in'),
    page.click('button:has-text("Sign in")'),
  ]);
  await page.waitForLoadState('load');
  return response;
}

const api = (urlPath) => call(base, urlPath, { token: fixture.tokens.officer });

/** Signs the officer in on the sign-in page and checks they land on "My caseload" with 40 to 60
 *  cases; returns the number of rows. */
async function signInToCaseload(page) {
  const response = await signInWith(page, fixture.users.officer);
  assert.equal(response.status(), 303);
  assert.equal(new URL(page.url()).pathname, '/caseload');
  assert.equal((await page.textContent('h1')).trim(), 'My caseload');
  const rows = await page.locator('table.probity-caseload tbody tr').count();
  assert.ok(rows >= 40 && rows <= 60, `${rows} rows`);
  return rows;
}

/** Two or more people with the same first name and surname but different birthdays. */
async function findNamesakes() {
  for (const surname of ['smith', 'jones', 'taylor', 'brown', 'williams', 'wilson', 'davies', 'evans']) {
    const r = await api(`/api/v1/people?q=${surname}`);
    const groups = new Map();
    for (const p of r.json.results.filter((x) => !x.matchedAlias)) {
      const key = `${p.firstName} ${p.surname}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const people of groups.values()) {
      if (people.length >= 2 && new Set(people.map((p) => p.dateOfBirth)).size >= 2) {
        return { surname: people[0].surname, firstName: people[0].firstName, people, surnameCount: r.json.count };
      }
    }
  }
  assert.fail('the seeded data has namesakes with different birthdays');
}

async function columnText(page, column) {
  return page.$$eval(`table.probity-caseload tbody tr td:nth-child(${column})`, (cells) =>
    cells.map((cell) => cell.textContent.trim()));
}

// --------------------------------------------------------------------------------------------

describe('an officer signed in with JavaScript on', () => {
  let context;
  let page;

  before(async () => {
    ({ context, page } = await newPage());
  });
  after(async () => {
    await context?.close();
  });

  test('visiting /caseload signed out leads to the sign-in page', async () => {
    const response = await page.goto('/caseload');
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.equal(new URL(page.url()).search, '?next=%2Fcaseload');
    assert.equal(await page.textContent('h1'), 'Sign in');
    assert.equal(await page.inputValue('input[name="next"]'), '/caseload');
  });

  test('signing in shows "My caseload" with 40 to 60 cases', async () => {
    const rows = await signInToCaseload(page);
    const expected = await api('/api/v1/caseload');
    assert.equal(rows, expected.json.count);
    // Every row links to its case.
    const links = await page.$$eval('table.probity-caseload tbody tr td:first-child a', (as) =>
      as.map((a) => a.getAttribute('href')));
    assert.equal(links.length, rows);
    for (const href of links) assert.match(href, /^\/cases\/[A-Z]\d{6}$/);
    assert.deepEqual(
      links.map((href) => href.slice('/cases/'.length)),
      expected.json.cases.map((c) => c.crn),
      'the default order is the API order (by name)',
    );
    assert.equal(await page.getAttribute('table.probity-caseload th:nth-child(1)', 'aria-sort'), 'ascending');
    await page.screenshot({ path: path.join(screenshots, 'caseload.png'), fullPage: true });
  });

  test('clicking the CRN header sorts by CRN, and again reverses it', async () => {
    await Promise.all([
      page.waitForURL(/sort=crn/),
      page.click('table.probity-caseload thead a:text-is("CRN")'),
    ]);
    let url = new URL(page.url());
    assert.equal(url.searchParams.get('sort'), 'crn');
    assert.equal(url.searchParams.get('order'), 'asc');
    assert.equal(await page.getAttribute('table.probity-caseload th:nth-child(2)', 'aria-sort'), 'ascending');
    assert.equal(await page.getAttribute('table.probity-caseload th:nth-child(1)', 'aria-sort'), 'none');
    const ascending = await columnText(page, 2);
    assert.ok(ascending.length >= 40);
    assert.deepEqual(ascending, [...ascending].sort());

    await Promise.all([
      page.waitForURL(/order=desc/),
      page.click('table.probity-caseload thead a:text-is("CRN")'),
    ]);
    url = new URL(page.url());
    assert.equal(url.searchParams.get('sort'), 'crn');
    assert.equal(url.searchParams.get('order'), 'desc');
    assert.equal(await page.getAttribute('table.probity-caseload th:nth-child(2)', 'aria-sort'), 'descending');
    const descending = await columnText(page, 2);
    assert.deepEqual(descending, [...ascending].reverse());
  });

  let namesakes;
  let target;

  test('searching a surname lists the people with that surname', async () => {
    namesakes = await findNamesakes();
    target = namesakes.people[0];
    await Promise.all([page.waitForURL(/\/search$/), page.click('nav a:text-is("Search")')]);
    assert.equal(await page.textContent('h1'), 'Find a person');
    await page.fill('#q', namesakes.surname);
    await Promise.all([page.waitForURL(/\/search\?/), page.click('button:text-is("Search")')]);
    const heading = (await page.textContent('#results-heading')).trim();
    assert.equal(heading, `${namesakes.surnameCount} people found`);
    const hrefs = await page.$$eval('table[aria-labelledby="results-heading"] tbody tr td:first-child a', (as) =>
      as.map((a) => a.getAttribute('href')));
    assert.equal(hrefs.length, namesakes.surnameCount);
    for (const p of namesakes.people) assert.ok(hrefs.includes(`/cases/${p.crn}`), `${p.crn} is listed`);
    assert.equal(await page.inputValue('#q'), namesakes.surname, 'the search box keeps the query');
  });

  test('a date of birth narrows the search to the right namesake', async () => {
    const [year, month, day] = target.dateOfBirth.split('-');
    await page.fill('#q', `${namesakes.firstName} ${namesakes.surname}`);
    await page.fill('#dateOfBirth-day', String(Number(day)));
    await page.fill('#dateOfBirth-month', String(Number(month)));
    await page.fill('#dateOfBirth-year', year);
    await Promise.all([page.waitForURL(/year=/), page.click('button:text-is("Search")')]);
    const rows = page.locator('table[aria-labelledby="results-heading"] tbody tr');
    const count = await rows.count();
    assert.ok(count >= 1 && count < namesakes.people.length, `${count} results`);
    const heading = (await page.textContent('#results-heading')).trim();
    assert.equal(heading, count === 1 ? '1 person found' : `${count} people found`);
    const text = await rows.allTextContents();
    for (const row of text) assert.ok(row.includes(longDate(target.dateOfBirth)), row);
    const others = namesakes.people.filter((p) => p.dateOfBirth !== target.dateOfBirth);
    for (const p of others) assert.equal(await page.locator(`a[href="/cases/${p.crn}"]`).count(), 0);
  });

  test('a date of birth that is not a real date shows the error summary', async () => {
    await page.fill('#dateOfBirth-day', '30');
    await page.fill('#dateOfBirth-month', '2');
    await page.fill('#dateOfBirth-year', '1980');
    await Promise.all([page.waitForURL(/day=30/), page.click('button:text-is("Search")')]);
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.textContent('.govuk-error-summary'), /Date of birth/);
    assert.equal(await page.locator('#results-heading').count(), 0);
    await page.goBack();
  });

  test('opening a case from the results shows its sections', async () => {
    await page.locator(`a[href="/cases/${target.crn}"]`).waitFor();
    await Promise.all([page.waitForURL(new RegExp(`/cases/${target.crn}$`)), page.click(`a[href="/cases/${target.crn}"]`)]);
    const person = (await api(`/api/v1/people/${target.crn}`)).json;
    const fullName = [person.firstName, person.middleNames, person.surname].filter(Boolean).join(' ');
    assert.equal((await page.textContent('h1')).trim(), fullName);
    assert.equal((await page.textContent('.govuk-caption-l')).trim(), target.crn);
    const headings = (await page.locator('h2').allTextContents()).map((h) => h.trim());
    for (const section of ['Personal details', 'Sentences and requirements', 'Allocation', 'Recent contacts']) {
      assert.ok(headings.includes(section), `has "${section}" (headings: ${headings.join(', ')})`);
    }
    await page.screenshot({ path: path.join(screenshots, 'case.png'), fullPage: true });
    assert.ok(fs.statSync(path.join(screenshots, 'case.png')).size > 10000);
  });

  test('a case on my caseload opens from the caseload too', async () => {
    await page.goto('/caseload');
    const first = page.locator('table.probity-caseload tbody tr td:first-child a').first();
    const href = await first.getAttribute('href');
    await Promise.all([page.waitForURL(new RegExp(`${href}$`)), first.click()]);
    assert.equal((await page.textContent('.govuk-caption-l')).trim(), href.slice('/cases/'.length));
    const { officer } = (await api('/api/v1/caseload')).json;
    assert.equal(officer.code, OFFICER_STAFF);
    assert.ok((await page.textContent('main')).includes(officer.name), 'the allocation names me');
  });

  test('signing out ends the session', async () => {
    await Promise.all([
      page.waitForURL(/\/sign-in$/),
      page.click('form.probity-sign-out button'),
    ]);
    const cookies = await context.cookies();
    assert.ok(!cookies.some((c) => c.name === 'probity_session' && c.value !== ''), 'the session cookie is gone');
    await page.goto('/caseload');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.equal(new URL(page.url()).search, '?next=%2Fcaseload');
  });
});

// --------------------------------------------------------------------------------------------

describe('without JavaScript', () => {
  test('an officer can sign in and search', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    try {
      await page.goto('/caseload');
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      await signInToCaseload(page);
      // No script ran: GOV.UK Frontend's body class is not there.
      assert.doesNotMatch((await page.getAttribute('body', 'class')) ?? '', /js-enabled/);

      await page.goto('/search');
      await page.fill('#q', 'smith');
      await Promise.all([page.waitForURL(/\/search\?/), page.click('button:text-is("Search")')]);
      const expected = await api('/api/v1/people?q=smith');
      assert.equal((await page.textContent('#results-heading')).trim(), `${expected.json.count} people found`);
      assert.equal(
        await page.locator('table[aria-labelledby="results-heading"] tbody tr').count(),
        expected.json.results.length,
      );
      await page.screenshot({ path: path.join(screenshots, 'search-no-js.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

// --------------------------------------------------------------------------------------------

describe('a wrong password', () => {
  test('shows the GOV.UK error summary and stays on sign-in', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto('/sign-in');
      const response = await signInWith(page, { username: fixture.users.officer.username, password: 'not-the-password' });
      assert.equal(response.status(), 401);
      assert.equal(new URL(page.url()).pathname, '/sign-in');
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      assert.match(await summary.textContent(), /Enter a correct username and password/);
      assert.ok(!(await context.cookies()).some((c) => c.name === 'probity_session' && c.value !== ''));
      // The form still works after the error.
      const retry = await signInWith(page, fixture.users.officer);
      assert.equal(retry.status(), 303);
      assert.equal((await page.textContent('h1')).trim(), 'My caseload');
    } finally {
      await context.close();
    }
  });
});

describe('RAR plan, diary and outcomes in the browser', () => {
  test('builds and agrees a plan, books a session, records the outcome and sees the count change', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const caseload = await api(`/api/v1/staff/${OFFICER_STAFF}/caseload`);
    let target;
    for (const c of caseload.json.cases.filter((k) => k.rarDaysOrdered !== null)) {
      const s = await api(`/api/v1/people/${c.crn}/sentences`);
      for (const q of s.json.events.flatMap((e) => e.sentences).flatMap((x) => x.requirements)) {
        const d = q.rarDays;
        if (q.type === 'rar' && q.status === 'active' && d.remaining >= 2 && d.periodEnd > today &&
            !d.instructedDates.includes(today)) target ??= { crn: c.crn, rar: q };
      }
    }
    assert.ok(target, 'the officer has an active RAR with days left');
    const { crn, rar } = target;
    const { context, page } = await newPage();
    try {
      await page.goto(`/cases/${crn}/requirements/${rar.id}/plan`);
      await signInWith(page, fixture.users.officer);
      assert.match(await page.textContent('#plan-status'), /None yet/);

      await page.selectOption('select[name="need0_area"]', 'finance_benefits_debt');
      await page.selectOption('select[name="need0_link"]', 'strongly_linked');
      await page.fill('input[name="objective0_description"]', 'Manage money');
      await page.fill('input[name="objective0_outcome"]', 'A budget kept for three months');
      await page.selectOption('select[name="objective0_need"]', 'finance_benefits_debt');
      await page.fill('input[name="activity0_description"]', 'Budgeting sessions');
      await page.selectOption('select[name="activity0_need"]', 'finance_benefits_debt');
      await page.fill('input[name="activity0_days"]', String(rar.rarDays.ordered + 1));
      await page.click('button:has-text("Save draft plan")');
      // RAR-8: more days than ordered is refused with the reason, nothing saved.
      assert.match(await page.textContent('.govuk-error-summary'), /court ordered at most/);
      assert.match(await page.textContent('#plan-status'), /None yet/);

      await page.fill('input[name="activity0_days"]', '2');
      await page.click('button:has-text("Save draft plan")');
      assert.match(await page.textContent('#plan-status'), /Version 1, draft/);
      assert.match(await page.textContent('#plan-budget'), new RegExp(`2 of ${rar.rarDays.ordered} RAR days planned`));
      await page.click('button:has-text("Agree plan with the person")');
      assert.match(await page.textContent('#plan-status'), /Version 1, agreed on/);
      await page.screenshot({ path: path.join(screenshots, 'rar-plan.png'), fullPage: true });

      await page.goto(`/cases/${crn}`);
      await page.click('summary:has-text("Book an appointment")');
      await page.selectOption('#type', 'rar_activity');
      await page.selectOption('#requirementId', String(rar.id));
      await page.fill('#date', today);
      await page.fill('#time', '10:00');
      await page.fill('#location', 'Leeds office, room 1');
      await page.click('button:has-text("Book appointment")');
      assert.equal(new URL(page.url()).pathname, `/cases/${crn}`);
      const before = rar.rarDays.completed;
      const row = page.locator('#contacts tr', { has: page.locator('form') }).first();
      await row.locator('select[name="outcome"]').selectOption('ATTC');
      await row.locator('button:has-text("Record outcome")').click();
      assert.equal(new URL(page.url()).pathname, `/cases/${crn}`);
      const rarText = await page.locator('td', { hasText: 'remaining of' }).allTextContents();
      assert.ok(rarText.some((t) => t.includes(`${before + 1} completed`)), `RAR-5 count moved: ${rarText}`);
      const status = await api(`/api/v1/people/${crn}/requirements/${rar.id}/rar`);
      assert.equal(status.json.completed, before + 1);
      await page.screenshot({ path: path.join(screenshots, 'case-after-outcome.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

describe('group sessions in the browser', () => {
  test('arranging a session for three people and cancelling it sends the officer one notice', async () => {
    const caseload = await api(`/api/v1/staff/${OFFICER_STAFF}/caseload`);
    const people = [];
    for (const c of caseload.json.cases.filter((k) => k.rarDaysOrdered !== null)) {
      const s = await api(`/api/v1/people/${c.crn}/sentences`);
      const rars = s.json.events.flatMap((e) => e.sentences).flatMap((x) => x.requirements)
        .filter((q) => q.type === 'rar' && q.status === 'active');
      const weeksLeft = rars.length === 1 ? (Date.parse(rars[0].rarDays.periodEnd) - Date.now()) / 6048e5 : 0;
      if (rars.length === 1 && rars[0].rarDays.remaining >= 1 && weeksLeft > 4) people.push({ crn: c.crn, days: rars[0].rarDays });
      if (people.length === 3) break;
    }
    assert.equal(people.length, 3, 'three of the officer\'s people have one RAR with days left');
    const day = (n) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
    let n = 14;
    while (people.some((p) => p.days.instructedDates.includes(day(n)))) n += 1;
    const before = (await api('/api/v1/notices')).json.count;

    const { context, page } = await newPage();
    try {
      await page.goto('/group-sessions/new');
      await signInWith(page, fixture.users.officer);
      await page.fill('#title', 'Thinking skills group');
      await page.selectOption('#type', 'rar_activity');
      await page.fill('#date', day(n));
      await page.fill('#time', '14:00');
      await page.fill('#location', 'Leeds office, room 2');
      await page.fill('#attendees', people.map((p) => p.crn).join('\n'));
      await page.click('button:has-text("Book the session for everyone")');
      assert.match(new URL(page.url()).pathname, /^\/group-sessions\/\d+$/);
      assert.equal(await page.locator('#attendees tbody tr').count(), 3);

      await page.fill('#cancel-reason', 'Facilitator ill');
      await page.click('button:has-text("Cancel for everyone")');
      assert.equal((await page.textContent('#session-status')).trim(), 'Cancelled');

      await page.goto('/notices');
      const notices = await api('/api/v1/notices');
      assert.equal(notices.json.count, before + 1, 'one notice for three people');
      assert.deepEqual(notices.json.notices[0].crns, people.map((p) => p.crn).sort());
      const card = page.locator(`#notice-${notices.json.notices[0].id}`);
      assert.match(await card.textContent(), /Cancelled: "Thinking skills group"/);
      await card.locator('button:has-text("Mark as read")').click();
      assert.equal((await api('/api/v1/notices')).json.notices[0].read, true);
      await page.screenshot({ path: path.join(screenshots, 'notices.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
