-- One signed request's admission (RedisRequestGate): a replay if its signature was seen, else over the key's rate,
-- else admitted: counted (GCRA) and its signature remembered. Both keys share the key id's hash tag.
-- KEYS[1] the signature's entry, KEYS[2] the key's theoretical arrival time (ms)
-- ARGV now ms, emission interval ms, burst tolerance ms, signature memory ms
-- Returns {0, 0} admitted, {1, 0} replayed, {2, retry-after ms} over the rate.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return {1, 0}
end
local now = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[2]) or '0')
if tat < now then
  tat = now
end
local early = tat - now - tonumber(ARGV[3])
if early > 0 then
  return {2, early}
end
local nextTat = tat + tonumber(ARGV[2])
redis.call('SET', KEYS[2], string.format('%d', nextTat), 'PX', string.format('%d', nextTat - now))
redis.call('SET', KEYS[1], '1', 'PX', ARGV[4])
return {0, 0}
