// Decodes, parses and validates a large document away from the main thread (load.ts sends its bytes
// here), so the page stays free to scroll and type while 13 MB of JSON are checked; the result goes
// back in slices (handover.ts).
import { handoverMessages } from './handover';
import { decodeDocument, interpretText } from './interpret';

self.onmessage = (event: MessageEvent<Uint8Array>) => {
  for (const message of handoverMessages(interpretText(decodeDocument(event.data)))) {
    self.postMessage(message);
  }
};
