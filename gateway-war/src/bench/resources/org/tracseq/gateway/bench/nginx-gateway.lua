-- The gateway's per-request work done inside nginx, the way Kong does it (OpenResty, Lua), for the
-- benchmark only: what the same checks cost when the hop is not a Java application. Per request:
-- the access token verified (RS256 through OpenSSL, iss, aud, exp; remembered by its exact text
-- until it expires, as the gateway does), then the revocation list and the GCRA rate limit in one
-- EVALSHA of the gateway's own admit.lua over a kept-alive Redis connection, the RateLimit-*
-- headers set. Not a product: GETs only (the read class), no Redis fallback, no routing beyond
-- nginx's own.
local ffi = require "ffi"
local base64 = require "ngx.base64"
local cjson = require "cjson.safe"

ffi.cdef [[
typedef struct bio_st BIO;
typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;
BIO *BIO_new_mem_buf(const void *buf, int len);
int BIO_free(BIO *bio);
EVP_PKEY *PEM_read_bio_PUBKEY(BIO *bio, EVP_PKEY **out, void *password_callback, void *user_data);
EVP_MD_CTX *EVP_MD_CTX_new(void);
void EVP_MD_CTX_free(EVP_MD_CTX *ctx);
const EVP_MD *EVP_sha256(void);
int EVP_DigestVerifyInit(EVP_MD_CTX *ctx, void **pkey_ctx, const EVP_MD *md, void *engine, EVP_PKEY *key);
int EVP_DigestVerify(EVP_MD_CTX *ctx, const unsigned char *sig, size_t sig_length,
                     const unsigned char *data, size_t data_length);
]]
-- nginx itself links libcrypto, so its symbols are already in the process.
local crypto = ffi.C

local gateway = {}
local settings
local public_key
local admit_script, admit_sha
local verified, verified_count = {}, 0
local MAX_VERIFIED = 10000

local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

--- settings: public_key_pem (path), admit_lua (path), issuer, audience, limit, interval_us, period_us,
--- the gateway's Redis key prefixes (rate_limit_key_prefix, revoked_subject_prefix,
--- revoked_session_prefix), redis_host, redis_port. Called once in the master (init_by_lua),
--- before the workers fork.
function gateway.init(given)
  settings = given
  local pem = read_file(settings.public_key_pem)
  local bio = crypto.BIO_new_mem_buf(pem, #pem)
  public_key = crypto.PEM_read_bio_PUBKEY(bio, nil, nil, nil)
  crypto.BIO_free(bio)
  assert(public_key ~= nil, "no public key in " .. settings.public_key_pem)
  admit_script = read_file(settings.admit_lua)
  admit_sha = ngx.sha1_bin(admit_script):gsub(".", function(c) return string.format("%02x", c:byte()) end)
end

local function signature_valid(signed, signature)
  local ctx = crypto.EVP_MD_CTX_new()
  local valid = crypto.EVP_DigestVerifyInit(ctx, nil, crypto.EVP_sha256(), nil, public_key) == 1
      and crypto.EVP_DigestVerify(ctx, signature, #signature, signed, #signed) == 1
  crypto.EVP_MD_CTX_free(ctx)
  return valid
end

local function audience_matches(aud)
  if type(aud) == "string" then
    return aud == settings.audience
  end
  if type(aud) == "table" then
    for _, value in ipairs(aud) do
      if value == settings.audience then
        return true
      end
    end
  end
  return false
end

--- The token's claims if it is a valid access token, else nil.
local function verify(token)
  local now = ngx.time()
  local known = verified[token]
  if known then
    return known.exp > now and known or nil
  end
  local header_part, claims_part, signature_part = token:match("^([%w_-]+)%.([%w_-]+)%.([%w_-]+)$")
  if not header_part then
    return nil
  end
  local header = cjson.decode(base64.decode_base64url(header_part) or "")
  local signature = base64.decode_base64url(signature_part)
  if type(header) ~= "table" or header.alg ~= "RS256" or header.typ ~= "JWT" or not signature
      or not signature_valid(header_part .. "." .. claims_part, signature) then
    return nil
  end
  local claims = cjson.decode(base64.decode_base64url(claims_part) or "")
  if type(claims) ~= "table" or claims.iss ~= settings.issuer or not audience_matches(claims.aud)
      or type(claims.exp) ~= "number" or claims.exp <= now or type(claims.sub) ~= "string" then
    return nil
  end
  if verified_count >= MAX_VERIFIED then
    verified, verified_count = {}, 0
  end
  verified[token], verified_count = claims, verified_count + 1
  return claims
end

local function command(parts)
  local out = { "*", #parts, "\r\n" }
  for _, part in ipairs(parts) do
    part = tostring(part)
    out[#out + 1] = "$" .. #part .. "\r\n" .. part .. "\r\n"
  end
  return table.concat(out)
end

--- One RESP reply: an array of integers or an error, as admit.lua answers.
local function reply(sock)
  local line, err = sock:receive("*l")
  if not line then
    return nil, err
  end
  local kind, rest = line:sub(1, 1), line:sub(2)
  if kind == "-" then
    return nil, rest
  end
  if kind == ":" then
    return tonumber(rest)
  end
  if kind == "*" then
    local items = {}
    for i = 1, tonumber(rest) do
      items[i], err = reply(sock)
      if items[i] == nil then
        return nil, err
      end
    end
    return items
  end
  return nil, "unexpected Redis reply: " .. line
end

local function admit(keys)
  local sock = ngx.socket.tcp()
  sock:settimeouts(2000, 2000, 2000)
  local ok, err = sock:connect(settings.redis_host, settings.redis_port)
  if not ok then
    return nil, err
  end
  local function call(verb, script)
    local parts = { verb, script, #keys }
    for _, key in ipairs(keys) do
      parts[#parts + 1] = key
    end
    parts[#parts + 1] = settings.interval_us
    parts[#parts + 1] = settings.period_us
    local sent, send_err = sock:send(command(parts))
    if not sent then
      return nil, send_err
    end
    return reply(sock)
  end
  local answer
  answer, err = call("EVALSHA", admit_sha)
  if answer == nil and err and err:find("^NOSCRIPT") then
    answer, err = call("EVAL", admit_script)
  end
  if answer ~= nil then
    sock:setkeepalive(60000, 256)
  end
  return answer, err
end

local function refuse(status, title, extra_headers)
  ngx.status = status
  ngx.header["Content-Type"] = "application/problem+json"
  for name, value in pairs(extra_headers or {}) do
    ngx.header[name] = value
  end
  ngx.say(cjson.encode({ status = status, title = title }))
  return ngx.exit(status)
end

--- access_by_lua: the token, then the revocation list and the rate limit in one Redis call.
function gateway.access()
  local token = (ngx.var.http_authorization or ""):match("^[Bb]earer%s+(%S+)$")
  local claims = token and verify(token)
  if not claims then
    return refuse(401, "Unauthorized")
  end
  local keys = { settings.rate_limit_key_prefix .. claims.sub, settings.revoked_subject_prefix .. claims.sub }
  if type(claims.sid) == "string" then
    keys[#keys + 1] = settings.revoked_session_prefix .. claims.sid
  end
  local answer, err = admit(keys)
  if not answer then
    ngx.log(ngx.ERR, "Redis: ", err)
    return refuse(503, "Service Unavailable")
  end
  if answer[1] == -1 then
    return refuse(401, "Unauthorized")
  end
  ngx.header["RateLimit-Limit"] = settings.limit
  ngx.header["RateLimit-Remaining"] = answer[2]
  ngx.header["RateLimit-Reset"] = math.ceil(answer[4] / 1e6)
  if answer[1] == 0 then
    return refuse(429, "Too Many Requests", { ["Retry-After"] = math.ceil(answer[3] / 1e6) })
  end
end

return gateway
