import type { ReactNode } from 'react';
import { useUiLanguage } from './useUiLanguage';

interface SectionProps {
  id: string;
  heading: string;
  children: ReactNode;
  className?: string;
}

/**
 * A section of the article with its heading in the interface's language. Not a named region: the
 * heading already says what it is, and a landmark per section would make a screen reader say it twice.
 */
export function Section({ id, heading, children, className }: SectionProps) {
  const ui = useUiLanguage();
  return (
    <section className={className}>
      <h2 id={id} {...ui}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
