// Parses and validates a large document away from the main thread (load.ts sends it here), so the
// page stays free to scroll and type while 13 MB of JSON are checked.
import { interpretText } from './interpret';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(interpretText(event.data));
};
