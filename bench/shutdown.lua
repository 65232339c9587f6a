-- wrk script for bench/shutdown.sh: counts answers per status, and writes one line per non-2xx answer (wall time,
-- status, headers, the start of the body) to $NON2XX_FILE. Prints one RESULT line when the run ends.
counts = {}
local threads = {}
local out = nil
setup = function(thread) table.insert(threads, thread) end
init = function(args) counts = {} end
response = function(status, headers, body)
	counts[status] = (counts[status] or 0) + 1
	if status < 200 or status > 299 then
		local p = io.popen("date +%T.%3N"); local t = p:read("*l"); p:close()
		local f = io.open(os.getenv("NON2XX_FILE") or "/tmp/non2xx.txt", "a")
		local h = ""
		for k, v in pairs(headers) do h = h .. k .. "=" .. v .. "; " end
		f:write(t .. " " .. status .. " " .. h .. " body=" .. string.sub(body or "", 1, 200):gsub("\n", " ") .. "\n")
		f:close()
	end
end
done = function(summary, latency, requests)
	local total = {}
	for _, t in ipairs(threads) do
		local c = t:get("counts")
		for s, n in pairs(c) do total[s] = (total[s] or 0) + n end
	end
	local line = ""
	for s, n in pairs(total) do line = line .. s .. ":" .. n .. " " end
	local e = summary.errors
	io.write(string.format("RESULT requests=%d statuses=[%s] connect=%d read=%d write=%d timeout=%d\n",
		summary.requests, line, e.connect, e.read, e.write, e.timeout))
end
