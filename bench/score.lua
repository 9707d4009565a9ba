-- wrk script: POST /api/score with the Luohu 2024 seed case; AUTH is the Authorization header.
local f = assert(io.open(os.getenv("BODY") or "src/test/resources/cases/luohu-2024.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTH")

function done(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
