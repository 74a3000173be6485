// react-aria's usePress injects a <style> element (touch-action for pressable elements) unless one
// with this id already exists. Our CSP forbids inline styles, so the same rule ships in base.css and
// this marker tells react-aria it is already there.
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

export function markReactAriaStylesAsShipped(doc: Document): void {
  if (doc.getElementById(PRESSABLE_STYLE_ID)) return;
  const marker = doc.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  marker.name = 'react-aria-styles';
  marker.content = 'shipped in base.css';
  doc.head.append(marker);
}
