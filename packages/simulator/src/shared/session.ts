/**
 * The simulator page's per-session key: the server puts it into the page it serves (a meta tag)
 * and answers its `/api/…` routes (the push API, the image proxy) only to requests that send it
 * back in a header. A page elsewhere cannot read it (the servers send no CORS headers), so it
 * proves "the simulator's own page". It is not a LINE secret. Shared by the server and the page.
 */
export const SESSION_META = "flexkit-session";
export const SESSION_HEADER = "x-flexkit-session";
