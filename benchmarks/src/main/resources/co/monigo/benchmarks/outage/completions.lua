-- wrk script of the outage benchmark: POSTs a completion as the customer named by WRK_CUSTOMER_ID,
-- each connection pausing WRK_DELAY_MS milliseconds between its requests (none by default), and, when
-- done, prints one machine-readable line ("wrk-result ...") with the latency percentiles in
-- microseconds, which OutageBenchmark parses (wrk's own summary rounds them to two digits).
wrk.method = "POST"
wrk.body = '{"prompt":"Summarize our quarterly sales report in three bullet points"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Customer-Id"] = os.getenv("WRK_CUSTOMER_ID") or "outage-benchmark"

local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
if pause > 0 then
	function delay()
		return pause
	end
end

function done(summary, latency, requests)
	local errors = summary.errors
	io.write(string.format(
		"wrk-result requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d"
			.. " errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
		summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
		latency:percentile(99), latency:percentile(99.9), latency.max, errors.connect, errors.read,
		errors.write, errors.status, errors.timeout))
end
