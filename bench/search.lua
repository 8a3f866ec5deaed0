-- wrk script: person searches that rotate through common names, with and without a date of
-- birth, so the benchmark is not one cached query.
local queries = {
  "q=John+Smith", "q=Smith%2C+David", "q=Jones", "q=James+Brown",
  "q=Sarah+Taylor", "q=Williams&dateOfBirth=1990-01-01", "q=Patel", "q=Michael+Wilson",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/people?" .. queries[(i % #queries) + 1])
end
