-- Neovim 0.7 as a second LSP client for Klarspråk, run by neovim.test.mjs:
--   nvim --headless --clean -u NONE -c "luafile neovim-client.lua" FILE.md
-- Attaches the bundled server over stdio, waits for the pushed diagnostic, asks for code actions
-- exactly as `vim.lsp.buf.code_action()` does (Neovim 0.7 echoes the diagnostic with UTF-8 byte
-- columns), applies the preferred fix, writes the buffer and quits. Each check is written as one
-- JSON line to $KLARSPRAK_E2E_RESULTS; the driver reads the file on disk itself.

local results_path = assert(os.getenv('KLARSPRAK_E2E_RESULTS'), 'KLARSPRAK_E2E_RESULTS not set')
local server_cmd = vim.fn.json_decode((assert(os.getenv('KLARSPRAK_E2E_SERVER_CMD'), 'KLARSPRAK_E2E_SERVER_CMD not set')))
local expected_word = 'erhålla'
local expected_title = 'Ersätt med ”få”'

local out = assert(io.open(results_path, 'w'))
local function record(name, ok, detail)
  out:write(vim.fn.json_encode({ name = name, ok = ok and true or false, detail = detail or '' }), '\n')
  out:flush()
  return ok
end
local function finish(code)
  out:close()
  vim.cmd((code == 0) and 'qall!' or ('cquit! ' .. code))
end

local function main()
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown' -- becomes the languageId of didOpen; -u NONE detects none
  local line = vim.api.nvim_buf_get_lines(bufnr, 0, 1, true)[1]

  local log = {}
  local started = vim.loop.hrtime()
  local client_id = vim.lsp.start_client({
    name = 'klarsprak',
    cmd = server_cmd,
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h'),
    handlers = {
      ['window/logMessage'] = function(_, params) table.insert(log, params.message) end,
    },
  })
  if not record('server starts', client_id ~= nil, table.concat(server_cmd, ' ')) then return 1 end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. The diagnostic is pushed (Neovim 0.7 has no pull diagnostics).
  local got = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  local ms = math.floor((vim.loop.hrtime() - started) / 1e6)
  local diags = vim.diagnostic.get(bufnr)
  if not record('diagnostic arrives', got, got and (ms .. ' ms after start')
      or ('none within 20 s; server log: ' .. table.concat(log, ' | '))) then
    return 1
  end
  local d
  for _, x in ipairs(diags) do
    if x.source == 'klarsprak' and x.code == 'plain-words' then d = x end
  end
  local byte_col = line:find(expected_word, 1, true) - 1
  local ok = d ~= nil
    and d.lnum == 0 and d.col == byte_col and d.end_col == byte_col + #expected_word
    and d.message == 'Skriv hellre ”få” än ”erhålla”.'
  if not record('diagnostic is on "' .. expected_word .. '" (bytes ' .. byte_col .. '-' .. (byte_col + #expected_word)
      .. ' after mapping from UTF-16)', ok, ok and d.message or vim.inspect(diags, { newline = ' ', indent = '' })) then
    return 1
  end

  -- 2. Code actions, requested the way vim.lsp.buf.code_action() builds them in 0.7.
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum) }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local actions = {}
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do table.insert(actions, action) end
  end
  local preferred
  for _, action in ipairs(actions) do
    if action.isPreferred then preferred = action end
  end
  ok = preferred ~= nil and preferred.title == expected_title and preferred.edit ~= nil
  local echoed = params.context.diagnostics[1] and params.context.diagnostics[1].range
  local detail
  if ok then
    local change = (preferred.edit.documentChanges or {})[1]
    local edit = change and change.edits and change.edits[1]
    detail = string.format('Neovim echoed character %s; the edit replaces UTF-16 %s-%s',
      echoed and echoed.start.character or '?', edit and edit.range.start.character or '?',
      edit and edit.range['end'].character or '?')
  else
    detail = (err or '') .. ' echoed range: ' .. vim.inspect(echoed, { newline = ' ', indent = '' })
      .. ' actions: ' .. vim.inspect(actions, { newline = ' ', indent = '' })
  end
  if not record('preferred code action is "' .. expected_title .. '"', ok, detail) then return 1 end

  -- 3. Apply it as Neovim would, then write the file; the driver checks the bytes on disk.
  local applied, apply_err = pcall(vim.lsp.util.apply_workspace_edit, preferred.edit, 'utf-16')
  if not record('workspace edit applies', applied, apply_err and tostring(apply_err)) then return 1 end
  vim.cmd('write')
  vim.lsp.stop_client(client_id)
  return 0
end

local ok, code = xpcall(main, debug.traceback)
if not ok then
  record('client script runs', false, tostring(code))
  code = 1
end
finish(code)
