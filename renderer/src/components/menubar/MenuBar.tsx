import { useMemo, useRef, useState, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand';
import { menuModel, recentLabel } from '../../../../shared/menu-model';
import { runMenuCommand } from '../../store/menu-commands';
import { selectInfo, selectPrefs, selectProject } from '../../store/selectors';
import { useAppStore } from '../../store/StoreContext';
import type { AppStore } from '../../store/types';
import { menuRows, nextItem, type MenuRow } from './menu-items';
import { MenuPopup } from './MenuPopup';
import { useMenuAccelerators } from './useMenuAccelerators';
import { useMenuBarKeys } from './useMenuBarKeys';
import './menubar.css';

/**
 * The browser host's menu bar: the desktop application menu's commands, drawn from the same
 * model, with the menubar keyboard pattern (Alt or F10 to reach it, arrows to move, Enter to
 * choose, Escape to leave). The desktop app has its native menu instead.
 */
export function MenuBar({ store }: { store: StoreApi<AppStore> }) {
  const { t } = useTranslation();
  const info = useAppStore(selectInfo);
  const prefs = useAppStore(selectPrefs);
  const project = useAppStore(selectProject);
  const platform = info?.platform ?? 'linux';
  const model = useMemo(
    () =>
      menuModel({
        host: 'browser',
        platform,
        hasProject: project !== null,
        recent: prefs?.recentProjects ?? [],
        theme: prefs?.theme ?? 'system',
      }),
    [platform, project, prefs],
  );
  useMenuAccelerators(store, model, platform);
  const rows = useMemo(() => model.map((m) => menuRows(m.items, (k) => t(`menu.${k}`), recentLabel)), [model, t]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const [item, setItem] = useState(-1);
  const titles = useRef<(HTMLButtonElement | null)[]>([]);
  const bar = useRef<HTMLUListElement>(null);
  /** Where the keyboard was before the menu took it, so it goes back there after. */
  const returnTo = useRef<HTMLElement | null>(null);

  const leave = () => {
    setOpen(null);
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
    else titles.current[active]?.blur();
  };
  const enter = () => {
    const focused = document.activeElement;
    if (!bar.current?.contains(focused)) returnTo.current = focused instanceof HTMLElement ? focused : null;
    // Like a desktop menu bar, the keyboard arrives on the first menu.
    setActive(0);
    titles.current[0]?.focus();
  };
  useMenuBarKeys(bar, enter, leave);

  const openMenu = (index: number, at: 'first' | 'last' = 'first') => {
    const wrapped = (index + model.length) % model.length;
    const focused = document.activeElement;
    if (!bar.current?.contains(focused)) returnTo.current = focused instanceof HTMLElement ? focused : null;
    setActive(wrapped);
    setOpen(wrapped);
    const list = rows[wrapped]!;
    setItem(at === 'first' ? nextItem(list, -1, 1) : nextItem(list, list.length, -1));
  };
  const choose = (row: MenuRow & { kind: 'item' }) => {
    // Focus returns first, so Copy and Cut act on the selection the user made.
    leave();
    if ('command' in row.action) runMenuCommand(store, row.action.command);
    else if (row.action.open) void store.getState().openProject(row.action.open);
  };

  useEffect(() => {
    if (open === null) return;
    const onPointer = (e: PointerEvent) => {
      if (!bar.current?.contains(e.target as Node)) setOpen(null);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => window.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onTitleKey = (index: number) => (e: React.KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => (open === null ? titles.current[(index + 1) % model.length]?.focus() : openMenu(index + 1)),
      ArrowLeft: () =>
        open === null ? titles.current[(index - 1 + model.length) % model.length]?.focus() : openMenu(index - 1),
      ArrowDown: () => openMenu(index),
      ArrowUp: () => openMenu(index, 'last'),
      Enter: () => openMenu(index),
      ' ': () => openMenu(index),
      Escape: leave,
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };

  return (
    <nav className="menubar-wrap">
      <ul className="menubar" role="menubar" aria-label={t('menu.menuBar')} data-testid="menubar" ref={bar}>
        {model.map((top, i) => (
          <li key={top.id} role="none" className="menubar-top">
            <button
              ref={(el) => {
                titles.current[i] = el;
              }}
              type="button"
              role="menuitem"
              id={`menubar-${top.id}`}
              aria-haspopup="menu"
              aria-expanded={open === i}
              aria-controls={open === i ? `menubar-${top.id}-menu` : undefined}
              tabIndex={i === active ? 0 : -1}
              className={open === i ? 'menubar-title open' : 'menubar-title'}
              data-testid={`menu-${top.id}`}
              onFocus={() => setActive(i)}
              onKeyDown={onTitleKey(i)}
              onClick={() => (open === i ? setOpen(null) : openMenu(i))}
              onMouseEnter={() => open !== null && open !== i && openMenu(i)}
            >
              {t(`menu.${top.label}`)}
            </button>
            {open === i && (
              <MenuPopup
                id={`menubar-${top.id}-menu`}
                labelledBy={`menubar-${top.id}`}
                rows={rows[i]!}
                focused={item}
                platform={platform}
                onFocusItem={setItem}
                onChoose={choose}
                onSwitch={(step) => openMenu(i + step)}
                onClose={(backToTitle) => {
                  setOpen(null);
                  if (backToTitle) titles.current[i]?.focus();
                  else returnTo.current = null;
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
