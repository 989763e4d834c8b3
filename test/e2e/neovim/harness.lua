-- Drives the aims language server from Neovim's own LSP client (nvim 0.7 API).
-- Environment: AIMS_SERVER (command line), AIMS_ROOT, AIMS_FILE, AIMS_EXPECT (diagnostic
-- count to wait for), optional AIMS_HOVER "line:col" and AIMS_RENAME "line:col:newName".
-- Prints one line per result; exits non-zero (cquit) on failure.
local function emit(s) io.stdout:write(s .. '\n') end
local function fail(s) emit('FAIL ' .. s); vim.cmd('cquit 1') end

local root = os.getenv('AIMS_ROOT')
local file = os.getenv('AIMS_FILE')
local expect = tonumber(os.getenv('AIMS_EXPECT') or '1')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
local diagnostics = {}

local client_id = vim.lsp.start_client({
  name = 'aims',
  cmd = vim.split(os.getenv('AIMS_SERVER'), ' ', { trimempty = true }),
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
  settings = { aims = { today = '2026-11-28' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      diagnostics[result.uri] = result.diagnostics
    end,
  },
})
if not client_id then fail('client did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(20000, function() return diagnostics[uri] ~= nil and #diagnostics[uri] >= expect end, 20)
if not ok then fail('no diagnostics for ' .. uri) end
for _, d in ipairs(diagnostics[uri]) do
  emit(string.format('DIAG %d:%d %s %s', d.range.start.line, d.range.start.character, tostring(d.code), d.message))
end

local function position(spec)
  local line, col, rest = spec:match('^(%d+):(%d+):?(.*)$')
  return { line = tonumber(line), character = tonumber(col) }, rest
end

local hover = os.getenv('AIMS_HOVER')
if hover and hover ~= '' then
  local pos = position(hover)
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, 10000)
  local text = nil
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then
      local c = r.result.contents
      text = type(c) == 'string' and c or c.value
    end
  end
  if not text then fail('no hover: ' .. vim.inspect(res):gsub('\n', ' ')) end
  emit('HOVER ' .. text:gsub('\n', ' | '))
end

local rename = os.getenv('AIMS_RENAME')
if rename and rename ~= '' then
  local pos, newName = position(rename)
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/rename', { textDocument = { uri = uri }, position = pos, newName = newName }, 10000)
  for _, r in pairs(res or {}) do
    if r.err then fail('rename error ' .. vim.inspect(r.err)) end
    local edit = r.result
    if edit then
      local files, edits = 0, 0
      for _, list in pairs(edit.changes or {}) do files = files + 1; edits = edits + #list end
      emit(string.format('RENAME %d files %d edits', files, edits))
      vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
      emit('LINE ' .. vim.api.nvim_buf_get_lines(bufnr, pos.line, pos.line + 1, false)[1])
    end
  end
end

vim.lsp.stop_client(client_id)
vim.cmd('qall!')
