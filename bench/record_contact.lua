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
local i = 0
request = function()
  i = i + 1
  local crn = crns[(math.floor(i / 2) % #crns) + 1]
  if i % 2 == 1 then
    return wrk.format("POST", "/api/v1/people/" .. crn .. "/appointments",
      { ["Content-Type"] = "application/json" }, body)
  end
  return wrk.format("GET", "/cases/" .. crn)
end
