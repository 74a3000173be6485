// The app's button: react-aria's, so press, keyboard and focus-visible behave the same everywhere.
import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps } from 'react-aria-components';

export function Button({
  className,
  ...props
}: ButtonProps & { className?: string; ref?: Ref<HTMLButtonElement> }) {
  return <AriaButton {...props} className={['button', className].filter(Boolean).join(' ')} />;
}
