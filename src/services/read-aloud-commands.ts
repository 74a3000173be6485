// Read aloud's commands, reachable from the keyboard shortcuts without the keyboard feature importing
// read aloud: whichever read-aloud control is mounted handles them.

export type ReadAloudCommand = 'playPause' | 'stop' | 'nextSentence' | 'previousSentence';

type Handler = (command: ReadAloudCommand) => boolean;

let handler: Handler | null = null;

export function handleReadAloudCommands(next: Handler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

/** Runs a command; false when nothing handles it or there was nothing to do. */
export function runReadAloudCommand(command: ReadAloudCommand): boolean {
  return handler?.(command) ?? false;
}
