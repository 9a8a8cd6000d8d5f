-- Neovim (0.7+, built-in LSP client) against the promptgov language server:
-- open PROMPT_FILE, wait for a `pii/email` diagnostic, ask for its quick fixes, apply the preferred one
-- (the redaction), and wait until the diagnostic is gone. Waits on state, never on fixed sleeps.
-- Prints one JSON object per line on stdout; exits 0 on success, 1 on failure (`cquit`).
-- Env: SERVER_JS, PROMPT_FILE, LSP_TIMEOUT_MS.
local server_js = assert(os.getenv('SERVER_JS'), 'SERVER_JS is not set')
local file = assert(os.getenv('PROMPT_FILE'), 'PROMPT_FILE is not set')
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '30000')
local RULE = 'pii/email'

local function out(tbl) io.stdout:write(vim.fn.json_encode(tbl) .. '\n') end
local function fail(msg)
  out({ ok = false, error = msg })
  io.stdout:flush()
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'dotprompt' -- becomes the languageId of didOpen

  local client_id = vim.lsp.start_client({
    name = 'promptgov',
    cmd = { 'node', server_js, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    flags = { debounce_text_changes = 50 },
  })
  if not client_id then return fail('vim.lsp.start_client returned nil') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- nvim 0.7 keeps the LSP fields (code, data) under user_data.lsp
  local function code_of(d) return d.code or (((d.user_data or {}).lsp or {}).code) end
  local function ours()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(d) == RULE then table.insert(found, d) end
    end
    return found
  end

  if not vim.wait(timeout, function() return #ours() > 0 end, 20) then
    local all = vim.tbl_map(function(d) return code_of(d) end, vim.diagnostic.get(bufnr))
    return fail('no ' .. RULE .. ' diagnostic within ' .. timeout .. ' ms; got: ' .. vim.fn.json_encode(all))
  end
  local d0 = ours()[1]
  out({ step = 'diagnostics', diagnostics = vim.tbl_map(function(d)
    return { code = code_of(d), line = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, source = d.source, message = d.message }
  end, vim.diagnostic.get(bufnr)) })

  -- nvim 0.7's diagnostic lacks the LSP range: rebuild the LSP Diagnostic from its fields
  local lsp_diag = vim.tbl_extend('force', (d0.user_data or {}).lsp or {}, {
    range = { start = { line = d0.lnum, character = d0.col }, ['end'] = { line = d0.end_lnum, character = d0.end_col } },
    message = d0.message, source = d0.source, severity = d0.severity, code = code_of(d0),
  })
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lsp_diag.range,
    context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
  }, timeout)
  local actions = {}
  for _, resp in pairs(responses or {}) do
    for _, a in ipairs(resp.result or {}) do table.insert(actions, a) end
  end
  out({ step = 'codeActions', actions = vim.tbl_map(function(a)
    return { title = a.title, kind = a.kind, isPreferred = a.isPreferred == true, hasEdit = a.edit ~= nil }
  end, actions) })
  local chosen
  for _, a in ipairs(actions) do if a.isPreferred and a.edit then chosen = a break end end
  if not chosen then return fail('no preferred quick fix with an edit among ' .. #actions .. ' code actions') end

  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  out({ step = 'applied', title = chosen.title, text = text })

  if not vim.wait(timeout, function() return #ours() == 0 end, 20) then
    return fail(RULE .. ' diagnostic still there ' .. timeout .. ' ms after the fix')
  end
  out({ step = 'cleared', remaining = vim.tbl_map(function(d) return code_of(d) end, vim.diagnostic.get(bufnr)) })
  out({ ok = true })
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)
if not ok then return fail('Lua error: ' .. tostring(err)) end
vim.cmd('qall!')
