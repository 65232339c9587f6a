-- wrk script for bench/soak.sh: cycles through the paths in the environment variable BENCH_PATHS (separated by
-- spaces), each thread from its own starting point, so that one run exercises every page type; with BENCH_DELAY_MS
-- set, each connection waits that many milliseconds between requests (a steady load rather than a saturating one).
-- Prints one machine-readable line with exact numbers when the run ends (latencies in microseconds; "status" counts
-- responses of 400 or more).

local requests = {}
local next_index = 1
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local thread_count = 0

setup = function(thread)
	thread_count = thread_count + 1
	thread:set("offset", thread_count)
end

init = function(args)
	for path in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
		table.insert(requests, wrk.format("GET", path))
	end
	next_index = ((tonumber(offset) or 1) * 7) % #requests + 1
end

request = function()
	local r = requests[next_index]
	next_index = (next_index % #requests) + 1
	return r
end

if pause > 0 then
	delay = function()
		return pause
	end
end

-- The same result line as run.sh's runs (wrk is started from the repository's root).
dofile("bench/report.lua")
