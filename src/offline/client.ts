/**
 * The page's side of offline reading: registers the service worker (src/plugins/offline), asks
 * it for the state of the offline copy, starts the save of the whole course, and notices when a
 * newer deployment's worker is installed and waiting. Components read the state with
 * useOffline(); the server render and hydration see the initial state.
 */
import {useSyncExternalStore} from 'react';
import siteConfig from '@generated/docusaurus.config';
import type {FromWorker, OfflineStatus, ToWorker} from './protocol';

export interface OfflineState {
  /** The browser can keep the site offline (and this is a production build). */
  supported: boolean;
  status?: OfflineStatus;
  progress?: {doneFiles: number; files: number; doneBytes: number; bytes: number};
  failure?: 'network' | 'outdated' | 'storage';
  /** A newer version is installed and waits for the pages to reload. */
  updateReady: boolean;
  /** The browser has the API but refused the worker (see register). */
  refused?: boolean;
}

const INITIAL: OfflineState = {supported: false, updateReady: false};
let state = INITIAL;
const listeners = new Set<() => void>();

function set(change: Partial<OfflineState>) {
  state = {...state, ...change};
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useOffline(): OfflineState {
  return useSyncExternalStore(subscribe, () => state, () => INITIAL);
}

export const SW_URL = `${siteConfig.baseUrl}sw.js`;

export function canWorkOffline(): boolean {
  return process.env.NODE_ENV === 'production' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

let registration: Promise<ServiceWorkerRegistration | undefined> | undefined;

function onMessage(event: MessageEvent<FromWorker>) {
  const message = event.data;
  if (message.type === 'progress') set({progress: message, failure: undefined});
  else if (message.type === 'saved') set({status: message.status, progress: undefined, failure: undefined});
  else if (message.type === 'save-failed') set({status: message.status, progress: undefined, failure: message.reason});
}

function watchForUpdates(reg: ServiceWorkerRegistration) {
  // A worker that waits while another controls the page belongs to a newer deployment.
  const check = () => {
    if (reg.waiting && navigator.serviceWorker.controller) set({updateReady: true});
  };
  check();
  reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', check));
}

/** Registers the worker (once); resolves to its registration, or undefined where unsupported. */
export function register(): Promise<ServiceWorkerRegistration | undefined> {
  if (!canWorkOffline()) return Promise.resolve(undefined);
  registration ??= (async () => {
    set({supported: true});
    navigator.serviceWorker.addEventListener('message', onMessage);
    navigator.serviceWorker.startMessages();
    // A browser may refuse workers where the API still exists (a private window, a setting,
    // an automation tool that blocks them): the site then works as it does without one.
    const reg = await navigator.serviceWorker.register(SW_URL, {scope: siteConfig.baseUrl}).catch(() => undefined);
    if (!reg) {
      set({supported: false, refused: true});
      return undefined;
    }
    watchForUpdates(reg);
    return reg;
  })();
  return registration;
}

/** Sends `message` to the active worker; resolves to its answer when a port is asked for. */
async function ask<T>(message: ToWorker): Promise<T | undefined> {
  if (!(await register())) return undefined;
  const {active} = await navigator.serviceWorker.ready;
  if (!active) return undefined;
  const channel = new MessageChannel();
  const answer = new Promise<T>((resolve) => {
    channel.port1.onmessage = (e: MessageEvent<T>) => resolve(e.data);
  });
  active.postMessage(message, [channel.port2]);
  return answer;
}

export async function refreshStatus(): Promise<void> {
  const status = await ask<OfflineStatus>({type: 'status'});
  if (status) set({status});
}

/** Saves the whole course; progress and the outcome arrive as messages (see onMessage). */
export async function saveAll(): Promise<void> {
  set({failure: undefined, progress: {doneFiles: 0, files: state.status?.files ?? 0, doneBytes: 0, bytes: state.status?.bytes ?? 0}});
  await ask({type: 'save-all'});
}

/** Tells the worker which of the site's files this page used, so that it keeps them. */
export function reportVisit(urls: string[], kit: boolean): void {
  navigator.serviceWorker?.controller?.postMessage({type: 'visited', urls, kit} satisfies ToWorker);
}

/** Lets the waiting version take over, then reloads the page into it. */
export async function applyUpdate(): Promise<void> {
  const reg = await register();
  if (!reg?.waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {once: true});
  reg.waiting.postMessage({type: 'skip-waiting'} satisfies ToWorker);
}
