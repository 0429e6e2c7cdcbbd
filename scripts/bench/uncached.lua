-- Makes every request a cache miss (the response cache keys on all query parameters), to time real work.
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "&bench=" .. math.random(1, 1000000000) .. "-" .. counter)
end
