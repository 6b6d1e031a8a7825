// "Share live session…" for both hosts (the desktop app and `npm run web`): which networks a
// session may listen on, and the one session the app runs at a time. The page only ever names an
// interface by the id handed out here, so it can never make the host listen on an address of its
// choosing.
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import type { LiveShareInfo, LiveShareRequest, LiveShareResult, ShareInterface } from '../../core/host/contract.ts';
import { startLiveSession, type LiveSession, type LiveSessionOptions } from './session.ts';

export interface ShareNetwork extends ShareInterface {
  /** The address the session binds to. */
  bind: string;
}

/** This computer only, each IPv4 network this computer is on, then every network at once. */
export function shareNetworks(): ShareNetwork[] {
  const lan: ShareNetwork[] = [];
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.internal || address.family !== 'IPv4') continue;
      lan.push({ id: `if:${name}:${address.address}`, label: `${name} (${address.address})`, bind: address.address });
    }
  }
  return [
    { id: 'local', label: 'This computer only (127.0.0.1)', bind: '127.0.0.1' },
    ...lan,
    { id: 'all', label: 'Every network of this computer (0.0.0.0)', bind: '0.0.0.0' },
  ];
}

export type SessionStarter = (options: LiveSessionOptions) => Promise<LiveSession>;

export interface LiveShareOptions {
  /** The built editor the session serves (the desktop app passes its own copy). */
  editorDir?: string;
  log?: (line: string) => void;
  networks?: () => ShareNetwork[];
  start?: SessionStarter;
}

/** At most one live session, started and ended on the user's request. */
export class LiveShare {
  private running: { session: LiveSession; info: LiveShareInfo } | null = null;
  private readonly networks: () => ShareNetwork[];
  private readonly start: SessionStarter;

  constructor(private readonly options: LiveShareOptions = {}) {
    this.networks = options.networks ?? shareNetworks;
    this.start = options.start ?? startLiveSession;
  }

  interfaces(): ShareInterface[] {
    return this.networks().map(({ id, label }) => ({ id, label }));
  }

  state(): LiveShareInfo | null {
    return this.running?.info ?? null;
  }

  async share(mapPath: string, request: LiveShareRequest): Promise<LiveShareResult> {
    const file = resolve(mapPath);
    if (this.running) {
      const info = this.running.info;
      if (info.file === file) return { ok: true, ...info };
      return { ok: false, message: `a live session on ${info.file} is running: end it first` };
    }
    const network = this.networks().find((n) => n.id === request.interfaceId);
    if (!network) return { ok: false, message: 'that network is no longer available: choose another' };
    try {
      const session = await this.start({
        mapPath: file,
        host: network.bind,
        readOnly: request.readOnly,
        ...(this.options.editorDir ? { editorDir: this.options.editorDir } : {}),
        ...(this.options.log ? { log: this.options.log } : {}),
      });
      const info: LiveShareInfo = {
        file,
        joinUrl: session.joinUrl,
        viewUrl: session.viewUrl,
        interfaceLabel: network.label,
        readOnly: request.readOnly,
      };
      this.running = { session, info };
      return { ok: true, ...info };
    } catch (e) {
      return { ok: false, message: `could not start the session: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  /** Participants are told, the last changes are written, the server stops. */
  async end(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await running.session.end();
  }
}
