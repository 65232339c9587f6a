-- wrk script for bench/rolling.sh: asks for the pages of RollingReleaseTests' PAGES in turn (each thread starting at
-- its own page), counts answers per status, writes one line per non-2xx answer (wall time, status, the start of the
-- body) to $NON2XX_FILE, and prints one RESULT line with the counts and the latency percentiles when wrk stops
-- (at the end of -d, or on SIGINT, which bench/rolling.sh sends when the phase ends).
local pages = { "/programs", "/programs/mitx-supply-chain-management", "/degrees",
	"/degrees/mit-masters-supply-chain-management", "/pathways",
	"/pathways/mitx-supply-chain-management-to-mit-masters-supply-chain-management", "/routes", "/institutions/mit", "/calculator", "/api/v1/programs", "/api/v1/degrees",
	"/api/v1/pathways?minShare=25", "/changes" }
local threads = {}
local next_id = 0
counts = {}
setup = function(thread)
	thread:set("id", next_id)
	next_id = next_id + 1
	table.insert(threads, thread)
end
init = function(args)
	counts = {}
	n = id or 0
end
request = function()
	n = n + 1
	return wrk.format("GET", pages[n % #pages + 1])
end
response = function(status, headers, body)
	counts[status] = (counts[status] or 0) + 1
	if status < 200 or status > 299 then
		local p = io.popen("date +%T.%3N"); local t = p:read("*l"); p:close()
		local f = io.open(os.getenv("NON2XX_FILE") or "/tmp/non2xx.txt", "a")
		f:write(t .. " " .. status .. " body=" .. string.sub(body or "", 1, 300):gsub("\n", " ") .. "\n")
		f:close()
	end
end
done = function(summary, latency, requests)
	local total = {}
	for _, t in ipairs(threads) do
		local c = t:get("counts")
		for s, k in pairs(c) do total[s] = (total[s] or 0) + k end
	end
	local line, ok = "", 0
	for s, k in pairs(total) do
		line = line .. s .. ":" .. k .. " "
		if s >= 200 and s <= 299 then ok = ok + k end
	end
	local e = summary.errors
	io.write(string.format("RESULT seconds=%.1f requests=%d non2xx=%d statuses=[%s] p50=%.1fms p99=%.1fms max=%.1fms "
		.. "connect=%d read=%d write=%d timeout=%d\n", summary.duration / 1e6, summary.requests, summary.requests - ok,
		line, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, e.connect, e.read,
		e.write, e.timeout))
end
