// Reading a document for `npm run validate` as the app fetches one: at most MAX_INTERVIEW_BYTES (more
// is refused, and /dev/zero or a pipe that never ends is not read forever), decoded by decodeDocument.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeDocument } from '../src/interview/interpret.ts';

export type ReadOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'notFound' | 'tooLarge' | 'folder' | 'unreadable'; detail?: string };

const CHUNK_BYTES = 1 << 20;

export function readDocument(path: string, maxBytes: number): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return failure(error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, reason: 'folder' };
    // A regular file says its size; devices and pipes say 0 and are read until the limit.
    if (stats.isFile() && stats.size > maxBytes) return { ok: false, reason: 'tooLarge' };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(stats.isFile() ? Math.max(1, stats.size + 1 - total) : CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) return { ok: false, reason: 'tooLarge' };
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return { ok: true, text: decodeDocument(Buffer.concat(chunks, total)) };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

function failure(error: unknown): ReadOutcome {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, reason: 'notFound' };
  if (code === 'EISDIR') return { ok: false, reason: 'folder' };
  return { ok: false, reason: 'unreadable', detail: code ?? String(error) };
}
