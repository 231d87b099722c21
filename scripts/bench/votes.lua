-- wrk script: every request casts a vote of a different (motion, seat) pair, with that
-- seat's bearer token, so that no vote is ever a repeat. Each 201 is counted per motion
-- (the motionId in the answer) and written to $VOTES_DIR/acks.txt for
-- `secretariado bench votes-verify`. Needs VOTES_DIR with tokens.txt, motions.txt, slug.txt
-- from `secretariado bench votes-setup`, and VOTES_THREADS equal to wrk's -t.
local dir = os.getenv("VOTES_DIR")

local function lines(path)
  local t = {}
  for line in io.lines(path) do if #line > 0 then t[#t + 1] = line end end
  return t
end

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  thread:set("nthreads", tonumber(os.getenv("VOTES_THREADS") or "1"))
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  tokens = lines(dir .. "/tokens.txt")
  motions = lines(dir .. "/motions.txt")
  slug = lines(dir .. "/slug.txt")[1]
  seq = 0
  acks = {}
  statuses = {}
  body = '{"option":"a_favor"}'
end

-- Pairs are numbered id, id + N, id + 2N… for thread id of N threads: disjoint across
-- threads, each pair once. Seats vary fastest, so concurrent votes hit the same motion.
function request()
  local n = nthreads
  local k = (id - 1) + seq * n
  seq = seq + 1
  local seat = k % #tokens
  -- Past the last fresh pair the motions wrap round: those repeats are refused (409)
  -- and show up as such in the status counts.
  local motion = math.floor(k / #tokens) % #motions
  local path = "/api/v1/secretariats/" .. slug .. "/motions/" .. motions[motion + 1] .. "/votes"
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. tokens[seat + 1],
    ["Content-Type"] = "application/json",
  }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    local motion = string.match(body, '"motionId"%s*:%s*"([0-9A-Fa-f%-]+)"')
    if motion then acks[motion] = (acks[motion] or 0) + 1 end
  end
end

function done(summary, latency, requests)
  local total = {}
  local status_total = {}
  for _, thread in ipairs(threads) do
    for motion, n in pairs(thread:get("acks")) do total[motion] = (total[motion] or 0) + n end
    for status, n in pairs(thread:get("statuses")) do status_total[status] = (status_total[status] or 0) + n end
  end
  local f = io.open(dir .. "/acks.txt", "w")
  local acked = 0
  for motion, n in pairs(total) do
    f:write(string.upper(motion) .. " " .. n .. "\n")
    acked = acked + n
  end
  f:close()
  local s = io.open(dir .. "/statuses.txt", "w")
  for status, n in pairs(status_total) do s:write(status .. " " .. n .. "\n") end
  s:close()
  io.write(string.format("votes acknowledged (201): %d\n", acked))
  for status, n in pairs(status_total) do io.write(string.format("  HTTP %d: %d\n", status, n)) end
end
