// The app's button: the browser's own. Keyboard, press and focus-visible are native; react-aria's press
// machinery stays out of the first download (it comes with the dialogs, whose widgets need it).
import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type' | 'disabled'> & {
  onPress?: () => void;
  isDisabled?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({ className, onPress, isDisabled, ...props }: ButtonProps) {
  return (
    <button
      type="button"
      {...props}
      disabled={isDisabled}
      onClick={onPress}
      className={['button', className].filter(Boolean).join(' ')}
    />
  );
}
