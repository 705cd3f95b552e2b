-- Headless Neovim (0.7+) as a plain LSP client of the bundled server: open a file, wait for its
-- diagnostics, ask for a hover, write what Neovim saw as JSON, quit. Driven by test/clients/neovim.test.ts.
local env = vim.env

local function finish(result)
  local out = assert(io.open(env.PROBE_OUT, 'w'))
  out:write(vim.fn.json_encode(result))
  out:close()
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(env.PROBE_FILE))
local buf = vim.api.nvim_get_current_buf()
-- Started with -u NONE, so no filetype detection: the filetype becomes the LSP languageId.
vim.bo[buf].filetype = env.PROBE_FILETYPE

local client_id = vim.lsp.start_client({
  name = 'therapy-lint',
  cmd = { env.PROBE_NODE, env.PROBE_SERVER, '--stdio' },
  root_dir = env.PROBE_ROOT,
  init_options = { debounceMs = 0 },
})
vim.lsp.buf_attach_client(buf, client_id)

local published = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    code = d.code, source = d.source, severity = d.severity, message = d.message,
  })
end

local hover = vim.NIL
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
  textDocument = vim.lsp.util.make_text_document_params(buf),
  position = { line = tonumber(env.PROBE_HOVER_LINE), character = tonumber(env.PROBE_HOVER_CHARACTER) },
}, 10000)
for _, response in pairs(responses or {}) do
  if response.result then hover = response.result end
end

finish({ published = published, diagnostics = diagnostics, hover = hover, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) })
