// The local dashboard server behind `waymark serve`.
export { createApp } from './app.js';
export type { AppOptions } from './app.js';
export { startServer, findFreePort, DEFAULT_PORT, DEFAULT_HOST } from './listen.js';
export type { ServeOptions, RunningServer } from './listen.js';
export { WorkspaceState, localClock } from './workspace-state.js';
export type { Snapshot, WorkspaceStateOptions } from './workspace-state.js';
export { LiveHub, watchNotes } from './live.js';
export type { ChangeNotice } from './live.js';
export { HttpError } from './errors.js';
export { loopbackHosts, TOKEN_HEADER } from './security.js';
export { TOKEN_PLACEHOLDER } from './static.js';
