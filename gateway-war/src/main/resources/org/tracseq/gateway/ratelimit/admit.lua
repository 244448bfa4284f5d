-- Everything the gateway asks Redis about a request, in one atomic call: is the caller's token on
-- the revocation list, and may it send one more request (GCRA, the generic cell rate algorithm,
-- on Redis's clock so that every gateway instance agrees). Whole microseconds throughout: exact in
-- Lua's doubles (< 2^53), so no rounding ever admits one request too many or reports one too few.
-- KEYS[1]: the limited key. KEYS[2..]: the token's revocation-list entries (none without a token).
-- ARGV[1]: emission interval T in µs (period / limit).
-- ARGV[2]: the period P in µs (a burst of `limit` requests is allowed).
-- Returns {allowed (1|0), remaining, retry after µs, reset µs}, or {-1} if the token is revoked
-- (then nothing is counted: the caller decides whom to count it against).
if #KEYS > 1 and redis.call('EXISTS', unpack(KEYS, 2)) > 0 then
  return {-1}
end
local interval = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then
  tat = now
end
local new_tat = tat + interval
if new_tat - now > period then
  return {0, 0, new_tat - now - period, tat - now}
end
redis.call('SET', KEYS[1], string.format('%d', new_tat), 'PX', math.ceil((new_tat - now) / 1000))
return {1, math.floor((period - (new_tat - now)) / interval), 0, new_tat - now}
