-- wrk script: an officer's round trip on many cases in turn: record a supervision contact that
-- happened today (POST, a durable write with its audit entry), then re-render that person's case
-- page (GET, HTML with the RAR days recounted). bench/run writes the CRNs, one per line, to the
-- file named by PROBITY_BENCH_CRNS.
local crns = {}
for line in io.lines(os.getenv("PROBITY_BENCH_CRNS")) do
  crns[#crns + 1] = line
end
local today = os.date("!%Y-%m-%d")
local body = '{"type":"offender_management","date":"' .. today ..
  '","time":"10:00","location":"Bench office","outcome":"ATTC","notes":"bench"}'
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
  local crn = crns[(index % #crns) + 1]
  if mode == "post" or (mode == "both" and i % 2 == 1) then
    return wrk.format("POST", "/api/v1/people/" .. crn .. "/appointments", post_headers, body)
  end
  return wrk.format("GET", "/cases/" .. crn)
end
