// Preloaded into Prism (NODE_OPTIONS=--require) by the contract tests: any outgoing connection to
// a host other than this machine is refused and written to FLEXKIT_EGRESS_LOG, so a test can prove
// that the mock never reached the internet (e.g. to resolve a remote $ref).
const fs = require("node:fs");
const net = require("node:net");
const log = process.env.FLEXKIT_EGRESS_LOG;
const local = new Set(["127.0.0.1", "::1", "localhost", "::ffff:127.0.0.1"]);
fs.appendFileSync(log, `guard loaded in ${process.pid}\n`);
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  // net.connect() hands the socket its normalized arguments as one array: [options, callback].
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === "object" && first !== null ? first : {};
  const host = options.host ?? (typeof args[1] === "string" ? args[1] : undefined);
  const path = options.path ?? (typeof first === "string" ? first : undefined);
  if (path === undefined && host !== undefined && !local.has(host)) {
    fs.appendFileSync(log, `EGRESS ${host}:${options.port}\n`);
    throw new Error(`egress to ${host} refused by the test guard`);
  }
  return connect.apply(this, args);
};
