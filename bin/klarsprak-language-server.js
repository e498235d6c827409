#!/usr/bin/env node
'use strict'
// The language server for any LSP client: klarsprak-language-server --stdio
require('../dist/server.js')
