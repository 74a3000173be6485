// joinText: the pieces of one paragraph, adjacent strings as one text node (no space left alone).
import { render } from '@testing-library/react';
import { Fragment } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { joinText } from '../../src/i18n/slots';

const pieces = () =>
  joinText(
    ['First by ', <Fragment key="1">{<b>One</b>}</Fragment>, '.'],
    ' ',
    ['Then ', <Fragment key="1">{'text in a slot'}</Fragment>, '.'],
    ` At `,
    <time>noon</time>,
    '.',
  );

describe('joinText', () => {
  it('joins each run of strings into one text, around the elements', () => {
    const { container } = render(<p>{pieces()}</p>);
    const nodes = [...(container.firstChild?.childNodes ?? [])].map((node) => node.textContent);
    expect(nodes).toEqual(['First by ', 'One', '. Then text in a slot. At ', 'noon', '.']);
  });

  it('leaves the prerender no comment beside a space of its own', () => {
    const html = renderToString(<p>{pieces()}</p>);
    expect(html).toBe('<p>First by <b>One</b>. Then text in a slot. At <time>noon</time>.</p>');
  });
});
