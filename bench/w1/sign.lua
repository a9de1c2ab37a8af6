-- wrk script for W1 (bench/w1.sh): every request signs the petition with a form token of its
-- own, pre-fetched into a file (one URL-encoded token per line), and an email of its own.
--
--   wrk -t T -c C -d S -s bench/w1/sign.lua URL/sign -- TOKEN_FILE T EMAIL_PREFIX
--
-- Each wrk thread takes every T-th line of the file, starting at its own number. A thread that
-- runs out of tokens sends an invalid one: the server answers 422, which wrk counts as a
-- non-2xx/3xx response, and bench/w1.sh reports the run as short of tokens.
local threads_made = 0

function setup(thread)
  thread:set("thread_no", threads_made)
  threads_made = threads_made + 1
end

function init(args)
  local file, threads = args[1], tonumber(args[2])
  prefix = args[3] .. "-" .. thread_no
  tokens = {}
  local i = 0
  for line in io.lines(file) do
    if i % threads == thread_no then
      tokens[#tokens + 1] = line
    end
    i = i + 1
  end
  sent = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  sent = sent + 1
  local token = tokens[sent] or "exhausted"
  local body = "form_token=" .. token .. "&name=W1+Signer&email=w1-" .. prefix .. "-" .. sent ..
    "%40example.org&country=DE&city=Berlin&consent=yes"
  return wrk.format(nil, nil, nil, body)
end
