-- GCRA (generic cell rate algorithm) in one atomic call, on Redis's clock so that every gateway
-- instance agrees. KEYS[1]: the limited key. ARGV[1]: emission interval T in ms (period / limit).
-- ARGV[2]: the period P in ms (a burst of `limit` requests is allowed).
-- Returns {allowed (1|0), remaining, retry after ms, reset ms}.
local interval = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then
  tat = now
end
local new_tat = tat + interval
if new_tat - now > period then
  return {0, 0, math.ceil(new_tat - now - period), math.ceil(tat - now)}
end
redis.call('SET', KEYS[1], tostring(new_tat), 'PX', math.ceil(new_tat - now))
return {1, math.floor((period - (new_tat - now)) / interval), 0, math.ceil(new_tat - now)}
