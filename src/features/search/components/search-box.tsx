import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Form, useLocation, useNavigate, useSearchParams } from 'react-router';
import { CloseIcon, SearchIcon } from '../../../components/icons';
import { paths } from '../../../config/paths';
import { formatShortDate } from '../../../lib/format';
import type { Article } from '../../feed/model';
import { useSearchEngine, useSearchIndex } from '../hooks/use-search-index';
import { HighlightedText } from './highlighted-text';

const MAX_SUGGESTIONS = 5;
const MIN_QUERY_LENGTH = 2;
// Suggestions wait for a pause this long in typing: a fast typist gets one query, not five.
const TYPING_PAUSE_MS = 60;

interface Suggestions {
  /** The text they are for. */
  query: string;
  articles: Article[];
  terms: string[];
}

const NONE: Suggestions = { query: '', articles: [], terms: [] };

/**
 * The header search. Wide screens show the field; phones show a "Search" button that
 * reveals it. "/" focuses the field from anywhere; Escape closes the suggestions, then
 * the field.
 *
 * As the reader types, up to five articles from the pages loaded so far are suggested,
 * following the combobox pattern of ARIA 1.2 on a field that keeps its `searchbox` role
 * (see docs/decisions/0006-search-index.md): arrows move through the list, Enter opens
 * the chosen article, Enter with none chosen searches.
 */
export function SearchBox() {
  const location = useLocation();
  const navigate = useNavigate();
  // Open for the page it was opened on: any navigation (a finished search) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.key;
  const setOpen = (value: boolean) => setOpenOn(value ? location.key : null);
  const input = useRef<HTMLInputElement>(null);
  const formId = useId();
  const listId = useId();
  const [params] = useSearchParams();
  const current = location.pathname === paths.search() ? (params.get('q') ?? '') : '';

  const [suggestions, setSuggestions] = useState<Suggestions>(NONE);
  const [active, setActive] = useState(-1);
  const [listOpen, setListOpen] = useState(false);

  // The field shows the query of the page it is on: back and forward restore it, and
  // what was typed but not searched for is dropped on leaving the page.
  const [value, setValue] = useState({ key: location.key, text: current });
  let text = value.text;
  if (value.key !== location.key) {
    text = current;
    setValue({ key: location.key, text: current });
    setListOpen(false);
    setActive(-1);
  }
  const setText = (next: string) => setValue({ key: location.key, text: next });

  // The index is loaded the first time the reader comes to search, not with the page.
  const [wanted, setWanted] = useState(false);
  const engine = useSearchEngine(wanted);
  const { version } = useSearchIndex(engine, wanted);

  const query = text.trim();
  const shown =
    listOpen && query.length >= MIN_QUERY_LENGTH && suggestions.query === query
      ? suggestions.articles
      : [];
  const expanded = shown.length > 0;
  const activeIndex = active < shown.length ? active : -1;
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (!engine || !wanted || !listOpen || query.length < MIN_QUERY_LENGTH) return;
    let current = true;
    const timer = setTimeout(() => {
      engine.suggest(query, MAX_SUGGESTIONS).then(
        (response) => {
          if (!current) return;
          const articles = response.hits
            .map((hit) => engine.article(hit.id))
            .filter((article) => article !== undefined);
          setSuggestions({ query, articles, terms: response.terms });
        },
        () => current && setSuggestions({ query, articles: [], terms: [] }),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [engine, wanted, listOpen, query, version]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        setOpenOn(location.key);
        requestAnimationFrame(() => input.current?.focus());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [location.key]);

  const openArticle = (article: Article) => {
    setListOpen(false);
    setActive(-1);
    setText('');
    input.current?.blur();
    void navigate(paths.article(article.slug));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!expanded) {
        setListOpen(true);
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Past either end the selection goes back to the field, as in the APG examples.
      const next = activeIndex + step;
      setActive(next >= shown.length ? -1 : next < -1 ? shown.length - 1 : next);
    } else if (event.key === 'Enter' && activeIndex >= 0) {
      event.preventDefault();
      openArticle(shown[activeIndex]!);
    } else if (event.key === 'Escape') {
      // Native search fields clear themselves on Escape: the reader may only want the
      // list gone.
      event.preventDefault();
      event.stopPropagation();
      if (expanded) {
        setListOpen(false);
        setActive(-1);
      } else {
        setOpen(false);
        input.current?.blur();
      }
    }
  };

  return (
    <div className="flex items-center">
      <button
        type="button"
        className="inline-flex size-11 items-center justify-center rounded-full text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 md:hidden dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => {
          setOpen(!open);
          requestAnimationFrame(() => input.current?.focus());
        }}
      >
        {open ? <CloseIcon /> : <SearchIcon />}
        <span className="sr-only">Search</span>
      </button>
      <Form
        id={formId}
        role="search"
        action={paths.search()}
        className={`${open ? 'flex' : 'hidden'} absolute inset-x-0 top-full z-30 border-b border-zinc-200 bg-paper p-3 shadow-lg md:static md:flex md:border-0 md:bg-transparent md:p-0 md:shadow-none dark:border-zinc-800 dark:bg-night md:dark:bg-transparent`}
        onSubmit={() => {
          setListOpen(false);
          setActive(-1);
        }}
      >
        <div className="relative w-full md:w-64">
          <label className="relative flex w-full items-center">
            <span className="pointer-events-none absolute left-3 text-zinc-400">
              <SearchIcon width={18} height={18} />
            </span>
            <input
              ref={input}
              type="search"
              name="q"
              aria-label="Search"
              aria-autocomplete="list"
              aria-controls={expanded ? listId : undefined}
              aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setListOpen(true);
                setActive(-1);
              }}
              onFocus={() => setWanted(true)}
              onBlur={() => {
                setListOpen(false);
                setActive(-1);
              }}
              onKeyDown={onKeyDown}
              placeholder="Search articles"
              enterKeyHint="search"
              autoComplete="off"
              spellCheck={false}
              className="h-11 w-full rounded-full border border-zinc-300 bg-white pr-4 pl-10 text-base text-zinc-900 placeholder:text-zinc-500 focus:border-accent focus:outline-none md:h-10 md:text-sm dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
            />
          </label>
          {expanded && (
            <ul
              id={listId}
              role="listbox"
              aria-label="Suggestions"
              className="absolute inset-x-0 top-full z-40 mt-2 overflow-hidden rounded-xl border border-zinc-200 bg-white py-1 shadow-xl md:-left-24 dark:border-zinc-700 dark:bg-zinc-900"
            >
              {shown.map((article, index) => (
                // The keyboard works the list from the field (aria-activedescendant).
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={article.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className={`cursor-pointer px-4 py-2.5 ${index === activeIndex ? 'bg-zinc-100 dark:bg-zinc-800' : ''}`}
                  // Keeps the focus in the field, so the click below still finds the list.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(index)}
                  onClick={() => openArticle(article)}
                >
                  <span className="line-clamp-2 font-serif text-sm leading-snug font-semibold text-zinc-950 dark:text-white">
                    <HighlightedText text={article.title} terms={suggestions.terms} />
                  </span>
                  <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-300">
                    {article.section.name}
                    {article.datePublished && ` · ${formatShortDate(article.datePublished)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <p aria-live="polite" className="sr-only">
          {expanded
            ? `${shown.length} ${shown.length === 1 ? 'suggestion' : 'suggestions'}: use the up and down arrows to choose one.`
            : ''}
        </p>
      </Form>
    </div>
  );
}
