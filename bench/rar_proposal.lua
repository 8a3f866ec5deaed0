-- wrk script: POST /api/v1/calculators/rar-proposal with four needs and an area (PROP-1..5).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"ogrsTwoYearPercent":62,"needs":[' ..
  '{"area":"accommodation","severity":"severe","linkedToOffending":true},' ..
  '{"area":"ete","severity":"standard","linkedToOffending":true},' ..
  '{"area":"drug_misuse","severity":"standard","linkedToOffending":true,"dependent":true},' ..
  '{"area":"attitudes_thinking_behaviour","severity":"severe","linkedToOffending":true}],' ..
  '"sexualOffending":false,"area":"Leeds"}'
