// The app's slider: react-aria's (a native range input inside), so arrows, Page Up/Down, Home and End
// work, values are read out in the reader's language, and help text is tied to it (WCAG 3.3.5).
import { useId } from 'react';
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
  return (
    <AriaSlider {...props} onChange={(value) => onChange(value)} className="slider">
      <div className="slider-header">
        <Label className="field-label">{label}</Label>
        <SliderOutput className="slider-output" />
      </div>
      <p id={descriptionId} className="field-help">
        {description}
      </p>
      <SliderTrack className="slider-track">
        <SliderFill className="slider-fill" />
        <SliderThumb className="slider-thumb" aria-describedby={descriptionId} />
      </SliderTrack>
    </AriaSlider>
  );
}
