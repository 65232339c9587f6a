-- wrk script: prints one machine-readable line with exact numbers when a run ends.
-- Latencies are in microseconds; "status" is wrk's count of responses with a status of 400 or more
-- (run.sh also checks every page's status with curl before measuring, which catches any other non-2xx).
-- Only done() is defined, so wrk keeps its fast path (no Lua call per request or response).

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
