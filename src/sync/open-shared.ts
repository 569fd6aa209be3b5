/**
 * Opens a shared review: its Yjs document kept in IndexedDB (offline, across reloads), passed
 * between this browser's tabs, synced through the team's server when one is set, with presence
 * (awareness). Loaded on demand: nothing here is in the start-up bundle.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { CrosscheckStore } from '../store/index.ts';
import { readPlace } from '../store/place.ts';
import { bindStore, FROM_STORE } from './bind-store.ts';
import { readReview, sharedClaims } from './review-doc.ts';
import { describePlace } from './describe-place.ts';
import { teamExportOf } from './team-export.ts';
import { setTeamStatus, setTeamVerdicts, type Peer, type TeamStatus } from './team-state.ts';
import type { Reviewer } from './team-verdicts.ts';

/** The room (and database) name of a review. */
export const roomOf = (reviewId: string) => `crosscheck-${reviewId}`;

/** Opens review `reviewId` as shared; resolves with a function that closes it. */
export async function openShared(
  store: CrosscheckStore,
  reviewId: string,
  me: Reviewer,
  server: string,
): Promise<() => void> {
  const doc = new Y.Doc();
  const room = roomOf(reviewId);
  const stored = new IndexeddbPersistence(room, doc);
  await stored.whenSynced;
  const stops: (() => void)[] = [];
  setTeamStatus({ reviewId, link: server ? 'connecting' : 'off', unsent: false, peers: [] });
  const bind = () =>
    bindStore(store, reviewId, doc, me, (review) => {
      const disagreements = Object.values(review.claims).filter((c) => c.conflict).length;
      const notes: TeamStatus['notes'] = {};
      for (const [id, c] of Object.entries(sharedClaims(doc))) {
        const others = Object.entries(c.notes)
          .filter(([who]) => who !== me.id)
          .map(([, n]) => n)
          .sort((a, b) => a.at - b.at);
        if (others.length > 0) notes[id] = others;
      }
      setTeamStatus({ disagreements, notes });
    });

  let awareness: Awareness;
  let provider: WebsocketProvider | null = null;
  if (server) {
    // Connected once its handlers are set; an address the WebSocket refuses (a saved 'ws://host:99999')
    // throws on connecting, and is then a server not reached rather than a review that never opens.
    const p = new WebsocketProvider(server, room, doc, { maxBackoffTime: 5000, connect: false });
    const connect = () => {
      try {
        p.connect();
      } catch {
        p.disconnect();
      }
    };
    provider = p;
    awareness = p.awareness;
    let unsent = false;
    // Once in step with the server, a lost connection is shown as such until it is back.
    let wasInStep = false;
    const waiting = () => (wasInStep ? 'reconnecting' : 'connecting');
    p.on('status', ({ status }) => {
      setTeamStatus({
        link: status === 'connected' ? waiting() : navigator.onLine ? waiting() : 'offline',
      });
    });
    p.on('sync', (synced) => {
      if (synced) unsent = false;
      const inStep = synced && p.wsconnected;
      if (inStep) wasInStep = true;
      setTeamStatus({ link: inStep ? 'connected' : waiting(), unsent });
    });
    const onLocal = (_u: Uint8Array, origin: unknown) => {
      if (origin === FROM_STORE && !(p.wsconnected && p.synced) && !unsent) {
        unsent = true;
        setTeamStatus({ unsent });
      }
    };
    doc.on('update', onLocal);
    // The browser's network events: stop at once when it goes offline (edits wait in IndexedDB),
    // and reconnect the moment it is back instead of after the client's back-off.
    const online = () => {
      p.disconnect();
      connect();
    };
    const offline = () => {
      p.disconnect();
      setTeamStatus({ link: 'offline' });
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    if (!navigator.onLine) offline();
    else connect();
    stops.push(() => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      doc.off('update', onLocal);
      p.destroy();
    });
  } else {
    // No server: this browser's tabs pass updates to each other through a channel of the review.
    awareness = new Awareness(doc);
    const channel = new BroadcastChannel(room);
    const send = (u: Uint8Array, origin: unknown) => {
      if (origin !== channel) channel.postMessage(u);
    };
    // A tab that opens asks the others for what they hold, and sends what it holds.
    channel.onmessage = (e: MessageEvent<Uint8Array | 'hello'>) => {
      if (e.data === 'hello') channel.postMessage(Y.encodeStateAsUpdate(doc));
      else Y.applyUpdate(doc, e.data, channel);
    };
    doc.on('update', send);
    channel.postMessage('hello');
    channel.postMessage(Y.encodeStateAsUpdate(doc));
    stops.push(() => {
      doc.off('update', send);
      channel.close();
      awareness.destroy();
    });
  }

  // A review this browser has never held in the document (joining a colleague's, or sharing one
  // the server already has) waits briefly for the server's copy, so the team's work comes first.
  if (server && readReview(doc, me.id) === null && navigator.onLine)
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        provider?.off('sync', done);
        resolve();
      };
      const timer = setTimeout(done, 3000);
      provider?.on('sync', done);
    });
  stops.push(bind());
  setTeamVerdicts(() => teamExportOf(sharedClaims(doc)));
  stops.push(() => setTeamVerdicts(null));

  // Presence: who is here and where, from the reviewer's saved place in this review.
  awareness.setLocalStateField('user', { name: me.name, colour: me.colour, id: me.id });
  const showPlace = () => {
    const place = describePlace(readPlace(reviewId), store.getState().reviews[reviewId]);
    if (awareness.getLocalState()?.place !== place) awareness.setLocalStateField('place', place);
  };
  showPlace();
  const timer = window.setInterval(showPlace, 1000);
  const onPeers = () => {
    const peers: Peer[] = [];
    awareness.getStates().forEach((s, clientId) => {
      const user = s.user as { name?: unknown; colour?: unknown } | undefined;
      if (clientId === awareness.clientID || typeof user?.name !== 'string') return;
      peers.push({
        clientId,
        name: user.name,
        colour: typeof user.colour === 'string' ? user.colour : '#555555',
        place: typeof s.place === 'string' ? s.place : '',
      });
    });
    peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
    setTeamStatus({ peers });
  };
  awareness.on('change', onPeers);
  onPeers();

  return () => {
    window.clearInterval(timer);
    awareness.off('change', onPeers);
    removeAwarenessStates(awareness, [awareness.clientID], 'closed');
    for (const stop of stops.reverse()) stop();
    void stored.destroy();
    doc.destroy();
    setTeamStatus(null);
  };
}
