// HTTP-level tests of the calculators (docs/api.md "Calculators"): POST /api/v1/calculators/ogrs3
// (OGRS-1) and POST /api/v1/calculators/rar-proposal (PROP-1..PROP-5) on the real server.
// Expected OGRS3 values come from domain.md's worked example and scripts/ogrs3_reference.py;
// expected proposals from the PROP-1 table and docs/rules/rar-proposal.md.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { USERS, assertProblem, auditCount, call, createFixture, signIn, startServer } from './support/server.mjs';

let fixture;
let server;
let base;

before(async () => {
  // A small caseload: the calculators read no records. The officer needs no staff record.
  const officer = { ...USERS.officer, staff: undefined };
  fixture = createFixture({ people: 20, seed: 11, users: { officer } });
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

const OGRS3 = '/api/v1/calculators/ogrs3';
const PROPOSAL = '/api/v1/calculators/rar-proposal';

function post(path, body, { token = fixture.tokens.officer, raw = false, cookie } = {}) {
  return call(base, path, {
    method: 'POST',
    token,
    cookie,
    headers: { 'content-type': 'application/json' },
    body: raw ? body : JSON.stringify(body),
  });
}

// domain.md Part B §1 worked example (ACT fixture ogrs3-input-1-valid.json).
const WORKED = {
  sex: 'male',
  dateOfBirth: '1991-07-17',
  convictionDate: '2021-08-05',
  followUpStartDate: '2021-12-12',
  sanctionCount: 2,
  ageAtFirstSanction: 21,
  offenceCategory: 'other',
};

describe('POST /api/v1/calculators/ogrs3', () => {
  test('OGRS-1 worked example: 9% and 17%, low', async () => {
    const r = await post(OGRS3, WORKED);

    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-type'), /^application\/json/);
    assert.deepEqual(Object.keys(r.json).sort(), ['band', 'oneYear', 'oneYearPercent', 'twoYear', 'twoYearPercent']);
    assert.ok(Math.abs(r.json.oneYear - 0.088047120103) < 1e-9, r.text);
    assert.ok(Math.abs(r.json.twoYear - 0.165401323903) < 1e-9, r.text);
    assert.equal(r.json.oneYearPercent, 9);
    assert.equal(r.json.twoYearPercent, 17);
    assert.equal(r.json.band, 'low');
  });

  test('followUpStartDate defaults to convictionDate', async () => {
    const withoutFollowUp = { ...WORKED, followUpStartDate: undefined };
    const a = await post(OGRS3, withoutFollowUp);
    const b = await post(OGRS3, { ...withoutFollowUp, followUpStartDate: WORKED.convictionDate });
    const c = await post(OGRS3, { ...withoutFollowUp, followUpStartDate: null });

    assert.equal(a.status, 200, a.text);
    assert.equal(a.json.twoYear, b.json.twoYear);
    assert.equal(c.json.twoYear, b.json.twoYear);
  });

  test('OGRS-1 band edges and clamps through the API', async () => {
    // Inputs and values from scripts/ogrs3_reference.py (as in ogrs3_test.cc).
    const cases = [
      ['male', '2002-03-15', 2, 18, 'violence', 32, 49, 'low'],
      ['male', '2003-03-15', 2, 12, 'violence', 33, 50, 'medium'],
      ['male', '2004-03-15', 5, 10, 'violence', 59, 74, 'medium'],
      ['male', '2010-03-15', 3, 10, 'violence', 59, 75, 'high'],
      ['male', '2003-03-15', 8, 16, 'violence', 80, 89, 'high'],
      ['male', '2008-03-15', 8, 10, 'violence', 81, 90, 'very high'],
      ['female', '1920-03-15', 2, 10, 'drug_import_export_production', 1, 1, 'low'],
      ['female', '2010-03-15', 30, 10, 'soliciting', 99, 99, 'very high'],
    ];
    for (const [sex, dateOfBirth, sanctionCount, ageAtFirstSanction, offenceCategory, n1, n2, band] of cases) {
      const r = await post(OGRS3, {
        sex,
        dateOfBirth,
        convictionDate: '2020-06-01',
        sanctionCount,
        ageAtFirstSanction,
        offenceCategory,
      });
      assert.equal(r.status, 200, r.text);
      assert.deepEqual([r.json.oneYearPercent, r.json.twoYearPercent, r.json.band], [n1, n2, band], dateOfBirth);
    }
  });

  test('each missing or wrongly typed field is a 400 naming it', async () => {
    const required = ['sex', 'dateOfBirth', 'convictionDate', 'sanctionCount', 'ageAtFirstSanction', 'offenceCategory'];
    for (const field of required) {
      assertProblem(await post(OGRS3, { ...WORKED, [field]: undefined }), 400, field, 'REQUIRED');
      assertProblem(await post(OGRS3, { ...WORKED, [field]: null }), 400, field, 'REQUIRED');
    }
    assertProblem(await post(OGRS3, { ...WORKED, sex: 1 }), 400, 'sex', 'INVALID_TYPE');
    assertProblem(await post(OGRS3, { ...WORKED, sanctionCount: '2' }), 400, 'sanctionCount', 'INVALID_TYPE');
    assertProblem(await post(OGRS3, { ...WORKED, sanctionCount: 2.5 }), 400, 'sanctionCount', 'INVALID_TYPE');
    // 2.0 is a whole number: some clients write every number with a point.
    const pointZero = await post(OGRS3, '{"sex":"male","dateOfBirth":"1991-07-17","convictionDate":"2021-08-05","followUpStartDate":"2021-12-12","sanctionCount":2.0,"ageAtFirstSanction":21.0,"offenceCategory":"other"}', { raw: true });
    assert.equal(pointZero.status, 200, pointZero.text);
    assert.equal(pointZero.json.twoYearPercent, 17);
    assertProblem(await post(OGRS3, { ...WORKED, ageAtFirstSanction: 1e12 }), 400, 'ageAtFirstSanction');
    assertProblem(await post(OGRS3, { ...WORKED, dateOfBirth: '17/07/1991' }), 400, 'dateOfBirth', 'INVALID_DATE');
    assertProblem(await post(OGRS3, { ...WORKED, convictionDate: '2021-02-29' }), 400, 'convictionDate', 'INVALID_DATE');
    assertProblem(await post(OGRS3, { ...WORKED, followUpStartDate: 20211212 }), 400, 'followUpStartDate', 'INVALID_DATE');
    assertProblem(await post(OGRS3, { ...WORKED, followupStartDate: '2021-12-12' }), 400, 'followupStartDate', 'UNKNOWN_FIELD');
  });

  test('bad JSON and a body that is not an object are 400 naming the body', async () => {
    assertProblem(await post(OGRS3, '{"sex":', { raw: true }), 400, 'body', 'INVALID_JSON');
    assertProblem(await post(OGRS3, '', { raw: true }), 400, 'body', 'INVALID_JSON');
    assertProblem(await post(OGRS3, [WORKED]), 400, 'body', 'INVALID_TYPE');
  });

  test('inputs outside the published domain are 400 naming the field', async () => {
    const cases = [
      [{ sex: 'unknown' }, 'sex', 'UNKNOWN_CODE'],
      [{ dateOfBirth: '2012-08-06' }, 'dateOfBirth', 'AGE_UNDER_10'], // 9 at conviction
      [{ dateOfBirth: '2012-08-06' }, 'convictionDate', 'AGE_UNDER_10'],
      [{ dateOfBirth: '2022-01-01' }, 'dateOfBirth', 'DATE_ORDER'], // born after conviction
      [{ followUpStartDate: '2021-08-04' }, 'followUpStartDate', 'DATE_ORDER'],
      [{ sanctionCount: 0 }, 'sanctionCount', 'OUT_OF_RANGE'],
      [{ ageAtFirstSanction: 9 }, 'ageAtFirstSanction', 'OUT_OF_RANGE'],
      [{ ageAtFirstSanction: 31 }, 'ageAtFirstSanction', 'AFTER_AGE_AT_CONVICTION'], // 30 at conviction
      [{ offenceCategory: 'arson' }, 'offenceCategory', 'UNKNOWN_CODE'],
    ];
    for (const [change, field, error] of cases) {
      assertProblem(await post(OGRS3, { ...WORKED, ...change }), 400, field, error);
    }
  });

  test('a 29 February birthday: 9 on 28 February, 10 on 1 March', async () => {
    const person = { ...WORKED, dateOfBirth: '2004-02-29', followUpStartDate: undefined, sanctionCount: 1, ageAtFirstSanction: 10 };
    assertProblem(await post(OGRS3, { ...person, convictionDate: '2014-02-28' }), 400, 'dateOfBirth', 'AGE_UNDER_10');
    const r = await post(OGRS3, { ...person, convictionDate: '2014-03-01' });
    assert.equal(r.status, 200, r.text);
  });
});

// Two needs linked to offending: one severe (2 points), one standard (1 point) = 3 points.
const NEEDS = [
  { area: 'accommodation', severity: 'severe', linkedToOffending: true, dependent: false, diagnosed: false },
  { area: 'ete', severity: 'standard', linkedToOffending: true },
];

describe('POST /api/v1/calculators/rar-proposal', () => {
  test('PROP-1/PROP-2 at every band edge', async () => {
    // [ogrs, justification, intensity, min, max, proposed, flags]; days = min + round((max-min) * 3/10).
    const cases = [
      [24, undefined, 'none', null, null, null, ['OGRS_BELOW_25']],
      [24, 'Homeless since release; associates drive the offending', 'low', 1, 15, 5, ['OGRS_BELOW_25']],
      [25, undefined, 'low', 1, 15, 5, []],
      [49, undefined, 'low', 1, 15, 5, []],
      [50, undefined, 'medium', 15, 25, 18, []],
      [74, undefined, 'medium', 15, 25, 18, []],
      [75, undefined, 'high', 25, 60, 36, []],
      [90, undefined, 'high', 25, 60, 36, []],
      [91, undefined, 'high', 25, 60, 36, []],
    ];
    for (const [ogrs, justification, intensity, min, max, days, flags] of cases) {
      const r = await post(PROPOSAL, {
        ogrsTwoYearPercent: ogrs,
        needs: NEEDS,
        sexualOffending: false,
        exceptionalJustification: justification,
        // An area with no catalogue in Probity: the days follow the need points, and the area is
        // named for the report writer to check against (a catalogued area: proposals.test.mjs).
        area: 'Lerwick',
      });
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(Object.keys(r.json).sort(), [
        'flags',
        'guidelineMaxDays',
        'guidelineMinDays',
        'intensity',
        'proposedDays',
        'rationale',
      ]);
      assert.equal(r.json.intensity, intensity, `${ogrs}`);
      assert.equal(r.json.guidelineMinDays, min, `${ogrs}`);
      assert.equal(r.json.guidelineMaxDays, max, `${ogrs}`);
      assert.equal(r.json.proposedDays, days, `${ogrs}`);
      assert.deepEqual(r.json.flags, flags, `${ogrs}`);
      assert.ok(r.json.rationale.length > 0);
      for (const sentence of r.json.rationale) assert.equal(typeof sentence, 'string');
      if (days !== null) {
        assert.ok(days >= min && days <= max);
        assert.ok(r.json.rationale.some((s) => s.includes('Lerwick')), r.text);
      }
      if (justification) assert.ok(r.json.rationale.some((s) => s.includes(justification)), r.text);
    }
    const over90 = await post(PROPOSAL, { ogrsTwoYearPercent: 91, needs: [], sexualOffending: false });
    assert.ok(over90.json.rationale[0].includes('over 90%'), over90.text);
  });

  test('each flag', async () => {
    const flagsFor = async (body) => {
      const r = await post(PROPOSAL, { ogrsTwoYearPercent: 60, needs: [], sexualOffending: false, ...body });
      assert.equal(r.status, 200, r.text);
      return r.json.flags;
    };
    const need = (area, extra = {}) => ({ area, severity: 'standard', linkedToOffending: true, ...extra });

    assert.deepEqual(await flagsFor({ ogrsTwoYearPercent: 10 }), ['OGRS_BELOW_25']);
    assert.deepEqual(await flagsFor({ needs: [need('drug_misuse')] }), ['PREFER_TREATMENT_REQUIREMENT']);
    assert.deepEqual(await flagsFor({ needs: [need('alcohol_misuse', { dependent: true })] }), ['PREFER_TREATMENT_REQUIREMENT']);
    assert.deepEqual(await flagsFor({ needs: [need('alcohol_misuse')] }), []);
    assert.deepEqual(await flagsFor({ needs: [need('emotional_management', { diagnosed: true })] }), ['PREFER_TREATMENT_REQUIREMENT']);
    assert.deepEqual(await flagsFor({ needs: [need('emotional_management')] }), []);
    assert.deepEqual(await flagsFor({ needs: [need('attitudes_thinking_behaviour')] }), ['CONSIDER_ACCREDITED_PROGRAMME']);
    assert.deepEqual(await flagsFor({ sexualOffending: true }), [
      'CONSIDER_ACCREDITED_PROGRAMME',
      'SEXUAL_OFFENDING_OGRS_NOT_PREDICTIVE',
    ]);
  });

  test('a proposal without an OGRS score says what is missing', async () => {
    const body = assertProblem(await post(PROPOSAL, { needs: NEEDS, sexualOffending: false }), 400, 'ogrsTwoYearPercent', 'REQUIRED');
    assert.match(body.message, /date of birth/);
  });

  test('bad input is a 400 naming the field', async () => {
    const ok = { ogrsTwoYearPercent: 60, needs: NEEDS, sexualOffending: false };
    const cases = [
      [{ ogrsTwoYearPercent: 100 }, 'ogrsTwoYearPercent', 'OUT_OF_RANGE'],
      [{ ogrsTwoYearPercent: -1 }, 'ogrsTwoYearPercent', 'OUT_OF_RANGE'],
      [{ ogrsTwoYearPercent: '60' }, 'ogrsTwoYearPercent', 'INVALID_TYPE'],
      [{ needs: undefined }, 'needs', 'REQUIRED'],
      [{ needs: 'accommodation' }, 'needs', 'INVALID_TYPE'],
      [{ needs: ['accommodation'] }, 'needs[0]', 'INVALID_TYPE'],
      [{ needs: [{ area: 'housing', severity: 'standard', linkedToOffending: true }] }, 'needs[0].area', 'UNKNOWN_CODE'],
      [{ needs: [{ area: 'ete', severity: 'high', linkedToOffending: true }] }, 'needs[0].severity', 'UNKNOWN_CODE'],
      [{ needs: [{ area: 'ete', severity: 'standard' }] }, 'needs[0].linkedToOffending', 'REQUIRED'],
      [{ needs: [{ area: 'ete', severity: 'standard', linkedToOffending: 'yes' }] }, 'needs[0].linkedToOffending', 'INVALID_TYPE'],
      [{ needs: [...NEEDS, NEEDS[1]] }, 'needs[2].area', 'DUPLICATE'],
      [{ needs: [{ area: 'ete', severity: 'standard', linkedToOffending: true, dependent: true }] }, 'needs[0].dependent', 'NOT_APPLICABLE'],
      [{ needs: [{ area: 'drug_misuse', severity: 'standard', linkedToOffending: true, diagnosed: true }] }, 'needs[0].diagnosed', 'NOT_APPLICABLE'],
      [{ needs: [{ area: 'ete', severity: 'standard', linkedToOffending: true, urgent: true }] }, 'needs[0].urgent', 'UNKNOWN_FIELD'],
      [{ needs: Array.from({ length: 11 }, () => NEEDS[1]) }, 'needs', 'TOO_MANY'],
      [{ sexualOffending: undefined }, 'sexualOffending', 'REQUIRED'],
      [{ sexualOffending: 'no' }, 'sexualOffending', 'INVALID_TYPE'],
      [{ exceptionalJustification: 42 }, 'exceptionalJustification', 'INVALID_TYPE'],
      [{ exceptionalJustification: 'x'.repeat(4001) }, 'exceptionalJustification', 'TOO_LONG'],
      [{ area: ['Leeds'] }, 'area', 'INVALID_TYPE'],
      [{ ogrs: 60 }, 'ogrs', 'UNKNOWN_FIELD'],
    ];
    for (const [change, field, error] of cases) {
      assertProblem(await post(PROPOSAL, { ...ok, ...change }), 400, field, error);
    }
    assertProblem(await post(PROPOSAL, 'needs=[]', { raw: true }), 400, 'body', 'INVALID_JSON');
  });
});

describe('authentication and storage', () => {
  test('401 without a token, or with a bad one', async () => {
    for (const path of [OGRS3, PROPOSAL]) {
      const none = await post(path, WORKED, { token: null });
      assertProblem(none, 401);
      assert.equal(none.headers.get('www-authenticate'), 'Bearer');
      assertProblem(await post(path, WORKED, { token: 'not-a-real-token-000000000000' }), 401);
    }
  });

  test('a signed-in browser session may use the calculators', async () => {
    const session = await signIn(base, fixture.users.officer);
    const r = await post(OGRS3, WORKED, { token: null, cookie: session.cookie });
    assert.equal(r.status, 200, r.text);
  });

  test('GET is 405 with Allow: POST', async () => {
    const r = await call(base, OGRS3, { token: fixture.tokens.officer });
    assert.equal(r.status, 405);
    assert.match(r.headers.get('allow') ?? '', /POST/);
  });

  test('calculators write nothing, not even an audit entry', async () => {
    const before = auditCount(fixture.db);
    await post(OGRS3, WORKED);
    await post(OGRS3, { ...WORKED, sex: 'x' });
    await post(PROPOSAL, { ogrsTwoYearPercent: 60, needs: NEEDS, sexualOffending: false });
    await post(PROPOSAL, { needs: NEEDS, sexualOffending: false });
    assert.equal(auditCount(fixture.db), before);
  });
});
