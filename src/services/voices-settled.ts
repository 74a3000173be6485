// When the system first said which voices it has. Chrome without a speech service fires one
// `voiceschanged` with no voices, early: listening from the start tells "none" apart from "not yet".
// Chromium with speech-dispatcher fires that same empty one first too, then lists the voices a second
// or more later, so an empty answer is believed only after a grace (speech-voices.ts).
// Kept apart from speech-voices.ts so the first paint carries only this.

let answeredAt: number | undefined;
let primed = false;

/** Asks for the voices early, so a slow system has listed them by the time they are wanted. */
export function primeVoices(): void {
  if (primed || typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  primed = true;
  window.speechSynthesis.addEventListener('voiceschanged', () => (answeredAt ??= performance.now()));
  window.speechSynthesis.getVoices();
}

/** How long ago the system first answered (milliseconds), or undefined while it has not. */
export function voicesAnsweredAgo(): number | undefined {
  return answeredAt === undefined ? undefined : performance.now() - answeredAt;
}
