-- wrk script: POST /api/v1/calculators/ogrs3 with domain.md's worked example (OGRS-1).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"sex":"male","dateOfBirth":"1991-07-17","convictionDate":"2021-08-05",' ..
  '"followUpStartDate":"2021-12-12","sanctionCount":2,"ageAtFirstSanction":21,' ..
  '"offenceCategory":"other"}'
