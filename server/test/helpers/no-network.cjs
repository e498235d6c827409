// Preloaded into the server or the CLI by the network test: records (and blocks) every attempt to
// open a network connection or resolve a host name, so a test can assert there were none.
'use strict'
const fs = require('node:fs')
const net = require('node:net')
const dns = require('node:dns')
const log = process.env.KLARSPRAK_NETWORK_LOG
const record = (what) => {
  fs.appendFileSync(log, `${what}\n`)
  throw new Error(`network access blocked in test: ${what}`)
}
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  const target = args[0]
  // pipes and IPC paths (stdio, VS Code's IPC) are not network connections
  if (target && typeof target === 'object' && typeof target.path === 'string') return connect.apply(this, args)
  if (typeof target === 'string' && !/^\d+$/.test(target)) return connect.apply(this, args)
  return record(`connect ${JSON.stringify(target)}`)
}
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  dns[name] = (...args) => record(`dns.${name} ${String(args[0])}`)
}
