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

done = function(summary, latency, requests)
	local seconds = summary.duration / 1e6
	local e = summary.errors
	io.write(string.format(
		"WRK_RESULT requests=%d seconds=%.3f rps=%.2f p50_us=%d p90_us=%d p99_us=%d max_us=%d"
			.. " status=%d connect=%d read=%d write=%d timeout=%d bytes=%d\n",
		summary.requests, seconds, summary.requests / seconds,
		latency:percentile(50.0), latency:percentile(90.0), latency:percentile(99.0), latency.max,
		e.status, e.connect, e.read, e.write, e.timeout, summary.bytes))
end
