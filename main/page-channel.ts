/**
 * Events from the shell and the core to the page. State (`project.changed`, job progress) is
 * sent when a page is there to hear it; a page that loads later reads the state itself. A
 * request the page must act on (open this file, a menu command, the window wants to close) is
 * kept until the page has loaded, so a file double-clicked while the app starts is not lost.
 */
import { EVENT_CHANNEL, type EventName, type EventPayloads } from '../shared/contract.js';
import type { WebContentsLike } from './electron-api.js';

export class PageChannel {
  private contents: WebContentsLike | null = null;
  private loaded = false;
  private gone = false;
  private queue: [EventName, unknown][] = [];

  /** Follows a window's page: requests wait for its first load. */
  attach(contents: WebContentsLike): void {
    this.contents = contents;
    this.loaded = false;
    this.gone = false;
    contents.on('render-process-gone', () => {
      this.loaded = false;
      this.gone = true;
    });
    contents.on('did-finish-load', () => {
      this.loaded = true;
      this.gone = false;
      for (const [event, payload] of this.queue.splice(0)) contents.send(EVENT_CHANNEL, event, payload);
    });
  }

  /** The page crashed or was killed: nothing in it can answer until it loads again. */
  get pageGone(): boolean {
    return this.gone;
  }

  detach(): void {
    this.contents = null;
    this.loaded = false;
  }

  /** State: sent now or not at all. */
  send<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    if (this.contents && this.loaded) this.contents.send(EVENT_CHANNEL, event, payload);
  }

  /** A request: sent now, or as soon as the page has loaded. */
  deliver<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    if (this.contents && this.loaded) this.contents.send(EVENT_CHANNEL, event, payload);
    else this.queue.push([event, payload]);
  }
}
