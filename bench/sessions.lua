-- wrk script: spreads requests over the signed-in sessions listed, one per line, in the file named by
-- the SESSIONS environment variable, as a team of users would, rather than queueing every request on one
-- session row.
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  if line ~= "" then
    sessions[#sessions + 1] = line
  end
end

local counter = math.random(1, #sessions)

request = function()
  counter = counter + 1
  local session = sessions[(counter % #sessions) + 1]
  return wrk.format(nil, nil, { ["Cookie"] = "SESSION=" .. session })
end
