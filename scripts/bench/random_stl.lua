-- wrk script: GET /stl/{slug} for a slug drawn at random from $SLUGS_FILE (every STL),
-- so that the page cache must hold (or render) the whole country, not one hot page.
function init(args)
  slugs = {}
  for line in io.lines(os.getenv("SLUGS_FILE")) do if #line > 0 then slugs[#slugs + 1] = line end end
  math.randomseed(12345 + (id or 0))
end

function request()
  return wrk.format("GET", "/stl/" .. slugs[math.random(#slugs)])
end
