#!/usr/bin/env node
'use strict'
// The CLI lives in the bundle that `npm install` builds (the prepare script).
require('../dist/cli.js').main()
