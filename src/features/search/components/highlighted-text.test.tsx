import { render } from '@testing-library/react';
import { HighlightedText } from './highlighted-text';

describe('HighlightedText', () => {
  it('marks matched words and keeps the rest as text', () => {
    const { container } = render(
      <p>
        <HighlightedText
          text="Grain corridor talks resume in Istanbul"
          terms={['grain', 'istan']}
        />
      </p>,
    );
    expect(Array.from(container.querySelectorAll('mark')).map((mark) => mark.textContent)).toEqual([
      'Grain',
      'Istanbul',
    ]);
    expect(container.textContent).toBe('Grain corridor talks resume in Istanbul');
  });

  it('shows markup from a title or a query as characters, never as elements', () => {
    const text = 'Exploit <img src=x onerror=alert(1)> and <script>alert(2)</script>';
    const { container } = render(
      <p>
        <HighlightedText text={text} terms={['img', 'script', 'onerror']} />
      </p>,
    );
    expect(container.textContent).toBe(text);
    expect(container.querySelector('img, script')).toBeNull();
    const paragraph = container.querySelector('p')!;
    expect(Array.from(paragraph.children).every((child) => child.tagName === 'MARK')).toBe(true);
    expect(container.querySelectorAll('mark')).toHaveLength(4);
  });
});
