// The app's slider: react-aria's (a native range input inside), so arrows, Page Up/Down, Home and End
// work, values are read out in the reader's language, and help text is tied to it (WCAG 3.3.5).
import { useId, useLayoutEffect, useRef, useState } from 'react';
import {
  Label,
  Slider as AriaSlider,
  SliderFill,
  SliderOutput,
  SliderThumb,
  SliderTrack,
} from 'react-aria-components';
import './slider.css';

interface SliderProps {
  label: string;
  description: string;
  value: number;
  onChange: (value: number) => void;
  minValue: number;
  maxValue: number;
  step: number;
  /** How the value is shown and spoken, e.g. { style: 'unit', unit: 'percent' } for "150%". */
  formatOptions: Intl.NumberFormatOptions;
}

export function Slider({ label, description, onChange, ...props }: SliderProps) {
  const descriptionId = useId();
  const inputId = useThumbInputId();
  const groupRef = useUnnamedGroup();
  return (
    <AriaSlider {...props} ref={groupRef} onChange={(value) => onChange(value)} className="slider">
      <div className="slider-header">
        <Label className="field-label" {...(inputId.id !== undefined && { htmlFor: inputId.id })}>
          {label}
        </Label>
        {/* Seen, not heard: the slider says its own value, and a screen reader reading the row ran the
            label and this together ("Text size100%"). */}
        <SliderOutput className="slider-output" aria-hidden="true" />
      </div>
      <p id={descriptionId} className="field-help">
        {description}
      </p>
      <SliderTrack className="slider-track">
        <SliderFill className="slider-fill" />
        <SliderThumb className="slider-thumb" aria-describedby={descriptionId} inputRef={inputId.ref} />
      </SliderTrack>
    </AriaSlider>
  );
}

/**
 * react-aria names the slider's group by the label as well as the slider inside it, so a screen reader
 * said the label twice ("Text size panel, Text size slider"). The group keeps its role and loses its
 * name; the slider is the one named thing. (React leaves the attribute alone afterwards: its value
 * never changes.)
 */
function useUnnamedGroup() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.removeAttribute('aria-labelledby'));
  return ref;
}

/**
 * The id react-aria gives the thumb's range input, for the label's `for`. react-aria names the input
 * with aria-labelledby only (it drops `for`, which iOS VoiceOver lets override the names of a slider's
 * several thumbs; ours has one). Text reached through aria-labelledby counts for axe only while it is
 * on screen, so once the dialog scrolls the labels out of view (as choosing a language at its foot
 * does) axe took the inputs for unlabelled. A `for` label names them wherever they are scrolled.
 */
function useThumbInputId() {
  const ref = useRef<HTMLInputElement>(null);
  const [id, setId] = useState<string>();
  useLayoutEffect(() => setId(ref.current?.id), []);
  return { ref, id };
}
