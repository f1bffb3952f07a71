-- The pre-trade counters of one batch, checked and counted in one step (RedisUserCounters).
-- KEYS: three per order, in batch order: its per-second, per-minute and per-UTC-day counter.
-- ARGV[1..3]: expiry in ms of a new per-second, per-minute and per-day counter.
-- ARGV[4..]: four per order: orders per second max, orders per minute max, daily headroom (daily notional max minus
--   the order's notional, negative when the order alone passes it), the order's notional; integers as decimal text.
-- Returns two strings per order: "0" when counted, else 1, 2 or 3 (which rule refused: per second, per minute,
--   daily notional), then what the refusing counter held before the order.
-- Notionals reach 10^18 units: beyond a Lua number's exact range (2^53), so they are compared as text and added by
-- INCRBY (exact 64-bit) only.

-- whether the counted amount exceeds the headroom, both canonical decimal text (no sign, no leading zero) but the
-- headroom may be negative
local function exceeds(counted, headroom)
  if string.sub(headroom, 1, 1) == '-' then
    return true
  end
  if #counted ~= #headroom then
    return #counted > #headroom
  end
  return counted > headroom
end

-- a counter exists only once something was added to it, so '0' (GET found nothing) means it is new and needs its
-- expiry; an order with no notional adds nothing and leaves no daily counter behind
local function add(key, before, amount, expiryMs)
  if amount == '0' then
    return
  end
  redis.call('INCRBY', key, amount)
  if before == '0' then
    redis.call('PEXPIRE', key, expiryMs)
  end
end

local out = {}
for i = 0, #KEYS / 3 - 1 do
  local perSecondKey, perMinuteKey, dailyKey = KEYS[3 * i + 1], KEYS[3 * i + 2], KEYS[3 * i + 3]
  local a = 3 + 4 * i
  local perSecond = redis.call('GET', perSecondKey) or '0'
  local perMinute = redis.call('GET', perMinuteKey) or '0'
  local daily = redis.call('GET', dailyKey) or '0'
  if tonumber(perSecond) + 1 > tonumber(ARGV[a + 1]) then
    out[#out + 1] = '1'
    out[#out + 1] = perSecond
  elseif tonumber(perMinute) + 1 > tonumber(ARGV[a + 2]) then
    out[#out + 1] = '2'
    out[#out + 1] = perMinute
  elseif exceeds(daily, ARGV[a + 3]) then
    out[#out + 1] = '3'
    out[#out + 1] = daily
  else
    add(perSecondKey, perSecond, '1', ARGV[1])
    add(perMinuteKey, perMinute, '1', ARGV[2])
    add(dailyKey, daily, ARGV[a + 4], ARGV[3])
    out[#out + 1] = '0'
    out[#out + 1] = '0'
  end
end
return out
