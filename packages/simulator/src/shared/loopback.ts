/**
 * The names of this machine, as a Host header or a URL's hostname gives them (IPv6 in brackets):
 * the simulator's servers answer only at these (against DNS rebinding), and the push client sends
 * the token over plain http only to these (a local mock such as Prism).
 */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["127.0.0.1", "localhost", "[::1]"]);
