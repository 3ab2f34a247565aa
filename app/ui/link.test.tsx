import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DocumentHydrates, Link } from './link';

function render(hydrates: boolean) {
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={['/ar/objectives/7']}>
      <DocumentHydrates.Provider value={hydrates}>
        <Link to="/ar/pledges?objective=7" className="x" aria-current="page" prefetch="intent" reloadDocument>
          pledges
        </Link>
      </DocumentHydrates.Provider>
    </MemoryRouter>,
  );
}

describe('Link', () => {
  it('is a plain anchor with the same href and attributes in a document sent without JavaScript', () => {
    expect(render(false)).toBe('<a href="/ar/pledges?objective=7" class="x" aria-current="page">pledges</a>');
  });

  it("is React Router's Link in a document that hydrates", () => {
    const html = render(true);
    expect(html).toContain('href="/ar/pledges?objective=7"');
    expect(html).toContain('class="x"');
    // The router's own link marks itself for route discovery; the plain anchor does not.
    expect(html).toContain('data-discover="true"');
  });
});
