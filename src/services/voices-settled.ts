// Whether the system has said which voices it has. Chrome without a speech service fires one
// `voiceschanged` with no voices, early: listening from the start tells "none" apart from "not yet".
// Kept apart from speech-voices.ts so the first paint carries only this.

let settled = false;
let primed = false;

/** Asks for the voices early, so a slow system has listed them by the time they are wanted. */
export function primeVoices(): void {
  if (primed || typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  primed = true;
  window.speechSynthesis.addEventListener('voiceschanged', () => (settled = true));
  window.speechSynthesis.getVoices();
}

export function voicesSettled(): boolean {
  return settled;
}
