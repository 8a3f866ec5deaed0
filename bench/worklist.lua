-- wrk script: the enforcement worklist of many teams in turn (issue 5: a team of 10 officers at
-- national scale, p99 under 50 ms). bench/run writes the team codes, one per line, to the file
-- named by PROBITY_BENCH_TEAMS.
local codes = {}
for line in io.lines(os.getenv("PROBITY_BENCH_TEAMS")) do
  codes[#codes + 1] = line
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/enforcement/worklist?team=" .. codes[(i % #codes) + 1])
end
