// Preloaded with NODE_OPTIONS="--require ./scripts/offline-guard.cjs" to prove a command works
// with no network: any connection to a host other than this machine throws, in this process
// and in every child process it starts (they inherit NODE_OPTIONS).
const net = require("node:net");
const dns = require("node:dns");

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|::1|0\.0\.0\.0)$/i;
function refuse(host) {
  const error = new Error(`offline-guard: network access to ${host} refused (this command must work offline)`);
  error.code = "ENETUNREACH";
  return error;
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === "object" && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  const host = options.host ?? "localhost";
  if (!options.path && !LOCAL.test(String(host))) {
    process.nextTick(() => this.destroy(refuse(host)));
    return this;
  }
  return connect.apply(this, args);
};
const lookup = dns.lookup;
dns.lookup = function (hostname, ...rest) {
  const callback = rest.at(-1);
  if (!LOCAL.test(hostname) && typeof callback === "function")
    return process.nextTick(() => callback(refuse(hostname)));
  return lookup.call(this, hostname, ...rest);
};
// fetch (undici) resolves names through dns.lookup too, and connects through net.
