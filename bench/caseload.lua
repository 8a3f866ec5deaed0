-- wrk script: caseload pages of many officers in turn (as their manager sees them), so the
-- benchmark is not one officer's rows kept warm in the cache. bench/run writes the staff codes,
-- one per line, to the file named by PROBITY_BENCH_OFFICERS.
local codes = {}
for line in io.lines(os.getenv("PROBITY_BENCH_OFFICERS")) do
  codes[#codes + 1] = line
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/caseload?staff=" .. codes[(i % #codes) + 1])
end
