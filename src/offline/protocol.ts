/**
 * The messages between the pages and the service worker (src/plugins/offline/worker.js, which
 * is plain JavaScript and follows these shapes by hand).
 */

/** What the worker knows about the offline copy of the version it serves. */
export interface OfflineStatus {
  /** The deployment the worker belongs to (a hash of every file's hash). */
  version: string;
  /** Every file of the site the full offline copy holds. */
  files: number;
  /** Their size as stored, in bytes. */
  bytes: number;
  /** Their size to download, compressed as the host serves them (an estimate), in bytes. */
  download: number;
  cachedFiles: number;
  cachedBytes: number;
  /** The reader saved the whole course (and it is complete for this version). */
  savedAll: boolean;
  /** A save of the whole course is under way. */
  saving: boolean;
}

/** From the page. `status` and `save-all` are answered on the port sent with them. */
export type ToWorker =
  | {type: 'status'}
  | {type: 'save-all'}
  /** `kit`: also keep the code split off for loading on demand (diagrams, search, widgets' libraries). */
  | {type: 'visited'; urls: string[]; kit: boolean}
  | {type: 'skip-waiting'};

/** From the worker, to every open page of the site. */
export type FromWorker =
  | {type: 'progress'; doneFiles: number; files: number; doneBytes: number; bytes: number}
  | {type: 'saved'; status: OfflineStatus}
  | {type: 'save-failed'; reason: 'network' | 'outdated' | 'storage'; status: OfflineStatus};
