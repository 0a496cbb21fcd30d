import { useEffect, useId, useRef, useState } from 'react';
import { Form, useLocation, useSearchParams } from 'react-router';
import { CloseIcon, SearchIcon } from '../../../components/icons';
import { paths } from '../../../config/paths';

/**
 * The header search. Wide screens show the field; phones show a "Search" button that
 * reveals it. "/" focuses the field from anywhere; Escape closes it.
 */
export function SearchBox() {
  const location = useLocation();
  // Open for the page it was opened on: any navigation (a finished search) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.key;
  const setOpen = (value: boolean) => setOpenOn(value ? location.key : null);
  const input = useRef<HTMLInputElement>(null);
  const formId = useId();
  const [params] = useSearchParams();
  const current = location.pathname === paths.search() ? (params.get('q') ?? '') : '';

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
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
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setOpen(false);
            input.current?.blur();
          }
        }}
      >
        <label className="relative flex w-full items-center md:w-64">
          <span className="pointer-events-none absolute left-3 text-zinc-400">
            <SearchIcon width={18} height={18} />
          </span>
          <input
            ref={input}
            key={current}
            type="search"
            name="q"
            aria-label="Search"
            defaultValue={current}
            placeholder="Search articles"
            enterKeyHint="search"
            autoComplete="off"
            className="h-11 w-full rounded-full border border-zinc-300 bg-white pr-4 pl-10 text-base text-zinc-900 placeholder:text-zinc-500 focus:border-accent focus:outline-none md:h-10 md:text-sm dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
          />
        </label>
      </Form>
    </div>
  );
}
