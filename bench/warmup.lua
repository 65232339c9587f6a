-- wrk script for the warm-up: cycles through the paths in the environment variable BENCH_PATHS
-- (separated by spaces), so that one run exercises every page, and prints a one-line summary.

local requests = {}
local next_index = 1

init = function(args)
	for path in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
		table.insert(requests, wrk.format("GET", path))
	end
end

request = function()
	local r = requests[next_index]
	next_index = (next_index % #requests) + 1
	return r
end

done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format(
		"WARMUP_RESULT requests=%d rps=%.2f p99_us=%d status=%d connect=%d read=%d write=%d timeout=%d\n",
		summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(99.0),
		e.status, e.connect, e.read, e.write, e.timeout))
end
