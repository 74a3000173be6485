import type { ReactNode } from 'react';
import { useUiLanguage } from './useUiLanguage';

interface SectionProps {
  id: string;
  heading: string;
  children: ReactNode;
  className?: string;
}

/** A section of the article with its heading in the interface's language. */
export function Section({ id, heading, children, className }: SectionProps) {
  const ui = useUiLanguage();
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id} tabIndex={-1} {...ui}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
