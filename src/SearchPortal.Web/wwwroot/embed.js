/*
 * SearchPortal embeddable search box. No dependencies, no build step.
 *
 * Usage on a partner page:
 *   <script src="https://PORTAL/embed.js" async></script>
 *   <div data-searchportal data-partner="loreto-ngo" data-results="inline" data-lang="es"></div>
 *
 * Attributes of the placeholder element:
 *   data-partner   partner key given by the portal; searches stay within the partner's scope.
 *   data-results   "inline" shows results under the box; otherwise the portal's search page opens in a new tab.
 *   data-lang      interface language, "en" or "es" (default: the page's <html lang>, else English).
 *                  It does not filter results; the partner's scope does.
 *   data-size      results shown inline, 1-20 (default 5).
 *   data-label     replaces the input's label text.
 *   data-map       "on" shows a small map of where the inline results are (an image from /api/map).
 *
 * Theming: the box lives in a Shadow DOM, so page CSS cannot reach it; set these custom properties on the
 * placeholder or any ancestor instead:
 *   --sp-font (font-family), --sp-accent (button, links, focus), --sp-accent-text (button text),
 *   --sp-text, --sp-muted, --sp-bg, --sp-border, --sp-mark (highlight), --sp-radius, --sp-gap.
 *
 * The partner page's CSP must allow the portal in script-src and connect-src (and img-src with data-map).
 */
(() => {
  'use strict';

  const TEXT = {
    en: {
      label: 'Search news on trafficking and organized crime',
      button: 'Search',
      searching: 'Searching…',
      count: (n, f) => (n === 0 ? 'No results' : n === 1 ? '1 result' : `${f(n)} results`),
      failed: 'Search is unavailable right now. Please try again later.',
      unknownOutlet: 'Unknown outlet',
      undated: 'Undated',
      newTab: '(opens in a new tab)',
      more: 'All results on SearchPortal',
      map: 'Map: where the results are, darker regions with more articles',
      suggest: 'Did you mean',
      showing: (shown, typed) => [`Showing results for `, shown, `; search instead for `, typed],
    },
    es: {
      label: 'Buscar noticias sobre trata y crimen organizado',
      button: 'Buscar',
      searching: 'Buscando…',
      count: (n, f) => (n === 0 ? 'Sin resultados' : n === 1 ? '1 resultado' : `${f(n)} resultados`),
      failed: 'La búsqueda no está disponible en este momento. Inténtelo más tarde.',
      unknownOutlet: 'Medio desconocido',
      undated: 'Sin fecha',
      newTab: '(se abre en una pestaña nueva)',
      more: 'Todos los resultados en SearchPortal',
      map: 'Mapa: dónde están los resultados, más oscuras las regiones con más artículos',
      suggest: 'Quizás quiso decir',
      showing: (shown, typed) => [`Se muestran resultados de `, shown, `; buscar en su lugar `, typed],
    },
  };

  const CSS = `
:host { all: initial; display: block; }
.sp { font-family: var(--sp-font, system-ui, sans-serif); font-size: 16px; line-height: 1.45;
  color: var(--sp-text, #1b1f24); background: var(--sp-bg, #fff);
  letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0; text-align: start; text-shadow: none;
  font-style: normal; font-weight: 400; font-variant: normal; white-space: normal; }
.sp-label { display: block; font-weight: 600; margin-bottom: .35em; }
.sp-row { display: flex; gap: var(--sp-gap, .5em); }
input { flex: 1; min-width: 0; font: inherit; color: inherit; background: var(--sp-bg, #fff); padding: .45em .6em;
  border: 1px solid var(--sp-border, #8a939d); border-radius: var(--sp-radius, 6px); }
button { font: inherit; font-weight: 600; cursor: pointer; padding: .45em 1em; border: 0;
  border-radius: var(--sp-radius, 6px); color: var(--sp-accent-text, #fff); background: var(--sp-accent, #12355b); }
input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid var(--sp-accent, #12355b); outline-offset: 2px; }
.sp-status { margin: .6em 0 0; color: var(--sp-muted, #5b6470); font-size: .9em; }
.sp-status:empty { margin: 0; }
.sp-notice { margin: .3em 0 0; color: var(--sp-muted, #5b6470); font-size: .85em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.sp-link { font: inherit; padding: 0; border: 0; background: none; color: var(--sp-accent, #12355b); text-decoration: underline; cursor: pointer; }
.sp-results { list-style: none; margin: .5em 0 0; padding: 0; }
.sp-hit { padding: .6em 0; border-top: 1px solid var(--sp-border, #d5dadf); }
h3 { font-size: 1.05em; margin: 0; }
a { color: var(--sp-accent, #12355b); }
.sp-meta { margin: .15em 0; color: var(--sp-muted, #5b6470); font-size: .85em; }
.sp-snippet { margin: .25em 0 0; font-size: .92em; }
mark { background: var(--sp-mark, #ffe58a); color: inherit; padding: 0 .1em; }
.sp-more { margin: .5em 0 0; font-size: .9em; }
.sp-map { display: block; width: 100%; max-width: 18em; height: auto; margin: .5em 0 0; }
.sp-map:not([src]) { display: none; }
.sp-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

  // document.currentScript is null for async scripts: find our own element by its src instead.
  const script = document.currentScript
    || [...document.querySelectorAll('script[src]')].find((s) => new URL(s.src, location.href).pathname.endsWith('/embed.js'));
  const portal = new URL('.', script ? script.src : location.href);

  let sheet = null;
  let counter = 0;

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };

  const decode = (text) => text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (entity, name) => {
    const lower = name.toLowerCase();
    if (lower[0] === '#') {
      const code = lower[1] === 'x' ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower];
  });

  // Titles and snippets arrive as HTML-encoded text with <mark> around matches. Only text and <mark> are
  // rebuilt, as DOM nodes; any other markup stays visible text and is never parsed as HTML.
  const appendMarked = (parent, html) => {
    let target = parent;
    for (const part of String(html || '').split(/(<\/?mark>)/i)) {
      const tag = part.toLowerCase();
      if (tag === '<mark>' && target === parent) {
        target = parent.appendChild(el('mark'));
      } else if (tag === '</mark>') {
        target = parent;
      } else if (tag !== '<mark>' && part) {
        target.append(decode(part));
      }
    }
  };

  const adoptStyles = (root) => {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      root.append(el('style', '', CSS));
    }
  };

  const formatDate = (iso, lang) => {
    const date = iso ? new Date(`${iso}T00:00:00Z`) : null;
    return date && !isNaN(date) ? date.toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : '';
  };

  const mount = (host) => {
    if (host.shadowRoot) return;
    const pageLang = (host.dataset.lang || document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
    const lang = TEXT[pageLang] ? pageLang : 'en';
    const t = TEXT[lang];
    const inline = host.dataset.results === 'inline';
    const partner = (host.dataset.partner || '').trim();
    const size = Math.min(Math.max(parseInt(host.dataset.size, 10) || 5, 1), 20);
    const showMap = host.dataset.map === 'on';
    const number = (n) => n.toLocaleString(lang);
    const id = `sp-q-${++counter}`;

    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root);
    const box = el('div', 'sp');
    box.lang = lang;

    const form = el('form', 'sp-form');
    form.setAttribute('role', 'search');
    form.action = portal.href;
    form.method = 'get';
    form.target = '_blank';
    form.rel = 'noopener';
    const label = el('label', 'sp-label', host.dataset.label || t.label);
    label.htmlFor = id;
    const row = el('div', 'sp-row');
    const input = el('input');
    Object.assign(input, { id, name: 'q', type: 'search', maxLength: 1000, required: true, autocomplete: 'off' });
    const button = el('button', '', t.button);
    button.type = 'submit';
    if (!inline) button.append(el('span', 'sp-hidden', ` ${t.newTab}`));
    row.append(input, button);
    form.append(label, row);
    // The portal's page opens in the partner's scope.
    if (partner) form.append(Object.assign(el('input'), { type: 'hidden', name: 'partner', value: partner }));

    // The live region is rendered from the start (never display: none), or screen readers miss its first update.
    const status = el('p', 'sp-status');
    status.setAttribute('role', 'status');
    const notices = el('div');
    const list = el('ol', 'sp-results');
    const more = el('p', 'sp-more');
    const map = el('img', 'sp-map');
    map.alt = t.map;
    box.append(form, status, notices, list, more);
    if (showMap) status.after(map);
    root.append(box);
    if (!inline) return;

    let pending = null;
    const newTabLink = (href, content) => {
      const link = el('a');
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.append(content, el('span', 'sp-hidden', ` ${t.newTab}`));
      return link;
    };

    const render = (data, query) => {
      status.textContent = t.count(data.total, number);
      const shown = data.correction && data.correction.applied ? data.correction.query : query;
      for (const notice of data.notices || []) {
        const line = el('p', 'sp-notice', notice);
        line.title = notice;
        notices.append(line);
      }
      if (data.correction) {
        const again = (text, q, exact) => {
          const link = el('button', 'sp-link', text);
          link.type = 'button';
          link.addEventListener('click', () => { input.value = q; search(q, exact); });
          return link;
        };
        const line = el('p', 'sp-notice');
        if (data.correction.applied) line.append(...t.showing(el('strong', '', shown), again(query, query, true)));
        else line.append(`${t.suggest}: `, again(data.correction.query, data.correction.query, false));
        notices.append(line);
      }
      for (const hit of data.hits) {
        const item = el('li', 'sp-hit');
        const title = document.createDocumentFragment();
        appendMarked(title, hit.titleHighlighted || hit.title);
        const article = new URL(`articles/${encodeURIComponent(hit.key)}`, portal);
        article.searchParams.set('q', shown);
        const heading = el('h3');
        heading.append(newTabLink(article.href, title));
        const date = formatDate(hit.published, lang) || t.undated;
        item.append(heading, el('p', 'sp-meta', `${hit.outlet || t.unknownOutlet} · ${date}`));
        for (const snippet of hit.snippets || []) {
          const paragraph = el('p', 'sp-snippet');
          appendMarked(paragraph, snippet);
          item.append(paragraph);
        }
        list.append(item);
      }
      if (showMap && data.total > 0) {
        const image = new URL('api/map', portal);
        image.searchParams.set('q', query);
        image.searchParams.set('hl', lang);
        if (partner) image.searchParams.set('partner', partner);
        map.src = image.href;
      }
      if (data.total > 0) {
        const all = new URL(portal);
        all.searchParams.set('q', shown);
        if (partner) all.searchParams.set('partner', partner);
        more.append(newTabLink(all.href, t.more));
      }
    };

    const search = async (query, exact) => {
      if (pending) pending.abort();
      const controller = new AbortController();
      pending = controller;
      notices.replaceChildren();
      list.replaceChildren();
      more.replaceChildren();
      map.removeAttribute('src');
      status.textContent = t.searching;
      const url = new URL('api/search', portal);
      url.searchParams.set('q', query);
      url.searchParams.set('size', String(size));
      url.searchParams.set('hl', lang);
      if (exact) url.searchParams.set('correct', 'false');
      if (partner) url.searchParams.set('partner', partner);
      try {
        const response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/json' } });
        const data = await response.json();
        if (!response.ok) throw new Error(Object.values(data.errors || {}).flat().join(' ') || data.title || response.status);
        render(data, query);
      } catch (error) {
        if (error.name === 'AbortError') return;
        status.textContent = t.failed;
        console.warn('SearchPortal embed:', error.message);
      } finally {
        if (pending === controller) pending = null;
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = input.value.trim();
      if (query) search(query, false);
    });
  };

  const scan = () => document.querySelectorAll('[data-searchportal]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
