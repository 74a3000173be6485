import type { Passages as PassagesData } from '../interview/generated/interview';

export function Passages({ passages }: { passages: PassagesData }) {
  return (
    <>
      {passages.map((passage, index) => (
        <p key={index}>{passage.text}</p>
      ))}
    </>
  );
}
