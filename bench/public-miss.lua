-- wrk script of bench/public-pages-benchmark.sh: each request takes the next address of a file (one a line,
-- shuffled beforehand), the threads interleaved, so no address is asked twice while the file lasts and the page
-- cache never holds the page asked for. At the end it prints what wrk does not (p95, and how many addresses were
-- used) as key=value lines.
--   wrk -t2 -c16 -d30s -s bench/public-miss.lua http://127.0.0.1:18490 -- urls.txt 2 [gzip] [readers]
--   (arguments: the address file, wrk's -t; "gzip" sends Accept-Encoding: gzip; "readers" sends X-Forwarded-For
--   with a new reader's address every 20 requests, as a trusted proxy in front would: the search allowance of
--   SubmissionLimit counts per reader, 60 a minute; each run of wrk starts its readers at another place, taken from
--   the clock, so that the warm-up's runs of 15 s and the measured run after them, which may fall into one minute,
--   do not ask as the same readers: until 6 December 2026 they did, and 724 of a run's searches were refused with 429)
local count = 0
local first_reader = (os.time() % 100) * 10000

function setup(thread)
  thread:set("thread_no", count)
  thread:set("first_reader", first_reader)
  count = count + 1
end

function init(args)
  urls = {}
  for line in io.lines(args[1]) do urls[#urls + 1] = line end
  step = tonumber(args[2])
  next_index = thread_no
  for i = 3, #args do
    if args[i] == "gzip" then wrk.headers["Accept-Encoding"] = "gzip" end
    if args[i] == "readers" then readers = true end
  end
  sent = 0
end

function request()
  local url = urls[(next_index % #urls) + 1]
  next_index = next_index + step
  if readers then
    local reader = thread_no * 1000000 + first_reader + math.floor(sent / 20)
    sent = sent + 1
    return wrk.format("GET", url, { ["X-Forwarded-For"] = string.format("10.%d.%d.%d",
      math.floor(reader / 65536) % 256, math.floor(reader / 256) % 256, reader % 256) })
  end
  return wrk.format("GET", url)
end

function done(summary, latency, requests)
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d_ms=%.3f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("non_2xx=%d\n", summary.errors.status))
  io.write(string.format("socket_errors=%d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
