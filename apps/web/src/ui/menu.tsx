import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import './menu.css';

export type MenuEntry =
  | { kind: 'link'; key: string; to: string; label: string; isCurrent?: boolean; onSelect?: () => void }
  | { kind: 'action'; key: string; label: string; onSelect: () => void }
  | { kind: 'group'; key: string; label: string; entries: readonly MenuEntry[] };

interface MenuProps {
  /** Visible content of the menu button. */
  trigger: ReactNode;
  /** Accessible name of the opened menu. */
  menuLabel: string;
  entries: readonly MenuEntry[];
  align?: 'start' | 'end';
}

const itemsOf = (root: HTMLElement | null) =>
  Array.from(root?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

/**
 * A menu button (WAI-ARIA menu pattern): Enter/Space/ArrowDown opens it on the first item, arrows,
 * Home and End move, Escape closes it and returns focus to the button, Tab or a click outside closes it.
 */
export function Menu({ trigger, menuLabel, entries, align = 'end' }: MenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return undefined;
    itemsOf(listRef.current)[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isOpen]);

  const close = (returnFocus: boolean) => {
    setIsOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemsOf(listRef.current);
    const index = items.findIndex((item) => item === document.activeElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        setIsOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  const renderEntry = (entry: MenuEntry): ReactNode => {
    switch (entry.kind) {
      case 'group':
        return (
          <div key={entry.key} role="group" aria-label={entry.label} className="menu-group">
            <div className="menu-group-label" aria-hidden="true">
              {entry.label}
            </div>
            {entry.entries.map(renderEntry)}
          </div>
        );
      case 'link':
        return (
          <Link
            key={entry.key}
            role="menuitem"
            tabIndex={-1}
            to={entry.to}
            className="menu-item"
            aria-current={entry.isCurrent ? 'page' : undefined}
            onClick={() => {
              close(false);
              entry.onSelect?.();
            }}
          >
            {entry.label}
          </Link>
        );
      case 'action':
        return (
          <button
            key={entry.key}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu-item"
            onClick={() => {
              close(true);
              entry.onSelect();
            }}
          >
            {entry.label}
          </button>
        );
    }
  };

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => setIsOpen((open) => !open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !isOpen) {
            event.preventDefault();
            setIsOpen(true);
          }
        }}
      >
        {trigger}
        <span className="menu-caret" aria-hidden="true" />
      </button>
      {isOpen && (
        <div
          ref={listRef}
          id={menuId}
          role="menu"
          aria-label={menuLabel}
          className={`menu-list menu-${align}`}
          onKeyDown={onMenuKeyDown}
        >
          {entries.map(renderEntry)}
        </div>
      )}
    </div>
  );
}
