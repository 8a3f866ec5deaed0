-- wrk script: an officer's round trip on many cases in turn: record a RAR activity that
-- happened today (POST: the RAR-6 budget check, a durable write with its audit entry), then
-- re-render that person's case page (GET, HTML with the RAR days recounted). bench/run writes
-- "CRN REQUIREMENT_ID" lines to the file named by PROBITY_BENCH_CRNS: active RARs whose order
-- runs today with days left, so each person's first booking today takes a day and the rest are
-- the same day (RAR-3).
local cases = {}
for line in io.lines(os.getenv("PROBITY_BENCH_CRNS")) do
  local crn, requirement = line:match("^(%S+)%s+(%d+)$")
  cases[#cases + 1] = { crn = crn, requirement = requirement }
end
local today = os.date("!%Y-%m-%d")
local function body(requirement)
  return '{"type":"rar_activity","requirementId":' .. requirement .. ',"date":"' .. today ..
    '","time":"10:00","location":"Bench office","outcome":"ATTC","notes":"bench"}'
end
-- wrk.format replaces wrk.headers (which holds -H Authorization) when given headers, so the
-- POST's headers start as a copy of them.
local post_headers = {}
init = function()
  for name, value in pairs(wrk.headers) do
    post_headers[name] = value
  end
  post_headers["Content-Type"] = "application/json"
end
-- PROBITY_BENCH_MODE: "both" (default) alternates; "post" or "get" measures one half alone.
local mode = os.getenv("PROBITY_BENCH_MODE") or "both"
local i = 0
request = function()
  i = i + 1
  -- "both": each pair (POST, GET) is about the same person.
  local index = mode == "both" and math.floor(i / 2) or i
  local case = cases[(index % #cases) + 1]
  if mode == "post" or (mode == "both" and i % 2 == 1) then
    return wrk.format("POST", "/api/v1/people/" .. case.crn .. "/appointments", post_headers,
      body(case.requirement))
  end
  return wrk.format("GET", "/cases/" .. case.crn)
end
